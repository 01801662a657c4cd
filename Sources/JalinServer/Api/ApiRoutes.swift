import Fluent
import Foundation
import JalinDomain
import Vapor

/// Authenticates `/api/v1` requests by personal access token (`Authorization: Bearer jalin_…`).
struct TokenAPIMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = req.headers.bearerAuthorization?.token {
            // One query for the token, its user and the user's pemda (this runs on every API request).
            guard bearer.hasPrefix("jalin_"), bearer.count < 200,
                  let t = try await TokenAPI.query(on: req.database)
                    .join(Pengguna.self, on: \TokenAPI.$penggunaID == \Pengguna.$id)
                    .join(Pemda.self, on: \Pengguna.$pemdaID == \Pemda.$id)
                    .filter(\.$tokenHash == Rahasia.sha256(bearer)).first(),
                  !t.dicabut, (t.kedaluwarsa.map { $0 > Date() } ?? true),
                  let u = try? t.joined(Pengguna.self), u.aktif,
                  let pemda = try? t.joined(Pemda.self)
            else {
                throw Tolak(.unauthorized, "Token API tidak sah, sudah dicabut, atau kedaluwarsa.")
            }
            if (t.dipakaiPada.map { Date().timeIntervalSince($0) > 300 } ?? true) {
                // By query, so the joined row is never saved as a model.
                try await TokenAPI.query(on: req.database).filter(\.$id == t.id!).set(\.$dipakaiPada, to: Date()).update()
            }
            req.pelaku = try Pelaku(pengguna: u, pemda: pemda, csrf: nil, sesiID: nil, jam: req.jam)
        }
        return try await next.respond(to: req)
    }
}

/// JSON API under /api/v1, each route with its OpenAPI description.
enum ApiRoutes {
    struct Saya: Content {
        struct P: Content { let id: UUID; let nama: String; let kodeWilayah: String }
        let id: UUID
        let namaPengguna: String
        let namaLengkap: String
        let peran: Peran
        let pemda: P
        let unitID: UUID?
        let mitraID: UUID?
    }

    struct UrusanJSON: Content { let kode: String; let nama: String; let kelompok: Int; let kelompokNama: String; let edisi: String }

    struct UnitJSON: Content {
        let id: UUID
        let jenis: JenisUnit
        let nama: String
        let singkatan: String?
        let kodeWilayah: String?
        let urusan: [String]
        let aktif: Bool
        let contoh: Bool
        let version: Int

        init(_ u: UnitKerja) {
            id = u.id!; jenis = u.jenis; nama = u.nama; singkatan = u.singkatan; kodeWilayah = u.kodeWilayah
            urusan = u.daftarUrusan; aktif = u.aktif; contoh = u.contoh; version = u.version
        }
    }

    struct UnitMasukan: Content {
        let jenis: String?
        let nama: String?
        let singkatan: String?
        let kodeWilayah: String?
        let urusan: [String]?
        let aktif: Bool?
        let version: Int?

        var isian: UnitAdmin.Isian {
            .init(jenis: jenis, nama: nama, singkatan: singkatan, kode_wilayah: kodeWilayah, urusan: (urusan ?? []).joined(separator: ","),
                  aktif: (aktif ?? true) ? "1" : "0", version: version)
        }
    }

    struct MitraJSON: Content {
        let id: UUID; let jenis: JenisMitra; let jenisNama: String; let nama: String; let kodeWilayah: String?
        let alamat: String?; let keterangan: String?; let contoh: Bool; let version: Int
        init(_ m: Mitra) {
            id = m.id!; jenis = m.jenis; jenisNama = m.jenis.nama; nama = m.nama; kodeWilayah = m.kodeWilayah
            alamat = m.alamat; keterangan = m.keterangan; contoh = m.contoh; version = m.version
        }
    }

    struct PenggunaJSON: Content {
        let id: UUID; let namaPengguna: String; let namaLengkap: String; let email: String?; let peran: Peran
        let unitID: UUID?; let mitraID: UUID?; let aktif: Bool; let version: Int
        init(_ u: Pengguna) {
            id = u.id!; namaPengguna = u.namaPengguna; namaLengkap = u.namaLengkap; email = u.email; peran = u.peran
            unitID = u.unitID; mitraID = u.mitraID; aktif = u.aktif; version = u.version
        }
    }

    typealias P = OperasiAPI.Param

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "api", "openapi.json", akses: .publik) { req async throws -> Response in
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let res = Response(status: .ok, body: .init(data: try e.encode(DokumenOpenAPI.buat(req.application.routes))))
            res.headers.contentType = .json
            return res
        }

        let api = app.grouped("api", "v1").grouped(TokenAPIMiddleware())
        api.rute(.GET, "saya", akses: .semuaPengguna,
                 api: .init(id: "saya", ringkasan: "Pengguna pemilik token", tag: "Akun", respons: "Saya")) { req async throws -> Saya in
            let p = try req.pelakuWajib()
            let pemda = try await Pemda.find(p.pemdaID, on: req.database)
            return Saya(id: p.penggunaID, namaPengguna: p.namaPengguna, namaLengkap: p.namaLengkap, peran: p.peran,
                        pemda: .init(id: p.pemdaID, nama: p.pemdaNama, kodeWilayah: pemda?.kodeWilayah ?? ""),
                        unitID: p.unitID, mitraID: p.mitraID)
        }
        api.rute(.GET, "wilayah", akses: .semuaPengguna, api: .init(
            id: "cariWilayah", ringkasan: "Cari kode wilayah menurut nama atau awalan kode", tag: "Referensi",
            parameter: [
                P(nama: "q", lokasi: "query", tipe: "string", wajib: false, keterangan: "Nama atau awalan kode, mis. Samboja atau 64.02"),
                P(nama: "tingkat", lokasi: "query", tipe: "integer", wajib: false, keterangan: "1 provinsi … 4 desa/kelurahan"),
                P(nama: "induk", lokasi: "query", tipe: "string", wajib: false, keterangan: "Kode induk"),
                P(nama: "batas", lokasi: "query", tipe: "integer", wajib: false, keterangan: "Jumlah maksimum hasil (1–500, bawaan 50)"),
                P(nama: "pensiun", lokasi: "query", tipe: "boolean", wajib: false, keterangan: "Sertakan kode yang sudah dipensiunkan"),
            ], respons: "[Wilayah]")) { req async throws -> [CariWilayah.Hasil] in
            try await CariWilayah.query(try CariWilayah.filter(dari: req), on: req.database)
        }
        api.rute(.GET, "wilayah", ":kode", akses: .semuaPengguna, api: .init(
            id: "wilayah", ringkasan: "Satu kode wilayah", tag: "Referensi",
            parameter: [P(nama: "kode", lokasi: "path", tipe: "string", wajib: true, keterangan: "Kode Kemendagri")],
            respons: "Wilayah")) { req async throws -> CariWilayah.Hasil in
            let kode = req.parameters.get("kode") ?? ""
            guard KodeWilayah(valid: kode) != nil else { throw Tolak(.notFound, "Kode wilayah \(kode.prefix(20)) tidak dikenal.") }
            var f = CariWilayah.Filter()
            f.q = kode
            f.termasukPensiun = true
            guard let h = try await CariWilayah.query(f, on: req.database).first(where: { $0.kode == kode }) else {
                throw Tolak(.notFound, "Kode wilayah \(kode) tidak dikenal.")
            }
            return h
        }
        api.rute(.GET, "urusan", akses: .semuaPengguna, api: .init(
            id: "urusan", ringkasan: "Katalog bidang urusan pemerintahan", tag: "Referensi", respons: "[Urusan]")) { req async throws -> [UrusanJSON] in
            try await BidangUrusanRecord.query(on: req.database).filter(\.$aktif == true).sort(\.$id).all().map {
                UrusanJSON(kode: $0.id ?? "", nama: $0.nama, kelompok: $0.kelompok,
                           kelompokNama: KelompokUrusan(rawValue: $0.kelompok)?.nama ?? "", edisi: $0.edisi)
            }
        }
        api.rute(.GET, "unit", akses: .internalPemda, api: .init(
            id: "daftarUnit", ringkasan: "Unit kerja pemda (OPD, kecamatan, desa/kelurahan)", tag: "Pemda",
            parameter: [P(nama: "jenis", lokasi: "query", tipe: "string", wajib: false, keterangan: "opd, kecamatan, kelurahan, desa")],
            respons: "[Unit]")) { req async throws -> [UnitJSON] in
            let p = try req.pelakuWajib()
            var q = p.query(UnitKerja.self, on: req.database)
            if let j = try? req.query.get(String.self, at: "jenis"), !j.isEmpty {
                guard let jenis = JenisUnit(rawValue: j) else { throw KesalahanValidasi(field: "jenis", pesan: "Jenis unit tidak dikenal.") }
                q = q.filter(\.$jenis == jenis)
            }
            return try await q.sort(\.$jenis).sort(\.$nama).all().map(UnitJSON.init)
        }
        api.rute(.POST, "unit", akses: .admin, api: .init(
            id: "buatUnit", ringkasan: "Tambah unit kerja", tag: "Pemda", body: "UnitMasukan", respons: "Unit", statusSukses: 201)) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let masukan = try req.content.decode(UnitMasukan.self)
            let d = try await UnitAdmin.periksa(masukan.isian, pelaku: p, diri: nil, on: req.database)
            let u = UnitKerja(pemdaID: p.pemdaID, jenis: d.jenis, nama: d.nama)
            UnitAdmin.terapkan(d, ke: u)
            try await req.database.transaction { db in
                try await u.create(on: db)
                try await Audit.catat("unit.buat", entitas: "unit_kerja", id: u.id?.uuidString, sesudah: d, pelaku: p, ip: req.alamatKlien, on: db)
            }
            return try await UnitJSON(u).encodeResponse(status: .created, for: req)
        }
        api.rute(.GET, "unit", ":id", akses: .internalPemda, api: .init(
            id: "unit", ringkasan: "Satu unit kerja", tag: "Pemda",
            parameter: [P(nama: "id", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID unit")], respons: "Unit")) { req async throws -> UnitJSON in
            let p = try req.pelakuWajib()
            return UnitJSON(try await p.cari(UnitKerja.self, req.parameters.get("id", as: UUID.self), on: req.database))
        }
        api.rute(.PUT, "unit", ":id", akses: .admin, api: .init(
            id: "ubahUnit", ringkasan: "Ubah unit kerja (dengan versi yang dibaca; versi usang ditolak 409)", tag: "Pemda",
            parameter: [P(nama: "id", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID unit")],
            body: "UnitMasukan", respons: "Unit")) { req async throws -> UnitJSON in
            let p = try req.pelakuWajib()
            let u = try await p.cari(UnitKerja.self, req.parameters.get("id", as: UUID.self), on: req.database)
            let masukan = try req.content.decode(UnitMasukan.self)
            guard masukan.version != nil else { throw KesalahanValidasi(field: "version", pesan: "Versi wajib disertakan saat mengubah data.") }
            try await UnitAdmin.simpan(masukan.isian, unit: u, pelaku: p, req: req)
            return UnitJSON(u)
        }
        api.rute(.GET, "mitra", akses: .internalPemda, api: .init(
            id: "daftarMitra", ringkasan: "Direktori mitra pemda", tag: "Pemda", respons: "[Mitra]")) { req async throws -> [MitraJSON] in
            try await req.pelakuWajib().query(Mitra.self, on: req.database).sort(\.$nama).all().map(MitraJSON.init)
        }
        api.rute(.GET, "mitra", ":id", akses: .internalPemda, api: .init(
            id: "mitra", ringkasan: "Satu mitra", tag: "Pemda",
            parameter: [P(nama: "id", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID mitra")], respons: "Mitra")) { req async throws -> MitraJSON in
            let p = try req.pelakuWajib()
            return MitraJSON(try await p.cari(Mitra.self, req.parameters.get("id", as: UUID.self), on: req.database))
        }
        api.rute(.GET, "pengguna", akses: .admin, api: .init(
            id: "daftarPengguna", ringkasan: "Pengguna pemda", tag: "Administrasi", respons: "[Pengguna]")) { req async throws -> [PenggunaJSON] in
            try await req.pelakuWajib().query(Pengguna.self, on: req.database).sort(\.$namaPengguna).all().map(PenggunaJSON.init)
        }
        api.rute(.GET, "pengguna", ":id", akses: .admin, api: .init(
            id: "pengguna", ringkasan: "Satu pengguna", tag: "Administrasi",
            parameter: [P(nama: "id", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID pengguna")], respons: "Pengguna")) { req async throws -> PenggunaJSON in
            let p = try req.pelakuWajib()
            return PenggunaJSON(try await p.cari(Pengguna.self, req.parameters.get("id", as: UUID.self), on: req.database))
        }
        api.rute(.GET, "audit", akses: .admin, api: .init(
            id: "audit", ringkasan: "Log audit pemda, terbaru dahulu (50 per halaman)", tag: "Administrasi",
            parameter: [P(nama: "setelah", lokasi: "query", tipe: "string", wajib: false,
                          keterangan: "Penanda halaman berikutnya, dari header Link rel=\"next\" jawaban sebelumnya"),
                        P(nama: "sebelum", lokasi: "query", tipe: "string", wajib: false, keterangan: "Penanda halaman sebelumnya, dari header Link rel=\"prev\"")],
            respons: "[Audit]")) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let hal = try await LogAudit.halaman(p, setelah: try req.kursorID("setelah"), sebelum: try req.kursorID("sebelum"), on: req.database)
            let res = try await hal.baris.map(LogAudit.Baris.init(baris:)).encodeResponse(for: req)
            res.tautkanHalaman(req, hal) { $0.id.uuidString }
            return res
        }
    }
}
