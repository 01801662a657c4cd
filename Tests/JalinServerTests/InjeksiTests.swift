import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Testing
import VaporTesting

@testable import JalinServer

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue 8.4: hostile text in a submission — markup and script, SQL fragments, spreadsheet formulas,
/// NUL and control characters, very long strings, invalid UTF-8 — is refused with a field message or
/// stored as text: pages escape it, the XLSX neutralises formulas, DOCX/XLSX stay well-formed XML.
@Suite("Injection through text fields")
struct InjeksiTests {
    struct M: Encodable {
        let jenis = "potensi"
        let judul: String
        let deskripsi: String
        let urusan = ["2.15"], lokasi = ["64.02.06"], bentuk = "kerjaSamaDaerahLain"
        let sumberDayaDimiliki: String
        let sumberDayaDibutuhkan = "armada"
        let eksternalitas = false, manfaat = "Akses warga", indikator = "Waktu tempuh"
        let kodeProgram = "2.15.02", namaProgram = "Program Penyelenggaraan Lalu Lintas", ajukan = true
    }

    static func wellFormed(_ xml: Data) -> Bool {
        final class D: NSObject, XMLParserDelegate {}
        let p = XMLParser(data: xml)
        let d = D()
        p.delegate = d
        return p.parse()
    }

    @Test("Markup, SQL and formulas are stored as text and escaped or neutralised everywhere they come out")
    func teksJahat() async throws {
        try await denganJalin { app in
            let t = try await app.tokenAPI(untuk: "operator.dishub")
            let x = try #require(
                try await PeriodePemetaanRecord.query(on: app.db).filter(\.$pemdaID == (try await app.pemda("64.02")).id!).first())
            let skrip = "<script>alert('jalin')</script><img src=x onerror=alert(1)>"
            let sql = "Robert'); DROP TABLE pengguna; -- \" OR 1=1"
            let rumus = "=HYPERLINK(\"http://jahat.example\",\"klik\")"
            let m = M(judul: "Usulan \(skrip)", deskripsi: sql, sumberDayaDimiliki: rumus)
            var id = UUID()
            try await app.testing().test(.POST, "/api/v1/periode/\(x.id!)/usulan", headers: bearer(t).menambah(.jsonBody), body: json(m)) {
                res in
                #expect(res.status == .created)
                id = try res.content.decode(PemetaanAPI.UsulanJSON.self).id
            }
            let tersimpan = try #require(try await UsulanRecord.find(id, on: app.db))
            #expect(tersimpan.judul.contains("<script>"))  // stored as typed
            #expect(try await PenggunaRecord.query(on: app.db).count() > 0)  // the SQL fragment did nothing

            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let html = try await b.get("/pemetaan/usulan/\(id)").body.string
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<img src=x"))
            #expect(html.contains("&lt;script&gt;"))
            let list = try await b.get("/pemetaan/periode/\(x.id!)").body.string
            #expect(!list.contains("<script>alert"))

            let xlsx = try await b.get("/pemetaan/periode/\(x.id!)/matriks.xlsx")
            #expect(xlsx.status == .ok)
            let bagian = try OOXMLBaca.entri(Data(xlsx.body.readableBytesView))
            for (nama, isi) in bagian where nama.hasSuffix(".xml") { #expect(Self.wellFormed(isi), "\(nama)") }
            let sel = try XLSXBaca.baris(Data(xlsx.body.readableBytesView)).flatMap { $0 }
            #expect(sel.contains("'" + rumus))
            #expect(!sel.contains(rumus))
            let csv = try await b.get("/pemetaan/periode/\(x.id!)/matriks.csv").body.string
            #expect(!csv.contains(",\(rumus)") && !csv.contains(",\"\(rumus.replacingOccurrences(of: "\"", with: "\"\""))\""))
            let docx = try await b.get("/pemetaan/periode/\(x.id!)/laporan.docx")
            #expect(docx.status == .ok)
            for (nama, isi) in try OOXMLBaca.entri(Data(docx.body.readableBytesView)) where nama.hasSuffix(".xml") {
                #expect(Self.wellFormed(isi), "\(nama)")
            }
        }
    }

    @Test("NUL and control characters, very long text and invalid UTF-8 are refused with the field named; nothing is stored")
    func teksTerlarang() async throws {
        try await denganJalin { app in
            let t = try await app.tokenAPI(untuk: "operator.dishub")
            let x = try #require(
                try await PeriodePemetaanRecord.query(on: app.db).filter(\.$pemdaID == (try await app.pemda("64.02")).id!).first())
            let sebelum = try await UsulanRecord.query(on: app.db).count()
            for (judul, field) in [
                ("Usulan\u{0}tersembunyi", "judul"), ("Usulan \u{1B}[31m merah", "judul"),
                (String(repeating: "panjang ", count: 20_000), "judul"),
            ] {
                try await app.testing().test(
                    .POST, "/api/v1/periode/\(x.id!)/usulan", headers: bearer(t).menambah(.jsonBody),
                    body: json(M(judul: judul, deskripsi: "d", sumberDayaDimiliki: "s"))
                ) { res in
                    #expect(res.status == .unprocessableEntity || res.status == .payloadTooLarge, "\(judul.prefix(20))")
                    if res.status == .unprocessableEntity { #expect(res.body.string.contains(field)) }
                }
            }
            // Invalid UTF-8 in a JSON body.
            var buruk = ByteBuffer(string: "{\"jenis\":\"potensi\",\"judul\":\"")
            buruk.writeBytes([0xC3, 0x28, 0xFF])
            buruk.writeString("\"}")
            try await app.testing().test(.POST, "/api/v1/periode/\(x.id!)/usulan", headers: bearer(t).menambah(.jsonBody), body: buruk) {
                res in
                #expect(res.status.code >= 400 && res.status.code < 500)
            }
            // And through the web form, as a person would send it.
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            try await b.get("/admin/mitra/baru")
            let mitraSebelum = try await MitraRecord.query(on: app.db).count()
            let r = try await b.post("/admin/mitra/baru", ["jenis": "pihakKetiga", "nama": "PT\u{0}Rahasia"])
            #expect(r.status == .unprocessableEntity)
            // (PostgreSQL cannot even be asked about a NUL byte: count instead of filtering by the name.)
            #expect(try await MitraRecord.query(on: app.db).count() == mitraSebelum)
            #expect(try await UsulanRecord.query(on: app.db).count() == sebelum)
        }
    }
}
