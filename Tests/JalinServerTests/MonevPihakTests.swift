import Fluent
import Foundation
import JalinDomain
import SQLKit
import Testing
import VaporTesting

@testable import JalinServer

/// Issue #16 item 11: one monev form per party (each implementing unit, each partner, each TKKSD member),
/// each party reading only its own until the period is closed and the admin chooses to show them all;
/// the web form saves against the version it read.
@Suite("Monev: satu formulir per pihak")
struct MonevPihakTests {
    /// A party of the test cooperation: its browser, and the marker text it writes into its form and evidence.
    struct Pihak {
        let nama: String
        var b: Peramban
        let tanda: String
    }

    /// The delineation cooperation (partners IKN and PPU) implemented by two units (Disdukcapil and Dishub);
    /// a second partner account (IKN) and an operator of Disdukcapil; an open period. Returns the evaluation.
    func siapkan(_ app: Application) async throws -> (EvaluasiMonevRecord, PeriodeMonevRecord, Peramban) {
        let kukar = try await app.pemda("64.02")
        let hash = try await app.password.async.hash(DemoSeed.kataSandi)
        let dukcapil = try #require(
            try await UnitKerjaRecord.query(on: app.db).filter(\.$nama == "Dinas Kependudukan dan Pencatatan Sipil").first())
        let dishub = try #require(
            try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$nama == "Dinas Perhubungan").first())
        try await PenggunaRecord(
            pemdaID: kukar.id!, namaPengguna: "operator.dukcapil", namaLengkap: "Operator Disdukcapil", hashSandi: hash,
            peran: .operator, unitID: dukcapil.id
        ).create(on: app.db)
        let ikn = try #require(
            try await MitraRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$nama == DemoKerjaSama.ikn).first())
        try await PenggunaRecord(
            pemdaID: kukar.id!, namaPengguna: "mitra.ikn", namaLengkap: "Peninjau Otorita IKN", hashSandi: hash,
            peran: .mitra, mitraID: ikn.id
        ).create(on: app.db)
        let ks = try #require(try await KerjaSamaRecord.query(on: app.db).filter(\.$judul == MonevTests.judulKS).first())
        #expect(ks.idMitra.count == 2 && ks.idMitra.contains(ikn.id!))
        ks.unit = [dukcapil.id!, dishub.id!].map(\.uuidString).joined(separator: ",")
        try await ks.update(on: app.db)

        var admin = Peramban(app)
        try await admin.masuk("admin.kukar")
        try await admin.get("/monev")
        let r = try await admin.post("/monev/periode", ["nama": "Monev per pihak", "mulai": "2027-01-01", "selesai": "2027-06-30"])
        #expect(r.status == .seeOther)
        let x = try #require(try await PeriodeMonevRecord.query(on: app.db).filter(\.$nama == "Monev per pihak").first())
        #expect(x.tampilkanIsian == false)
        let e = try #require(
            try await EvaluasiMonevRecord.query(on: app.db).filter(\.$periodeID == x.id!).filter(\.$kerjaSamaID == ks.id!).first())
        return (e, x, admin)
    }

    func multipart(
        _ b: inout Peramban, _ path: String, _ medan: [String: String], berkas: Data?, app: Application
    ) async throws -> TestingHTTPResponse {
        let batas = "----jalin\(UUID().uuidString)"
        var body = Data()
        var m = medan
        m["_csrf"] = b.csrf
        for (k, v) in m { body += Data("--\(batas)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8) }
        if let berkas {
            body += Data(
                "--\(batas)\r\nContent-Disposition: form-data; name=\"bukti\"; filename=\"bukti.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                    .utf8)
            body += berkas + Data("\r\n".utf8)
        }
        body += Data("--\(batas)--\r\n".utf8)
        var h = b.headerCookie
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(batas)")
        var hasil: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: h, body: ByteBuffer(data: body)) { hasil = $0 }
        return hasil!
    }

    /// The version the page's own form would post back.
    static func versiFormulir(_ html: String) -> String? {
        guard let f = html.range(of: "/isian\" enctype=\"multipart/form-data\""),
            let v = html.range(of: "name=\"version\" value=\"", range: f.upperBound..<html.endIndex)
        else { return nil }
        return String(html[v.upperBound...].prefix { $0.isNumber })
    }

    static func isian(_ n: Int, catatan: String, versi: String) -> [String: String] {
        var m = MonevTests.nilai(Array(repeating: n, count: 6))
        m["rekomendasi"] = "lanjutkan"
        m["catatan"] = catatan
        m["version"] = versi
        return m
    }

    /// Every party fills its own form, with evidence, through the web form (version read from the page).
    func isiSemua(_ app: Application, _ e: EvaluasiMonevRecord) async throws -> [Pihak] {
        var semua: [Pihak] = []
        for (nama, nilai) in [
            ("operator.dukcapil", 4), ("operator.dishub", 2), ("mitra.ppu", 3), ("mitra.ikn", 5), ("tkksd.kukar", 4), ("tkksd.bappeda", 1),
        ] {
            var b = Peramban(app)
            try await b.masuk(nama)
            let hal = try await b.get("/monev/evaluasi/\(e.id!)")
            #expect(hal.status == .ok)
            let versi = try #require(Self.versiFormulir(hal.body.string), "\(nama) has no form")
            #expect(versi == "0")
            let tanda = "RAHASIA-\(nama.uppercased())"
            var m = Self.isian(nilai, catatan: "Catatan \(tanda)", versi: versi)
            if nilai <= 2 { m["permasalahan"] = "Masalah \(tanda)" }
            let r = try await multipart(
                &b, "/monev/evaluasi/\(e.id!)/isian", m, berkas: Data("%PDF-1.4\n% bukti \(tanda)\n".utf8), app: app)
            #expect(r.status == .seeOther, "\(nama): \(r.status)")
            semua.append(Pihak(nama: nama, b: b, tanda: tanda))
        }
        return semua
    }

    func bukti(_ app: Application, _ e: EvaluasiMonevRecord) async throws -> [UUID: [UUID]] {
        let rows = try await IsianMonevRecord.query(on: app.db).filter(\.$evaluasiID == e.id!).all()
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.penggunaID, $0.idBukti) })
    }

    @Test("Two units, two partners, two TKKSD members: six forms; each party reads, downloads and saves only its own")
    func masingMasing() async throws {
        try await denganJalin { app in
            let (e, _, admin) = try await siapkan(app)
            var pihak = try await isiSemua(app, e)

            // Six forms, none overwritten: each kept its author's answers.
            let rows = try await IsianMonevRecord.query(on: app.db).filter(\.$evaluasiID == e.id!).all()
            #expect(rows.count == 6)
            #expect(Set(rows.map { "\($0.peran)|\($0.pihakID)" }).count == 6)
            for p in pihak {
                let u = try await app.pengguna(p.nama)
                let row = try #require(rows.first { $0.penggunaID == u.id })
                #expect(row.jawaban?.catatan == "Catatan \(p.tanda)")
                #expect(row.version == 1)
            }
            let buktiPer = try await bukti(app, e)

            for i in pihak.indices {
                let hal = try await pihak[i].b.get("/monev/evaluasi/\(e.id!)")
                #expect(hal.status == .ok)
                let html = hal.body.string
                #expect(html.contains(pihak[i].tanda), "\(pihak[i].nama) does not see its own form")
                // The running index is not shown to a party (its role's line would give away the other party's score).
                #expect(!html.contains("Skor formulir"))
                let saya = try await app.pengguna(pihak[i].nama)
                for lain in pihak where lain.nama != pihak[i].nama {
                    #expect(!html.contains(lain.tanda), "\(pihak[i].nama) reads the form of \(lain.nama)")
                    let u = try await app.pengguna(lain.nama)
                    for l in buktiPer[u.id!] ?? [] {
                        let r = try await pihak[i].b.get("/monev/evaluasi/\(e.id!)/bukti/\(l)")
                        #expect(r.status == .notFound, "\(pihak[i].nama) downloads the evidence of \(lain.nama)")
                        #expect(!r.body.string.contains(lain.tanda))
                    }
                }
                for l in buktiPer[saya.id!] ?? [] {
                    #expect(try await pihak[i].b.get("/monev/evaluasi/\(e.id!)/bukti/\(l)").status == .ok)
                }
                // The API answers the same.
                let token = try await app.tokenAPI(untuk: pihak[i].nama)
                try await app.testing().test(.GET, "/api/v1/monev/evaluasi/\(e.id!)", headers: bearer(token)) { res in
                    #expect(res.status == .ok)
                    let j = try res.content.decode(MonevAPI.EvaluasiJSON.self)
                    #expect(j.isian.count == 1)
                    #expect(j.isian.first?.jawaban.catatan == "Catatan \(pihak[i].tanda)")
                    #expect(j.indeks == nil && j.rincian == nil)
                }
            }

            // A second save by the PPU partner changes its own form only.
            let ppu = pihak.firstIndex { $0.nama == "mitra.ppu" }!
            let hal = try await pihak[ppu].b.get("/monev/evaluasi/\(e.id!)")
            let r = try await multipart(
                &pihak[ppu].b, "/monev/evaluasi/\(e.id!)/isian",
                Self.isian(4, catatan: "Catatan kedua PPU", versi: try #require(Self.versiFormulir(hal.body.string))),
                berkas: nil, app: app)
            #expect(r.status == .seeOther)
            let ikn = try await app.pengguna("mitra.ikn")
            let formIKN = try #require(try await IsianMonevRecord.query(on: app.db).filter(\.$penggunaID == ikn.id!).first())
            #expect(formIKN.jawaban?.catatan == "Catatan RAHASIA-MITRA.IKN" && formIKN.version == 1)

            // The admin and the pimpinan see every form; the index takes each role's mean.
            var adm = admin
            let semua = try await adm.get("/monev/evaluasi/\(e.id!)").body.string
            for p in pihak where p.nama != "mitra.ppu" { #expect(semua.contains(p.tanda)) }
            #expect(semua.contains("Catatan kedua PPU"))
            var pimpinan = Peramban(app)
            try await pimpinan.masuk("pimpinan.kukar")
            #expect(try await pimpinan.get("/monev/evaluasi/\(e.id!)").body.string.contains("RAHASIA-TKKSD.BAPPEDA"))
            let segar = try #require(try await EvaluasiMonevRecord.find(e.id, on: app.db))
            // Units 4 and 2 → S 75 and 25; partners 4 (after the second save) and 5 → 75 and 100; TKKSD 4 and 1 → 75 and 0.
            #expect(segar.rincian?.skorPihak["opd"] == 50)
            #expect(segar.rincian?.skorPihak["mitra"] == 87.5)
            #expect(segar.rincian?.skorPihak["tkksd"] == 37.5)

            // An operator whose unit is no party sees no form at all.
            var samboja = Peramban(app)
            try await samboja.masuk("operator.samboja")
            let luar = try await samboja.get("/monev/evaluasi/\(e.id!)").body.string
            for p in pihak { #expect(!luar.contains(p.tanda)) }
        }
    }

    @Test("A stale save of the web form answers 409, keeps the newer form and shows it beside what was typed")
    func versiUsang() async throws {
        try await denganJalin { app in
            let (e, _, _) = try await siapkan(app)
            // Two tabs of the PPU partner read the empty form (version 0).
            var tab1 = Peramban(app)
            try await tab1.masuk("mitra.ppu")
            var tab2 = tab1
            let v1 = try #require(Self.versiFormulir(try await tab1.get("/monev/evaluasi/\(e.id!)").body.string))
            let v2 = try #require(Self.versiFormulir(try await tab2.get("/monev/evaluasi/\(e.id!)").body.string))
            #expect(v1 == "0" && v2 == "0")
            var r = try await multipart(
                &tab1, "/monev/evaluasi/\(e.id!)/isian", Self.isian(4, catatan: "DISIMPAN-PERTAMA", versi: v1), berkas: nil, app: app)
            #expect(r.status == .seeOther)
            // The second tab saves against the version it read: refused, nothing changed, nothing stored.
            r = try await multipart(
                &tab2, "/monev/evaluasi/\(e.id!)/isian", Self.isian(3, catatan: "KETIKAN-TAB-KEDUA", versi: v2),
                berkas: Data("%PDF-1.4\n% bukti\n".utf8), app: app)
            #expect(r.status == .conflict)
            let html = r.body.string
            #expect(html.contains("Versi terbaru yang tersimpan"))
            #expect(html.contains("DISIMPAN-PERTAMA"))
            #expect(html.contains("KETIKAN-TAB-KEDUA"))
            #expect(Self.versiFormulir(html) == "1")
            let rows = try await IsianMonevRecord.query(on: app.db).filter(\.$evaluasiID == e.id!).all()
            #expect(rows.count == 1)
            #expect(rows.first?.jawaban?.catatan == "DISIMPAN-PERTAMA" && rows.first?.version == 1)
            #expect(try await LampiranRecord.query(on: app.db).filter(\.$entitasID == e.id!).count() == 0)
            // A form posted without the version it read is stale as well.
            var tanpa = Self.isian(3, catatan: "TANPA-VERSI", versi: "")
            tanpa.removeValue(forKey: "version")
            r = try await multipart(&tab2, "/monev/evaluasi/\(e.id!)/isian", tanpa, berkas: nil, app: app)
            #expect(r.status == .conflict)
            // Saving again from the conflict page (now with version 1) overwrites, as the page says.
            r = try await multipart(
                &tab2, "/monev/evaluasi/\(e.id!)/isian", Self.isian(3, catatan: "KETIKAN-TAB-KEDUA", versi: "1"), berkas: nil, app: app)
            #expect(r.status == .seeOther)
            let akhir = try #require(try await IsianMonevRecord.query(on: app.db).filter(\.$evaluasiID == e.id!).first())
            #expect(akhir.jawaban?.catatan == "KETIKAN-TAB-KEDUA" && akhir.version == 2)
            // The API: a stale version is a 409 too.
            let t = try await app.tokenAPI(untuk: "mitra.ppu")
            var m = Self.isian(3, catatan: "API", versi: "")
            m.removeValue(forKey: "version")
            struct Badan: Encodable {
                let isi: [String: String]
                let version: Int
                func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: K.self)
                    for (k, v) in isi { try c.encode(v, forKey: K(stringValue: k)!) }
                    try c.encode(version, forKey: K(stringValue: "version")!)
                }
                struct K: CodingKey {
                    var stringValue: String
                    var intValue: Int? { nil }
                    init?(stringValue: String) { self.stringValue = stringValue }
                    init?(intValue: Int) { nil }
                }
            }
            try await app.testing().test(
                .POST, "/api/v1/monev/evaluasi/\(e.id!)/isian", headers: bearer(t).menambah(.jsonBody),
                body: json(Badan(isi: m, version: 1))
            ) { res in
                #expect(res.status == .conflict)
            }
        }
    }

    @Test("After closing: each party still sees only its own, until the admin chooses to show every party's form")
    func setelahDitutup() async throws {
        try await denganJalin { app in
            let (e, x, admin) = try await siapkan(app)
            var pihak = try await isiSemua(app, e)
            var adm = admin
            try await adm.get("/monev/periode/\(x.id!)")
            var r = try await adm.post("/monev/periode/\(x.id!)/tutup", ["version": String(x.version)])
            #expect(r.status == .seeOther)
            let buktiPer = try await bukti(app, e)
            let ikn = try await app.pengguna("mitra.ikn")
            let buktiIKN = try #require(buktiPer[ikn.id!]?.first)
            let i = pihak.firstIndex { $0.nama == "mitra.ppu" }!
            // Closed, setting off (the default): still only its own; the final index is now shown.
            var html = try await pihak[i].b.get("/monev/evaluasi/\(e.id!)").body.string
            #expect(!html.contains("RAHASIA-MITRA.IKN") && html.contains("RAHASIA-MITRA.PPU"))
            #expect(html.contains("Skor formulir"))
            #expect(try await pihak[i].b.get("/monev/evaluasi/\(e.id!)/bukti/\(buktiIKN)").status == .notFound)

            // Only the admin sets it.
            var segar = try #require(try await PeriodeMonevRecord.find(x.id, on: app.db))
            r = try await pihak[i].b.post("/monev/periode/\(x.id!)/tampilan", ["tampilkanIsian": "1", "version": String(segar.version)])
            #expect(r.status == .forbidden)
            try await adm.get("/monev/periode/\(x.id!)")
            r = try await adm.post("/monev/periode/\(x.id!)/tampilan", ["tampilkanIsian": "1", "version": String(segar.version)])
            #expect(r.status == .seeOther)
            segar = try #require(try await PeriodeMonevRecord.find(x.id, on: app.db))
            #expect(segar.tampilkanIsian)

            // Now every party of the evaluation sees every form and its evidence.
            for j in pihak.indices {
                html = try await pihak[j].b.get("/monev/evaluasi/\(e.id!)").body.string
                for lain in pihak { #expect(html.contains(lain.tanda), "\(pihak[j].nama) does not see \(lain.nama) after closing") }
            }
            #expect(try await pihak[i].b.get("/monev/evaluasi/\(e.id!)/bukti/\(buktiIKN)").status == .ok)
            // Someone who is no party still sees none.
            var samboja = Peramban(app)
            try await samboja.masuk("operator.samboja")
            html = try await samboja.get("/monev/evaluasi/\(e.id!)").body.string
            #expect(!html.contains("RAHASIA-"))
            #expect(try await samboja.get("/monev/evaluasi/\(e.id!)/bukti/\(buktiIKN)").status == .notFound)
        }
    }

    @Test("The migration gives existing per-role forms to the party of their author")
    func migrasi() async throws {
        try await denganJalin { app in
            // The demo's closed periods were seeded per role; take the schema back and forward again.
            // One connection: SQLite's other pooled connections keep their schema cache across a DROP COLUMN.
            try await app.db.withConnection { db in
                try await M019IsianMonevPerPihak().revert(on: db)
                try await M019IsianMonevPerPihak().prepare(on: db)
            }
            let rows = try await IsianMonevRecord.query(on: app.db).all()
            #expect(!rows.isEmpty)
            let ev = Dictionary(uniqueKeysWithValues: try await EvaluasiMonevRecord.query(on: app.db).all().map { ($0.id!, $0) })
            let orang = Dictionary(uniqueKeysWithValues: try await PenggunaRecord.query(on: app.db).all().map { ($0.id!, $0) })
            for r in rows {
                let e = try #require(ev[r.evaluasiID])
                switch r.peran {
                case "opd": #expect(r.pihakID == e.unitID)
                case "mitra":
                    #expect(r.pihakID == orang[r.penggunaID]?.mitraID)
                    #expect(e.idMitra.contains(r.pihakID))
                default: #expect(r.pihakID == r.penggunaID)
                }
            }
            #expect(try await PeriodeMonevRecord.query(on: app.db).all().allSatisfy { !$0.tampilkanIsian })
        }
    }
}
