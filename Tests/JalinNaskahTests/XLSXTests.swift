import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import JalinNaskah
import Testing

@Suite("XLSX writer")
struct XLSXTests {
    static let bagianWajib = [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml", "docProps/app.xml",
    ]

    @Test("Every part is present, [Content_Types].xml first, and each parses as XML")
    func bagian() throws {
        let data = try XLSX.tulis(Contoh.bukuKerja(), judul: "Data <uji> & \u{1}", pembuat: "\"Jalin\"")
        let urutan = try OOXMLBaca.urutan(data)
        #expect(urutan.first?.nama == "[Content_Types].xml")
        let entri = try OOXMLBaca.entri(data)
        for nama in Self.bagianWajib { #expect(entri[nama] != nil, "\(nama)") }
        let xml = try XMLUji.semuaBagian(entri)
        #expect(xml.count == entri.count)
        let jenis = try XMLUji.semua(#require(xml["[Content_Types].xml"]), "Override").compactMap { XMLUji.atribut($0, "PartName") }
        #expect(jenis.contains("/xl/worksheets/sheet2.xml"))
        let judul = try XMLUji.semua(#require(xml["docProps/core.xml"]), "title").first?.stringValue
        #expect(judul == "Data <uji> & ")
    }

    @Test("Hostile text stays text: escaped, control characters dropped, formulas neutralised")
    func teksJahat() throws {
        let entri = try OOXMLBaca.entri(XLSX.tulis(Contoh.bukuKerja(), judul: "x", pembuat: "y"))
        let lembar = try XMLUji.dokumen(#require(entri["xl/worksheets/sheet1.xml"]))
        #expect(try XMLUji.semua(lembar, "f").isEmpty, "no formula element")
        let sel = try XMLUji.semua(lembar, "c")
        let nilai: [String: String] = Dictionary(uniqueKeysWithValues: sel.compactMap { c in
            guard let r = XMLUji.atribut(c, "r") else { return nil }
            return (r, c.stringValue ?? "")
        })
        // Row 2 onward hold Contoh.jahat in column B.
        #expect(nilai["B2"] == "<script>alert('x')</script>")
        #expect(nilai["B3"] == "A & B \"kutip\" 'tunggal' ]]> <!-- -->")
        #expect(nilai["B4"] == "nulbelbsvtffusdel\u{7F}")
        #expect(nilai["B5"] == "emoji 🤝🇮🇩 Kukar–IKN ½")
        #expect(nilai["B6"] == "'=HYPERLINK(\"http://jahat.example\",\"klik\")")
        #expect(nilai["B7"] == "'+cmd|' /C calc'!A0")
        #expect(nilai["B8"] == "'@SUM(A1:A9)")
        #expect(nilai["B9"] == "'-2+3")
        #expect(nilai["B10"] == "'\tdiawali tab")
        #expect(nilai["B11"] == "  spasi di tepi  ")
        #expect(nilai["B12"] == "non-karakter")
        for (r, v) in nilai { #expect(!v.hasPrefix("="), "\(r)") }
        // Text cells are inline strings; edge spaces are preserved.
        let tepi = try XMLUji.semua(lembar, "t").filter { $0.stringValue == "  spasi di tepi  " }
        #expect(tepi.count == 1)
        #expect(tepi.first.flatMap { XMLUji.atribut($0, "space") } == "preserve")
    }

    @Test("Header is bold, the pane is frozen below it, an autofilter covers the data, widths are set")
    func tataLetak() throws {
        let entri = try OOXMLBaca.entri(XLSX.tulis(Contoh.bukuKerja(), judul: "x", pembuat: "y"))
        for i in 1...2 {
            let teks = try XMLUji.utf8(entri["xl/worksheets/sheet\(i).xml"])
            #expect(teks.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
            let lembar = try XMLUji.dokumen(Data(teks.utf8))
            let filter = try XMLUji.semua(lembar, "autoFilter").first.flatMap { XMLUji.atribut($0, "ref") }
            #expect(filter == (i == 1 ? "A1:C13" : "A1:E51"))
            let kolom = try XMLUji.semua(lembar, "col")
            #expect(kolom.count == (i == 1 ? 3 : 5))
            #expect(kolom.allSatisfy { Double(XMLUji.atribut($0, "width") ?? "") ?? 0 >= 6 })
            let kepala = try lembar.nodes(forXPath: "//*[local-name()='row'][@r='1']/*[local-name()='c']")
            #expect(!kepala.isEmpty && kepala.allSatisfy { XMLUji.atribut($0, "s") == "1" })
        }
        #expect(try XMLUji.dokumen(#require(entri["xl/worksheets/sheet1.xml"])).nodes(forXPath: "//*[local-name()='col'][1]/@width").first?.stringValue == "6")
        let gaya = try XMLUji.dokumen(#require(entri["xl/styles.xml"]))
        #expect(try gaya.nodes(forXPath: "//*[local-name()='font'][2]/*[local-name()='b']").count == 1)
        // Excel's hidden filter name points at the same range.
        let buku = try XMLUji.dokumen(#require(entri["xl/workbook.xml"]))
        let nama = try XMLUji.semua(buku, "definedName").map { $0.stringValue ?? "" }
        #expect(nama == ["'Teks jahat uji abc'!$A$1:$C$13", "'Data kerja sama'!$A$1:$E$51"])
    }

    @Test("Typed values: integers, decimals, dates as serials with a date format, empty cells skipped")
    func nilaiBertipe() throws {
        let l = LembarKerja(nama: "T", kolom: [Kolom(judul: "a")], baris: [
            [.bilangan(-42), .angka(1.5), .tanggal(tahun: 2024, bulan: 5, hari: 3), .kosong, .angka(.nan),
             .tanggal(tahun: 2023, bulan: 2, hari: 29), .angka(1e20), .teks("")],
        ])
        let entri = try OOXMLBaca.entri(XLSX.tulis([l], judul: "", pembuat: ""))
        let teks = try XMLUji.utf8(entri["xl/worksheets/sheet1.xml"])
        #expect(teks.contains("<c r=\"A2\"><v>-42</v></c>"))
        #expect(teks.contains("<c r=\"B2\"><v>1.5</v></c>"))
        #expect(teks.contains("<c r=\"C2\" s=\"2\"><v>45415</v></c>"))
        #expect(!teks.contains("r=\"D2\""))
        #expect(teks.contains("<c r=\"E2\" t=\"e\"><v>#NUM!</v></c>"))
        #expect(teks.contains("<c r=\"F2\" t=\"e\"><v>#NUM!</v></c>"))
        #expect(teks.contains("<c r=\"G2\"><v>1e+20</v></c>"))
        #expect(teks.contains("<autoFilter ref=\"A1:H2\"/>"))
        _ = try XMLUji.dokumen(Data(teks.utf8))
        #expect(XLSX.serialTanggal(tahun: 1900, bulan: 3, hari: 1) == 61)
        #expect(XLSX.serialTanggal(tahun: 1900, bulan: 2, hari: 28) == nil)
        #expect(XLSX.hurufKolom(0) == "A" && XLSX.hurufKolom(25) == "Z" && XLSX.hurufKolom(26) == "AA")
        #expect(XLSX.hurufKolom(16_383) == "XFD")
    }

    @Test("Sheet names are cleaned, cut to 31 characters and made unique")
    func namaLembar() {
        let nama = XLSX.namaLembarUnik([
            "Data [2024]: a/b*c?\\", "", "'kutip'", "history", "data 2024 abc",
            String(repeating: "Panjang sekali ", count: 5), String(repeating: "Panjang sekali ", count: 5),
            "emoji 🤝🤝🤝🤝🤝🤝🤝🤝🤝🤝🤝🤝🤝🤝🤝🤝", "tab\there",
        ])
        #expect(nama[0] == "Data 2024 abc")
        #expect(nama[1] == "Lembar 2")
        #expect(nama[2] == "kutip")
        #expect(nama[3] == "history 1")
        #expect(nama[4] == "data 2024 abc (2)")
        #expect(nama[5] == "Panjang sekali Panjang sekali P")
        #expect(nama[6] == "Panjang sekali Panjang seka (2)")
        #expect(nama[8] == "tabhere")
        for n in nama {
            #expect(n.utf16.count <= 31, "\(n)")
            #expect(!n.contains { "[]:*?/\\".contains($0) })
        }
        #expect(Set(nama.map { $0.lowercased() }).count == nama.count)
    }

    @Test("Text longer than a cell holds is cut at 32,767 UTF-16 units")
    func teksPanjang() throws {
        let panjang = String(repeating: "é", count: 40_000)
        let data = try XLSX.tulis([LembarKerja(nama: "x", kolom: [Kolom(judul: "a")], baris: [[.teks(panjang)]])],
                                  judul: "", pembuat: "")
        let lembar = try XMLUji.dokumen(#require(OOXMLBaca.entri(data)["xl/worksheets/sheet1.xml"]))
        let nilai = try XMLUji.semua(lembar, "c").last?.stringValue
        #expect(nilai?.utf16.count == XLSX.batasTeksSel)
    }

    @Test("Same input, same bytes")
    func reproducible() throws {
        let a = try XLSX.tulis(Contoh.bukuKerja(), judul: "Data", pembuat: "Jalin")
        let b = try XLSX.tulis(Contoh.bukuKerja(), judul: "Data", pembuat: "Jalin")
        #expect(a == b)
        let c = try XLSX.tulis(Contoh.bukuKerja(), judul: "Data", pembuat: "Jalin", dibuat: Date(timeIntervalSince1970: 1_714_694_400))
        let inti = try XMLUji.utf8(OOXMLBaca.entri(c)["docProps/core.xml"])
        #expect(inti.contains("2024-05-03T00:00:00Z"))
    }

    @Test("Limits are refused with a message")
    func batas() {
        #expect(throws: GalatOOXML.tanpaLembar) { try XLSX.tulis([], judul: "", pembuat: "") }
        let lebar = LembarKerja(nama: "x", kolom: [], baris: [Array(repeating: .bilangan(1), count: XLSX.batasKolom + 1)])
        #expect(throws: GalatOOXML.terlaluBanyakKolom(lembar: "x", jumlah: XLSX.batasKolom + 1)) {
            try XLSX.tulis([lebar], judul: "", pembuat: "")
        }
        #expect(GalatOOXML.tanpaLembar.description.contains("lembar"))
    }

    @Test("A 100,000-row × 12-column sheet is written")
    func besar() throws {
        let kolom = (1...12).map { Kolom(judul: "Kolom \($0)") }
        let baris: [[Sel]] = (0..<100_000).map { i in
            [.bilangan(i), .teks("Kabupaten \(i % 97)"), .teks("Dinas & <Perhubungan>"), .angka(Double(i) / 4),
             .tanggal(tahun: 2024, bulan: 1 + i % 12, hari: 1 + i % 28), .teks("=SUM(A1)"), .bilangan(i * 3),
             .teks("Tahap \(i % 9)"), .kosong, .angka(0.5), .teks("x"), .teks("Selesai")]
        }
        let data = try XLSX.tulis([LembarKerja(nama: "Besar", kolom: kolom, baris: baris)], judul: "b", pembuat: "j")
        let lembar = try #require(OOXMLBaca.entri(data)["xl/worksheets/sheet1.xml"])
        let teks = try #require(String(data: lembar.suffix(200), encoding: .utf8))
        #expect(teks.contains("<autoFilter ref=\"A1:L100001\"/>"))
        #expect(lembar.count > 10_000_000)
    }
}
