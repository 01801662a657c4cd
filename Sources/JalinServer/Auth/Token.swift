import Fluent
import Foundation
import Vapor

/// Random secrets and their stored digests.
enum Rahasia {
    /// A URL-safe random token of `bytes` random bytes.
    static func acak(bytes: Int = 32) -> String {
        var g = SystemRandomNumberGenerator()
        let data = Data((0..<bytes).map { _ in UInt8.random(in: .min ... .max, using: &g) })
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func sha256(_ s: String) -> String {
        SHA256.hex(Data(s.utf8))
    }

    /// Constant-time comparison of two secrets.
    static func sama(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

/// Revoking what outlives a password: the user's personal API tokens and calendar feed address
/// (a password change or reset ends the sessions; these are credentials of their own).
enum PencabutanAkses {
    struct Hasil: Sendable, Equatable {
        /// Tokens that were still usable and are now revoked.
        var token = 0
        var kalender = false
    }

    /// Revokes every usable API token of the user and deletes their calendar feed.
    static func cabut(penggunaID: UUID, sekarang now: Date, on db: any Database) async throws -> Hasil {
        let aktif = try await TokenAPIRecord.query(on: db).filter(\.$penggunaID == penggunaID).filter(\.$dicabut == false).all()
            .filter { ($0.kedaluwarsa ?? .distantFuture) > now }
        try await TokenAPIRecord.query(on: db).filter(\.$penggunaID == penggunaID).filter(\.$dicabut == false).set(\.$dicabut, to: true)
            .update()
        let kalender = try await TokenKalenderRecord.query(on: db).filter(\.$penggunaID == penggunaID).count()
        try await TokenKalenderRecord.query(on: db).filter(\.$penggunaID == penggunaID).delete()
        return Hasil(token: aktif.count, kalender: kalender > 0)
    }

    /// What still works without revoking (to say so after a change without revoking).
    static func tersisa(penggunaID: UUID, sekarang now: Date, on db: any Database) async throws -> Hasil {
        let token = try await TokenAPIRecord.query(on: db).filter(\.$penggunaID == penggunaID).filter(\.$dicabut == false).all()
            .filter { ($0.kedaluwarsa ?? .distantFuture) > now }.count
        return Hasil(token: token, kalender: try await TokenKalenderRecord.query(on: db).filter(\.$penggunaID == penggunaID).count() > 0)
    }

    /// Query parameters carrying the outcome to the page after the redirect.
    static func query(_ h: Hasil, dicabut: Bool) -> String {
        "&akses=\(dicabut ? "dicabut" : "tetap")&token=\(h.token)&kalender=\(h.kalender ? 1 : 0)"
    }

    /// The sentence for the page, from the query parameters of `query(_:dicabut:)`.
    static func pesan(_ req: Request) -> String? {
        guard let akses = req.query[String.self, at: "akses"], ["dicabut", "tetap"].contains(akses) else { return nil }
        let token = max(0, min(req.query[Int.self, at: "token"] ?? 0, 100_000))
        let kalender = req.query[Int.self, at: "kalender"] == 1
        return teks(Hasil(token: token, kalender: kalender), dicabut: akses == "dicabut")
    }

    static func teks(_ h: Hasil, dicabut: Bool) -> String {
        var bagian: [String] = []
        if h.token > 0 { bagian.append("\(h.token) token API") }
        if h.kalender { bagian.append("alamat kalender") }
        guard !bagian.isEmpty else {
            return dicabut
                ? "Tidak ada token API atau alamat kalender yang perlu dicabut." : "Tidak ada token API atau alamat kalender yang aktif."
        }
        let daftar = bagian.joined(separator: " dan ")
        return dicabut
            ? "\(daftar.prefix(1).uppercased() + daftar.dropFirst()) dicabut."
            : "\(daftar.prefix(1).uppercased() + daftar.dropFirst()) tetap berlaku."
    }
}
