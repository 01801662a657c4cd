import Vapor

/// The routes of the cooperation registry: the list, the legacy import, the forms, each cooperation's page and the API.
enum KerjaSamaRoutes {
    static func daftarkan(_ app: Application) {
        RegisterPage.daftarkan(app)
        ImporLamaPage.daftarkan(app)
        KerjaSamaFormPage.daftarkan(app)
        KerjaSamaPage.daftarkan(app)
        KerjaSamaAPI.daftarkan(app)
    }
}
