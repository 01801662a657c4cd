import Vapor

/// The routes of the API's own document (OpenAPI) and its reference data: the caller, regions, urusan, units, partners, users, audit log.
enum ApiRoutes {
    static func daftarkan(_ app: Application) {
        ReferensiAPI.daftarkan(app)
    }
}
