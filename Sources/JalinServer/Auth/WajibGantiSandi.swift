import Foundation
import Vapor

/// A user whose password someone else set (the first admin of `tambah-pemda`, an account an admin
/// created or reset) reaches nothing but the password form (their account page shows only that),
/// and logout, until they have changed it.
/// The API is not concerned: its tokens are made by the user on their own account page.
struct WajibGantiSandiMiddleware: AsyncMiddleware {
    static let halaman = "/akun"

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let p = req.pelaku, p.wajibGantiSandi, !req.isAPI, !Self.boleh(req.method, req.url.path) else {
            return try await next.respond(to: req)
        }
        return req.redirect(to: Self.halaman)
    }

    static func boleh(_ method: HTTPMethod, _ path: String) -> Bool {
        switch (method, path) {
        case (.GET, halaman), (.HEAD, halaman), (.POST, "/akun/sandi"), (.POST, "/keluar"), (.GET, "/sehat"): true
        default: false
        }
    }
}
