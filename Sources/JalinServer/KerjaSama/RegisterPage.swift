import Foundation
import JalinDomain
import Vapor

/// The registry of every cooperation of the pemda, with filters. A page in three parts: `RegisterPage+Query`
/// (its SQL), `RegisterPage+Model` (what the template needs, built from the query's rows without the request)
/// and `RegisterPage+View` (the render call).
enum RegisterPage {
    struct Filter: Sendable {
        var jenis: String = ""
        var tahap: String = ""
        var urusan: String = ""
        var mitra: String = ""
        var unit: String = ""
        /// A kecamatan unit's id: the cooperation of that kecamatan and of the desa and kelurahan in it.
        var kecamatan: String = ""
        var tahun: String = ""
        var segera: Bool = false
        var q: String = ""
        /// Cursors of the page to show (keyset pagination).
        var setelah: String = ""
        var sebelum: String = ""
        /// The day "ending soon" (`segera`) counts from.
        var hariIni: Tanggal

        init(hariIni: Tanggal) {
            self.hariIni = hariIni
        }

        init(_ req: Request) {
            func s(_ k: String) -> String { ((try? req.query.get(String.self, at: k)) ?? "").trimmingCharacters(in: .whitespaces) }
            hariIni = req.jam.hariIni
            jenis = s("jenis")
            tahap = s("tahap")
            urusan = s("urusan")
            mitra = s("mitra")
            unit = s("unit")
            kecamatan = s("kecamatan")
            tahun = s("tahun")
            q = String(s("q").prefix(100))
            setelah = s("setelah")
            sebelum = s("sebelum")
            segera = s("segera") == "1"
        }
    }

    static let perHalaman = 50

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "kerja-sama", akses: .internalPemda, use: halaman)
    }

    /// `GET /kerja-sama`: one page of the registry.
    @Sendable static func halaman(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let f = Filter(req)
        let hal = try await query(f, pelaku: p, kolom: Baris.kolom, on: req.database)
        let opsi = try await Opsi.baca(pelaku: p, req: req)
        let m = try Model(f, hal: hal, nomor: req.nomorHalaman(hal), opsi: opsi, pelaku: p)
        return try await tampil(m, req: req)
    }
}
