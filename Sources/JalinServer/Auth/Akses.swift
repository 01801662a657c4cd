import Foundation
import JalinDomain
import Vapor

/// The access policy declared on every route. A route without one fails the authorization test.
enum Akses: Sendable, CustomStringConvertible {
    /// Anyone, logged in or not.
    case publik
    /// Logged-in users with one of these roles.
    case peran(Set<Peran>)

    static let semuaPengguna = Akses.peran(Set(Peran.allCases))
    /// The pemda's own staff (everyone but partner reviewers).
    static let internalPemda = Akses.peran([.admin, .tkksd, .operator, .pimpinan])
    static let admin = Akses.peran([.admin])

    func mengizinkan(_ peran: Peran?) -> Bool {
        switch self {
        case .publik: true
        case .peran(let set): peran.map(set.contains) ?? false
        }
    }

    var description: String {
        switch self {
        case .publik: "publik"
        case .peran(let s): s.map(\.rawValue).sorted().joined(separator: ",")
        }
    }
}

/// Enforces a route's `Akses`: anonymous callers of a protected page go to the login page
/// (API callers get 401); logged-in callers without the role get 403.
struct AksesMiddleware: AsyncMiddleware {
    let akses: Akses

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if case .publik = akses { return try await next.respond(to: req) }
        guard let pelaku = req.pelaku else {
            if req.isAPI { throw Tolak(.unauthorized, "Token API tidak ada atau tidak sah.") }
            var tujuan = req.url.path
            if let q = req.url.query, !q.isEmpty { tujuan += "?" + q }
            let lanjut = tujuan.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/beranda"
            return req.redirect(to: "/masuk?lanjut=\(lanjut)")
        }
        guard akses.mengizinkan(pelaku.peran) else {
            throw Tolak(.forbidden, "Anda tidak berwenang membuka halaman ini.")
        }
        return try await next.respond(to: req)
    }
}

/// The route metadata keys.
enum RuteInfo {
    static let akses = "jalin.akses"
    static let openAPI = "jalin.openapi"
}

extension RoutesBuilder {
    /// Registers a route with its access policy (and, for API routes, its OpenAPI description).
    @discardableResult
    func rute<R: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: PathComponent..., akses: Akses, api: OperasiAPI? = nil,
        maksBody: ByteCount? = nil,
        use handler: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        // The access check runs first (an anonymous request to a protected route is answered before its
        // body is read), then the route reads its body under its own limit, then the CSRF check.
        let route = self.grouped(AksesMiddleware(akses: akses))
            .on(method, path, body: .collect(maxSize: maksBody)) { req async throws -> R in
                try CSRF.periksa(req)
                return try await handler(req)
            }
        route.userInfo[.init(RuteInfo.akses)] = akses
        if let api { route.userInfo[.init(RuteInfo.openAPI)] = api }
        return route
    }
}

extension ByteCount {
    /// The body limit of a form that carries one uploaded file: the file's own limit is 10 MB (refused
    /// with a message naming the field), and the form around it needs a little more.
    static let formUnggah: ByteCount = "12mb"
}

extension Route {
    var akses: Akses? { userInfo[.init(RuteInfo.akses)] as? Akses }
    var operasiAPI: OperasiAPI? { userInfo[.init(RuteInfo.openAPI)] as? OperasiAPI }
}
