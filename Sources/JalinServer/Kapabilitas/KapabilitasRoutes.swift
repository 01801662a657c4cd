import Vapor

/// The routes of the capability overview pages.
enum KapabilitasRoutes {
    static func daftarkan(_ app: Application) {
        KapabilitasPage.daftarkan(app)
    }
}
