import Vapor

/// The routes of the home page.
enum BerandaRoutes {
    static func daftarkan(_ app: Application) {
        BerandaPage.daftarkan(app)
    }
}
