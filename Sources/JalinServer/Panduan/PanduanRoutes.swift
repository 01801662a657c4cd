import Vapor

/// The routes of the guidance pages and the printable handbook.
enum PanduanRoutes {
    static func daftarkan(_ app: Application) {
        PanduanPage.daftarkan(app)
    }
}
