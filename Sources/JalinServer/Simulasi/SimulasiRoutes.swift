import Vapor

/// The routes of training classes (Bimtek) and the participants' sandboxes.
enum SimulasiRoutes {
    static func daftarkan(_ app: Application) {
        KelasSimulasiPage.daftarkan(app)
        RuangSimulasiPage.daftarkan(app)
    }
}
