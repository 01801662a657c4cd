import Vapor

/// The routes of in-app notifications and the calendar feed.
enum PengingatRoutes {
    static func daftarkan(_ app: Application) {
        NotifikasiPage.daftarkan(app)
    }
}
