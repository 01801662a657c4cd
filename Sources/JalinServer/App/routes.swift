import Vapor

/// Every route of the application, each with its declared access policy: one route table per folder,
/// which lists the route tables of its pages and API (`static func daftarkan` on each `…Page` / `…API`).
func rute(_ app: Application) throws {
    PublikRoutes.daftarkan(app)
    AkunRoutes.daftarkan(app)
    BerandaRoutes.daftarkan(app)
    KapabilitasRoutes.daftarkan(app)
    WilayahRoutes.daftarkan(app)
    AdminRoutes.daftarkan(app)
    SimulasiRoutes.daftarkan(app)
    PanduanRoutes.daftarkan(app)
    PemetaanRoutes.daftarkan(app)
    KerjaSamaRoutes.daftarkan(app)
    PengingatRoutes.daftarkan(app)
    NaskahRoutes.daftarkan(app)
    MonevRoutes.daftarkan(app)
    ApiRoutes.daftarkan(app)
}
