import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import JalinNaskah
import Testing

@Suite("DOCX writer")
struct DOCXTests {
    static let bagianWajib = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml",
        "docProps/core.xml", "docProps/app.xml",
    ]

    static func bagian(_ d: DokumenDOCX) throws -> [String: XMLDocument] {
        try XMLUji.semuaBagian(OOXMLBaca.entri(DOCX.tulis(d)))
    }

    static func teks(_ d: DokumenDOCX, _ nama: String = "word/document.xml") throws -> String {
        try XMLUji.utf8(OOXMLBaca.entri(DOCX.tulis(d))[nama])
    }

    @Test("Every part is present, [Content_Types].xml first, each parses, every relationship resolves")
    func bagian() throws {
        let data = try DOCX.tulis(Contoh.kesepakatanBersama())
        #expect(try OOXMLBaca.urutan(data).first?.nama == "[Content_Types].xml")
        let entri = try OOXMLBaca.entri(data)
        for nama in Self.bagianWajib { #expect(entri[nama] != nil, "\(nama)") }
        let xml = try XMLUji.semuaBagian(entri)
        #expect(xml.count == entri.count)
        // Every relationship target exists and every part has a content type.
        let rel = try XMLUji.semua(#require(xml["word/_rels/document.xml.rels"]), "Relationship")
        for r in rel { #expect(entri["word/" + (XMLUji.atribut(r, "Target") ?? "")] != nil) }
        let override = try XMLUji.semua(#require(xml["[Content_Types].xml"]), "Override").compactMap { XMLUji.atribut($0, "PartName") }
        for nama in entri.keys where !nama.hasSuffix(".rels") && nama != "[Content_Types].xml" {
            #expect(override.contains("/" + nama), "\(nama)")
        }
    }

    @Test("Headings are real headings, the title is centred bold capitals")
    func gaya() throws {
        let xml = try Self.bagian(Contoh.kesepakatanBersama())
        let gaya = try #require(xml["word/styles.xml"])
        let nama = try XMLUji.semua(gaya, "style").compactMap { XMLUji.atribut($0, "styleId") }
        for id in ["Normal", "Title", "Heading1", "Heading2", "Heading3", "ListParagraph", "TableGrid", "Header", "Footer"] {
            #expect(nama.contains(id), "\(id)")
        }
        #expect(try gaya.nodes(forXPath: "//*[local-name()='style'][@*[local-name()='styleId']='Heading2']//*[local-name()='outlineLvl']").count == 1)
        #expect(try gaya.nodes(forXPath: "//*[local-name()='style'][@*[local-name()='styleId']='Title']//*[local-name()='jc'][@*[local-name()='val']='center']").count == 1)
        #expect(try gaya.nodes(forXPath: "//*[local-name()='rFonts'][@*[local-name()='ascii']='Arial']").count == 1)
        let doc = try #require(xml["word/document.xml"])
        let pasal = try doc.nodes(forXPath: "//*[local-name()='p'][.//*[local-name()='pStyle'][@*[local-name()='val']='Heading2']]")
        #expect(pasal.count == 3)
        #expect(pasal.first?.stringValue == "Pasal 1MAKSUD DAN TUJUAN")
        let judul = try doc.nodes(forXPath: "//*[local-name()='p'][.//*[local-name()='pStyle'][@*[local-name()='val']='Title']]")
        #expect(judul.first?.stringValue == "KESEPAKATAN BERSAMA")
    }

    @Test("Each ayat list restarts at (1) through its own w:num; a continued list reuses its w:num")
    func penomoran() throws {
        let xml = try Self.bagian(Contoh.kesepakatanBersama())
        let nomor = try #require(xml["word/numbering.xml"])
        let abstrak = try XMLUji.semua(nomor, "abstractNum")
        #expect(abstrak.count == 3)
        let teksLvl = try XMLUji.semua(nomor, "lvlText").compactMap { XMLUji.atribut($0, "val") }
        #expect(teksLvl == ["%1.", "%1.", "(%1)"])
        let num = try XMLUji.semua(nomor, "num")
        #expect(num.allSatisfy { (try? $0.nodes(forXPath: ".//*[local-name()='startOverride'][@*[local-name()='val']='1']").count) == 1 })
        // numIds used by ayat paragraphs, in document order.
        let doc = try #require(xml["word/document.xml"])
        let ayatNum = Set(try XMLUji.semua(nomor, "num").filter {
            (try? $0.nodes(forXPath: "*[local-name()='abstractNumId'][@*[local-name()='val']='2']").count) == 1
        }.compactMap { XMLUji.atribut($0, "numId") })
        let dipakai = try XMLUji.semua(doc, "numId").compactMap { XMLUji.atribut($0, "val") }.filter { ayatNum.contains($0) }
        // Pasal 1: 2 ayat; Pasal 2: 1 ayat, a huruf list, 1 more ayat on the same numbering; Pasal 3: 2 ayat.
        #expect(dipakai.count == 6)
        #expect(Set(dipakai).count == 3)
        #expect(dipakai[2] == dipakai[3])
        #expect(dipakai[0] != dipakai[2] && dipakai[2] != dipakai[4])
    }

    @Test("Tables: every cell holds a paragraph, the header row repeats, shading only from valid hex")
    func tabel() throws {
        for d in [Contoh.kesepakatanBersama(), Contoh.dokumenJahat(besar: false)] {
            let doc = try #require(try Self.bagian(d)["word/document.xml"])
            let sel = try XMLUji.semua(doc, "tc")
            #expect(!sel.isEmpty)
            for tc in sel { #expect(try tc.nodes(forXPath: "*[local-name()='p']").count >= 1) }
            // The body never ends with a table.
            let akhir = try doc.nodes(forXPath: "//*[local-name()='body']/*[last()-1]").first
            #expect(akhir?.localName == "p")
        }
        let teks = try Self.teks(Contoh.kesepakatanBersama())
        #expect(teks.contains("<w:tblHeader/>"))
        #expect(teks.contains("w:fill=\"FFF2CC\""))
        #expect(teks.contains("w:fill=\"D9D9D9\""))
        #expect(DOCX.warnaHex("#ffcc00") == "FFCC00")
        #expect(DOCX.warnaHex("\"/><evil/>") == nil)
        #expect(DOCX.warnaHex("red") == nil)
        #expect(!(try Self.teks(Contoh.dokumenJahat(besar: false))).contains("<evil"))
    }

    @Test("Hostile text stays valid XML everywhere, including a 5 MB paragraph")
    func teksJahat() throws {
        let d = Contoh.dokumenJahat(besar: true)
        let xml = try Self.bagian(d)
        let doc = try #require(xml["word/document.xml"])
        let isi = doc.rootElement()?.stringValue ?? ""
        #expect(isi.contains("<script>alert('x')</script>"))
        #expect(isi.contains("<SCRIPT>ALERT('X')</SCRIPT>"))
        #expect(isi.contains("A & B \"kutip\" 'tunggal' ]]> <!-- -->"))
        #expect(isi.contains("nulbelbsvtffusdel\u{7F}"))
        #expect(isi.contains("emoji 🤝🇮🇩 Kukar–IKN ½"))
        #expect(!isi.contains("\u{0}") && !isi.contains("\u{FFFE}"))
        #expect(isi.utf8.count > 5_000_000)
        let kepala = try #require(xml["word/header1.xml"])
        #expect(try XMLUji.semua(kepala, "textpath").contains { XMLUji.atribut($0, "string") == "SIMULASI <script>alert('x')</script>" })
        #expect(try #require(xml["docProps/core.xml"]).rootElement()?.stringValue?.contains("<script>") == true)
        let kaki = try #require(xml["word/footer1.xml"])
        #expect(kaki.rootElement()?.stringValue?.contains("<script>") == true)
    }

    @Test("Runs: newlines become breaks, tabs become tabs, edge spaces are preserved")
    func run() throws {
        let d = DokumenDOCX(blok: [
            .paragraf([Run("satu\ndua\r\ntiga\rempat\tlima"), Run(" tepi ", tebal: true), Run("tengah", miring: true, garisBawah: true)], rata: .kiri),
        ])
        let teks = try Self.teks(d)
        #expect(teks.contains("<w:t>satu</w:t><w:br/><w:t>dua</w:t><w:br/><w:t>tiga</w:t><w:br/><w:t>empat</w:t><w:tab/><w:t>lima</w:t>"))
        #expect(teks.contains("<w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\"> tepi </w:t>"))
        #expect(teks.contains("<w:rPr><w:i/><w:iCs/><w:u w:val=\"single\"/></w:rPr><w:t>tengah</w:t>"))
        _ = try XMLUji.dokumen(Data(teks.utf8))
    }

    @Test("Page: A4 and F4 sizes, margins, fonts; footer shows Halaman X dari Y")
    func halaman() throws {
        let a4 = try Self.teks(DokumenDOCX(blok: [.paragraf(["x"], rata: .kiri)]))
        #expect(a4.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(a4.contains("<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\""))
        let f4 = DokumenDOCX(ukuranKertas: .f4, margin: Margin(atas: 2.5, kanan: 2, bawah: 2.5, kiri: 3),
                             font: "Bookman Old Style", ukuranFont: 11, blok: [.paragraf(["x"], rata: .kiri)])
        let f4Teks = try Self.teks(f4)
        #expect(f4Teks.contains("<w:pgSz w:w=\"12189\" w:h=\"18709\"/>"))
        #expect(f4Teks.contains("w:top=\"1417\""))
        let gaya = try Self.teks(f4, "word/styles.xml")
        #expect(gaya.contains("w:ascii=\"Bookman Old Style\""))
        #expect(gaya.contains("<w:sz w:val=\"22\"/>"))
        let kaki = try Self.teks(f4, "word/footer1.xml")
        #expect(kaki.contains(" PAGE \\* MERGEFORMAT ") && kaki.contains(" NUMPAGES \\* MERGEFORMAT "))
        #expect(kaki.contains("Halaman ") && kaki.contains(" dari "))
        // Without header text or watermark there is no header part.
        #expect(try OOXMLBaca.entri(DOCX.tulis(f4))["word/header1.xml"] == nil)
        let tanpaKaki = DokumenDOCX(nomorHalaman: false, blok: [])
        let entri = try OOXMLBaca.entri(DOCX.tulis(tanpaKaki))
        #expect(entri["word/footer1.xml"] == nil)
        _ = try XMLUji.semuaBagian(entri)
    }

    @Test("Signature table: side by side, no borders, meterai note in the signing space")
    func tandaTangan() throws {
        let d = DokumenDOCX(blok: [.tandaTangan([
            BlokTandaTangan(pihak: "PIHAK KESATU,", jabatan: "BUPATI A,", nama: "NAMA A", nip: "NIP. 1"),
            BlokTandaTangan(pihak: "PIHAK KEDUA,", jabatan: "DIREKTUR PT B,", nama: "NAMA B", catatanMeterai: BlokTandaTangan.meterai),
        ])])
        let doc = try #require(try Self.bagian(d)["word/document.xml"])
        let sel = try XMLUji.semua(doc, "tc")
        #expect(sel.count == 2)
        #expect(sel[0].stringValue == "PIHAK KESATU,BUPATI A,NAMA ANIP. 1")
        #expect(sel[1].stringValue == "PIHAK KEDUA,DIREKTUR PT B,Meterai Rp10.000NAMA B")
        #expect(try doc.nodes(forXPath: "//*[local-name()='tblBorders']/*[@*[local-name()='val']='nil']").count == 6)
        // A table right before the signatures keeps a paragraph between them, so Word does not merge them.
        let dua = DokumenDOCX(blok: [.tabel(Tabel(kolom: [KolomTabel("a")], baris: [])),
                                     .tandaTangan([BlokTandaTangan(jabatan: "A", nama: "B")])])
        let badan = try #require(try Self.bagian(dua)["word/document.xml"])
        let anak = try badan.nodes(forXPath: "//*[local-name()='body']/*").compactMap(\.localName)
        #expect(anak == ["tbl", "p", "tbl", "p", "sectPr"])
    }

    @Test("Same input, same bytes")
    func reproducible() throws {
        #expect(try DOCX.tulis(Contoh.kesepakatanBersama()) == DOCX.tulis(Contoh.kesepakatanBersama()))
        var d = Contoh.kesepakatanBersama()
        d.dibuat = Date(timeIntervalSince1970: 1_714_694_400)
        #expect(try DOCX.tulis(d) == DOCX.tulis(d))
    }
}
