import Vapor

/// The routes of monitoring and evaluation: periods and forms, the report, the dashboard and the API.
enum MonevRoutes {
    static func daftarkan(_ app: Application) {
        MonevPage.daftarkan(app)
        LaporanMonevPage.daftarkan(app)
        DasborMonevPage.daftarkan(app)
        MonevAPI.daftarkan(app)
    }
}
