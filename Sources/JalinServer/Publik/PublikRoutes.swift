import Vapor

/// The routes of the public pages (no login).
enum PublikRoutes {
    static func daftarkan(_ app: Application) {
        PublikPage.daftarkan(app)
    }
}
