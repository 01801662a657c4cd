import Vapor

/// The routes of potential mapping: rounds, submissions, weights, ranking, exports, the API, border pairs and cross-pemda matching.
enum PemetaanRoutes {
    static func daftarkan(_ app: Application) {
        PeriodePage.daftarkan(app)
        UsulanPage.daftarkan(app)
        UsulanPage.daftarkanLampiran(app)
        BobotPage.daftarkan(app)
        PeringkatPage.daftarkan(app)
        KeluaranPage.daftarkan(app)
        PemetaanAPI.daftarkan(app)
        PadananPage.daftarkan(app)
        LintasPemdaPage.daftarkan(app)
    }
}
