import Fluent
import Foundation
import JalinDomain
import Vapor

/// The pemda's units: OPD, kecamatan, kelurahan, desa — each with its urusan codes.
enum UnitAdminPage {
    struct Isian: Content {
        var jenis: String?
        var nama: String?
        var singkatan: String?
        var kode_wilayah: String?
        var urusan: String?
        var aktif: String?
        var version: Int?
    }

    struct Data: Codable, Sendable {
        var jenis: JenisUnit
        var nama: String
        var singkatan: String?
        var kodeWilayah: String?
        var urusan: [String]
        var aktif: Bool
    }

    struct Baris: Encodable {
        let id: String
        let jenis: String
        let nama: String
        let singkatan: String
        let kodeWilayah: String
        let urusan: String
        let contoh: Bool
        let aktif: Bool
        /// A kecamatan: its row links to the registry filtered by it (desa and kelurahan included).
        let kecamatan: Bool
    }

    struct FormModel: Encodable {
        let baru: Bool
        let id: String
        let isian: Isian
        let jenis: [Pilihan]
        let galat: [String: String]
        let konflik: Data?
    }

    static func baris(_ u: UnitKerjaRecord) -> Baris {
        Baris(
            id: u.id?.uuidString ?? "", jenis: u.jenis.nama, nama: u.nama, singkatan: u.singkatan ?? "",
            kodeWilayah: u.kodeWilayah ?? "", urusan: u.daftarUrusan.joined(separator: ", "), contoh: u.contoh, aktif: u.aktif,
            kecamatan: u.jenis == .kecamatan)
    }

    static func data(_ u: UnitKerjaRecord) -> Data {
        Data(jenis: u.jenis, nama: u.nama, singkatan: u.singkatan, kodeWilayah: u.kodeWilayah, urusan: u.daftarUrusan, aktif: u.aktif)
    }

    /// Validates a unit: a territorial unit needs a kode wilayah of its level inside the pemda.
    static func periksa(_ f: Isian, pelaku p: Pelaku, diri: UnitKerjaRecord?, on db: any Database) async throws -> Data {
        var v = Pemeriksa()
        let jenis = f.jenis.flatMap(JenisUnit.init(rawValue:))
        if jenis == nil { v.tambah("jenis", "Pilih jenis unit kerja.") }
        let nama = Teks.bersihkan(f.nama, field: "nama", label: "Nama unit", wajib: true, maks: 200, ke: &v)
        let singkatan = Teks.bersihkan(f.singkatan, field: "singkatan", label: "Singkatan", wajib: false, maks: 30, ke: &v)
        var kode: String?
        if let k = Teks.bersihkan(
            f.kode_wilayah, field: "kode_wilayah", label: "Kode wilayah", wajib: jenis?.tingkatWilayah != nil, maks: 13, ke: &v)
        {
            if let kw = KodeWilayah(valid: k) {
                let pemda = try await PemdaRecord.find(p.pemdaID, on: db)
                if let t = jenis?.tingkatWilayah, kw.tingkat.rawValue != t {
                    v.tambah(
                        "kode_wilayah", "Kode wilayah \(kw.nilai) bukan tingkat \(TingkatWilayah(rawValue: t)?.nama.lowercased() ?? "").")
                } else if let pk = pemda?.kodeWilayah, !kw.nilai.hasPrefix(pk + ".") {
                    v.tambah("kode_wilayah", "Kode wilayah \(kw.nilai) tidak berada di wilayah \(pemda?.nama ?? "pemda ini").")
                } else if try await WilayahRecord.find(kw.nilai, on: db) == nil {
                    v.tambah("kode_wilayah", "Kode wilayah \(kw.nilai) tidak terdaftar. Impor daftar kode wilayah terlebih dahulu.")
                } else {
                    kode = kw.nilai
                }
            } else {
                v.tambah("kode_wilayah", "Kode wilayah harus berbentuk 64.02.13 atau 64.02.13.2001.")
            }
        }
        var urusan: [String] = []
        for bagian in (f.urusan ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) where !bagian.isEmpty {
            do throws(KesalahanValidasi) { urusan.append(try KatalogUrusan.periksaKode(String(bagian), field: "urusan").kode) } catch {
                error.daftar.forEach { v.tambah($0.field, $0.pesan) }
            }
        }
        if jenis == .opd && urusan.isEmpty && v.kesalahan.allSatisfy({ $0.field != "urusan" }) {
            v.tambah("urusan", "Perangkat daerah wajib memiliki setidaknya satu kode urusan, misalnya 2.15.")
        }
        if let nama,
            try await p.query(UnitKerjaRecord.self, on: db).filter(\.$nama == nama).filter(\.$id != diri?.id ?? UUID()).first() != nil
        {
            v.tambah("nama", "Unit dengan nama ini sudah ada.")
        }
        try v.selesai()
        return Data(
            jenis: jenis!, nama: nama!, singkatan: singkatan, kodeWilayah: kode, urusan: Array(Set(urusan)).sorted(),
            aktif: diri == nil || Kotak.dicentang(f.aktif))
    }

    static func terapkan(_ d: Data, ke u: UnitKerjaRecord) {
        u.jenis = d.jenis
        u.nama = d.nama
        u.singkatan = d.singkatan
        u.kodeWilayah = d.kodeWilayah
        u.urusan = d.urusan.joined(separator: ",")
        u.aktif = d.aktif
    }

    /// Saves an edit in one transaction, refusing a stale version.
    static func simpan(_ isian: Isian, unit u: UnitKerjaRecord, pelaku p: Pelaku, req: Request) async throws {
        let d = try await periksa(isian, pelaku: p, diri: u, on: req.database)
        let sebelum = data(u)
        try await req.database.transaction { db in
            guard try await KunciVersi.klaim(tabel: UnitKerjaRecord.schema, id: u.id!, diharapkan: isian.version ?? -1, on: db) else {
                throw KonflikVersi()
            }
            terapkan(d, ke: u)
            u.version = (isian.version ?? 0) + 1
            try await u.update(on: db)
            try await Audit.catat(
                "unit.ubah", entitas: "unit_kerja", id: u.id?.uuidString, sebelum: sebelum, sesudah: d,
                pelaku: p, ip: req.alamatKlien, on: db)
        }
    }

    static func isian(_ u: UnitKerjaRecord) -> Isian {
        Isian(
            jenis: u.jenis.rawValue, nama: u.nama, singkatan: u.singkatan, kode_wilayah: u.kodeWilayah,
            urusan: u.daftarUrusan.joined(separator: ", "), aktif: u.aktif ? "1" : nil, version: u.version)
    }

    static func form(
        _ req: Request, baru: Bool, id: String, isian: Isian, galat: KesalahanValidasi? = nil, konflik: Data? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let m = FormModel(
            baru: baru, id: id, isian: isian,
            jenis: JenisUnit.allCases.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == isian.jenis) },
            galat: Format.petaGalat(galat), konflik: konflik)
        let pesan = konflik != nil ? KonflikVersi().pesan : (galat != nil ? "Periksa kembali isian yang ditandai." : nil)
        return try await req.halaman(
            "admin/unit-form", judul: baru ? "Unit Kerja Baru" : "Ubah Unit Kerja", m, status: status, galat: pesan)
    }
}

/// The route table of `UnitAdminPage` (`/admin/unit`).
extension UnitAdminPage {
    static func daftarkan(_ app: Application) {
        let g = app.grouped("admin", "unit")
        g.rute(.GET, akses: .admin, use: UnitAdminPage.daftar)
        g.rute(.GET, "baru", akses: .admin, use: UnitAdminPage.formBaru)
        g.rute(.POST, "baru", akses: .admin, use: UnitAdminPage.buat)
        g.rute(.GET, ":id", akses: .admin, use: UnitAdminPage.formUbah)
        g.rute(.POST, ":id", akses: .admin, use: UnitAdminPage.ubah)
    }
}

extension UnitAdminPage {
    @Sendable static func daftar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let semua = try await p.query(UnitKerjaRecord.self, on: req.database).sort(\.$jenis).sort(\.$nama).all()
        struct M: Encodable { let baris: [Baris] }
        return try await req.halaman("admin/unit", judul: "Unit Kerja", M(baris: semua.map(baris)))
    }

    @Sendable static func formBaru(_ req: Request) async throws -> Response {
        try await form(req, baru: true, id: "", isian: Isian(jenis: "opd", aktif: "1", version: 0))
    }

    @Sendable static func buat(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let isian = try req.content.decode(Isian.self)
        do {
            let d = try await periksa(isian, pelaku: p, diri: nil, on: req.database)
            let u = UnitKerjaRecord(pemdaID: p.pemdaID, jenis: d.jenis, nama: d.nama)
            terapkan(d, ke: u)
            try await req.database.transaction { db in
                try await u.create(on: db)
                try await Audit.catat(
                    "unit.buat", entitas: "unit_kerja", id: u.id?.uuidString, sesudah: d, pelaku: p, ip: req.alamatKlien, on: db)
            }
            return req.redirect(to: "/admin/unit?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await form(req, baru: true, id: "", isian: isian, galat: v, status: .unprocessableEntity)
        }
    }

    @Sendable static func formUbah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let u = try await p.cari(UnitKerjaRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        return try await form(req, baru: false, id: u.id!.uuidString, isian: isian(u))
    }

    @Sendable static func ubah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let u = try await p.cari(UnitKerjaRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        let isian = try req.content.decode(Isian.self)
        do {
            try await simpan(isian, unit: u, pelaku: p, req: req)
            return req.redirect(to: "/admin/unit?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await form(req, baru: false, id: u.id!.uuidString, isian: isian, galat: v, status: .unprocessableEntity)
        } catch is KonflikVersi {
            let terbaru = try await p.cari(UnitKerjaRecord.self, u.id, on: req.database)
            var i = isian
            i.version = terbaru.version
            return try await form(req, baru: false, id: u.id!.uuidString, isian: i, konflik: data(terbaru), status: .conflict)
        }
    }
}
