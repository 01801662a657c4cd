import Fluent
import Foundation
import Testing
import VaporTesting

@testable import JalinServer

@Suite("Login, sessions and CSRF")
struct MasukTests {
    @Test("A wrong password and an unknown user get the same message, and no session")
    func sandiSalah() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.get("/masuk")
            let r1 = try await b.post("/masuk", ["username": "admin.kukar", "password": "salah-sekali-123"])
            let r2 = try await b.post("/masuk", ["username": "tidak.ada", "password": "salah-sekali-123"])
            for r in [r1, r2] {
                #expect(r.status == .unauthorized)
                #expect(r.body.string.contains("Nama pengguna atau kata sandi salah."))
            }
            #expect(b.cookie[SesiWeb.cookie] == nil)
            #expect(try await SesiRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Empty fields are refused with a clear message")
    func kosong() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.get("/masuk")
            let r = try await b.post("/masuk", ["username": "", "password": ""])
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("wajib diisi"))
        }
    }

    @Test("Login is throttled after five failures, even with the right password")
    func throttling() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.get("/masuk")
            for _ in 0..<5 { try await b.post("/masuk", ["username": "admin.kukar", "password": "salah-sekali-123"]) }
            let r = try await b.post("/masuk", ["username": "admin.kukar", "password": DemoSeed.kataSandi])
            #expect(r.status == .tooManyRequests)
            #expect(r.body.string.contains("Terlalu banyak percobaan masuk"))
            #expect(b.cookie[SesiWeb.cookie] == nil)
            // Another account is not locked by these failures.
            var c = Peramban(app)
            let h3 = try await c.masuk("tkksd.kukar")
            #expect(h3.status == .seeOther)
        }
    }

    @Test("The session cookie is HttpOnly and SameSite, Secure under an https base URL")
    func atributCookie() async throws {
        for (base, aman) in [(nil as String?, false), ("https://kerjasama.example.go.id", true)] {
            try await denganJalin(baseURL: base) { app in
                var b = Peramban(app)
                try await b.get("/masuk")
                let r = try await b.post("/masuk", ["username": "admin.kukar", "password": DemoSeed.kataSandi])
                let c = try #require(r.headers[.setCookie].first { $0.hasPrefix(SesiWeb.cookie + "=") })
                #expect(c.contains("HttpOnly"))
                #expect(c.contains("SameSite=Lax"))
                #expect(c.contains("Secure") == aman)
            }
        }
    }

    @Test("Every login gets a new session id, and logout invalidates it on the server")
    func fiksasiDanKeluar() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let pertama = try #require(b.cookie[SesiWeb.cookie])
            var c = Peramban(app)
            c.cookie[SesiWeb.cookie] = pertama
            try await c.get("/beranda")
            // Logging in again from a browser that already has a session issues a new token.
            let r = try await c.post("/masuk", ["username": "admin.kukar", "password": DemoSeed.kataSandi])
            _ = r
            var d = Peramban(app)
            try await d.masuk("admin.kukar")
            #expect(d.cookie[SesiWeb.cookie] != pertama)
            // Logout.
            try await b.get("/beranda")
            let keluar = try await b.post("/keluar", [:])
            #expect(keluar.status == .seeOther)
            #expect(keluar.headers.first(name: .location) == "/masuk?pesan=keluar")
            var lama = Peramban(app)
            lama.cookie[SesiWeb.cookie] = pertama
            let r2 = try await lama.get("/beranda")
            #expect(r2.status == .seeOther)
            #expect(r2.headers.first(name: .location)?.hasPrefix("/masuk") == true)
        }
    }

    @Test("A forged CSRF token is refused and nothing changes")
    func csrfPalsu() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let sebelum = try await UnitKerjaRecord.query(on: app.db).count()
            let r = try await b.post("/admin/unit/baru", ["jenis": "opd", "nama": "Dinas Uji", "urusan": "2.15"], csrf: "palsu")
            #expect(r.status == .forbidden)
            #expect(r.body.string.contains("Formulir kedaluwarsa atau tidak sah"))
            let r2 = try await b.post("/admin/unit/baru", ["jenis": "opd", "nama": "Dinas Uji", "urusan": "2.15"], csrf: "")
            #expect(r2.status == .forbidden)
            #expect(try await UnitKerjaRecord.query(on: app.db).count() == sebelum)
            // Login form without the double-submit token.
            var anon = Peramban(app)
            let r3 = try await anon.post("/masuk", ["username": "admin.kukar", "password": DemoSeed.kataSandi], csrf: "x")
            #expect(r3.status == .forbidden)
        }
    }

    @Test("Only local paths are followed after login")
    func tujuanAman() {
        #expect(MasukPage.tujuanAman("/admin/unit") == "/admin/unit")
        #expect(MasukPage.tujuanAman("//evil.example") == nil)
        #expect(MasukPage.tujuanAman("https://evil.example") == nil)
        #expect(MasukPage.tujuanAman("/\\evil") == nil)
    }

    @Test("Changing the password checks the old one and the strength of the new one, and ends other sessions")
    func ubahSandi() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("tkksd.kukar")
            var lain = Peramban(app)
            try await lain.masuk("tkksd.kukar")
            try await b.get("/akun")
            var r = try await b.post(
                "/akun/sandi", ["sandi_lama": "keliru", "sandi_baru": "Baru#Sekali2026", "sandi_ulang": "Baru#Sekali2026"])
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("Kata sandi lama tidak cocok."))
            r = try await b.post("/akun/sandi", ["sandi_lama": DemoSeed.kataSandi, "sandi_baru": "pendek", "sandi_ulang": "pendek"])
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("minimal 10 karakter"))
            r = try await b.post(
                "/akun/sandi", ["sandi_lama": DemoSeed.kataSandi, "sandi_baru": "Baru#Sekali2026", "sandi_ulang": "Baru#Sekali2026"])
            #expect(r.status == .seeOther)
            let h4 = try await lain.get("/beranda")
            #expect(h4.status == .seeOther)  // other session ended
            let h5 = try await b.get("/beranda")
            #expect(h5.status == .ok)
            var c = Peramban(app)
            let h6 = try await c.masuk("tkksd.kukar", sandi: "Baru#Sekali2026")
            #expect(h6.status == .seeOther)
        }
    }
}
