import Fluent
import Foundation
import JalinDomain
import Vapor

/// Storing cooperation records and moving them through their legal stages.
enum KerjaSamaAlur {
    /// The form of a new cooperation (also the API body).
    struct Isian: Content {
        var judul: String?
        var objek: String?
        var jenis: String?
        var urusan: [String]?
        var lokasi: [String]?
        var mitra: [String]?
        var unit: [String]?
        var nilai: String?
        var sumberDana: String?
        var tanggalMulai: String?
        var tanggalBerakhir: String?
        var membebani: String?
        var dianggarkan: String?
        var usulanID: String?
        /// A naskah drafted before the record: it becomes the record's.
        var naskahID: String?
        var kodeProgram: String?
        var namaProgram: String?
        var version: Int?
    }

    struct Data: Codable, Sendable {
        var judul: String
        var objek: String
        var jenis: JenisKerjaSama
        var urusan: [String]
        var lokasi: [String]
        var mitra: [UUID]
        var unit: [UUID]
        var nilai: Int64?
        var sumberDana: String?
        var tanggalMulai: String?
        var tanggalBerakhir: String?
        var penilaianDPRD: PenilaianDPRD?
        var usulanID: UUID?
        var kodeProgram: String?
        var namaProgram: String?
        var naskahID: UUID? = nil
    }

    /// Validates a new cooperation against the caller's pemda; every problem at once.
    static func periksa(_ f: Isian, pelaku p: Pelaku, on db: any Database) async throws -> Data {
        var v = Pemeriksa()
        let judul = Teks.bersihkan(f.judul, field: "judul", label: "Judul kerja sama", wajib: true, maks: 300, ke: &v)
        let objek = Teks.bersihkan(f.objek, field: "objek", label: "Objek kerja sama", wajib: true, maks: 4000, banyakBaris: true, ke: &v)
        let jenis = f.jenis.flatMap(JenisKerjaSama.init(rawValue:))
        if jenis == nil { v.tambah("jenis", "Pilih jenis kerja sama.") }
        var urusan: [String] = []
        for k in f.urusan ?? [] where !k.isEmpty {
            do throws(KesalahanValidasi) { urusan.append(try KatalogUrusan.periksaKode(k, field: "urusan").kode) } catch {
                error.daftar.forEach { v.tambah($0.field, $0.pesan) }
            }
        }
        if urusan.isEmpty && v.kesalahan.allSatisfy({ $0.field != "urusan" }) {
            v.tambah(
                "urusan", "Pilih setidaknya satu bidang urusan (objek kerja sama adalah urusan pemerintahan daerah, PP 28/2018 Pasal 4).")
        }
        let lokasi = (f.lokasi ?? []).filter { !$0.isEmpty }
        for k in lokasi where KodeWilayah(valid: k) == nil { v.tambah("lokasi", "Kode wilayah \(k.prefix(20)) tidak sah.") }
        let mitraID = (f.mitra ?? []).compactMap(UUID.init(uuidString:))
        let mitraAda = try await p.query(MitraRecord.self, on: db).filter(\.$id ~~ mitraID).all()
        if mitraID.isEmpty {
            v.tambah("mitra", "Pilih setidaknya satu mitra dari direktori mitra.")
        } else if mitraAda.count != Set(mitraID).count || mitraID.count != (f.mitra ?? []).filter({ !$0.isEmpty }).count {
            v.tambah("mitra", "Ada mitra yang tidak terdaftar di direktori pemda ini.")
        }
        let unitID = (f.unit ?? []).compactMap(UUID.init(uuidString:))
        let unitAda = try await p.query(UnitKerjaRecord.self, on: db).filter(\.$id ~~ unitID).count()
        if unitID.isEmpty {
            v.tambah("unit", "Pilih perangkat daerah pelaksana.")
        } else if unitAda != Set(unitID).count {
            v.tambah("unit", "Ada unit kerja yang tidak dikenal di pemda ini.")
        }
        var nilai: Int64?
        if let s = f.nilai?.trimmingCharacters(in: .whitespaces), !s.isEmpty {
            do throws(KesalahanValidasi) { nilai = try Rupiah.parse(s, field: "nilai") } catch {
                error.daftar.forEach { v.tambah($0.field, $0.pesan) }
            }
        }
        let mulai = isiTanggal(f.tanggalMulai, field: "tanggalMulai", label: "Tanggal mulai", ke: &v)
        let akhir = isiTanggal(f.tanggalBerakhir, field: "tanggalBerakhir", label: "Tanggal berakhir", ke: &v)
        if let mulai, let akhir, let jenis {
            do throws(KesalahanValidasi) { try AturanKSD.periksaJangkaWaktu(mulai: mulai, selesai: akhir, jenis: jenis) } catch {
                error.daftar.forEach { v.tambah($0.field, $0.pesan) }
            }
        }
        var penilaian: PenilaianDPRD?
        if let jenis, jenis.kelompok == .ksdd || jenis.kelompok == .ksdpk || mitraAda.contains(where: { $0.jenis == .otoritaIKN }) {
            penilaian = PenilaianDPRD(
                membebaniMasyarakatDanDaerah: Kotak.dicentang(f.membebani), sudahDianggarkanAPBD: Kotak.dicentang(f.dianggarkan),
                mitraOtoritaIKN: mitraAda.contains { $0.jenis == .otoritaIKN })
        }
        let kode = Teks.bersihkan(f.kodeProgram, field: "kodeProgram", label: "Kode program", wajib: false, maks: 40, ke: &v)
        let namaProgram = Teks.bersihkan(f.namaProgram, field: "namaProgram", label: "Nama program", wajib: false, maks: 300, ke: &v)
        var usulanID: UUID?
        if let s = f.usulanID, !s.isEmpty {
            if let id = UUID(uuidString: s), try await p.query(UsulanRecord.self, on: db).filter(\.$id == id).first() != nil {
                usulanID = id
            } else {
                v.tambah("usulanID", "Usulan pemetaan asal tidak ditemukan.")
            }
        }
        let naskah = try await naskahAsal(f.naskahID, jenis: jenis, mitra: mitraID, pelaku: p, on: db, ke: &v)
        try v.selesai()
        return Data(
            judul: judul!, objek: objek!, jenis: jenis!, urusan: urusan, lokasi: lokasi, mitra: mitraID, unit: unitID, nilai: nilai,
            sumberDana: f.sumberDana.flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }, tanggalMulai: mulai?.iso,
            tanggalBerakhir: akhir?.iso,
            penilaianDPRD: penilaian, usulanID: usulanID, kodeProgram: kode, namaProgram: namaProgram, naskahID: naskah?.id)
    }

    /// The naskah a new record is created from: the pemda's, not final, not yet any record's, with the
    /// record's partner and kind.
    static func naskahAsal(
        _ id: String?, jenis: JenisKerjaSama?, mitra: [UUID], pelaku p: Pelaku, on db: any Database, ke v: inout Pemeriksa
    ) async throws -> NaskahRecord? {
        guard let s = id, !s.isEmpty else { return nil }
        guard let nid = UUID(uuidString: s), let n = try await p.query(NaskahRecord.self, on: db).filter(\.$id == nid).first() else {
            v.tambah("naskahID", "Naskah asal tidak ditemukan di pemda ini.")
            return nil
        }
        if n.statusNaskah == .ditandatangani { v.tambah("naskahID", NaskahAlur.pesanFinal) }
        if n.kerjaSamaID != nil { v.tambah("naskahID", "Naskah \"\(n.judul)\" sudah tercatat untuk kerja sama lain.") }
        if let m = n.mitraID, !mitra.contains(m) { v.tambah("mitra", "Mitra naskah \"\(n.judul)\" harus termasuk mitra kerja sama ini.") }
        if let j = n.jenisKerjaSama, let jenis, j != jenis.rawValue, let a = JenisKerjaSama(rawValue: j) {
            v.tambah("jenis", "Naskah \"\(n.judul)\" disusun untuk \(a.nama); pilih jenis yang sama atau ubah naskahnya.")
        }
        return n
    }

    static func isiTanggal(_ s: String?, field: String, label: String, ke v: inout Pemeriksa) -> Tanggal? {
        guard let t = s?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
        guard let d = Tanggal(iso: t) else {
            v.tambah(field, "\(label) harus tanggal yang sah (TTTT-BB-HH).")
            return nil
        }
        return d
    }

    static func json(_ s: SiklusKerjaSama) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: try e.encode(s), as: UTF8.self)
    }

    static func riwayat(
        _ r: KerjaSamaRecord, uraian: String, dari: String?, catatan: String?, pelaku nama: String, waktu: Date,
        on db: any Database
    ) async throws {
        let h = RiwayatKerjaSamaRecord()
        h.pemdaID = r.pemdaID
        h.kerjaSamaID = r.id!
        h.waktu = waktu
        h.pengguna = nama
        h.uraian = uraian
        h.dari = dari
        h.ke = r.tahap
        h.catatan = catatan
        try await h.create(on: db)
    }

    /// Creates a cooperation at persiapan (or at the stage given, for imports and renewals).
    static func buat(
        _ d: Data, siklus: SiklusKerjaSama? = nil, pelaku p: Pelaku, induk: KerjaSamaRecord? = nil, hubungan: String? = nil,
        kunciImpor: String? = nil, contoh: Bool = false, ip: String?, on db: any Database
    ) async throws -> KerjaSamaRecord {
        // Other partnerships (BMD, KPBU, PBJ, hibah) are registered but follow their own rules, not this machine.
        let s: SiklusKerjaSama?
        if let siklus {
            s = siklus
        } else if !d.jenis.dijalankanSiklus {
            s = nil
        } else {
            switch SiklusKerjaSama.mulai(jenis: d.jenis, penilaianDPRD: d.penilaianDPRD) {
            case .success(let x): s = x
            case .failure(let e): throw e.sebagaiKesalahanValidasi
            }
        }
        let r = KerjaSamaRecord()
        r.pemdaID = p.pemdaID
        r.judul = d.judul
        r.objek = d.objek
        r.jenis = d.jenis.rawValue
        r.tahap = s?.tahap.rawValue ?? "kemitraanLain"
        r.siklusJSON = try s.map(json) ?? "{}"
        r.urusan = d.urusan.joined(separator: ",")
        r.lokasi = d.lokasi.joined(separator: ",")
        r.mitra = d.mitra.map(\.uuidString).joined(separator: ",")
        r.unit = d.unit.map(\.uuidString).joined(separator: ",")
        r.nilai = d.nilai
        r.sumberDana = d.sumberDana
        r.tanggalMulai = d.tanggalMulai
        r.tanggalBerakhir = d.tanggalBerakhir
        r.usulanID = d.usulanID
        r.kodeProgram = d.kodeProgram
        r.namaProgram = d.namaProgram
        r.indukID = induk?.id
        r.hubungan = hubungan
        r.perpanjanganKe = hubungan == "perpanjangan" ? (induk?.perpanjanganKe ?? 0) + 1 : 0
        r.kunciImpor = kunciImpor
        r.contoh = contoh
        r.version = 1
        try await db.transaction { db in
            try await r.create(on: db)
            try await KaitKerjaSama.segarkan([r.id!], on: db.sql)
            try await riwayat(
                r,
                uraian: hubungan == "perpanjangan"
                    ? "Perpanjangan dimulai dari kerja sama sebelumnya"
                    : (kunciImpor != nil ? "Diimpor dari data lama" : "Kerja sama dicatat"),
                dari: nil, catatan: nil, pelaku: p.namaLengkap, waktu: p.jam.sekarang, on: db)
            try await Audit.catat("kerja_sama.buat", entitas: "kerja_sama", id: r.id?.uuidString, sesudah: d, pelaku: p, ip: ip, on: db)
            if let nid = d.naskahID,
                let n = try await NaskahRecord.query(on: db).filter(\.$pemdaID == p.pemdaID).filter(\.$id == nid).first()
            {
                try await NaskahAlur.tautkan(n, r, versi: n.version, pelaku: p, ip: ip, on: db)
            }
        }
        return r
    }

    /// Applies one lifecycle event in the caller's transaction; a refused event names what is missing and its basis.
    /// The history is dated by `jam`, or else by the clock of the `Pelaku` acting (a job without one passes `jam`).
    static func terapkan(
        _ r: KerjaSamaRecord, _ e: PeristiwaSiklus, catatan: String? = nil, pelaku nama: String, audit p: Pelaku?,
        jam: Jam? = nil, ip: String?, on db: any Database
    ) async throws {
        guard let s = r.siklus else {
            throw KesalahanValidasi(field: "tahap", pesan: "Jenis kerja sama ini (kemitraan lain) tidak dijalankan melalui tahapan KSD.")
        }
        let baru: SiklusKerjaSama
        switch s.terapkan(e) {
        case .success(let x): baru = x
        case .failure(let f): throw f.sebagaiKesalahanValidasi
        }
        let dari = r.tahap
        r.siklusJSON = try json(baru)
        r.tahap = baru.tahap.rawValue
        r.version += 1
        try await r.update(on: db)
        try await riwayat(
            r, uraian: e.uraian, dari: dari, catatan: catatan, pelaku: nama, waktu: (jam ?? p?.jam ?? .sistem).sekarang, on: db)
        try await Audit.catat(
            "kerja_sama.peristiwa", entitas: "kerja_sama", id: r.id?.uuidString,
            sebelum: ["tahap": dari], sesudah: ["tahap": r.tahap, "peristiwa": e.uraian, "catatan": catatan ?? ""],
            pelaku: p, pemdaID: r.pemdaID, ip: ip, on: db)
        if dari != r.tahap { try await kabarkanTahap(r, baru, pelaku: p, jam: jam, on: db) }
    }

    /// A new stage reaches the admins and the units taking part, with what the next stage still needs.
    static func kabarkanTahap(_ r: KerjaSamaRecord, _ s: SiklusKerjaSama, pelaku p: Pelaku?, jam: Jam?, on db: any Database) async throws {
        let kurang = s.tahapBerikutnya.flatMap { s.kekurangan(untukMasuk: $0) } ?? []
        let isi =
            s.sudahBerakhir
            ? "Kerja sama ini telah berakhir."
            : (kurang.isEmpty
                ? "Tahap berikutnya dapat dimulai."
                : "Sebelum tahap berikutnya: " + kurang.map(\.uraianKurang).joined(separator: "; ") + ".")
        let penerima = try await Kabar.admin(r.pemdaID, on: db) + (try await Kabar.operatorUnit(r.pemdaID, r.idUnit, on: db))
        try await Kabar.kirim(
            .init(
                jenis: .kerjaSama, judul: "\(r.judul): tahap \(s.tahap.nama(untuk: s.jenis))", isi: isi, tautan: "/kerja-sama/\(r.id!)",
                mendesak: !s.sudahBerakhir && !kurang.isEmpty),
            ke: penerima, kecuali: p?.penggunaID, sekarang: (jam ?? p?.jam ?? .sistem).sekarang, on: db)
    }

    static func cari(_ req: Request) async throws -> KerjaSamaRecord {
        try await req.pelakuWajib().cari(KerjaSamaRecord.self, req.parameters.get("ks", as: UUID.self), on: req.database)
    }

    /// Days until the agreement ends (negative when past), if it has an end date.
    static func sisaHari(_ r: KerjaSamaRecord, hariIni: Tanggal) -> Int? {
        r.tanggalBerakhir.flatMap(Tanggal.init(iso:)).map { hariIni.selisihHari(ke: $0) }
    }
}
