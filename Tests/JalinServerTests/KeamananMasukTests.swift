import Fluent
import Foundation
import JalinDomain
import NIOHTTP1
import Testing
import VaporTesting

@testable import JalinServer

/// Issue #16, items 5–9: login throttling, the client address behind a proxy, the redirect after
/// login, demo accounts and forced password changes, revoking tokens with a password change.
@Suite("Login security")
struct KeamananMasukTests {
    // MARK: 5. throttling is counted atomically, before the password is checked

    @Test("20 concurrent wrong passwords against one account: at most 5 are checked, the rest are refused as locked")
    func throttleSerentak() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.get("/masuk")
            var hc = b.headerCookie
            hc.contentType = .urlEncodedForm
            let h = hc
            let body = "username=admin.kukar&password=salah-sekali-123&_csrf=\(b.csrf)"
            let status = try await withThrowingTaskGroup(of: HTTPStatus.self) { g in
                for _ in 0..<20 {
                    g.addTask {
                        var s: HTTPStatus = .internalServerError
                        try await app.testing().test(.POST, "/masuk", headers: h, body: .init(string: body)) { s = $0.status }
                        return s
                    }
                }
                var hasil: [HTTPStatus] = []
                for try await s in g { hasil.append(s) }
                return hasil
            }
            let diperiksa = status.filter { $0 == .unauthorized }.count
            #expect(diperiksa <= PembatasMasuk.batasPasangan)
            #expect(diperiksa >= 1)
            #expect(status.filter { $0 == .tooManyRequests }.count == 20 - diperiksa)
        }
    }

    // MARK: 6. the client address and the lockout policy

    @Test("CIDR networks: IPv4 and IPv6, single addresses, bad input refused")
    func cidr() throws {
        let c = try #require(CIDR("10.1.0.0/16"))
        #expect(c.memuat(try #require(AlamatIP("10.1.255.7"))))
        #expect(!c.memuat(try #require(AlamatIP("10.2.0.1"))))
        #expect(CIDR("10.1.2.3/16")?.description == "10.1.0.0/16")
        #expect(CIDR("192.0.2.1")?.description == "192.0.2.1/32")
        let v6 = try #require(CIDR("2001:db8::/32"))
        #expect(v6.memuat(try #require(AlamatIP("2001:db8:ffff::1"))))
        #expect(!v6.memuat(try #require(AlamatIP("2001:db9::1"))))
        #expect(!v6.memuat(try #require(AlamatIP("10.0.0.1"))))
        #expect(CIDR("::1")?.description == "::1/128")
        #expect(CIDR("0.0.0.0/0")?.memuat(try #require(AlamatIP("203.0.113.9"))) == true)
        for buruk in ["", "10.0.0.0/33", "::/129", "10.0.0/8", "10.0.0.0/-1", "10.0.0.0/8x", "proxy.example", "10.0.0.0/ 8"] {
            #expect(CIDR(buruk) == nil, "\(buruk)")
        }
        // One client, one form: an IPv4-mapped IPv6 address is the IPv4 address; ports and brackets are dropped.
        #expect(AlamatIP("::ffff:192.0.2.1")?.description == "192.0.2.1")
        #expect(AlamatIP("192.0.2.1:443")?.description == "192.0.2.1")
        #expect(AlamatIP("[2001:db8::1]:443")?.description == "2001:db8::1")
        // An IPv6 client is one subject by its /64.
        #expect(AlamatIP("2001:db8:1:2:aaaa::1")?.subjek == "2001:db8:1:2::/64")
        #expect(AlamatIP("2001:db8:1:2:bbbb::9")?.subjek == "2001:db8:1:2::/64")
        #expect(throws: KonfigurasiTidakSah.self) { try ProksiTepercaya(daftar: ["10.0.0.0/8, proxy.example"]) }
        #expect(try ProksiTepercaya(daftar: ["10.0.0.0/8, 192.0.2.10 ::1"]).jaringan.count == 3)
    }

    @Test("X-Forwarded-For is believed only from a trusted proxy, and only its right-most untrusted entry")
    func xForwardedFor() throws {
        let p = try ProksiTepercaya(daftar: ["10.0.0.0/8", "fd00::/8"])
        // Not from a trusted proxy: the header is the client's own words.
        #expect(p.alamatKlien(peer: "203.0.113.5", xForwardedFor: ["198.51.100.1"]) == "203.0.113.5")
        #expect(ProksiTepercaya.kosong.alamatKlien(peer: "10.0.0.2", xForwardedFor: ["198.51.100.1"]) == "10.0.0.2")
        // From the proxy: what the proxy saw (the right-most entry); entries the client wrote to the left are ignored.
        #expect(p.alamatKlien(peer: "10.0.0.2", xForwardedFor: ["198.51.100.1"]) == "198.51.100.1")
        #expect(p.alamatKlien(peer: "10.0.0.2", xForwardedFor: ["1.1.1.1, 198.51.100.1"]) == "198.51.100.1")
        #expect(p.alamatKlien(peer: "10.0.0.2", xForwardedFor: ["1.1.1.1", "198.51.100.1, 10.0.0.9"]) == "198.51.100.1")
        #expect(p.alamatKlien(peer: "fd00::2", xForwardedFor: ["2001:db8::7"]) == "2001:db8::7")
        // Only trusted hops: the left-most; garbage stops at the last trusted hop; no header: the proxy.
        #expect(p.alamatKlien(peer: "10.0.0.2", xForwardedFor: ["10.0.0.9"]) == "10.0.0.9")
        #expect(p.alamatKlien(peer: "10.0.0.2", xForwardedFor: ["1.1.1.1, bukan-alamat"]) == "10.0.0.2")
        #expect(p.alamatKlien(peer: "10.0.0.2", xForwardedFor: []) == "10.0.0.2")
        #expect(p.alamatKlien(peer: nil, xForwardedFor: ["198.51.100.1"]) == nil)
        // The setting is read from the environment, and a bad entry stops the start.
        #expect(Konfigurasi.dariLingkungan(["JALIN_TRUSTED_PROXIES": "10.0.0.0/8, ::1"]).proksiTepercaya == ["10.0.0.0/8, ::1"])
        #expect(Konfigurasi.dariLingkungan([:]).proksiTepercaya.isEmpty)
    }

    /// One failed attempt as the login route makes it; false when it was refused as locked.
    static func salah(_ nama: String, _ alamat: String, on db: any Database) async throws -> Bool {
        guard try await PembatasMasuk.pesan(namaPengguna: nama, alamat: alamat, on: db) == nil else { return false }
        try await PembatasMasuk.gagal(alamat: alamat, on: db)
        return true
    }

    @Test("A guesser locks only their own address out of the account; the account as a whole only from 10 addresses")
    func kunciPasangan() async throws {
        try await denganJalin { app in
            let db = app.db
            // 5 failures from one address: that address is locked out of the account, no other address is.
            for _ in 0..<5 { #expect(try await Self.salah("admin.kukar", "203.0.113.1", on: db)) }
            #expect(try await !Self.salah("admin.kukar", "203.0.113.1", on: db))
            #expect(try await PembatasMasuk.pesan(namaPengguna: "admin.kukar", alamat: "198.51.100.1", on: db) == nil)
            #expect(try await Self.salah("tkksd.kukar", "203.0.113.1", on: db))
            // A distributed attack: 50 failures need 10 addresses; then the account is locked everywhere.
            try await PercobaanMasukRecord.query(on: db).delete()
            for i in 1...9 { for _ in 0..<5 { #expect(try await Self.salah("admin.kukar", "203.0.113.\(i)", on: db)) } }
            #expect(try await Self.salah("admin.kukar", "198.51.100.1", on: db))  // 46th attempt, from a tenth address
            for _ in 0..<4 { #expect(try await Self.salah("admin.kukar", "198.51.100.2", on: db)) }
            #expect(try await !Self.salah("admin.kukar", "192.0.2.77", on: db))
            #expect(try await Self.salah("tkksd.kukar", "192.0.2.77", on: db))
            // A refused attempt counts nowhere.
            #expect(try await PercobaanMasukRecord.find("ip:192.0.2.77", on: db)?.gagal == 1)
            #expect(try await PercobaanMasukRecord.find("u:admin.kukar|192.0.2.77", on: db)?.gagal ?? 0 == 0)
        }
    }

    @Test("30 failures from one address lock that address, not the others; a class logging in at once from one address is not locked")
    func kunciAlamat() async throws {
        try await denganJalin { app in
            let db = app.db
            for i in 0..<30 { #expect(try await Self.salah("tebak\(i)", "203.0.113.1", on: db)) }
            #expect(try await PembatasMasuk.pesan(namaPengguna: "admin.kukar", alamat: "203.0.113.1", on: db) != nil)
            #expect(try await PembatasMasuk.pesan(namaPengguna: "admin.kukar", alamat: "203.0.113.2", on: db) == nil)
            // 120 people behind one NAT address log in at the same moment: nobody is refused.
            let boleh = try await withThrowingTaskGroup(of: Bool.self) { g in
                for i in 0..<120 {
                    g.addTask {
                        let ok = try await PembatasMasuk.pesan(namaPengguna: "peserta\(i)", alamat: "198.51.100.1", on: db) == nil
                        if ok { try await PembatasMasuk.berhasil(namaPengguna: "peserta\(i)", alamat: "198.51.100.1", on: db) }
                        return ok
                    }
                }
                return try await g.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(boleh == 120)
            // IPv6 clients of one /64 are one subject.
            for i in 0..<5 { #expect(try await Self.salah("admin.kukar", "2001:db8::\(i + 1)", on: db)) }
            #expect(try await !Self.salah("admin.kukar", "2001:db8::99", on: db))
        }
    }

    @Test("A lock lasts until its 15-minute window ends, then the counting starts again")
    func jendela() async throws {
        try await denganJalin { app in
            let t0 = Date()
            for _ in 0..<5 {
                #expect(try await PembatasMasuk.pesan(namaPengguna: "admin.kukar", alamat: "203.0.113.1", on: app.db, sekarang: t0) == nil)
            }
            let sampai = try await PembatasMasuk.pesan(
                namaPengguna: "admin.kukar", alamat: "203.0.113.1", on: app.db, sekarang: t0.addingTimeInterval(600))
            #expect(abs((sampai ?? .distantPast).timeIntervalSince(t0.addingTimeInterval(PembatasMasuk.jendela))) < 1)
            let lagi = t0.addingTimeInterval(PembatasMasuk.jendela + 1)
            #expect(try await PembatasMasuk.pesan(namaPengguna: "admin.kukar", alamat: "203.0.113.1", on: app.db, sekarang: lagi) == nil)
            #expect(try await PercobaanMasukRecord.find("u:admin.kukar|203.0.113.1", on: app.db)?.gagal == 1)
        }
    }

    @Test("Behind a trusted proxy, 30 anonymous failures lock the guesser's address only; without the setting the header is ignored")
    func diBelakangProksi() async throws {
        try await denganJalin(baseURL: "https://kerjasama.example.go.id") { app in
            var b = Peramban(app)
            try await b.get("/masuk")
            // The application's own server on a free port (one for every request of this test), and a real client.
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let cookie = b.headerCookie
            let csrf = b.csrf
            func kirim(_ nama: String, _ sandi: String, dari xff: String) async throws -> HTTPStatus {
                var h = cookie
                h.contentType = .urlEncodedForm
                h.add(name: .xForwardedFor, value: xff)
                let body = "username=\(nama)&password=\(sandi.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&_csrf=\(csrf)"
                let res = try await app.client.post(URI(string: "http://127.0.0.1:\(port)/masuk"), headers: h) {
                    $0.body = ByteBuffer(string: body)
                }
                // A successful login is a redirect (whether or not the client follows it).
                return res.status == .seeOther ? .ok : res.status
            }
            do {
                // Without JALIN_TRUSTED_PROXIES the header is ignored: the session records the peer.
                #expect(try await kirim("tkksd.kukar", DemoSeed.kataSandi, dari: "6.6.6.6") == .ok)
                #expect(try await SesiRecord.query(on: app.db).all().map(\.ip) == ["127.0.0.1"])
                app.proksiTepercaya = try ProksiTepercaya(daftar: ["127.0.0.1/32"])
                for i in 0..<30 {
                    #expect(try await kirim("tebak\(i)", "salah-sekali-123", dari: "1.1.1.1, 203.0.113.50") == .unauthorized)
                }
                #expect(try await kirim("admin.kukar", DemoSeed.kataSandi, dari: "203.0.113.50") == .tooManyRequests)
                // Spoofing the left part of the header does not change the address the proxy saw.
                #expect(try await kirim("admin.kukar", DemoSeed.kataSandi, dari: "198.51.100.9, 203.0.113.50") == .tooManyRequests)
                // Everyone else behind the same proxy still gets in.
                try await SesiRecord.query(on: app.db).delete()
                #expect(try await kirim("admin.kukar", DemoSeed.kataSandi, dari: "198.51.100.9") == .ok)
                #expect(try await SesiRecord.query(on: app.db).all().map(\.ip) == ["198.51.100.9"])
            } catch {
                await app.server.shutdown()
                throw error
            }
            await app.server.shutdown()
        }
    }

    // MARK: 7. the redirect after login

    @Test("The target after login is normalised as a browser does: tabs, newlines, backslashes and spaces cannot make it leave the site")
    func tujuanAman() {
        for buruk in [
            "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", " //evil.example", "\t//evil.example",
            "/\\evil.example", "\\/evil.example", "\\\\evil.example", "/\t\\evil.example", "//evil.example",
            "https://evil.example", "evil.example", "", "/masuk", "/\tmasuk", "/\u{0}/evil.example",
            "javascript:alert(1)", "/\u{7F}x",
        ] {
            #expect(MasukPage.tujuanAman(buruk) == nil, "\(buruk.debugDescription)")
        }
        #expect(MasukPage.tujuanAman("/admin/unit") == "/admin/unit")
        #expect(MasukPage.tujuanAman("/kerja-sama?cari=a%20b") == "/kerja-sama?cari=a%20b")
        #expect(MasukPage.tujuanAman("/naskah\t/baru") == "/naskah/baru")  // what the browser would open
    }

    @Test("POST /masuk with lanjut=/<TAB>/evil.example redirects to the home page, never to //evil.example")
    func lanjutTab() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            let g = try await b.get("/masuk?lanjut=%2F%09%2Fevil.example")
            #expect(!g.body.string.contains("evil.example"))
            let r = try await b.post("/masuk", ["username": "admin.kukar", "password": DemoSeed.kataSandi, "lanjut": "/\t/evil.example"])
            #expect(r.status == .seeOther)
            #expect(r.headers.first(name: .location) == "/beranda")
            var c = Peramban(app)
            try await c.get("/masuk")
            let r2 = try await c.post("/masuk", ["username": "admin.kukar", "password": DemoSeed.kataSandi, "lanjut": "/admin/unit"])
            #expect(r2.headers.first(name: .location) == "/admin/unit")
        }
    }

    // MARK: 8. demo accounts only where safe; forced password change

    @Test("The demo is seeded by default only when serve listens on loopback; JALIN_DEMO=0/1 decide explicitly, loudly")
    func keputusanDemo() {
        func d(_ pilihan: Bool?, _ a: String) -> KeputusanDemo {
            KeputusanDemo.putuskan(pilihan: pilihan, argumen: a.split(separator: " ").map(String.init))
        }
        // README's first command, and CI's servers.
        #expect(d(nil, "serve").seed)
        #expect(d(nil, "").seed)
        #expect(d(nil, "serve --hostname 127.0.0.1 --port 8089").seed)
        #expect(d(nil, "serve --hostname localhost").seed)
        #expect(d(nil, "serve -H 127.0.0.2").seed)
        #expect(d(nil, "serve --bind [::1]:8080").seed)
        #expect(d(nil, "serve -b 127.0.0.1:8080").seed)
        #expect(d(nil, "serve").peringatan.isEmpty)
        // Reachable from elsewhere: nothing, and a warning.
        for a in [
            "serve --hostname 0.0.0.0", "serve --hostname=0.0.0.0", "serve -H ::", "serve --bind 10.0.0.5:80",
            "serve --unix-socket /run/jalin.sock", "serve --hostname jalin.example.go.id",
        ] {
            #expect(!d(nil, a).seed, "\(a)")
            #expect(d(nil, a).peringatan.first?.contains("data demo tidak dimuat") == true, "\(a)")
        }
        // Explicit choices.
        #expect(!d(false, "serve").seed)
        #expect(d(false, "serve --hostname 0.0.0.0").peringatan.isEmpty)
        #expect(d(true, "serve --hostname 0.0.0.0").seed)
        #expect(d(true, "serve --hostname 0.0.0.0").peringatan.first?.contains("kata sandi yang dipublikasikan") == true)
        #expect(d(true, "serve").peringatan.isEmpty)
        // Other commands (tambah-pemda on a production database…) seed only when asked to.
        #expect(!d(nil, "tambah-pemda 64.09 --admin admin.ppu").seed)
        #expect(!d(nil, "import-wilayah berkas.csv").seed)
        #expect(d(true, "generate-load-data").seed)
        // The environment: unset is "decide by the address", not "on".
        #expect(Konfigurasi.dariLingkungan([:]).pilihanDemo == nil)
        #expect(!Konfigurasi.dariLingkungan([:]).seedDemo)
        #expect(Konfigurasi.dariLingkungan(["JALIN_DEMO": "1"]).pilihanDemo == true)
        #expect(Konfigurasi.dariLingkungan(["JALIN_DEMO": "0"]).pilihanDemo == false)
    }

    @Test("At start: demo accounts in a database served beyond loopback, and an https base URL without trusted proxies, are warned about")
    func peringatanMulai() async throws {
        try await denganJalin(baseURL: "https://kerjasama.example.go.id") { app in
            let luar = KeputusanDemo.putuskan(pilihan: nil, argumen: ["serve", "--hostname", "0.0.0.0"])
            let p = try await luar.peringatanMulai(app)
            #expect(p.contains { $0.contains("sudah berisi pemda demo") })
            #expect(p.contains { $0.contains("JALIN_TRUSTED_PROXIES kosong") })
            app.konfigurasi.proksiTepercaya = ["10.0.0.1"]
            let lokal = KeputusanDemo.putuskan(pilihan: nil, argumen: ["serve"])
            #expect(try await lokal.peringatanMulai(app).isEmpty)
        }
    }

    @Test("The first admin of tambah-pemda must change the one-time password before anything else")
    func wajibGantiSandiOnboarding() async throws {
        try await denganJalin { app in
            let h = try await OnboardingTests.jalankan(app, kode: "64.09", unit: nil)
            var b = Peramban(app)
            try await b.get("/masuk")
            let r = try await b.post("/masuk", ["username": "admin.ppu", "password": h.sandi, "lanjut": "/admin/unit"])
            #expect(r.headers.first(name: .location) == "/akun")
            for path in ["/beranda", "/admin/unit", "/admin/pengguna/baru", "/kerja-sama"] {
                let g = try await b.get(path)
                #expect(g.status == .seeOther, "\(path)")
                #expect(g.headers.first(name: .location) == "/akun", "\(path)")
            }
            // A state-changing request does nothing either.
            let t = try await b.post("/akun/token", ["nama": "x", "masa_berlaku": "0"])
            #expect(t.headers.first(name: .location) == "/akun")
            #expect(
                try await TokenAPIRecord.query(on: app.db).filter(\.$penggunaID == (try await app.pengguna("admin.ppu")).id!).count() == 0)
            let halaman = try await b.get("/akun")
            #expect(halaman.status == .ok)
            #expect(halaman.body.string.contains("id=\"wajib-ganti-sandi\""))
            let salah = try await b.post("/akun/sandi", ["sandi_lama": h.sandi, "sandi_baru": "pendek", "sandi_ulang": "pendek"])
            #expect(salah.status == .unprocessableEntity)
            #expect(salah.body.string.contains("id=\"wajib-ganti-sandi\""))
            #expect(try await app.pengguna("admin.ppu").wajibGantiSandi)
            let ok = try await b.post(
                "/akun/sandi",
                [
                    "sandi_lama": h.sandi, "sandi_baru": "PPU#Sendiri2026", "sandi_ulang": "PPU#Sendiri2026",
                    "cabut_akses": "1",
                ])
            #expect(ok.status == .seeOther)
            #expect(try await !app.pengguna("admin.ppu").wajibGantiSandi)
            #expect(try await b.get("/admin/unit").status == .ok)
            // Logout stays possible while forced (checked on a fresh forced state).
            let u = try await app.pengguna("admin.ppu")
            u.wajibGantiSandi = true
            try await u.save(on: app.db)
            #expect(try await b.post("/keluar", [:]).headers.first(name: .location) == "/masuk?pesan=keluar")
        }
    }

    @Test("An account whose password an admin set or reset must change it at its next login; demo accounts are not forced")
    func wajibGantiSandiAdmin() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            let a = try await admin.masuk("admin.kukar")
            #expect(a.headers.first(name: .location) == "/beranda")  // demo accounts are for trying, never forced
            try await admin.get("/admin/pengguna/baru")
            let dishub = try #require(try await UnitKerjaRecord.query(on: app.db).filter(\.$nama == "Dinas Perhubungan").first())
            let r = try await admin.post(
                "/admin/pengguna/baru",
                [
                    "nama_pengguna": "operator.baru", "nama_lengkap": "Operator Baru",
                    "peran": "operator", "unit_id": dishub.id!.uuidString, "aktif": "1",
                    "sandi": "Awal#Admin2026",
                ])
            #expect(r.status == .seeOther)
            var c = Peramban(app)
            #expect(try await c.masuk("operator.baru", sandi: "Awal#Admin2026").headers.first(name: .location) == "/akun")
            // A reset by the admin forces a change too.
            let tkksd = try await app.pengguna("tkksd.kukar")
            let form = try await admin.get("/admin/pengguna/\(tkksd.id!.uuidString)")
            #expect(form.body.string.contains("name=\"cabut_akses\" type=\"checkbox\" value=\"1\" checked"))
            try await admin.post("/admin/pengguna/\(tkksd.id!.uuidString)/sandi", ["sandi": "Reset#Admin2026", "cabut_akses": "1"])
            var t = Peramban(app)
            #expect(try await t.masuk("tkksd.kukar", sandi: "Reset#Admin2026").headers.first(name: .location) == "/akun")
        }
    }

    // MARK: 9. revoking tokens and the calendar feed with a password change

    /// Two API tokens and a calendar feed of `nama`; returns the tokens and the feed's path.
    static func aksesTersimpan(_ app: Application, _ b: inout Peramban, _ nama: String) async throws -> ([String], String) {
        let token = [try await app.tokenAPI(untuk: nama), try await app.tokenAPI(untuk: nama)]
        try await b.get("/akun")
        let html = try await b.post("/akun/kalender", [:]).body.string
        let awal = try #require(html.range(of: "<code id=\"alamat-kalender\">"))
        let alamat = String(html[awal.upperBound...].prefix { $0 != "<" })
        return (token, String(alamat[try #require(alamat.range(of: "/kalender/")).lowerBound...]))
    }

    static func status(_ app: Application, _ path: String, _ h: HTTPHeaders = [:]) async throws -> HTTPStatus {
        var s: HTTPStatus = .internalServerError
        try await app.testing().test(.GET, path, headers: h) { s = $0.status }
        return s
    }

    @Test("A password change revokes the API tokens and the calendar feed when asked (the default), and says what it revoked")
    func cabutSendiri() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("operator.dishub")
            let (token, kalender) = try await Self.aksesTersimpan(app, &b, "operator.dishub")
            #expect(try await Self.status(app, "/api/v1/saya", bearer(token[0])) == .ok)
            #expect(try await Self.status(app, kalender) == .ok)
            // The box is ticked on the page.
            #expect(
                try await b.get("/akun").body.string.contains(
                    "name=\"cabut_akses\" type=\"checkbox\" value=\"1\" aria-describedby=\"b-cabut_akses\" checked"))
            let r = try await b.post(
                "/akun/sandi",
                [
                    "sandi_lama": DemoSeed.kataSandi, "sandi_baru": "Baru#Sekali2026",
                    "sandi_ulang": "Baru#Sekali2026", "cabut_akses": "1",
                ])
            #expect(r.status == .seeOther)
            let halaman = try await b.get(try #require(r.headers.first(name: .location))).body.string
            #expect(halaman.contains("2 token API dan alamat kalender dicabut."))
            for t in token { #expect(try await Self.status(app, "/api/v1/saya", bearer(t)) == .unauthorized) }
            #expect(try await Self.status(app, kalender) == .notFound)
        }
    }

    @Test("Unticking the box keeps the tokens and the feed, and the page says they still work")
    func tanpaCabut() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("operator.dishub")
            let (token, kalender) = try await Self.aksesTersimpan(app, &b, "operator.dishub")
            let r = try await b.post(
                "/akun/sandi", ["sandi_lama": DemoSeed.kataSandi, "sandi_baru": "Baru#Sekali2026", "sandi_ulang": "Baru#Sekali2026"])
            let halaman = try await b.get(try #require(r.headers.first(name: .location))).body.string
            #expect(halaman.contains("2 token API dan alamat kalender tetap berlaku."))
            #expect(try await Self.status(app, "/api/v1/saya", bearer(token[1])) == .ok)
            #expect(try await Self.status(app, kalender) == .ok)
        }
    }

    @Test("An admin's password reset revokes the user's tokens and feed by default, and says so")
    func cabutOlehAdmin() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("operator.dishub")
            let (token, kalender) = try await Self.aksesTersimpan(app, &b, "operator.dishub")
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let u = try await app.pengguna("operator.dishub")
            try await admin.get("/admin/pengguna/\(u.id!.uuidString)")
            let r = try await admin.post("/admin/pengguna/\(u.id!.uuidString)/sandi", ["sandi": "Reset#Admin2026", "cabut_akses": "1"])
            #expect(r.status == .seeOther)
            let daftar = try await admin.get(try #require(r.headers.first(name: .location))).body.string
            #expect(daftar.contains("2 token API dan alamat kalender dicabut."))
            for t in token { #expect(try await Self.status(app, "/api/v1/saya", bearer(t)) == .unauthorized) }
            #expect(try await Self.status(app, kalender) == .notFound)
            #expect(try await b.get("/beranda").status == .seeOther)  // the session ended as before
            #expect(
                PencabutanAkses.teks(.init(token: 0, kalender: false), dicabut: true)
                    == "Tidak ada token API atau alamat kalender yang perlu dicabut.")
            #expect(PencabutanAkses.teks(.init(token: 1, kalender: false), dicabut: true) == "1 token API dicabut.")
            #expect(PencabutanAkses.teks(.init(token: 0, kalender: true), dicabut: true) == "Alamat kalender dicabut.")
        }
    }
}
