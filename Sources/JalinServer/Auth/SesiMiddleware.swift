import Fluent
import Foundation
import JalinDomain
import Vapor

/// Server-side sessions in the database (so several `jalin serve` instances can share them).
/// The cookie holds a random token; the database keeps its SHA-256. A new token is issued at
/// every login (no session fixation), and logout deletes the row (server-side invalidation).
enum SesiWeb {
    static let cookie = "jalin_sesi"
    static let cookieCSRF = "jalin_csrf"
    /// A session ends after this long without a request.
    static let batasDiam: TimeInterval = 8 * 3600
    /// …and at the latest this long after login.
    static let batasMutlak: TimeInterval = 24 * 3600

    static func cookieSesi(_ nilai: String, aman: Bool, hapus: Bool = false) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: nilai, expires: hapus ? Date(timeIntervalSince1970: 0) : nil, maxAge: hapus ? 0 : nil,
            path: "/", isSecure: aman, isHTTPOnly: true, sameSite: .lax)
    }

    /// Creates a session for a user who has just proven their password and returns the cookie token.
    static func buat(untuk pengguna: PenggunaRecord, req: Request, on db: any Database) async throws -> String {
        let token = Rahasia.acak()
        let now = req.jam.sekarang
        let sesi = SesiRecord(
            tokenHash: Rahasia.sha256(token), penggunaID: try pengguna.requireID(), pemdaID: pengguna.pemdaID,
            csrf: Rahasia.acak(), sekarang: now, kedaluwarsa: now.addingTimeInterval(batasMutlak),
            ip: req.alamatKlien)
        try await sesi.create(on: db)
        return token
    }
}

struct SesiMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if !req.isAPI, let token = req.cookies[SesiWeb.cookie]?.string, !token.isEmpty, token.count < 200 {
            if let (peserta, t) = RuangSimulasiPage.pecahCookie(token) {
                // A training sandbox: the session lives in the participant's own database.
                if let k = try await RuangSimulasiPage.konteks(req, peserta: peserta) {
                    req.simulasi = k
                    try await muat(token: t, req: req)
                    if req.pelaku == nil { req.simulasi = nil }
                }
            } else {
                try await muat(token: token, req: req)
            }
        }
        return try await next.respond(to: req)
    }

    /// One query for the session, its user and the user's pemda (this runs on every web request).
    private func muat(token: String, req: Request) async throws {
        guard
            let sesi = try await SesiRecord.query(on: req.database)
                .join(PenggunaRecord.self, on: \SesiRecord.$penggunaID == \PenggunaRecord.$id)
                .join(PemdaRecord.self, on: \PenggunaRecord.$pemdaID == \PemdaRecord.$id)
                .filter(\.$tokenHash == Rahasia.sha256(token)).first()
        else { return }
        let pengguna = try sesi.joined(PenggunaRecord.self)
        let pemda = try sesi.joined(PemdaRecord.self)
        let now = req.jam.sekarang
        guard sesi.kedaluwarsa > now, now.timeIntervalSince(sesi.dilihatPada) < SesiWeb.batasDiam, pengguna.aktif else {
            try await SesiRecord.query(on: req.database).filter(\.$id == sesi.id!).delete()
            return
        }
        if now.timeIntervalSince(sesi.dilihatPada) > 300 {
            try await SesiRecord.query(on: req.database).filter(\.$id == sesi.id!).set(\.$dilihatPada, to: now).update()
        }
        req.pelaku = try Pelaku(pengguna: pengguna, pemda: pemda, csrf: sesi.csrf, sesiID: sesi.id, jam: req.jam)
    }
}

/// Rejects every state-changing web request whose `_csrf` field (or `X-CSRF-Token` header) does not
/// match the session's token, or — before login — the double-submit cookie. It runs inside each route
/// (`rute`), after the route's access check and after the route has read its body under its own limit:
/// nothing reads a body before routing, and an anonymous request to a protected route is answered
/// before a byte of its body is read.
enum CSRF {
    static let field = "_csrf"

    static func periksa(_ req: Request) throws {
        switch req.method {
        case .GET, .HEAD, .OPTIONS: return
        default: if req.isAPI { return }
        }
        let dikirim =
            req.headers.first(name: "X-CSRF-Token")
            ?? (try? req.content.get(String.self, at: field))
        let diharapkan = req.pelaku?.csrf ?? req.cookies[SesiWeb.cookieCSRF]?.string
        guard let dikirim, let diharapkan, !diharapkan.isEmpty, Rahasia.sama(dikirim, diharapkan) else {
            throw Tolak(.forbidden, "Formulir kedaluwarsa atau tidak sah. Muat ulang halaman, lalu coba lagi.")
        }
    }
}

extension Request {
    /// The CSRF token to put in forms: the session's, or the pre-login double-submit cookie's
    /// (created when missing; `setelCookieCSRF` writes it on the response).
    var tokenCSRF: String {
        if let t = pelaku?.csrf { return t }
        if let t = cookies[SesiWeb.cookieCSRF]?.string, t.count >= 20 { return t }
        if let t = storage[CSRFBaruKey.self] { return t }
        let t = Rahasia.acak()
        storage[CSRFBaruKey.self] = t
        return t
    }

    struct CSRFBaruKey: StorageKey { typealias Value = String }
}

/// Writes a newly created pre-login CSRF cookie onto the response.
struct CSRFCookieMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let res = try await next.respond(to: req)
        if let baru = req.storage[Request.CSRFBaruKey.self] {
            res.cookies[SesiWeb.cookieCSRF] = HTTPCookies.Value(
                string: baru, path: "/", isSecure: req.application.konfigurasi.cookieAman, isHTTPOnly: true,
                sameSite: .strict)
        }
        return res
    }
}
