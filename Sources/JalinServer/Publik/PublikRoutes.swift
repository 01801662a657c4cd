import Fluent
import Vapor

/// Pages open to everyone: the landing page and the health check.
enum PublikRoutes {
    static func daftarkan(_ app: Application) {
        app.rute(.GET, akses: .publik) { req async throws -> Response in
            if let p = req.pelaku { return req.redirect(to: p.peran.internalPemda ? "/beranda" : "/mitra") }
            return try await req.halaman("publik", judul: "Jalin — Kerja Sama Daerah", Kosong())
        }
        app.rute(.GET, "sehat", akses: .publik) { req async throws -> Response in
            // Touches the database so a broken connection shows as unhealthy.
            _ = try await Pemda.query(on: req.db).count()
            let res = Response(status: .ok)
            try res.content.encode(["status": "ok"])
            return res
        }
    }
}
