import Vapor

/// The routes of the admin pages: the index and reference data, users, units, partners and border pairs.
enum AdminRoutes {
    static func daftarkan(_ app: Application) {
        AdminPage.daftarkan(app)
        PenggunaAdminPage.daftarkan(app)
        UnitAdminPage.daftarkan(app)
        MitraAdminPage.daftarkan(app)
        TetanggaAdminPage.daftarkan(app)
    }
}
