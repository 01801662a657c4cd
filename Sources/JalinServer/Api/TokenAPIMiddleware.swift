import Fluent
import Foundation
import JalinDomain
import Vapor

/// Authenticates `/api/v1` requests by personal access token (`Authorization: Bearer jalin_…`).
struct TokenAPIMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = req.headers.bearerAuthorization?.token {
            // One query for the token, its user and the user's pemda (this runs on every API request).
            guard bearer.hasPrefix("jalin_"), bearer.count < 200,
                let t = try await TokenAPIRecord.query(on: req.database)
                    .join(PenggunaRecord.self, on: \TokenAPIRecord.$penggunaID == \PenggunaRecord.$id)
                    .join(PemdaRecord.self, on: \PenggunaRecord.$pemdaID == \PemdaRecord.$id)
                    .filter(\.$tokenHash == Rahasia.sha256(bearer)).first(),
                !t.dicabut, t.kedaluwarsa.map { $0 > req.jam.sekarang } ?? true,
                let u = try? t.joined(PenggunaRecord.self), u.aktif,
                let pemda = try? t.joined(PemdaRecord.self)
            else {
                throw Tolak(.unauthorized, "Token API tidak sah, sudah dicabut, atau kedaluwarsa.")
            }
            if t.dipakaiPada.map { req.jam.sekarang.timeIntervalSince($0) > 300 } ?? true {
                // By query, so the joined row is never saved as a model.
                try await TokenAPIRecord.query(on: req.database).filter(\.$id == t.id!).set(\.$dipakaiPada, to: req.jam.sekarang).update()
            }
            req.pelaku = try Pelaku(pengguna: u, pemda: pemda, csrf: nil, sesiID: nil, jam: req.jam)
        }
        return try await next.respond(to: req)
    }
}
