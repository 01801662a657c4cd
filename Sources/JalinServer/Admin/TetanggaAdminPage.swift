import Fluent
import Foundation
import JalinDomain
import Vapor

/// Border pairs used by the eligibility screen and recommendations: computed by `jalin import-geo`
/// or entered here by the admin (reference data shared by the installation; every change is audited).
/// A pemda speaks only for itself: its admin adds pairs with one side inside its own region, and removes
/// only such pairs that an admin entered. Pairs computed from the boundaries change only by an import.
enum TetanggaAdminPage {
    /// Whether a pemda (its region code) may add or remove the pair `a`–`b`.
    static func milik(_ pemda: KodeWilayah, _ a: KodeWilayah, _ b: KodeWilayah) -> Bool {
        pemda.mencakup(a) || pemda.mencakup(b)
    }

    struct Baris: Encodable {
        let id: String
        let a: String
        let b: String
        let sumber: String
        /// Only pairs an admin entered can be removed here.
        let bisaDihapus: Bool
    }

    static func model(_ req: Request, galat: KesalahanValidasi? = nil, a: String = "", b: String = "") async throws -> Response {
        let p = try req.pelakuWajib()
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: req.database) else { throw Abort(.notFound) }
        // The pairs that touch this pemda or its kecamatan.
        let semua = try await TetanggaRecord.query(on: req.database).all().filter {
            $0.kodeA.hasPrefix(pemda.kodeWilayah) || $0.kodeB.hasPrefix(pemda.kodeWilayah)
        }
        let kode = Set(semua.flatMap { [$0.kodeA, $0.kodeB] })
        let nama = Dictionary(
            uniqueKeysWithValues: try await WilayahRecord.query(on: req.database).filter(\.$id ~~ Array(kode)).all().map {
                ($0.id!, $0.nama)
            })
        let baris = semua.sorted { ($0.kodeA, $0.kodeB) < ($1.kodeA, $1.kodeB) }.map {
            Baris(
                id: $0.id!.uuidString, a: "\(nama[$0.kodeA] ?? "") (\($0.kodeA))", b: "\(nama[$0.kodeB] ?? "") (\($0.kodeB))",
                sumber: $0.sumber == "geometri" ? "dihitung dari batas wilayah" : "dimasukkan admin", bisaDihapus: $0.sumber == "manual")
        }
        struct M: Encodable {
            let baris: [Baris]
            let pemda: String
            let ikn: String
            let galat: [String: String]
            let a: String
            let b: String
        }
        let ikn = BatasOtoritaIKN.kecamatan.map { "\(BatasOtoritaIKN.nama[$0] ?? $0) (\($0))" }.joined(separator: ", ")
        return try await req.halaman(
            "admin/tetangga", judul: "Wilayah Berbatasan",
            M(baris: baris, pemda: pemda.nama, ikn: ikn, galat: Format.petaGalat(galat), a: a, b: b),
            status: galat == nil ? .ok : .unprocessableEntity, galat: galat?.daftar.first?.pesan)
    }

    static func daftarkan(_ app: Application) {
        let g = app.grouped("admin", "tetangga")
        g.rute(.GET, akses: .admin, use: halaman)
        g.rute(.POST, akses: .admin, use: tambah)
        g.rute(.POST, ":tetangga", "hapus", akses: .admin, use: hapus)
    }
}

extension TetanggaAdminPage {
    @Sendable static func halaman(_ req: Request) async throws -> Response {
        try await model(req)
    }

    @Sendable static func tambah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        struct F: Content {
            var kode_a: String?
            var kode_b: String?
        }
        let f = try req.content.decode(F.self)
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: req.database), let kodePemda = KodeWilayah(valid: pemda.kodeWilayah)
        else {
            throw Abort(.notFound)
        }
        var v = Pemeriksa()
        let a = KodeWilayah(valid: f.kode_a ?? "")
        let b = KodeWilayah(valid: f.kode_b ?? "")
        if a == nil { v.tambah("kode_a", "Kode wilayah pertama tidak sah.") }
        if b == nil { v.tambah("kode_b", "Kode wilayah kedua tidak sah.") }
        if let a, let b, !milik(kodePemda, a, b) {
            v.tambah(
                "kode_a",
                "Salah satu wilayah harus \(pemda.nama) atau wilayah di dalamnya (\(kodePemda.nilai)). Pasangan antara daerah lain hanya dapat diubah oleh daerah yang bersangkutan atau melalui impor batas wilayah."
            )
        }
        if let a, let b {
            if a == b { v.tambah("kode_b", "Kedua kode wilayah sama.") }
            if a.tingkat != b.tingkat { v.tambah("kode_b", "Kedua wilayah harus setingkat (misalnya kabupaten dengan kabupaten).") }
            let ada = Set(try await WilayahRecord.query(on: req.database).filter(\.$id ~~ [a.nilai, b.nilai]).all().compactMap(\.id))
            if !ada.contains(a.nilai) { v.tambah("kode_a", "Kode wilayah \(a.nilai) tidak terdaftar.") }
            if !ada.contains(b.nilai) { v.tambah("kode_b", "Kode wilayah \(b.nilai) tidak terdaftar.") }
        }
        do {
            try v.selesai()
            let (x, y) = a! < b! ? (a!.nilai, b!.nilai) : (b!.nilai, a!.nilai)
            guard try await TetanggaRecord.query(on: req.database).filter(\.$kodeA == x).filter(\.$kodeB == y).first() == nil else {
                throw KesalahanValidasi(field: "kode_b", pesan: "Pasangan ini sudah tercatat.")
            }
            try await req.database.transaction { db in
                let t = TetanggaRecord()
                t.kodeA = x
                t.kodeB = y
                t.sumber = "manual"
                try await t.create(on: db)
                try await Audit.catat(
                    "tetangga.tambah", entitas: "ketetanggaan", id: t.id?.uuidString, sesudah: ["a": x, "b": y], pelaku: p,
                    ip: req.alamatKlien, on: db)
            }
            return req.redirect(to: "/admin/tetangga?pesan=dibuat")
        } catch let e as KesalahanValidasi {
            return try await model(req, galat: e, a: String((f.kode_a ?? "").prefix(20)), b: String((f.kode_b ?? "").prefix(20)))
        }
    }

    @Sendable static func hapus(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: req.database), let kodePemda = KodeWilayah(valid: pemda.kodeWilayah),
            let t = try await TetanggaRecord.find(req.parameters.get("tetangga", as: UUID.self), on: req.database),
            let a = KodeWilayah(valid: t.kodeA), let b = KodeWilayah(valid: t.kodeB), milik(kodePemda, a, b)
        else { throw Abort(.notFound) }
        guard t.sumber == "manual" else {
            throw Tolak(
                .forbidden,
                "Pasangan ini dihitung dari batas wilayah dan berlaku juga bagi daerah tetangga; pasangan seperti ini hanya berubah melalui impor batas wilayah."
            )
        }
        try await req.database.transaction { db in
            try await t.delete(on: db)
            try await Audit.catat(
                "tetangga.hapus", entitas: "ketetanggaan", id: t.id?.uuidString, sebelum: ["a": t.kodeA, "b": t.kodeB],
                pelaku: p, ip: req.alamatKlien, on: db)
        }
        return req.redirect(to: "/admin/tetangga?pesan=tersimpan")
    }
}
