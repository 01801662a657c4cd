import Foundation
@testable import JalinServer
import Testing
import VaporTesting

/// Issue #16 item 19: form drafts kept in the browser (static/isian-lokal.js) must not pass from one user
/// to the next on a shared PC.
@Suite("Draf isian di peramban per pengguna")
struct IsianLokalTests {
    static func kunci(_ html: String) -> String? {
        guard let r = html.range(of: "<body data-pengguna=\"") else { return nil }
        return String(html[r.upperBound...].prefix { $0 != "\"" })
    }

    @Test("Pages carry a per-user draft key that is not the user's name; logging out tells the browser to clear the site's storage")
    func kunciDanKeluar() async throws {
        try await denganJalin { app in
            var a = Peramban(app)
            try await a.masuk("operator.samboja")
            let halA = try await a.get("/beranda")
            let kunciA = try #require(Self.kunci(halA.body.string))
            #expect(kunciA.count == 16)
            #expect(!kunciA.contains("samboja") && !halA.body.string.contains("data-pengguna=\"operator"))
            // The same user gets the same key on every page and in every session; another user another key.
            #expect(Self.kunci(try await a.get("/pemetaan").body.string) == kunciA)
            var a2 = Peramban(app)
            try await a2.masuk("operator.samboja")
            #expect(Self.kunci(try await a2.get("/beranda").body.string) == kunciA)
            var b = Peramban(app)
            try await b.masuk("operator.karyajaya")
            let kunciB = try #require(Self.kunci(try await b.get("/beranda").body.string))
            #expect(kunciB != kunciA)
            // The script keys its drafts by it.
            let js = try await a.get("/static/isian-lokal.js").body.string
            #expect(js.contains("data-pengguna"))
            // Signed out pages carry none.
            var tamu = Peramban(app)
            #expect(Self.kunci(try await tamu.get("/masuk").body.string) == nil)

            let keluar = try await a.post("/keluar", [:])
            #expect(keluar.status == .seeOther)
            #expect(keluar.headers.first(name: "Clear-Site-Data") == "\"storage\"")
        }
    }
}
