import Vapor

/// Every route of the application, each with its declared access policy.
func rute(_ app: Application) throws {
    PublikRoutes.daftarkan(app)
    MasukRoutes.daftarkan(app)
    AkunRoutes.daftarkan(app)
    BerandaRoutes.daftarkan(app)
    KapabilitasRoutes.daftarkan(app)
    WilayahRoutes.daftarkan(app)
    AdminRoutes.daftarkan(app)
    PenggunaAdminRoutes.daftarkan(app)
    UnitAdminRoutes.daftarkan(app)
    MitraAdminRoutes.daftarkan(app)
    TetanggaAdmin.daftarkan(app)
    Periode.daftarkan(app)
    Usulan.daftarkan(app)
    Usulan.daftarkanLampiran(app)
    Bobot.daftarkan(app)
    Peringkat.daftarkan(app)
    Keluaran.daftarkan(app)
    PemetaanAPI.daftarkan(app)
    PadananPage.daftarkan(app)
    ApiRoutes.daftarkan(app)
}
