import Vapor

extension RegisterPage {
    /// Renders the registry page.
    static func tampil(_ m: Model, req: Request) async throws -> Response {
        try await req.halaman("kerjasama/index", judul: "Kerja Sama", m)
    }
}
