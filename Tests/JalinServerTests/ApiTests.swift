import Fluent
import Foundation
import Testing
import VaporTesting

@testable import JalinServer

@Suite("API and its OpenAPI document")
struct ApiTests {
    @Test("Every API route is described in /api/openapi.json")
    func openAPILengkap() async throws {
        try await denganJalin(demo: false) { app in
            let api = app.routes.all.filter { $0.path.first?.description == "api" && $0.path.dropFirst().first?.description == "v1" }
            #expect(!api.isEmpty)
            for r in api { #expect(r.operasiAPI != nil, "\(r.method) /\(r.path.string) lacks an OpenAPI description") }
            try await app.testing().test(.GET, "/api/openapi.json") { res in
                #expect(res.status == .ok)
                let doc = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any]
                #expect(doc?["openapi"] as? String == "3.1.0")
                let paths = doc?["paths"] as? [String: Any] ?? [:]
                for r in api {
                    let p =
                        "/"
                        + r.path.map { c -> String in
                            if case .parameter(let n) = c { return "{\(n)}" }
                            return c.description
                        }.joined(separator: "/")
                    let ops = paths[p] as? [String: Any]
                    #expect(ops?[r.method.rawValue.lowercased()] != nil, "\(p) missing")
                }
            }
        }
    }

    @Test("Tokens: missing, wrong and revoked tokens get 401 with a Bahasa message")
    func token() async throws {
        try await denganJalin { app in
            try await app.testing().test(.GET, "/api/v1/saya") { res in
                #expect(res.status == .unauthorized)
                let g = try res.content.decode(GalatAPI.self)
                #expect(g.error.pesan.contains("Token"))
            }
            try await app.testing().test(.GET, "/api/v1/saya", headers: bearer("jalin_salah")) { res in
                #expect(res.status == .unauthorized)
            }
            let t = try await app.tokenAPI(untuk: "pimpinan.kukar")
            try await app.testing().test(.GET, "/api/v1/saya", headers: bearer(t)) { res in
                #expect(res.status == .ok)
                let s = try res.content.decode(ReferensiAPI.Saya.self)
                #expect(s.namaPengguna == "pimpinan.kukar" && s.pemda.kodeWilayah == "64.02")
            }
            try await TokenAPIRecord.query(on: app.db).set(\.$dicabut, to: true).update()
            try await app.testing().test(.GET, "/api/v1/saya", headers: bearer(t)) { res in
                #expect(res.status == .unauthorized)
            }
        }
    }

    @Test("A user creates a token on the account page, sees it once, uses it and revokes it")
    func tokenLewatHalaman() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("operator.dishub")
            try await b.get("/akun")
            let r = try await b.post("/akun/token", ["nama": "Integrasi SIPD", "masa_berlaku": "30"])
            let html = r.body.string
            let awal = try #require(html.range(of: "<code id=\"token-baru\">"))
            let token = String(html[awal.upperBound...].prefix { $0 != "<" })
            #expect(token.hasPrefix("jalin_"))
            try await app.testing().test(.GET, "/api/v1/unit?jenis=kecamatan", headers: bearer(token)) { res in
                let h14 = try res.content.decode([ReferensiAPI.UnitJSON].self)
                #expect(h14.count == 20)
            }
            let id = try #require(try await TokenAPIRecord.query(on: app.db).first()?.id)
            let c = try await b.post("/akun/token/\(id)/cabut", [:])
            #expect(c.status == .seeOther)
            try await app.testing().test(.GET, "/api/v1/unit", headers: bearer(token)) { res in
                #expect(res.status == .unauthorized)
            }
            // Only the hash is stored.
            #expect(try await TokenAPIRecord.query(on: app.db).filter(\.$tokenHash == token).count() == 0)
        }
    }
}
