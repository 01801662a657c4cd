import Fluent
import Foundation
import JalinDomain
import Vapor

/// The submission pages: the form (phone-friendly, no JavaScript), the detail with its history,
/// the verification actions and the TKKSD scoring.
enum Usulan {
    /// The form as posted: the domain's fields plus the page's own.
    struct Form: Content {
        var isian: IsianUsulan
        var unitID: UUID?
        var lokasiLain: String?
        var aksi: String?
        var version: Int?

        init(from decoder: any Decoder) throws {
            isian = try IsianUsulan(from: decoder)
            struct K: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }
            let c = try decoder.container(keyedBy: K.self)
            unitID = (try? c.decodeIfPresent(String.self, forKey: K(stringValue: "unit_id"))).flatMap { $0.flatMap(UUID.init(uuidString:)) }
            lokasiLain = try? c.decodeIfPresent(String.self, forKey: K(stringValue: "lokasiLain"))
            aksi = try? c.decodeIfPresent(String.self, forKey: K(stringValue: "aksi"))
            version = (try? c.decodeIfPresent(Int.self, forKey: K(stringValue: "version")))
                ?? (try? c.decodeIfPresent(String.self, forKey: K(stringValue: "version"))).flatMap { $0.flatMap(Int.init) }
        }

        func encode(to encoder: any Encoder) throws { try isian.encode(to: encoder) }

        /// The locations: ticked kecamatan plus the codes typed in "lokasi lain".
        var isianLengkap: IsianUsulan {
            var i = isian
            let lain = (lokasiLain ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
            if !lain.isEmpty { i.lokasi = (i.lokasi ?? []) + lain }
            return i
        }
    }

    // MARK: Form model

    struct FormModel: Encodable {
        let baru: Bool
        let aksi: String
        let periodeID: String
        let periodeJudul: String
        let pilihUnit: Bool
        let namaUnit: String
        let unit: [PenggunaAdmin.Pilihan]
        let isian: IsianUsulan
        let version: Int
        let jenis: [PenggunaAdmin.Pilihan]
        let urusan: [PenggunaAdmin.Pilihan]
        let lokasi: [PenggunaAdmin.Pilihan]
        let lokasiLain: String
        let bentuk: [PenggunaAdmin.Pilihan]
        let mitra: [PenggunaAdmin.Pilihan]
        let eksternalitasYa: Bool
        let sumberDana: [PenggunaAdmin.Pilihan]
        let pengecualian: [PenggunaAdmin.Pilihan]
        let galat: [String: String]
        let konflik: Int?
    }

    static func form(
        _ req: Request, periode: PeriodePemetaan, record: UsulanRecord?, isian: IsianUsulan, unitID: UUID?, version: Int,
        galat: KesalahanValidasi? = nil, konflik: Int? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        let pemda = try await Pemda.find(p.pemdaID, on: req.database)
        let undangan = Set(periode.idUnitDiundang)
        let unit = try await p.query(UnitKerja.self, on: req.database).filter(\.$aktif == true).sort(\.$jenis).sort(\.$nama).all()
            .filter { undangan.contains($0.id!) }
        let unitTerpilih = record?.unitID ?? unitID ?? p.unitID
        let kec = try await Wilayah.query(on: req.database).filter(\.$induk == pemda?.kodeWilayah).filter(\.$pensiun == false).sort(\.$id).all()
        let kecKode = Set(kec.compactMap(\.id))
        let lokasiDipilih = Set(isian.lokasi ?? [])
        let mitra = try await p.query(Mitra.self, on: req.database).sort(\.$nama).all()
        let mitraDipilih = Set(isian.calonMitra ?? [])
        let urusanDipilih = Set(isian.urusan ?? [])
        func pilih<T: RawRepresentable>(_ semua: [T], _ nilai: String?, nama: (T) -> String, kosong: String? = nil) -> [PenggunaAdmin.Pilihan]
        where T.RawValue == String {
            (kosong.map { [PenggunaAdmin.Pilihan(nilai: "", label: $0, dipilih: (nilai ?? "").isEmpty)] } ?? [])
                + semua.map { PenggunaAdmin.Pilihan(nilai: $0.rawValue, label: nama($0), dipilih: $0.rawValue == nilai) }
        }
        let m = FormModel(
            baru: record == nil,
            aksi: record.map { "/pemetaan/usulan/\($0.id!)/ubah" } ?? "/pemetaan/periode/\(periode.id!)/usulan/baru",
            periodeID: periode.id!.uuidString, periodeJudul: periode.judul,
            pilihUnit: p.peran == .admin && record == nil,
            namaUnit: unit.first { $0.id == unitTerpilih }?.nama ?? "–",
            unit: unit.map { .init(nilai: $0.id!.uuidString, label: "\($0.nama) (\($0.jenis.nama))", dipilih: $0.id == unitTerpilih) },
            isian: isian, version: version,
            jenis: pilih(JenisUsulan.allCases, isian.jenis, nama: \.nama),
            urusan: KatalogUrusan.semua.map { .init(nilai: $0.kode, label: "\($0.kode) \($0.nama)", dipilih: urusanDipilih.contains($0.kode)) },
            lokasi: kec.map { .init(nilai: $0.id!, label: $0.nama, dipilih: lokasiDipilih.contains($0.id!)) },
            lokasiLain: (isian.lokasi ?? []).filter { !kecKode.contains($0) }.joined(separator: ", "),
            bentuk: pilih(BentukKegiatan.allCases, isian.bentuk ?? BentukKegiatan.belumDitentukan.rawValue, nama: \.nama),
            mitra: mitra.map { .init(nilai: $0.id!.uuidString, label: $0.nama.contains($0.jenis.nama) ? $0.nama : "\($0.nama) — \($0.jenis.nama)", dipilih: mitraDipilih.contains($0.id!.uuidString)) },
            eksternalitasYa: ["ya", "true", "1", "on"].contains((isian.eksternalitas ?? "").lowercased()),
            sumberDana: pilih(SumberDana.allCases, isian.sumberDana, nama: \.nama, kosong: "— belum ditentukan —"),
            pengecualian: pilih(PengecualianPerencanaan.allCases, isian.pengecualian, nama: \.nama, kosong: "— tidak ada (sudah ada dalam perencanaan) —"),
            galat: Format.petaGalat(galat), konflik: konflik)
        return try await req.halaman("pemetaan/usulan-form", judul: record == nil ? "Usulan Baru" : "Ubah Usulan", m, status: status,
                                     galat: galat.map { "Usulan belum disimpan. Periksa isian yang ditandai: " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ") })
    }

    /// May this caller propose for that unit in that round?
    static func periksaPengusul(_ p: Pelaku, unitID: UUID?, periode: PeriodePemetaan) throws -> UUID {
        guard periode.dibuka else { throw Tolak(.forbidden, "Periode pemetaan ini sudah ditutup; usulan baru tidak dapat dibuat.") }
        switch p.peran {
        case .admin:
            guard let u = unitID, periode.idUnitDiundang.contains(u) else {
                throw KesalahanValidasi(field: "unit_id", pesan: "Pilih unit kerja pengusul yang diundang pada periode ini.")
            }
            return u
        case .operator:
            guard let u = p.unitID, periode.idUnitDiundang.contains(u) else {
                throw Tolak(.forbidden, "Unit kerja Anda tidak diundang pada periode pemetaan ini.")
            }
            if let batas = Tanggal(iso: periode.batasWaktu), KerjaSamaAlur.hariIni() > batas {
                throw Tolak(.forbidden, "Batas waktu pengiriman usulan (\(batas.panjang)) telah lewat. Hubungi admin Bagian Kerja Sama.")
            }
            return u
        default:
            throw Tolak(.forbidden, "Hanya operator unit kerja yang diundang atau admin yang dapat membuat usulan.")
        }
    }

    // MARK: Detail model

    struct Riwayat: Encodable {
        let waktu: String
        let pengguna: String
        let aksi: String
        let ke: String
        let catatan: String?
    }

    struct Medan: Encodable {
        let label: String
        let nilai: String
    }

    struct SkorKriteria: Encodable {
        let kode: String
        let nama: String
        let keterangan: String
        let pilihan: [PenggunaAdmin.Pilihan]
        let galat: String?
    }

    struct NilaiTampil: Encodable {
        let anggota: String
        let nilai: String
        let alasan: String
    }

    struct DetailModel: Encodable {
        let id: String
        let periodeID: String
        let periodeJudul: String
        let judul: String
        let status: String
        let statusKode: String
        let catatan: String?
        let unit: String
        let medan: [Medan]
        let deskripsi: String
        let riwayat: [Riwayat]
        let bolehUbah: Bool
        let aksiPemilik: [Tata.Menu]
        let aksiAdmin: [Tata.Menu]
        let bolehKembalikan: Bool
        let bolehTolak: Bool
        let bolehNilai: Bool
        let skor: [SkorKriteria]
        let alasanSaya: String
        let nilaiAnggota: [NilaiTampil]
        let kelayakan: KelayakanTampil?
        let rekomendasi: [RekomendasiTampil]
        let kekurangan: [String]
        let galat: [String: String]
        let version: Int
        let lampiran: [LampiranTampil]
        let bolehLampir: Bool
        /// Published to the other pemda on this installation (title, urusan, resources only).
        var publik = false
        /// The admin may publish or withdraw it (submitted, not rejected).
        var bolehPublikasi = false
    }

    struct LampiranTampil: Encodable {
        let id: String
        let nama: String
        let jenis: String
        let ukuran: String
        let sha: String
        let oleh: String
        let waktu: String
    }

    struct KelayakanTampil: Encodable {
        let ksd: String
        let kelas: String
        let jenis: String?
        let alasan: String
        let dasarHukum: String
        let catatan: [String]
        let perluKonsultasiHukum: Bool
        let perMitra: [Medan]
    }

    struct RekomendasiTampil: Encodable {
        let nama: String
        let skor: Int
        let alasan: [String]
        let jenis: String?
    }

    static func detail(_ req: Request, _ r: UsulanRecord, galat: KesalahanValidasi? = nil, skorIsian: [String: String]? = nil,
                       status: HTTPStatus = .ok) async throws -> Response {
        let p = try req.pelakuWajib()
        let periode = try await p.cari(PeriodePemetaan.self, r.periodeID, on: req.database)
        let u = UsulanAlur.isi(r)
        let unit = try await p.cari(UnitKerja.self, r.unitID, on: req.database)
        let st = StatusUsulan(rawValue: r.status) ?? .draf
        let mitra = try await p.query(Mitra.self, on: req.database).all()
        let namaMitra = Dictionary(uniqueKeysWithValues: mitra.map { ($0.id!, $0.nama) })
        let wil = try await Wilayah.query(on: req.database).filter(\.$id ~~ (u?.lokasi.map(\.nilai) ?? [])).all()
        let namaWil = Dictionary(uniqueKeysWithValues: wil.map { ($0.id!, $0.nama) })
        var medan: [Medan] = []
        if let u {
            medan = [
                Medan(label: "Jenis", nilai: u.jenis?.nama ?? "–"),
                Medan(label: "Bidang urusan", nilai: u.bidangUrusan.map { "\($0.kode) \($0.nama)" }.joined(separator: "; ")),
                Medan(label: "Lokasi", nilai: u.lokasi.map { "\(namaWil[$0.nilai] ?? "") (\($0.nilai))" }.joined(separator: "; ")),
                Medan(label: "Bentuk kegiatan", nilai: u.bentuk.nama),
                Medan(label: "Sumber daya dimiliki", nilai: u.sumberDayaDimiliki ?? "–"),
                Medan(label: "Sumber daya dibutuhkan", nilai: u.sumberDayaDibutuhkan ?? "–"),
                Medan(label: "Calon mitra", nilai: u.calonMitra.compactMap { namaMitra[$0] }.joined(separator: "; ")),
                Medan(label: "Eksternalitas lintas daerah", nilai: u.eksternalitas ? "Ya — \(u.eksternalitasDengan ?? "")" : "Tidak"),
                Medan(label: "Manfaat", nilai: u.manfaat ?? "–"),
                Medan(label: "Indikator", nilai: u.indikator ?? "–"),
                Medan(label: "Perkiraan biaya", nilai: u.perkiraanBiaya.map { Rupiah.format($0) } ?? "–"),
                Medan(label: "Sumber dana", nilai: u.sumberDana?.nama ?? "–"),
                Medan(label: "Keterkaitan perencanaan", nilai: u.kodeProgram.map { "\($0) \(u.namaProgram ?? "")" }
                      ?? u.pengecualian.map { "Pengecualian: \($0.nama) — \(u.alasanPengecualian ?? "")" } ?? "–"),
            ]
        }
        let riwayat = try await p.query(RiwayatUsulan.self, on: req.database).filter(\.$usulanID == r.id!).sort(\.$waktu).all().map {
            Riwayat(waktu: Format.waktu($0.waktu), pengguna: $0.pengguna, aksi: namaAksi($0.aksi),
                    ke: StatusUsulan(rawValue: $0.ke)?.nama ?? $0.ke, catatan: $0.catatan)
        }
        let pemilik = UsulanAlur.pemilik(r, p)
        var aksiPemilik: [Tata.Menu] = []
        if pemilik && st.dapatDisuntingPengusul { aksiPemilik.append(.init(label: "Ajukan", href: "ajukan", aktif: false)) }
        if pemilik && st == .diajukan { aksiPemilik.append(.init(label: "Tarik kembali", href: "tarikKembali", aktif: false)) }
        var aksiAdmin: [Tata.Menu] = []
        if p.peran == .admin {
            if st == .diajukan { aksiAdmin.append(.init(label: "Verifikasi", href: "verifikasi", aktif: false)) }
            if st == .dinilai { aksiAdmin.append(.init(label: "Prioritaskan", href: "prioritaskan", aktif: false)) }
        }
        let kriteria = periode.kriteria
        let milik = try await p.query(NilaiUsulan.self, on: req.database).filter(\.$usulanID == r.id!).all()
        let nilaiSaya = milik.first { $0.penggunaID == p.penggunaID }
            .flatMap { try? JSONDecoder().decode([String: Double].self, from: Data($0.nilaiJSON.utf8)) } ?? [:]
        let petaGalat = Format.petaGalat(galat)
        let skor = kriteria.map { k in
            let dipilih = skorIsian?["n_\(k.kode)"] ?? nilaiSaya[k.kode].map { String(Int($0)) } ?? ""
            return SkorKriteria(kode: k.kode, nama: k.nama, keterangan: k.keterangan,
                                pilihan: (1...5).map { .init(nilai: "\($0)", label: "\($0)", dipilih: "\($0)" == dipilih) },
                                galat: petaGalat["n_\(k.kode)"] ?? petaGalat["nilai.\(k.kode)"])
        }
        var nilaiAnggota: [NilaiTampil] = []
        if p.peran == .admin || p.peran == .tkksd || p.peran == .pimpinan {
            let orang = try await p.query(Pengguna.self, on: req.database).filter(\.$id ~~ milik.map(\.penggunaID)).all()
            let namaOrang = Dictionary(uniqueKeysWithValues: orang.map { ($0.id!, $0.namaLengkap) })
            nilaiAnggota = milik.map { n in
                let s = (try? JSONDecoder().decode([String: Double].self, from: Data(n.nilaiJSON.utf8))) ?? [:]
                return NilaiTampil(anggota: namaOrang[n.penggunaID] ?? "–",
                                   nilai: kriteria.map { "\($0.nama): \(s[$0.kode].map { String(Int($0)) } ?? "–")" }.joined(separator: "; "),
                                   alasan: n.alasan)
            }
        }
        let analisis = try await Analisis.untuk(r, isi: u, unit: unit, pelaku: p, on: req.database)
        let lampiran = try await p.query(Lampiran.self, on: req.database).filter(\.$entitas == "usulan_potensi").filter(\.$entitasID == r.id!)
            .sort(\.$waktu).all().map {
                LampiranTampil(id: $0.id!.uuidString, nama: $0.namaAsli, jenis: $0.tipe.uppercased(), ukuran: "\(max(1, $0.ukuran / 1024)) KB",
                               sha: String($0.sha256.prefix(16)), oleh: $0.diunggahOleh, waktu: Format.waktu($0.waktu))
            }
        let m = DetailModel(
            id: r.id!.uuidString, periodeID: periode.id!.uuidString, periodeJudul: periode.judul, judul: r.judul, status: st.nama,
            statusKode: st.rawValue, catatan: r.catatan, unit: unit.nama, medan: medan, deskripsi: u?.deskripsi ?? "", riwayat: riwayat,
            bolehUbah: pemilik && st.dapatDisuntingPengusul, aksiPemilik: aksiPemilik, aksiAdmin: aksiAdmin,
            bolehKembalikan: p.peran == .admin && st == .diajukan,
            bolehTolak: p.peran == .admin && [.diajukan, .terverifikasi, .dinilai].contains(st),
            bolehNilai: p.peran == .tkksd && (st == .terverifikasi || st == .dinilai), skor: skor,
            alasanSaya: skorIsian?["alasan"] ?? milik.first { $0.penggunaID == p.penggunaID }?.alasan ?? "",
            nilaiAnggota: nilaiAnggota, kelayakan: analisis.kelayakan, rekomendasi: analisis.rekomendasi,
            kekurangan: st.dapatDisuntingPengusul ? (u?.kekuranganUntukDiajukan.map(\.pesan) ?? []) : [],
            galat: petaGalat, version: r.version, lampiran: lampiran, bolehLampir: pemilik && !st.final,
            publik: r.publik, bolehPublikasi: p.peran == .admin && st != .draf && st != .ditolak)
        return try await req.halaman("pemetaan/usulan", judul: r.judul, m, status: status,
                                     galat: galat.map { $0.daftar.map(\.pesan).joined(separator: " ") })
    }

    static func namaAksi(_ a: String) -> String {
        switch a {
        case "buat": "Dibuat"
        case "ubah": "Diubah"
        default: AksiUsulan.Jenis(rawValue: a)?.nama ?? a
        }
    }

    // MARK: Routes

    static func daftarkan(_ app: Application) {
        let pengusul = Akses.peran([.admin, .operator])
        app.rute(.GET, "pemetaan", "periode", ":periode", "usulan", "baru", akses: pengusul) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let x = try await Periode.cari(req)
            if p.peran == .operator { _ = try periksaPengusul(p, unitID: nil, periode: x) }
            guard x.dibuka else { throw Tolak(.forbidden, "Periode pemetaan ini sudah ditutup; usulan baru tidak dapat dibuat.") }
            return try await form(req, periode: x, record: nil, isian: IsianUsulan(jenis: "potensi"), unitID: nil, version: 0)
        }
        app.rute(.POST, "pemetaan", "periode", ":periode", "usulan", "baru", akses: pengusul, maksBody: "1mb") { req async throws -> Response in
            let p = try req.pelakuWajib()
            let x = try await Periode.cari(req)
            let f = try req.content.decode(Form.self)
            do {
                let unitID = try periksaPengusul(p, unitID: f.unitID, periode: x)
                let r = try await UsulanAlur.buat(f.isianLengkap, unitID: unitID, periode: x, ajukan: f.aksi == "ajukan", pelaku: p,
                                                 ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=\(f.aksi == "ajukan" ? "diajukan" : "dibuat")")
            } catch let v as KesalahanValidasi {
                return try await form(req, periode: x, record: nil, isian: f.isianLengkap, unitID: f.unitID, version: 0, galat: v,
                                      status: .unprocessableEntity)
            }
        }
        app.rute(.GET, "pemetaan", "usulan", ":usulan", akses: .internalPemda) { req async throws -> Response in
            try await detail(req, try await UsulanAlur.cari(req))
        }
        app.rute(.GET, "pemetaan", "usulan", ":usulan", "ubah", akses: pengusul) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await UsulanAlur.cari(req)
            guard UsulanAlur.pemilik(r, p) else { throw Tolak(.forbidden, "Hanya unit kerja pengusul atau admin yang dapat mengubah usulan ini.") }
            let x = try await p.cari(PeriodePemetaan.self, r.periodeID, on: req.database)
            return try await form(req, periode: x, record: r, isian: UsulanAlur.isi(r)?.isian ?? IsianUsulan(judul: r.judul), unitID: r.unitID,
                                  version: r.version)
        }
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "ubah", akses: pengusul, maksBody: "1mb") { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await UsulanAlur.cari(req)
            guard UsulanAlur.pemilik(r, p) else { throw Tolak(.forbidden, "Hanya unit kerja pengusul atau admin yang dapat mengubah usulan ini.") }
            let x = try await p.cari(PeriodePemetaan.self, r.periodeID, on: req.database)
            let f = try req.content.decode(Form.self)
            do {
                try await UsulanAlur.ubah(r, isian: f.isianLengkap, versi: f.version ?? -1, ajukan: f.aksi == "ajukan", pelaku: p,
                                          ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await form(req, periode: x, record: r, isian: f.isianLengkap, unitID: r.unitID, version: f.version ?? r.version,
                                      galat: v, status: .unprocessableEntity)
            } catch is KonflikVersi {
                let terbaru = try await p.cari(UsulanRecord.self, r.id, on: req.database)
                return try await form(req, periode: x, record: terbaru, isian: f.isianLengkap, unitID: r.unitID, version: terbaru.version,
                                      konflik: terbaru.version, status: .conflict)
            }
        }
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "aksi", akses: .peran([.admin, .operator])) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await UsulanAlur.cari(req)
            struct F: Content { var aksi: String?; var catatan: String? }
            let f = try req.content.decode(F.self)
            do {
                let aksi = try aksiDari(f.aksi, catatan: f.catatan)
                try izinkan(aksi.jenis, r, p)
                try await req.database.transaction { db in try await UsulanAlur.ubahStatus(r, aksi: aksi, pelaku: p, ip: req.alamatKlien, on: db) }
                return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                let segar = try await p.cari(UsulanRecord.self, r.id, on: req.database)
                return try await detail(req, segar, galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "nilai", akses: .peran([.tkksd])) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await UsulanAlur.cari(req)
            let x = try await p.cari(PeriodePemetaan.self, r.periodeID, on: req.database)
            let isian = try req.content.decode([String: String].self)
            var skor: [String: Double] = [:]
            var v = Pemeriksa()
            for k in x.kriteria {
                if let s = isian["n_\(k.kode)"], !s.isEmpty {
                    if let n = Double(s), (1...5).contains(n), n == n.rounded() { skor[k.kode] = n } else {
                        v.tambah("n_\(k.kode)", "Nilai \(k.nama) harus bilangan bulat 1 sampai 5.")
                    }
                }
            }
            do {
                try v.selesai()
                try await UsulanAlur.nilai(r, skor: skor, alasan: isian["alasan"] ?? "", kriteria: x.kriteria, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
            } catch let e as KesalahanValidasi {
                return try await detail(req, r, galat: e, skorIsian: isian, status: .unprocessableEntity)
            }
        }
    }

    static func daftarkanLampiran(_ app: Application) {
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "lampiran", akses: .peran([.admin, .operator]), maksBody: "11mb") { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await UsulanAlur.cari(req)
            guard UsulanAlur.pemilik(r, p) else { throw Tolak(.forbidden, "Hanya unit kerja pengusul atau admin yang dapat melampirkan berkas pada usulan ini.") }
            struct F: Content { var berkas: File? }
            let f = try req.content.decode(F.self)
            do {
                guard let file = f.berkas else { throw KesalahanValidasi(field: "berkas", pesan: "Pilih berkas yang akan diunggah.") }
                _ = try await Unggah.lampirkan(file, entitas: "usulan_potensi", id: r.id!, pelaku: p, req: req)
                return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await detail(req, r, galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.GET, "pemetaan", "usulan", ":usulan", "lampiran", ":lampiran", akses: .internalPemda) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await UsulanAlur.cari(req)
            let l = try await p.cari(Lampiran.self, req.parameters.get("lampiran", as: UUID.self), on: req.database)
            guard l.entitas == "usulan_potensi", l.entitasID == r.id else { throw Abort(.notFound) }
            return try Unggah.unduh(l, req: req)
        }
    }

    static func aksiDari(_ s: String?, catatan: String?) throws(KesalahanValidasi) -> AksiUsulan {
        switch AksiUsulan.Jenis(rawValue: s ?? "") {
        case .ajukan: .ajukan
        case .kembalikan: .kembalikan(catatan: catatan ?? "")
        case .verifikasi: .verifikasi
        case .prioritaskan: .prioritaskan
        case .tolak: .tolak(alasan: catatan ?? "")
        case .tarikKembali: .tarikKembali
        case .nilai, .none: throw KesalahanValidasi(field: "aksi", pesan: "Aksi tidak dikenal.")
        }
    }

    /// Who may take which step: the proposer submits and withdraws; the admin verifies, returns, rejects, prioritises.
    static func izinkan(_ a: AksiUsulan.Jenis, _ r: UsulanRecord, _ p: Pelaku) throws {
        switch a {
        case .ajukan, .tarikKembali:
            guard UsulanAlur.pemilik(r, p) else { throw Tolak(.forbidden, "Hanya unit kerja pengusul yang dapat mengajukan atau menarik usulan ini.") }
        case .kembalikan, .verifikasi, .tolak, .prioritaskan:
            guard p.peran == .admin else { throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama yang dapat memverifikasi, mengembalikan, menolak atau memprioritaskan usulan.") }
        case .nilai:
            throw Tolak(.forbidden, "Status dinilai ditetapkan otomatis ketika anggota TKKSD memberi nilai.")
        }
    }
}
