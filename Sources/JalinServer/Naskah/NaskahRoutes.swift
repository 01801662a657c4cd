import Vapor

/// The routes of document drafting: the clause library, the drafts, their downloads, the partner's view and the API.
enum NaskahRoutes {
    static func daftarkan(_ app: Application) {
        NaskahPustakaPage.daftarkan(app)
        NaskahPage.daftarkan(app)
        NaskahKeluaranPage.daftarkan(app)
        NaskahMitraPage.daftarkan(app)
        NaskahAPI.daftarkan(app)
    }
}
