import Fluent
import JalinDomain
import Vapor

/// Pages open to everyone: the landing page, the transparency page of each pemda, and the health check.
enum PublikRoutes {
    struct PemdaTautan: Encodable {
        let kode: String
        let nama: String
    }

    struct BerandaPublik: Encodable {
        let pemda: [PemdaTautan]
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, akses: .publik) { req async throws -> Response in
            if let p = req.pelaku { return req.redirect(to: p.peran.internalPemda ? "/beranda" : "/mitra") }
            let pemda = try await Pemda.query(on: req.database).sort(\.$kodeWilayah).all().map { PemdaTautan(kode: $0.kodeWilayah, nama: $0.nama) }
            return try await req.halaman("publik", judul: "Jalin — Kerja Sama Daerah", BerandaPublik(pemda: pemda))
        }
        app.rute(.GET, "publik", ":kode", akses: .publik) { req async throws -> Response in
            guard let kode = req.parameters.get("kode"), let pemda = try await Pemda.query(on: req.database).filter(\.$kodeWilayah == kode).first() else {
                throw Abort(.notFound)
            }
            let hal = min(max(1, (try? req.query.get(Int.self, at: "halaman")) ?? 1), 100_000)
            // Anonymous readers get this page from `CacheHalamanMiddleware` after the first render.
            return try await req.halaman("transparansi", judul: "Transparansi Kerja Sama — \(pemda.nama)", try await Transparansi.model(pemda, halaman: hal, on: req.database))
        }
        app.rute(.GET, "sehat", akses: .publik) { req async throws -> Response in
            // Touches the database so a broken connection shows as unhealthy.
            _ = try await Pemda.query(on: req.database).count()
            let res = Response(status: .ok)
            try res.content.encode(["status": "ok"])
            return res
        }
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

    static func model(_ pemda: Pemda, halaman: Int = 1, on db: any Database) async throws -> Model {
        let pid = pemda.id!
        // Counts by stage, in SQL; "in process" is everything before signing except the first preparation.
        let baris = try await Dasbor.kelompok(db, tabel: KerjaSamaRecord.schema, kolom: ["tahap"], pemdaID: pid)
        var berjalan = 0, selesai = 0, proses = 0
        for (k, n) in baris {
            if tahapBerjalan.contains(k[0]) { berjalan += n } else if k[0] == Tahap.berakhir.rawValue { selesai += n } else { proses += n }
        }
        // Signed cooperation only: partner names and the public columns, never notes or people.
        // One page at a time, and only the public columns are read.
        let semua = try await KerjaSamaRecord.query(on: db).filter(\.$pemdaID == pid).filter(\.$tahap ~~ tahapDitandatangani)
            .field(\.$id).field(\.$pemdaID).field(\.$judul).field(\.$objek).field(\.$jenis).field(\.$tahap).field(\.$mitra)
            .field(\.$tanggalMulai).field(\.$tanggalBerakhir)
            .sort(\.$tanggalMulai, .descending).sort(\.$id)
            .range(((halaman - 1) * perHalaman)..<(halaman * perHalaman + 1)).all()
        let ks = semua.prefix(perHalaman)
        let mitra = Dictionary(uniqueKeysWithValues: try await Mitra.query(on: db).filter(\.$pemdaID == pid).all().map { ($0.id!, $0.nama) })
        let daftar = ks.map { r in
            let j = JenisKerjaSama(rawValue: r.jenis)
            return Baris(
                judul: r.judul, mitra: r.idMitra.compactMap { mitra[$0] }.joined(separator: "; "), objek: r.objek,
                jangkaWaktu: [r.tanggalMulai, r.tanggalBerakhir].compactMap { $0.flatMap(Tanggal.init(iso:))?.panjang }.joined(separator: " sampai "),
                status: r.tahap == Tahap.berakhir.rawValue ? "Berakhir" : "Berjalan", jenis: j?.nama ?? r.jenis, dasarHukum: j?.dasarHukum ?? "")
        }
        let kode = pemda.kodeWilayah
        return Model(pemda: pemda.nama, berjalan: berjalan, selesai: selesai, dalamProses: proses, daftar: Array(daftar), halaman: halaman,
                     sebelumnya: halaman > 1 ? "/publik/\(kode)?halaman=\(halaman - 1)" : nil,
                     berikutnya: semua.count > perHalaman ? "/publik/\(kode)?halaman=\(halaman + 1)" : nil)
    }
}
