import Fluent
import Foundation
import JalinDomain
import Vapor

/// The pemda's partner directory: other daerah (by kode wilayah), pihak ketiga, K/L, Otorita IKN, luar negeri.
enum MitraAdminPage {
    struct Isian: Content {
        var jenis: String?
        var nama: String?
        var kode_wilayah: String?
        var alamat: String?
        var keterangan: String?
        var version: Int?
    }

    struct Data: Codable, Sendable {
        var jenis: JenisMitra
        var nama: String
        var kodeWilayah: String?
        var alamat: String?
        var keterangan: String?
    }

    struct Baris: Encodable {
        let id: String
        let jenis: String
        let nama: String
        let kodeWilayah: String
        let keterangan: String
        let contoh: Bool
    }

    struct FormModel: Encodable {
        let baru: Bool
        let id: String
        let isian: Isian
        let jenis: [Pilihan]
        let galat: [String: String]
        let konflik: Data?
    }

    static func data(_ m: MitraRecord) -> Data {
        Data(jenis: m.jenis, nama: m.nama, kodeWilayah: m.kodeWilayah, alamat: m.alamat, keterangan: m.keterangan)
    }

    static func periksa(_ f: Isian, pelaku p: Pelaku, diri: MitraRecord?, on db: any Database) async throws -> Data {
        var v = Pemeriksa()
        let jenis = f.jenis.flatMap(JenisMitra.init(rawValue:))
        if jenis == nil { v.tambah("jenis", "Pilih jenis mitra.") }
        let nama = Teks.bersihkan(f.nama, field: "nama", label: "Nama mitra", wajib: true, maks: 200, ke: &v)
        let alamat = Teks.bersihkan(f.alamat, field: "alamat", label: "Alamat", wajib: false, maks: 500, ke: &v)
        let ket = Teks.bersihkan(
            f.keterangan, field: "keterangan", label: "Keterangan", wajib: false, maks: 2000, banyakBaris: true, ke: &v)
        var kode: String?
        if let k = Teks.bersihkan(
            f.kode_wilayah, field: "kode_wilayah", label: "Kode wilayah", wajib: jenis?.perluKodeWilayah == true, maks: 13, ke: &v)
        {
            if let kw = KodeWilayah(valid: k), try await WilayahRecord.find(kw.nilai, on: db) != nil {
                kode = kw.nilai
            } else {
                v.tambah("kode_wilayah", "Kode wilayah \(k) tidak dikenal.")
            }
        }
        if let nama, try await p.query(MitraRecord.self, on: db).filter(\.$nama == nama).filter(\.$id != diri?.id ?? UUID()).first() != nil
        {
            v.tambah("nama", "Mitra dengan nama ini sudah terdaftar.")
        }
        try v.selesai()
        return Data(jenis: jenis!, nama: nama!, kodeWilayah: kode, alamat: alamat, keterangan: ket)
    }

    static func terapkan(_ d: Data, ke m: MitraRecord) {
        m.jenis = d.jenis
        m.nama = d.nama
        m.kodeWilayah = d.kodeWilayah
        m.alamat = d.alamat
        m.keterangan = d.keterangan
    }

    static func form(
        _ req: Request, baru: Bool, id: String, isian: Isian, galat: KesalahanValidasi? = nil, konflik: Data? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let m = FormModel(
            baru: baru, id: id, isian: isian,
            jenis: JenisMitra.allCases.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == isian.jenis) },
            galat: Format.petaGalat(galat), konflik: konflik)
        let pesan = konflik != nil ? KonflikVersi().pesan : (galat != nil ? "Periksa kembali isian yang ditandai." : nil)
        return try await req.halaman("admin/mitra-form", judul: baru ? "Mitra Baru" : "Ubah Mitra", m, status: status, galat: pesan)
    }
}

/// The route table of `MitraAdminPage` (`/admin/mitra`).
extension MitraAdminPage {
    static func daftarkan(_ app: Application) {
        let g = app.grouped("admin", "mitra")
        g.rute(.GET, akses: .admin, use: MitraAdminPage.daftar)
        g.rute(.GET, "baru", akses: .admin, use: MitraAdminPage.formBaru)
        g.rute(.POST, "baru", akses: .admin, use: MitraAdminPage.buat)
        g.rute(.GET, ":id", akses: .admin, use: MitraAdminPage.formUbah)
        g.rute(.POST, ":id", akses: .admin, use: MitraAdminPage.ubah)
    }
}

extension MitraAdminPage {
    @Sendable static func daftar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let semua = try await p.query(MitraRecord.self, on: req.database).sort(\.$jenis).sort(\.$nama).all()
        struct M: Encodable { let baris: [Baris] }
        return try await req.halaman(
            "admin/mitra", judul: "Mitra",
            M(
                baris: semua.map {
                    Baris(
                        id: $0.id!.uuidString, jenis: $0.jenis.nama, nama: $0.nama, kodeWilayah: $0.kodeWilayah ?? "",
                        keterangan: $0.keterangan ?? "", contoh: $0.contoh)
                }))
    }

    @Sendable static func formBaru(_ req: Request) async throws -> Response {
        try await form(req, baru: true, id: "", isian: Isian(jenis: "daerah", version: 0))
    }

    @Sendable static func buat(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let isian = try req.content.decode(Isian.self)
        do {
            let d = try await periksa(isian, pelaku: p, diri: nil, on: req.database)
            let m = MitraRecord(pemdaID: p.pemdaID, jenis: d.jenis, nama: d.nama)
            terapkan(d, ke: m)
            try await req.database.transaction { db in
                try await m.create(on: db)
                try await Audit.catat(
                    "mitra.buat", entitas: "mitra", id: m.id?.uuidString, sesudah: d, pelaku: p, ip: req.alamatKlien, on: db)
            }
            return req.redirect(to: "/admin/mitra?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await form(req, baru: true, id: "", isian: isian, galat: v, status: .unprocessableEntity)
        }
    }

    @Sendable static func formUbah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let m = try await p.cari(MitraRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        return try await form(
            req, baru: false, id: m.id!.uuidString,
            isian: Isian(
                jenis: m.jenis.rawValue, nama: m.nama, kode_wilayah: m.kodeWilayah, alamat: m.alamat, keterangan: m.keterangan,
                version: m.version))
    }

    @Sendable static func ubah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let m = try await p.cari(MitraRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        let isian = try req.content.decode(Isian.self)
        do {
            let d = try await periksa(isian, pelaku: p, diri: m, on: req.database)
            let sebelum = data(m)
            try await req.database.transaction { db in
                guard try await KunciVersi.klaim(tabel: MitraRecord.schema, id: m.id!, diharapkan: isian.version ?? -1, on: db) else {
                    throw KonflikVersi()
                }
                terapkan(d, ke: m)
                m.version = (isian.version ?? 0) + 1
                try await m.update(on: db)
                try await Audit.catat(
                    "mitra.ubah", entitas: "mitra", id: m.id?.uuidString, sebelum: sebelum, sesudah: d,
                    pelaku: p, ip: req.alamatKlien, on: db)
            }
            return req.redirect(to: "/admin/mitra?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await form(req, baru: false, id: m.id!.uuidString, isian: isian, galat: v, status: .unprocessableEntity)
        } catch is KonflikVersi {
            let terbaru = try await p.cari(MitraRecord.self, m.id, on: req.database)
            var i = isian
            i.version = terbaru.version
            return try await form(req, baru: false, id: m.id!.uuidString, isian: i, konflik: data(terbaru), status: .conflict)
        }
    }
}
