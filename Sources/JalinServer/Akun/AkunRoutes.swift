import Vapor

/// The routes of login, logout and the user's own account.
enum AkunRoutes {
    static func daftarkan(_ app: Application) {
        MasukPage.daftarkan(app)
        AkunPage.daftarkan(app)
    }
}
