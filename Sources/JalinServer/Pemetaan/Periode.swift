import Fluent
import Foundation
import JalinDomain
import Vapor

/// Mapping rounds: the admin opens a round, invites units and follows their progress.
enum Periode {
    struct Isian: Content {
        var judul: String?
        var tahun: String?
        var batas_waktu: String?
        var top_n: String?
        var unit: [String]?
    }

    struct Data: Codable, Sendable {
        var judul: String
        var tahun: Int
        var batasWaktu: String
        var topN: Int
        var unit: [UUID]
    }

    /// Validates a new round against the caller's pemda.
    static func periksa(_ f: Isian, pelaku p: Pelaku, on db: any Database) async throws -> Data {
        var v = Pemeriksa()
        let judul = Teks.bersihkan(f.judul, field: "judul", label: "Judul periode", wajib: true, maks: 200, ke: &v)
        let tahun = Int((f.tahun ?? "").trimmingCharacters(in: .whitespaces))
        if tahun == nil || !(2000...2100).contains(tahun!) { v.tambah("tahun", "Tahun harus angka antara 2000 dan 2100.") }
        var batas = ""
        if let s = f.batas_waktu?.trimmingCharacters(in: .whitespaces), !s.isEmpty {
            if let t = Tanggal(iso: s) {
                if t < KerjaSamaAlur.hariIni() { v.tambah("batas_waktu", "Batas waktu tidak boleh sebelum hari ini.") }
                batas = t.iso
            } else { v.tambah("batas_waktu", "Batas waktu harus tanggal yang sah (TTTT-BB-HH).") }
        } else {
            v.tambah("batas_waktu", "Batas waktu wajib diisi.")
        }
        let topN = Int((f.top_n ?? "10").trimmingCharacters(in: .whitespaces)) ?? -1
        if !(1...100).contains(topN) { v.tambah("top_n", "Jumlah usulan teratas harus antara 1 dan 100.") }
        let diminta = Set((f.unit ?? []).compactMap(UUID.init(uuidString:)))
        let milik = Set(try await p.query(UnitKerja.self, on: db).filter(\.$aktif == true).all().compactMap(\.id))
        if diminta.isEmpty {
            v.tambah("unit", "Pilih setidaknya satu unit kerja yang diundang.")
        } else if !diminta.isSubset(of: milik) || diminta.count != (f.unit ?? []).count {
            v.tambah("unit", "Ada unit kerja yang tidak dikenal di pemda ini.")
        }
        try v.selesai()
        return Data(judul: judul!, tahun: tahun!, batasWaktu: batas, topN: topN, unit: diminta.sorted { $0.uuidString < $1.uuidString })
    }

    // MARK: Query

    struct Kemajuan: Encodable {
        let unitID: String
        let unit: String
        let jenis: String
        let draf: Int
        let diajukan: Int
        let selesai: Int
        let belum: Bool
    }

    struct Baris: Encodable {
        let id: String
        let judul: String
        let jenis: String
        let unit: String
        let status: String
        let statusKode: String
        let urusan: String
    }

    struct Model: Encodable {
        let id: String
        let judul: String
        let tahun: Int
        let batasWaktu: String
        let dibuka: Bool
        let kemajuan: [Kemajuan]
        let belumMengajukan: Int
        let perStatus: [Tata.Menu]
        let usulan: [Baris]
        let filterStatus: String
        let bolehMengusulkan: Bool
        let admin: Bool
        let kriteria: [Kriteria]
        let kriteriaTeks: String
        let galat: [String: String]
    }

    static func model(_ req: Request, periode: PeriodePemetaan, filterStatus: String, galat: KesalahanValidasi? = nil,
                      kriteriaTeks: String? = nil) async throws -> Model {
        let p = try req.pelakuWajib()
        let usulan = try await p.query(UsulanRecord.self, on: req.database).filter(\.$periodeID == periode.id!).sort(\.$dibuatPada).all()
        let unit = try await PenggunaAdmin.namaUnit(p, req: req)
        let semuaUnit = try await p.query(UnitKerja.self, on: req.database).all()
        let jenisUnit = Dictionary(uniqueKeysWithValues: semuaUnit.map { ($0.id!, $0.jenis.nama) })
        let perUnit = Dictionary(grouping: usulan, by: \.unitID)
        let kemajuan = periode.idUnitDiundang.map { id -> Kemajuan in
            let daftar = perUnit[id] ?? []
            let draf = daftar.filter { $0.status == "draf" || $0.status == "dikembalikan" }.count
            let diajukan = daftar.count - draf
            return Kemajuan(unitID: id.uuidString, unit: unit[id] ?? "–", jenis: jenisUnit[id] ?? "", draf: draf, diajukan: diajukan,
                            selesai: daftar.filter { ["terverifikasi", "dinilai", "diprioritaskan"].contains($0.status) }.count,
                            belum: diajukan == 0)
        }.sorted { ($0.belum ? 0 : 1, $0.unit) < ($1.belum ? 0 : 1, $1.unit) }
        let status = StatusUsulan.allCases
        let perStatus = status.map { s in
            Tata.Menu(label: "\(s.nama) (\(usulan.filter { $0.status == s.rawValue }.count))",
                      href: "/pemetaan/periode/\(periode.id!)?status=\(s.rawValue)", aktif: filterStatus == s.rawValue)
        }
        // Drafts are visible to their own unit and the admin only.
        let terlihat = usulan.filter { u in
            u.status != "draf" || p.peran == .admin || u.unitID == p.unitID
        }
        let baris = terlihat.filter { filterStatus.isEmpty || $0.status == filterStatus }.map {
            Baris(id: $0.id!.uuidString, judul: $0.judul, jenis: JenisUsulan(rawValue: $0.jenis)?.nama ?? $0.jenis,
                  unit: unit[$0.unitID] ?? "–", status: StatusUsulan(rawValue: $0.status)?.nama ?? $0.status, statusKode: $0.status,
                  urusan: $0.urusan.replacingOccurrences(of: ",", with: ", "))
        }
        let bolehMengusulkan = periode.dibuka && (p.peran == .admin || (p.peran == .operator && p.unitID.map(periode.idUnitDiundang.contains) == true))
        let k = periode.kriteria
        return Model(
            id: periode.id!.uuidString, judul: periode.judul, tahun: periode.tahun,
            batasWaktu: Tanggal(iso: periode.batasWaktu)?.panjang ?? periode.batasWaktu, dibuka: periode.dibuka,
            kemajuan: kemajuan, belumMengajukan: kemajuan.filter(\.belum).count, perStatus: perStatus, usulan: baris,
            filterStatus: filterStatus, bolehMengusulkan: bolehMengusulkan, admin: p.peran == .admin, kriteria: k,
            kriteriaTeks: kriteriaTeks ?? k.map { "\($0.kode); \($0.nama); \($0.keterangan)" }.joined(separator: "\n"),
            galat: Format.petaGalat(galat))
    }

    /// Parses the criteria textarea: one criterion per line, "kode; nama; keterangan".
    static func bacaKriteria(_ teks: String) throws(KesalahanValidasi) -> [Kriteria] {
        var hasil: [Kriteria] = []
        for (i, baris) in teks.split(whereSeparator: \.isNewline).enumerated() {
            let t = baris.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            let bagian = t.split(separator: ";", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            guard bagian.count >= 2 else {
                throw KesalahanValidasi(field: "kriteria", pesan: "Baris \(i + 1): tulis \"kode; nama; keterangan\".")
            }
            hasil.append(Kriteria(kode: bagian[0], nama: bagian[1], keterangan: bagian.count > 2 ? bagian[2] : ""))
        }
        try Kriteria.periksa(hasil)
        return hasil
    }

    static func cari(_ req: Request) async throws -> PeriodePemetaan {
        try await req.pelakuWajib().cari(PeriodePemetaan.self, req.parameters.get("periode", as: UUID.self), on: req.database)
    }

    // MARK: Routes

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "pemetaan", akses: .internalPemda) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let semua = try await p.query(PeriodePemetaan.self, on: req.database).sort(\.$tahun, .descending).sort(\.$dibuatPada, .descending).all()
            struct B: Encodable { let id: String; let judul: String; let tahun: Int; let batas: String; let dibuka: Bool; let jumlah: Int }
            var baris: [B] = []
            for x in semua {
                let n = try await p.query(UsulanRecord.self, on: req.database).filter(\.$periodeID == x.id!).filter(\.$status != "draf").count()
                baris.append(B(id: x.id!.uuidString, judul: x.judul, tahun: x.tahun, batas: Tanggal(iso: x.batasWaktu)?.panjang ?? x.batasWaktu,
                               dibuka: x.dibuka, jumlah: n))
            }
            struct M: Encodable { let periode: [B]; let admin: Bool }
            return try await req.halaman("pemetaan/index", judul: "Pemetaan Potensi", M(periode: baris, admin: p.peran == .admin))
        }
        app.rute(.GET, "pemetaan", "periode", "baru", akses: .admin) { req async throws -> Response in
            try await form(req, isian: Isian(judul: "Pemetaan Potensi KSD \(Calendar.current.component(.year, from: Date()))",
                                             tahun: "\(Calendar.current.component(.year, from: Date()))", top_n: "10", unit: nil), semua: true)
        }
        app.rute(.POST, "pemetaan", "periode", "baru", akses: .admin) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let isian = try req.content.decode(Isian.self)
            do {
                let d = try await periksa(isian, pelaku: p, on: req.database)
                let x = PeriodePemetaan()
                x.pemdaID = p.pemdaID
                x.judul = d.judul
                x.tahun = d.tahun
                x.batasWaktu = d.batasWaktu
                x.dibuka = true
                x.kriteriaJSON = String(decoding: try JSONEncoder().encode(KriteriaBawaan.semua), as: UTF8.self)
                x.topN = d.topN
                x.unitDiundang = d.unit.map(\.uuidString).joined(separator: ",")
                x.version = 1
                try await req.database.transaction { db in
                    try await x.create(on: db)
                    try await Audit.catat("periode.buka", entitas: "periode_pemetaan", id: x.id?.uuidString, sesudah: d, pelaku: p, ip: req.alamatKlien, on: db)
                }
                return req.redirect(to: "/pemetaan/periode/\(x.id!)?pesan=dibuat")
            } catch let v as KesalahanValidasi {
                return try await form(req, isian: isian, galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.GET, "pemetaan", "periode", ":periode", akses: .internalPemda) { req async throws -> Response in
            let x = try await cari(req)
            let status = (try? req.query.get(String.self, at: "status")).flatMap { StatusUsulan(rawValue: $0)?.rawValue } ?? ""
            return try await req.halaman("pemetaan/periode", judul: x.judul, try await model(req, periode: x, filterStatus: status))
        }
        app.rute(.POST, "pemetaan", "periode", ":periode", "kriteria", akses: .admin) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let x = try await cari(req)
            struct F: Content { var kriteria: String? }
            let teks = try req.content.decode(F.self).kriteria ?? ""
            do {
                let k = try bacaKriteria(teks)
                let sudahDinilai = try await p.query(NilaiUsulan.self, on: req.database).filter(\.$periodeID == x.id!).count()
                    + (try await p.query(PerbandinganAnggota.self, on: req.database).filter(\.$periodeID == x.id!).count())
                if sudahDinilai > 0 && k != x.kriteria {
                    throw KesalahanValidasi(field: "kriteria", pesan: "Kriteria tidak dapat diubah karena anggota TKKSD sudah mulai menilai atau membandingkan kriteria pada periode ini.")
                }
                let sebelum = x.kriteria
                try await req.database.transaction { db in
                    x.kriteriaJSON = String(decoding: try JSONEncoder().encode(k), as: UTF8.self)
                    x.version += 1
                    try await x.update(on: db)
                    try await Audit.catat("periode.kriteria", entitas: "periode_pemetaan", id: x.id?.uuidString, sebelum: sebelum, sesudah: k,
                                          pelaku: p, ip: req.alamatKlien, on: db)
                }
                return req.redirect(to: "/pemetaan/periode/\(x.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await req.halaman("pemetaan/periode", judul: x.judul,
                                             try await model(req, periode: x, filterStatus: "", galat: v, kriteriaTeks: String(teks.prefix(20_000))),
                                             status: .unprocessableEntity, galat: v.daftar.first?.pesan)
            }
        }
        app.rute(.POST, "pemetaan", "periode", ":periode", "status", akses: .admin) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let x = try await cari(req)
            try await req.database.transaction { db in
                x.dibuka.toggle()
                x.version += 1
                try await x.update(on: db)
                try await Audit.catat(x.dibuka ? "periode.buka_lagi" : "periode.tutup", entitas: "periode_pemetaan", id: x.id?.uuidString,
                                      pelaku: p, ip: req.alamatKlien, on: db)
            }
            return req.redirect(to: "/pemetaan/periode/\(x.id!)?pesan=tersimpan")
        }
    }

    struct FormModel: Encodable {
        let isian: Isian
        let unit: [PenggunaAdmin.Pilihan]
        let galat: [String: String]
    }

    static func form(_ req: Request, isian: Isian, semua: Bool = false, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let p = try req.pelakuWajib()
        let unit = try await p.query(UnitKerja.self, on: req.database).filter(\.$aktif == true).sort(\.$jenis).sort(\.$nama).all()
        let dipilih = Set(isian.unit ?? [])
        let m = FormModel(isian: isian, unit: unit.map {
            .init(nilai: $0.id!.uuidString, label: "\($0.nama) (\($0.jenis.nama))", dipilih: semua || dipilih.contains($0.id!.uuidString))
        }, galat: Format.petaGalat(galat))
        return try await req.halaman("pemetaan/periode-form", judul: "Periode Pemetaan Baru", m, status: status,
                                     galat: galat == nil ? nil : "Periksa kembali isian yang ditandai.")
    }
}
