import Fluent
import JalinDomain
import SQLKit
import Vapor

/// Pages open to everyone: the landing page, the transparency page of each pemda, and the health check.
enum PublikPage {
    struct PemdaTautan: Encodable {
        let kode: String
        let nama: String
    }

    struct BerandaPublik: Encodable {
        let pemda: [PemdaTautan]
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, akses: .publik, use: beranda)
        app.rute(.GET, "publik", ":kode", akses: .publik, use: transparansi)
        app.rute(.GET, "sehat", akses: .publik, use: sehat)
    }
}

/// The public transparency page: counts and the list of signed cooperation — nothing else
/// (no drafts, no internal notes, no evaluations, no user names or e-mail addresses).
enum Transparansi {
    static let tahapBerjalan = MonevAlur.tahapAktif
    static let tahapDitandatangani = MonevAlur.tahapAktif + [Tahap.berakhir.rawValue]

    struct Baris: Encodable {
        let judul: String
        let mitra: String
        let objek: String
        let jangkaWaktu: String
        let status: String
        let jenis: String
        let dasarHukum: String
    }

    struct Model: Encodable {
        let pemda: String
        let berjalan: Int
        let selesai: Int
        let dalamProses: Int
        let daftar: [Baris]
        var halaman = 1
        var sebelumnya: String? = nil
        var berikutnya: String? = nil
    }

    static let perHalaman = 100

    /// The list's order: the latest start first (records without one last, on both databases), then the id.
    static let urutan: any SQLExpression = SQLFunction("COALESCE", args: SQLIdentifier("tanggal_mulai"), SQLLiteral.string(""))

    /// The page after `setelah` or before `sebelum` (keyset, as the registry); `nomor` gives the page
    /// number to show from the page found.
    static func model(
        _ pemda: PemdaRecord, setelah: UUID?, sebelum: UUID?, nomor: (HalamanBaris) -> Int, on db: any Database
    ) async throws -> Model {
        let pid = pemda.id!
        // Counts by stage, in SQL; "in process" is everything before signing except the first preparation.
        let baris = try await DasborMonevPage.kelompok(db, tabel: KerjaSamaRecord.schema, kolom: ["tahap"], pemdaID: pid)
        var berjalan = 0
        var selesai = 0
        var proses = 0
        for (k, n) in baris {
            if tahapBerjalan.contains(k[0]) { berjalan += n } else if k[0] == Tahap.berakhir.rawValue { selesai += n } else { proses += n }
        }
        // Signed cooperation only: partner names and the public columns, never notes or people.
        let q = db.sql.select().columns("id", "judul", "objek", "jenis", "tahap", "mitra", "tanggal_mulai", "tanggal_berakhir")
            .from(KerjaSamaRecord.schema).where("pemda_id", .equal, pid).where("tahap", .in, tahapDitandatangani)
        let hal = try await HalamanBaris.menurutID(
            q, tabel: KerjaSamaRecord.schema, kunci: urutan, turun: true, idTurun: false,
            setelah: setelah, sebelum: sebelum, perHalaman: perHalaman)
        let mitra = Pilihan.petaTeks(try await Pilihan.daftar(MitraRecord.schema, pemda: pid, on: db))
        let daftar = try hal.baris.map { r in
            let jenis = try r.decode(column: "jenis", as: String.self)
            let j = JenisKerjaSama(rawValue: jenis)
            let tanggal = [
                try r.decode(column: "tanggal_mulai", as: String?.self), try r.decode(column: "tanggal_berakhir", as: String?.self),
            ]
            return Baris(
                judul: try r.decode(column: "judul", as: String.self),
                mitra: KerjaSamaRecord.daftarNama(try r.decode(column: "mitra", as: String.self), mitra),
                objek: try r.decode(column: "objek", as: String.self),
                jangkaWaktu: tanggal.compactMap { $0.flatMap(Tanggal.init(iso:))?.panjang }.joined(separator: " sampai "),
                status: try r.decode(column: "tahap", as: String.self) == Tahap.berakhir.rawValue ? "Berakhir" : "Berjalan",
                jenis: j?.nama ?? jenis, dasarHukum: j?.dasarHukum ?? "")
        }
        let n = nomor(hal)
        let tautan = hal.tautanID(jalur: "/publik/\(pemda.kodeWilayah)", nomor: n)
        return Model(
            pemda: pemda.nama, berjalan: berjalan, selesai: selesai, dalamProses: proses, daftar: daftar, halaman: n,
            sebelumnya: tautan.sebelumnya, berikutnya: tautan.berikutnya)
    }
}

// MARK: Handlers

extension PublikPage {
    @Sendable static func beranda(_ req: Request) async throws -> Response {
        if let p = req.pelaku { return req.redirect(to: p.peran.beranda) }
        let pemda = try await PemdaRecord.query(on: req.database).sort(\.$kodeWilayah).all().map {
            PemdaTautan(kode: $0.kodeWilayah, nama: $0.nama)
        }
        return try await req.halaman("publik", judul: "Jalin — Kerja Sama Daerah", BerandaPublik(pemda: pemda))
    }

    @Sendable static func transparansi(_ req: Request) async throws -> Response {
        guard let kode = req.parameters.get("kode"),
            let pemda = try await PemdaRecord.query(on: req.database).filter(\.$kodeWilayah == kode).first()
        else {
            throw Abort(.notFound)
        }
        let setelah = try req.kursorID("setelah")
        let sebelum = try req.kursorID("sebelum")
        // Anonymous readers get this page from `CacheHalamanMiddleware` after the first render.
        let m = try await Transparansi.model(pemda, setelah: setelah, sebelum: sebelum, nomor: { req.nomorHalaman($0) }, on: req.database)
        return try await req.halaman("transparansi", judul: "Transparansi Kerja Sama — \(pemda.nama)", m)
    }

    @Sendable static func sehat(_ req: Request) async throws -> Response {
        // Touches the database so a broken connection shows as unhealthy.
        _ = try await PemdaRecord.query(on: req.database).count()
        let res = Response(status: .ok)
        try res.content.encode(["status": "ok"])
        return res
    }
}
