import Vapor

/// Security headers on every response.
struct HeaderKeamananMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let res = try await next.respond(to: req)
        let h = [
            ("Content-Security-Policy",
             "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
        ]
        for (k, v) in h where !res.headers.contains(name: k) { res.headers.replaceOrAdd(name: k, value: v) }
        if req.pelaku != nil, !res.headers.contains(name: .cacheControl) {
            res.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        if req.application.konfigurasi.cookieAman {
            res.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
        }
        return res
    }
}
