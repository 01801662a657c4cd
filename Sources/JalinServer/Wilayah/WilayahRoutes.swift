import Vapor

/// The routes of the region-code search page.
enum WilayahRoutes {
    static func daftarkan(_ app: Application) {
        WilayahPage.daftarkan(app)
    }
}
