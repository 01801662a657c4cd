import Fluent
import Foundation
import JalinDomain
import NIOHTTP1
import Testing
import VaporTesting

@testable import JalinServer

/// Issue #16: one pemda (or one anonymous caller) must not stall, read or change another's data through
/// the shared parts of the process: the PDF converter, request bodies, the public page cache, the cursors
/// of keyset lists, the shared border pairs, and pending imports.
@Suite("Keamanan lintas pemda: sumber daya bersama")
struct KeamananLintasPenyewaTests {
    // MARK: PDF conversion queue (#16.2)

    @Test("The conversion queue lets one run at a time, keeps a bounded line and refuses the rest at once")
    func antreanKonversi() async throws {
        let antrean = AntreanKonversi(maksJalan: 1, maksAntre: 2, batasTunggu: .seconds(60))
        let puncak = Puncak()
        let ditolak = Penghitung()
        let gerbang = Gerbang()
        let hasil = await withTaskGroup(of: Bool.self) { g in
            for _ in 0..<10 {
                g.addTask {
                    do { try await antrean.masuk() } catch {
                        await ditolak.tambah()
                        return false
                    }
                    await puncak.mulai()
                    await gerbang.tunggu()  // holds its place until every other caller has been answered or queued
                    await puncak.selesai()
                    await antrean.keluar()
                    return true
                }
            }
            // Whatever the speed of the machine: the holder blocks until the other nine were placed.
            await tungguSampai {
                let (tolak, tunggu) = (await ditolak.nilai, await antrean.jumlahMenunggu)
                return tolak == 7 && tunggu == 2
            }
            await gerbang.buka()
            return await g.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(await puncak.tertinggi == 1)
        #expect(hasil.filter { $0 }.count == 3, "one running and two in line")
        #expect(hasil.filter { !$0 }.count == 7)
        #expect(await antrean.jumlahBerjalan == 0)
        #expect(await antrean.jumlahMenunggu == 0)
    }

    @Test("A caller that waits too long in line is let go, and its place is not lost")
    func antreanBatasTunggu() async throws {
        let antrean = AntreanKonversi(maksJalan: 1, maksAntre: 2, batasTunggu: .milliseconds(100))
        try await antrean.masuk()
        await #expect(throws: AntreanKonversi.Penuh.self) { try await antrean.masuk() }
        #expect(await antrean.jumlahMenunggu == 0)
        await antrean.keluar()
        try await antrean.masuk()
        await antrean.keluar()
        #expect(await antrean.jumlahBerjalan == 0)
    }

    @Test("Parallel requests for uncached PDFs start one LibreOffice at a time; the overflow gets 503 with Retry-After")
    func pdfParalel() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-soffice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A stand-in for soffice: notes every start, notes an overlap when another run holds the lock, runs until
        // the test lets it go (the file `lepas`; at most two minutes), and writes a PDF into --outdir.
        let skrip = dir.appendingPathComponent("soffice")
        let kunci = dir.appendingPathComponent("kunci").path
        let tumpang = dir.appendingPathComponent("tumpang").path
        let mulai = dir.appendingPathComponent("mulai").path
        let lepas = dir.appendingPathComponent("lepas").path
        try """
        #!/bin/sh
        out=""; prev=""
        for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
        echo x >> '\(mulai)'
        if ! mkdir '\(kunci)' 2>/dev/null; then echo x >> '\(tumpang)'; fi
        i=0
        while [ ! -e '\(lepas)' ] && [ $i -lt 2400 ]; do sleep 0.05; i=$((i + 1)); done
        rmdir '\(kunci)' 2>/dev/null
        printf '%%PDF-1.4 uji' > "$out/naskah.pdf"
        """.write(to: skrip, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: skrip.path)

        try await denganJalin { app in
            app.konfigurasi.soffice = skrip.path
            app.cetakPDF = CetakPDF(maksJalan: 1, maksAntre: 1, batasTunggu: .seconds(30))
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let kukar = try await app.pemda("64.02")
            let naskah = try await NaskahRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).limit(2).all()
            try #require(naskah.count == 2)
            // Five different documents (two naskah on two paper sizes, and the guide): none is in the cache.
            let jalur =
                naskah.flatMap { ["/naskah/\($0.id!)/naskah.pdf", "/naskah/\($0.id!)/naskah.pdf?kertas=f4"] } + ["/panduan/buku.pdf"]
            let cookie = admin.headerCookie
            let dijawab = Penghitung()
            let antrean = app.cetakPDF.antrean
            let status = try await withThrowingTaskGroup(of: (HTTPStatus, String?).self) { g in
                for j in jalur {
                    g.addTask {
                        var s: (HTTPStatus, String?) = (.internalServerError, nil)
                        try await app.testing().test(.GET, j, headers: cookie) { res in
                            s = (res.status, res.headers.first(name: "Retry-After"))
                        }
                        await dijawab.tambah()
                        return s
                    }
                }
                // The first conversion runs until every other request was queued or answered, however slow the machine.
                await tungguSampai {
                    let (jawab, jalan, tunggu) = (await dijawab.nilai, await antrean.jumlahBerjalan, await antrean.jumlahMenunggu)
                    return jawab == 3 && jalan == 1 && tunggu == 1
                }
                FileManager.default.createFile(atPath: lepas, contents: Data())
                return try await g.reduce(into: [(HTTPStatus, String?)]()) { $0.append($1) }
            }
            #expect(!FileManager.default.fileExists(atPath: tumpang), "two LibreOffice processes ran at once")
            let jalan = (try? String(contentsOfFile: mulai, encoding: .utf8))?.split(separator: "\n").count ?? 0
            #expect(jalan == 2, "one running and one in line")
            #expect(status.filter { $0.0 == .ok }.count == 2)
            let sibuk = status.filter { $0.0 == .serviceUnavailable }
            #expect(sibuk.count == 3)
            #expect(sibuk.allSatisfy { Int($0.1 ?? "") ?? 0 > 0 }, "503 carries Retry-After")
        }
    }

    // MARK: Bodies (#16.3)

    @Test("An anonymous state-changing request is answered before its body is read, and each route's own body limit holds")
    func bodySetelahAkses() async throws {
        try await denganJalin { app in
            let port = Int.random(in: 40_001...50_000)
            let server = try app.testing(method: .running(hostname: "127.0.0.1", port: port))
            // Anonymous, a large upload to a protected route: sent to the login page, not a CSRF refusal
            // (which would mean the body was read first).
            var h = HTTPHeaders()
            h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=x")
            // (This client follows the redirect to the login form.)
            try await server.test(.POST, "/kerja-sama/impor", headers: h, body: ByteBuffer(repeating: 0x61, count: 11 * 1024 * 1024)) {
                res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("name=\"password\""))
            }
            try await server.test(.POST, "/api/v1/naskah", headers: h, body: ByteBuffer(repeating: 0x61, count: 11 * 1024 * 1024)) { res in
                #expect(res.status == .unauthorized)
            }
            // Logged in, with a valid token: a 5 MB form to a route whose limit is the default 2 MB.
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            try await admin.get("/admin/tetangga")
            var h2 = admin.headerCookie
            h2.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=x")
            h2.replaceOrAdd(name: "X-CSRF-Token", value: admin.csrf)
            try await server.test(.POST, "/admin/tetangga", headers: h2, body: ByteBuffer(repeating: 0x61, count: 5 * 1024 * 1024)) { res in
                #expect(res.status == .payloadTooLarge)
            }
            // The CSRF check still holds once the body is read.
            try await server.test(
                .POST, "/admin/tetangga", headers: admin.headerCookie, body: ByteBuffer(string: "kode_a=64.02&kode_b=64.03")
            ) { res in
                #expect(res.status == .forbidden)
            }
        }
    }

    // MARK: Public page cache (#16.4)

    @Test("Only real writes make the public page stale; refused and anonymous requests and unknown cursors leave the cache alone")
    func cacheHanyaTulisan() async throws {
        try await denganJalin { app in
            var anonim = Peramban(app)
            #expect(try await anonim.get("/publik/64.02").status == .ok)
            #expect(app.cacheHalaman.jumlah == 1)
            let generasi = app.cacheHalaman.generasiKini

            // A failed login, a POST to nowhere, an anonymous POST to a protected route, a forged form.
            var penyerang = Peramban(app)
            try await penyerang.get("/masuk")
            #expect(try await penyerang.post("/masuk", ["username": "admin.kukar", "password": "salah"]).status != .seeOther)
            #expect(try await penyerang.post("/tidak-ada", [:]).status == .notFound)
            #expect(try await penyerang.post("/admin/tetangga", ["kode_a": "64.02", "kode_b": "64.03"]).status == .seeOther)
            // Logged in, but refused (another pemda's pair; a forged token).
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            #expect(try await admin.post("/admin/tetangga", ["kode_a": "64.72", "kode_b": "64.01"]).status == .unprocessableEntity)
            #expect(try await admin.post("/admin/tetangga", ["kode_a": "64.02", "kode_b": "64.03"], csrf: "palsu").status == .forbidden)
            #expect(app.cacheHalaman.generasiKini == generasi)
            #expect(app.cacheHalaman.jumlah == 1)

            // Cursors that are no row of the list are refused and make no entry.
            for _ in 0..<5 {
                let r = try await anonim.get("/publik/64.02?setelah=\(UUID().uuidString)&halaman=2")
                #expect(r.status == .unprocessableEntity)
            }
            #expect(app.cacheHalaman.jumlah == 1)

            // A real write does.
            #expect(try await admin.post("/admin/tetangga", ["kode_a": "64.02", "kode_b": "64.03"]).status == .seeOther)
            #expect(app.cacheHalaman.generasiKini != generasi)
            #expect(app.cacheHalaman.jumlah == 0)
        }
    }

    @Test("A full cache keeps its first pages: later pages find no room rather than evicting them")
    func cachePenuh() {
        let c = CacheHalaman()
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        let g = c.generasiKini
        c.simpan("publik/64.02", ByteBuffer(string: "pertama"), generasiAwal: g, sekarang: t0)
        for i in 1..<CacheHalaman.batasEntri {
            c.simpan("publik/64.02?setelah=\(i)&halaman=2", ByteBuffer(string: "\(i)"), generasiAwal: g, sekarang: t0)
        }
        #expect(c.jumlah == CacheHalaman.batasEntri)
        c.simpan("publik/64.02?setelah=x&halaman=3", ByteBuffer(string: "lain"), generasiAwal: g, sekarang: t0)
        #expect(c.ambil("publik/64.02?setelah=x&halaman=3", sekarang: t0) == nil)
        #expect(c.ambil("publik/64.02", sekarang: t0)?.isi == ByteBuffer(string: "pertama"))
        c.simpan("publik/64.72", ByteBuffer(string: "samarinda"), generasiAwal: g, sekarang: t0)
        #expect(c.ambil("publik/64.72", sekarang: t0)?.isi == ByteBuffer(string: "samarinda"))
        #expect(c.jumlah == CacheHalaman.batasEntri)
        // Expired entries make room for anything.
        let nanti = t0.addingTimeInterval(CacheHalaman.umur + 1)
        c.simpan("publik/64.02?setelah=y&halaman=2", ByteBuffer(string: "baru"), generasiAwal: g, sekarang: nanti)
        #expect(c.ambil("publik/64.02?setelah=y&halaman=2", sekarang: nanti) != nil)
        #expect(c.jumlah == 1)
    }

    // MARK: Border pairs (#16.10)

    @Test("A pemda adds and removes only border pairs that include itself; computed pairs change only by an import")
    func tetanggaMilikSendiri() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            try await admin.get("/admin/tetangga")
            let sebelum = try await TetanggaRecord.query(on: app.db).count()
            let r = try await admin.post("/admin/tetangga", ["kode_a": "64.72", "kode_b": "64.01"])
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("Salah satu wilayah harus"))
            #expect(try await TetanggaRecord.query(on: app.db).count() == sebelum)

            // Its own pair (a kabupaten, or one of its kecamatan) is fine.
            #expect(try await admin.post("/admin/tetangga", ["kode_a": "64.03", "kode_b": "64.02"]).status == .seeOther)
            #expect(try await TetanggaRecord.query(on: app.db).count() == sebelum + 1)

            // A pair between two other daerah, entered by their own admin, cannot be removed by Kukar.
            let lain = TetanggaRecord()
            lain.kodeA = "64.01"
            lain.kodeB = "64.72"
            lain.sumber = "manual"
            try await lain.create(on: app.db)
            #expect(try await admin.post("/admin/tetangga/\(lain.id!)/hapus", [:]).status == .notFound)
            // A pair computed from the boundaries is shared with the neighbour: only an import changes it.
            let dihitung = TetanggaRecord()
            dihitung.kodeA = "64.02"
            dihitung.kodeB = "64.05"
            dihitung.sumber = "geometri"
            try await dihitung.create(on: app.db)
            #expect(try await admin.post("/admin/tetangga/\(dihitung.id!)/hapus", [:]).status == .forbidden)
            #expect(try await TetanggaRecord.find(dihitung.id, on: app.db) != nil)
            #expect(try await TetanggaRecord.find(lain.id, on: app.db) != nil)
        }
    }

    // MARK: Cursors (#16.12)

    @Test("A cursor naming another pemda's row finds nothing and leaks no sort value")
    func kursorLintasPemda() async throws {
        try await denganJalin { app in
            let samarinda = try await app.pemda("64.72")
            try await Audit.catat("uji", entitas: "uji", id: nil, pelaku: nil, pemdaID: samarinda.id!, on: app.db)
            let milikLain = try #require(try await CatatanAuditRecord.query(on: app.db).filter(\.$pemdaID == samarinda.id!).first())
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            #expect(try await admin.get("/admin/audit?setelah=\(milikLain.id!)").status == .unprocessableEntity)
            #expect(try await admin.get("/admin/audit?sebelum=\(milikLain.id!)").status == .unprocessableEntity)
            let t = try await app.tokenAPI(untuk: "admin.kukar")
            try await app.testing().test(.GET, "/api/v1/audit?setelah=\(milikLain.id!)", headers: bearer(t)) { res in
                #expect(res.status == .unprocessableEntity || res.status == .notFound)
            }
            // Its own rows still page.
            let kukar = try await app.pemda("64.02")
            let sendiri = try #require(
                try await CatatanAuditRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).sort(\.$waktu, .descending).first())
            #expect(try await admin.get("/admin/audit?setelah=\(sendiri.id!)").status == .ok)

            // The naskah list: another pemda's draft id.
            let naskahLain = NaskahRecord.query(on: app.db).filter(\.$pemdaID == samarinda.id!)
            if let n = try await naskahLain.first() {
                #expect(try await admin.get("/naskah?setelah=\(n.id!)").status == .unprocessableEntity)
            }
        }
    }

    // MARK: Pending imports (#16.13)

    @Test("An import is confirmed only from the session that uploaded it: another pemda's hash finds nothing")
    func imporTerikatSesi() async throws {
        try await denganJalin { app in
            let csv = [
                ImporLamaTests.header,
                "900/1/KS/2021,,Rahasia Samarinda,KSDD sukarela,KB,Pemerintah Kabupaten Kutai Kartanegara,daerah,64.02,3.26,,2021-03-01,2021-03-01,2024-02-28,,,",
            ]
            .joined(separator: "\n")
            var samarinda = Peramban(app)
            try await samarinda.masuk("admin.samarinda")
            let r = try await ImporLamaTests().unggah(app, &samarinda, csv: csv)
            #expect(r.status == .ok)
            let sha = try #require(Self.nilaiSha(r.body.string))
            let sebelum = try await KerjaSamaRecord.query(on: app.db).count()

            var kukar = Peramban(app)
            try await kukar.masuk("admin.kukar")
            try await kukar.get("/kerja-sama/impor")
            let k = try await kukar.post("/kerja-sama/impor", ["sha": sha, "nama": "curian.csv", "konfirmasi": "ya"])
            #expect(k.status == .unprocessableEntity)
            #expect(!k.body.string.contains("Rahasia Samarinda"))
            #expect(try await KerjaSamaRecord.query(on: app.db).count() == sebelum)

            // The uploader's own session confirms it.
            let s = try await samarinda.post("/kerja-sama/impor", ["sha": sha, "nama": "lama.csv", "konfirmasi": "ya"])
            #expect(s.status == .ok)
            #expect(try await KerjaSamaRecord.query(on: app.db).count() == sebelum + 1)
        }
    }

    static func nilaiSha(_ html: String) -> String? {
        guard let r = html.range(of: "name=\"sha\" value=\"") else { return nil }
        let sisa = html[r.upperBound...]
        return sisa.firstIndex(of: "\"").map { String(sisa[..<$0]) }
    }
}

/// A gate that tasks wait at until the test opens it.
actor Gerbang {
    private var terbuka = false
    func buka() { terbuka = true }
    func tunggu() async {
        while !terbuka { try? await Task.sleep(for: .milliseconds(5)) }
    }
}

/// Waits until `syarat` holds, checking every 10 ms, for at most two minutes (then the test's own expectations
/// say what went wrong).
func tungguSampai(_ syarat: () async -> Bool) async {
    let batas = ContinuousClock.now + .seconds(120)
    while !(await syarat()), ContinuousClock.now < batas { try? await Task.sleep(for: .milliseconds(10)) }
}

/// Counts how many tasks are inside a section at once.
actor Puncak {
    private var kini = 0
    private(set) var tertinggi = 0
    func mulai() {
        kini += 1
        tertinggi = max(tertinggi, kini)
    }
    func selesai() { kini -= 1 }
}
