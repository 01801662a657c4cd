import Foundation
import JalinDomain
@testable import JalinNaskah
import Testing
import ZIPFoundation

/// The XLSX reader used by imports: round trip with the writer, hand-built sheets, hostile files.
@Suite("XLSX reader")
struct XLSXBacaTests {
    // MARK: Helpers

    /// A ZIP of the given parts (deflated), built with ZIPFoundation.
    static func zip(_ bagian: [(String, Data)]) throws -> Data {
        let arsip = try Archive(data: Data(), accessMode: .create)
        for (jalur, isi) in bagian {
            try arsip.addEntry(
                with: jalur, type: .file, uncompressedSize: Int64(isi.count), compressionMethod: .deflate,
                provider: { posisi, ukuran in isi.subdata(in: Int(posisi)..<Int(posisi) + ukuran) })
        }
        return try #require(arsip.data)
    }

    static let nsUtama = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let nsRelasi = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A minimal workbook: `lembar` are (name, sheet XML); shared strings optional.
    static func xlsx(
        lembar: [(String, String)], teksBersama: String? = nil, prBuku: String = "", tanpaRelasiPaket: Bool = false
    ) throws -> Data {
        var sheets = ""
        var relasi = ""
        var bagian: [(String, Data)] = []
        for (i, (nama, xml)) in lembar.enumerated() {
            sheets += "<sheet name=\"\(nama)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            relasi += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(nsRelasi)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
            bagian.append(("xl/worksheets/sheet\(i + 1).xml", Data(xml.utf8)))
        }
        if let teksBersama {
            relasi += "<Relationship Id=\"rIdSS\" Type=\"\(nsRelasi)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            bagian.append(("xl/sharedStrings.xml", Data(teksBersama.utf8)))
        }
        let buku = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(nsUtama)" xmlns:r="\(nsRelasi)">\(prBuku)<sheets>\(sheets)</sheets></workbook>
            """
        let relasiBuku = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relasi)</Relationships>
            """
        let relasiPaket = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(nsRelasi)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """
        var semua: [(String, Data)] = [("[Content_Types].xml", Data("<Types/>".utf8))]
        if !tanpaRelasiPaket { semua.append(("_rels/.rels", Data(relasiPaket.utf8))) }
        semua += [("xl/workbook.xml", Data(buku.utf8)), ("xl/_rels/workbook.xml.rels", Data(relasiBuku.utf8))]
        return try zip(semua + bagian)
    }

    static func lembar(_ isi: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(nsUtama)\"><sheetData>"
            + isi + "</sheetData></worksheet>"
    }

    /// The refusal message for field "berkas", or nil when `kerja` succeeds.
    static func tolak(_ kerja: () throws -> Void) -> String? {
        do {
            try kerja()
            return nil
        } catch let error as KesalahanValidasi {
            #expect(error.daftar.count == 1)
            #expect(error.daftar.first?.field == "berkas")
            return error.pesan(untuk: "berkas")
        } catch {
            Issue.record("not a KesalahanValidasi: \(error)")
            return nil
        }
    }

    /// What a text cell written by `XLSX.tulis` reads back as: formula-looking text gets its
    /// apostrophe, characters XML cannot hold are dropped, and XML end-of-line handling turns CRLF
    /// and CR into LF.
    static func setelahTulis(_ s: String) -> String {
        let t = Escape.selSpreadsheet(s)
        let bersih = String(String.UnicodeScalarView(t.unicodeScalars.filter { u in
            !(u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") && u.value != 0xFFFE && u.value != 0xFFFF
        }))
        return bersih.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    // MARK: Round trip

    @Test("A sheet written by XLSX.tulis reads back equal: hostile text, numbers, dates, empty cells")
    func pulangPergi() throws {
        let judul = ["No", "Isi", "Nilai", "Tanggal", "Kosong", "Akhir"]
        var baris: [[Sel]] = []
        var harapan: [[String]] = [judul]
        for (i, s) in Contoh.jahat.enumerated() {
            baris.append([.bilangan(i + 1), .teks(s), .angka(1.5), .tanggal(tahun: 2024, bulan: 5, hari: 1), .kosong,
                          .teks("akhir \(i)")])
            harapan.append(["\(i + 1)", Self.setelahTulis(s), "1.5", "45413", "", "akhir \(i)"])
        }
        baris.append([.bilangan(1_250_000), .angka(3), .bilangan(-7), .kosong, .kosong, .kosong])
        harapan.append(["1250000", "3", "-7"])
        baris.append([.kosong, .kosong])
        harapan.append([])
        baris.append([.teks("baris terakhir")])
        harapan.append(["baris terakhir"])

        let data = try XLSX.tulis(
            [LembarKerja(nama: "Impor", kolom: judul.map { Kolom(judul: $0) }, baris: baris)],
            judul: "Uji", pembuat: "Jalin")
        let hasil = try XLSXBaca.bacaLengkap(data)
        #expect(hasil.baris == harapan)
        #expect(hasil.selRumus.isEmpty, "the writer never writes formulas")
        #expect(!hasil.tanggal1904)
        #expect(hasil.namaLembar == "Impor")
        #expect(try XLSXBaca.baris(data) == harapan)
        // Spot checks of the hostile texts.
        #expect(hasil.baris[5][1] == "'=HYPERLINK(\"http://jahat.example\",\"klik\")")
        #expect(hasil.baris[1][1] == "<script>alert('x')</script>")
        #expect(hasil.baris[4][1] == "emoji 🤝🇮🇩 Kukar–IKN ½")
        #expect(hasil.baris[10][1] == "  spasi di tepi  ")
        #expect(hasil.baris[12][1] == "baris\nbaru\nlagi")
        #expect(XLSXBaca.tanggalDariSerial(hasil.baris[1][3]) == (try Tanggal(tahun: 2024, bulan: 5, hari: 1)))
    }

    @Test("Sheets are chosen by position or by name; a missing sheet is refused with the count")
    func pilihLembar() throws {
        let data = try XLSX.tulis(Contoh.bukuKerja(), judul: "x", pembuat: "y")
        let nama = try XLSXBaca.daftarLembar(data)
        #expect(nama == ["Teks jahat uji abc", "Data kerja sama"])
        let kedua = try XLSXBaca.bacaLengkap(data, lembar: 1)
        #expect(kedua.namaLembar == "Data kerja sama")
        #expect(kedua.baris.first == ["No", "Daerah", "Nilai", "Tanggal", "Tahap"])
        #expect(kedua.baris.count == 51)
        #expect(kedua.baris[5] == ["5", "Kabupaten 5", "7.5", "45418"], "row 5 ends with an empty cell")
        #expect(try XLSXBaca.bacaLengkap(data, namaLembar: "DATA KERJA SAMA") == kedua)
        #expect(Self.tolak { _ = try XLSXBaca.bacaLengkap(data, lembar: 5) }
            == "Lembar ke-6 tidak ada; buku kerja ini hanya memiliki 2 lembar.")
        #expect(Self.tolak { _ = try XLSXBaca.bacaLengkap(data, lembar: -1) } != nil)
        #expect(Self.tolak { _ = try XLSXBaca.bacaLengkap(data, namaLembar: "Lain") }?
            .contains("\"Teks jahat uji abc\", \"Data kerja sama\"") == true)
    }

    // MARK: Hand-built sheets

    static let teksBersama = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="\(nsUtama)" count="3" uniqueCount="3">\
        <si><t>nomor_pihak_kesatu</t></si>\
        <si><r><t>Ju</t></r><r><rPr><b/></rPr><t>dul</t></r><rPh sb="0" eb="1"><t>ジュ</t></rPh></si>\
        <si><t xml:space="preserve">  baris_x000D_
        baru _x005F_x0041_ &amp; &lt;b&gt; </t></si>\
        </sst>
        """

    static let lembarBuatan = lembar("""
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>\
        <row r="2"><c r="A2"><v>1250000</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c>\
        <c r="D2" t="e"><v>#N/A</v></c><c r="E2" s="3"><v>45413</v></c></row>\
        <row r="4"><c r="A4"><f>SUM(A1:A2)</f><v>3</v></c><c r="B4" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>\
        <c r="C4" t="inlineStr"><is><r><t xml:space="preserve">kaya </t></r><r><rPr><b/></rPr><t>teks</t></r>\
        <rPh sb="0" eb="1"><t>FONETIK</t></rPh></is></c><c t="s"><v>2</v></c></row>\
        <row><c><v>-0.5</v></c><c r="C5" s="1"/><c r="E5"><f t="shared" si="0"/><v>7</v></c></row>\
        <row r="6" spans="1:3"><c r="XFD6" s="2"/></row>
        """)

    @Test("Shared strings, rich text, booleans, errors, formulas with cached values, and gaps by column letter")
    func lembarBuatanTangan() throws {
        let data = try Self.xlsx(lembar: [("Data", Self.lembarBuatan)], teksBersama: Self.teksBersama)
        let hasil = try XLSXBaca.bacaLengkap(data)
        #expect(hasil.baris == [
            ["nomor_pihak_kesatu", "", "Judul"],
            ["1250000", "TRUE", "FALSE", "#N/A", "45413"],
            [],
            ["3", "ab", "kaya teks", "  baris\r\nbaru _x0041_ & <b> "],
            ["-0.5", "", "", "", "7"],
        ])
        #expect(hasil.selRumus == [
            XLSXBaca.PosisiSel(baris: 3, kolom: 0), XLSXBaca.PosisiSel(baris: 3, kolom: 1),
            XLSXBaca.PosisiSel(baris: 4, kolom: 4),
        ])
        #expect(hasil.selRumus.map(\.referensi) == ["A4", "B4", "E5"])
        #expect(hasil.namaLembar == "Data")
    }

    @Test("Prefixed SpreadsheetML (x:c, x:v) and a workbook without _rels/.rels are read too")
    func awalanNamespace() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="\(Self.nsUtama)"><x:sheetData><x:row r="1">\
            <x:c r="B1" t="inlineStr"><x:is><x:t>hai</x:t></x:is></x:c><x:c r="C1"><x:v>42</x:v></x:c>\
            </x:row></x:sheetData></x:worksheet>
            """
        let data = try Self.xlsx(lembar: [("S", xml)], tanpaRelasiPaket: true)
        #expect(try XLSXBaca.baris(data) == [["", "hai", "42"]])
    }

    @Test("A workbook in the 1904 date system says so")
    func sistem1904() throws {
        let data = try Self.xlsx(
            lembar: [("S", Self.lembar("<row r=\"1\"><c r=\"A1\"><v>43951</v></c></row>"))],
            prBuku: "<workbookPr date1904=\"1\"/>")
        let hasil = try XLSXBaca.bacaLengkap(data)
        #expect(hasil.tanggal1904)
        #expect(XLSXBaca.tanggalDariSerial(hasil.baris[0][0], sistem1904: true)
            == (try Tanggal(tahun: 2024, bulan: 5, hari: 1)))
    }

    @Test("A workbook read for import: serial dates are read, and a formula cell is refused as sel berisi rumus")
    func keImpor() throws {
        let kepala = ImporKerjaSama.kolom.map(\.nama)
        let nilai = [
            "100.3.7/12/KS/V/2024", "", "Integrasi Angkutan Sungai", "KSDD Sukarela", "KB",
            "Pemerintah Kabupaten Penajam Paser Utara", "daerah", "64.09", "2.15", "Dinas Perhubungan", "", "", "", "",
            "APBD", "",
        ]
        func selTeks(_ kolom: Int, _ baris: Int, _ s: String) -> String {
            "<c r=\"\(XLSX.hurufKolom(kolom))\(baris)\" t=\"inlineStr\"><is><t>\(Escape.xml(s))</t></is></c>"
        }
        var xml = "<row r=\"1\">" + kepala.enumerated().map { selTeks($0.offset, 1, $0.element) }.joined() + "</row>"
        xml += "<row r=\"2\">"
        for (i, v) in nilai.enumerated() where !v.isEmpty {
            xml += i == 2
                ? "<c r=\"C2\" t=\"str\"><f>CONCAT(\"Integrasi \",\"Angkutan Sungai\")</f><v>\(v)</v></c>"
                : selTeks(i, 2, v)
        }
        xml += "<c r=\"L2\" s=\"2\"><v>45415</v></c><c r=\"M2\" s=\"2\"><v>47240</v></c></row>"
        let data = try Self.xlsx(lembar: [("Kerja Sama", Self.lembar(xml))])

        let buku = try XLSXBaca.bacaLengkap(data)
        let hariIni = try Tanggal(tahun: 2026, bulan: 11, hari: 20)
        let rumus = buku.selRumus.filter { $0.baris > 0 }.map { (baris: $0.baris - 1, kolom: $0.kolom) }
        let hasil = ImporKerjaSama.periksa(
            header: buku.baris[0], baris: Array(buku.baris.dropFirst()), hariIni: hariIni,
            tanggal1904: buku.tanggal1904, selRumus: rumus)
        #expect(hasil.masalah == [MasalahImpor(baris: 2, kolom: "judul", pesan: ImporKerjaSama.pesanRumus)])
        // Without the formula, the same line is a valid entry with its serial dates read.
        let tanpaRumus = ImporKerjaSama.periksa(
            header: buku.baris[0], baris: Array(buku.baris.dropFirst()), hariIni: hariIni)
        #expect(tanpaRumus.masalah.isEmpty, "\(tanpaRumus.masalah)")
        #expect(tanpaRumus.entri.first?.tanggalMulai == (try Tanggal(tahun: 2024, bulan: 5, hari: 3)))
        #expect(tanpaRumus.entri.first?.tanggalBerakhir == (try Tanggal(tahun: 2029, bulan: 5, hari: 2)))
    }

    // MARK: Refusals

    @Test("A file that is not a ZIP is refused, and an old .xls gets its own message")
    func bukanZip() {
        #expect(Self.tolak { _ = try XLSXBaca.baris(Data("nomor,judul\n1,2\n".utf8)) }?
            .contains("bukan arsip ZIP") == true)
        #expect(Self.tolak { _ = try XLSXBaca.baris(Data()) } != nil)
        #expect(Self.tolak { _ = try XLSXBaca.baris(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) }?
            .contains("Excel 97–2003 (.xls)") == true)
        // ZIP magic but garbage after it.
        #expect(Self.tolak { _ = try XLSXBaca.baris(Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40))) }
            != nil)
    }

    @Test("A ZIP without xl/ is not a workbook")
    func tanpaXL() throws {
        let data = try Self.zip([("readme.txt", Data("halo".utf8)), ("word/document.xml", Data("<w/>".utf8))])
        #expect(Self.tolak { _ = try XLSXBaca.baris(data) }
            == "Berkas ZIP ini bukan buku kerja Excel (.xlsx): bagian xl/ tidak ditemukan.")
        let tanpaBuku = try Self.zip([("xl/styles.xml", Data("<styleSheet/>".utf8))])
        #expect(Self.tolak { _ = try XLSXBaca.baris(tanpaBuku) }?.contains("xl/workbook.xml tidak ditemukan") == true)
    }

    @Test("Broken parts are refused: missing sheet, bad shared-string index, malformed XML, DOCTYPE")
    func bagianRusak() throws {
        let tanpaLembar = try Self.zip([
            ("xl/workbook.xml", Data("<workbook xmlns:r=\"r\"><sheets><sheet name=\"A\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
        ])
        #expect(Self.tolak { _ = try XLSXBaca.baris(tanpaLembar) }?.contains("xl/worksheets/sheet1.xml") == true)

        let indeks = try Self.xlsx(
            lembar: [("S", Self.lembar("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>"))],
            teksBersama: Self.teksBersama)
        #expect(Self.tolak { _ = try XLSXBaca.baris(indeks) }?.contains("teks bersama yang tidak ada") == true)

        let rusak = try Self.xlsx(lembar: [("S", Self.lembar("<row r=\"1\"><c r=\"A1\"><v>1</c></row>"))])
        #expect(Self.tolak { _ = try XLSXBaca.baris(rusak) }?.contains("tidak sah") == true)

        let referensi = try Self.xlsx(lembar: [("S", Self.lembar("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"))])
        #expect(Self.tolak { _ = try XLSXBaca.baris(referensi) }?.contains("referensi sel \"1A\"") == true)

        let doctype = """
            <?xml version="1.0"?>
            <!-- komentar <a> -->
            <!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <worksheet xmlns="\(Self.nsUtama)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c>\
            </row></sheetData></worksheet>
            """
        let bom = try Self.xlsx(lembar: [("S", doctype)])
        #expect(Self.tolak { _ = try XLSXBaca.baris(bom) }?.contains("DOCTYPE") == true)
    }

    @Test("Limits: values past row 200,000 or column 200 are refused; empty styled cells beyond them are not")
    func batasBarisKolom() throws {
        let tepat = try Self.xlsx(lembar: [("S", Self.lembar("""
            <row r="1"><c r="GR1"><v>1</v></c><c r="XFD1" s="1"/></row>\
            <row r="200000"><c r="A200000"><v>2</v></c></row><row r="1048576"><c r="A1048576" s="1"/></row>
            """))])
        let hasil = try XLSXBaca.baris(tepat)
        #expect(hasil.count == 200_000)
        #expect(hasil[0].count == 200 && hasil[0][199] == "1")
        #expect(hasil[199_999] == ["2"])

        let barisLebih = try Self.xlsx(lembar: [("S", Self.lembar("<row r=\"200001\"><c r=\"A200001\"><v>1</v></c></row>"))])
        #expect(Self.tolak { _ = try XLSXBaca.baris(barisLebih) }
            == "Lembar kerja memiliki isian pada baris 200.001; batas yang dapat dibaca adalah 200.000 baris. "
            + "Bagi data menjadi beberapa berkas.")

        let kolomLebih = try Self.xlsx(lembar: [("S", Self.lembar("<row r=\"1\"><c r=\"GS1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"))])
        #expect(Self.tolak { _ = try XLSXBaca.baris(kolomLebih) }
            == "Lembar kerja memiliki isian pada kolom GS (kolom ke-201); batas yang dapat dibaca adalah 200 kolom.")

        let kecil = XLSXBaca.Batas(ukuranTerurai: 100 * 1024 * 1024, baris: 3, kolom: 10, jumlahEntri: 100)
        let data = try XLSX.tulis(Contoh.bukuKerja(), judul: "x", pembuat: "y")
        #expect(Self.tolak { _ = try XLSXBaca.baris(data, batas: kecil) }?.contains("batas yang dapat dibaca adalah 3 baris") == true)
        #expect(Self.tolak { _ = try XLSXBaca.baris(data, batas: XLSXBaca.Batas(
            ukuranTerurai: 1 << 30, baris: 10, kolom: 10, jumlahEntri: 4) ) }?.contains("lebih dari 4 bagian") == true)
    }

    @Test("A ZIP declaring more than 100 MB uncompressed is refused before inflating")
    func bomZip() throws {
        let ukuran = 101 * 1024 * 1024
        let arsip = try Archive(data: Data(), accessMode: .create)
        try arsip.addEntry(
            with: "xl/workbook.xml", type: .file, uncompressedSize: Int64(10), provider: { (_: Int64, n: Int) in Data(count: n) })
        let nol = Data(count: 1 << 20)
        try arsip.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(ukuran), compressionMethod: .deflate,
            bufferSize: 1 << 20, provider: { (_: Int64, n: Int) in n == nol.count ? nol : Data(count: n) })
        let data = try #require(arsip.data)
        #expect(data.count < 1 << 20, "the bomb is small on disk")
        // The message names the declared total: the refusal comes from the sizes, not from inflating.
        #expect(Self.tolak { _ = try XLSXBaca.baris(data) }?.hasPrefix("Isi berkas XLSX lebih dari 100 MB setelah diurai") == true)
    }

    @Test("An entry that inflates beyond its declared size is refused")
    func ukuranBohong() throws {
        let isi = Self.lembar(String(repeating: "<row><c t=\"inlineStr\"><is><t>isian</t></is></c></row>", count: 200))
        var data = [UInt8](try Self.xlsx(lembar: [("S", isi)]))
        // Patch the uncompressed size of the sheet in its local header and central directory to 64.
        let nama = Array("xl/worksheets/sheet1.xml".utf8)
        var ditambal = 0
        var i = 0
        while i + nama.count <= data.count {
            if Array(data[i..<i + nama.count]) == nama {
                if i >= 30, Array(data[i - 30..<i - 26]) == [0x50, 0x4B, 0x03, 0x04] {
                    data.replaceSubrange(i - 30 + 22..<i - 30 + 26, with: [64, 0, 0, 0]); ditambal += 1
                }
                if i >= 46, Array(data[i - 46..<i - 42]) == [0x50, 0x4B, 0x01, 0x02] {
                    data.replaceSubrange(i - 46 + 24..<i - 46 + 28, with: [64, 0, 0, 0]); ditambal += 1
                }
            }
            i += 1
        }
        #expect(ditambal == 2)
        #expect(Self.tolak { _ = try XLSXBaca.baris(Data(data)) }?.contains("lebih besar daripada yang dinyatakan") == true)
    }

    // MARK: Serial dates

    @Test("Serial dates follow Excel's 1900 system, including the serial-60 bug, and the 1904 system")
    func serial() throws {
        func t(_ a: Int, _ b: Int, _ c: Int) throws -> Tanggal { try Tanggal(tahun: a, bulan: b, hari: c) }
        #expect(XLSXBaca.tanggalDariSerial("1") == (try t(1900, 1, 1)))
        #expect(XLSXBaca.tanggalDariSerial("59") == (try t(1900, 2, 28)))
        #expect(XLSXBaca.tanggalDariSerial("60") == nil, "1900-02-29 never existed")
        #expect(XLSXBaca.tanggalDariSerial("61") == (try t(1900, 3, 1)))
        #expect(XLSXBaca.tanggalDariSerial("45413") == (try t(2024, 5, 1)))
        #expect(XLSXBaca.tanggalDariSerial("45951") == (try t(2025, 10, 21)))
        #expect(XLSXBaca.tanggalDariSerial("45413.75") == (try t(2024, 5, 1)))
        #expect(XLSXBaca.tanggalDariSerial(" 45413 ") == (try t(2024, 5, 1)))
        #expect(XLSXBaca.tanggalDariSerial("2958465") == (try t(9999, 12, 31)))
        #expect(XLSXBaca.tanggalDariSerial("2958466") == nil)
        for salah in ["0", "-1", "", ".5", "45413.", "4.5413E4", "abc", "45 413", "nan", "123456789"] {
            #expect(XLSXBaca.tanggalDariSerial(salah) == nil, "\(salah)")
        }
        #expect(XLSXBaca.tanggalDariSerial("0", sistem1904: true) == (try t(1904, 1, 1)))
        #expect(XLSXBaca.tanggalDariSerial("43951", sistem1904: true) == (try t(2024, 5, 1)))
        // The writer's serials read back as the same dates, every 97 days from 1900-03-01 to 2100.
        var hari = try t(1900, 3, 1)
        while hari.tahun < 2100 {
            let serial = try #require(XLSX.serialTanggal(tahun: hari.tahun, bulan: hari.bulan, hari: hari.hari))
            #expect(XLSXBaca.tanggalDariSerial(String(serial)) == hari)
            hari = hari.tambahHari(97)
        }
    }
}

/// Issue #16.15: a DTD is refused wherever it is and whatever the encoding; the parser never sees one.
extension XLSXBacaTests {
    /// A workbook whose one sheet is `lembar`, byte for byte.
    static func xlsxMentah(_ lembar: Data) throws -> Data {
        let buku = "<workbook xmlns=\"\(nsUtama)\" xmlns:r=\"\(nsRelasi)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        let relasi = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(nsRelasi)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
        return try zip([("xl/workbook.xml", Data(buku.utf8)), ("xl/_rels/workbook.xml.rels", Data(relasi.utf8)),
                        ("xl/worksheets/sheet1.xml", lembar)])
    }

    static func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> Data {
        var d = Data(bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : [])
        for u in s.utf16 { d.append(contentsOf: bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]) }
        return d
    }

    static let tawa = """
        [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]
        """
    static let isiTawa = "<worksheet xmlns=\"\(nsUtama)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>"

    @Test("A DTD behind a processing instruction, in UTF-16 without a byte order mark, in any case or place, is refused")
    func dtdDiManaPun() throws {
        let pesanDTD = "memuat deklarasi DTD (DOCTYPE atau ENTITY) yang tidak diizinkan"
        let serangan: [(String, Data)] = [
            ("behind a processing instruction", Data("<?x <a?><!DOCTYPE worksheet \(Self.tawa)>\(Self.isiTawa)".utf8)),
            ("one entity behind a processing instruction", Data("<?x <a?><!DOCTYPE worksheet [<!ENTITY e \"DIPERLUAS\">]>\(Self.isiTawa.replacingOccurrences(of: "&c;", with: "&e;"))".utf8)),
            ("one entity in UTF-16 LE without BOM", Self.utf16("<!DOCTYPE worksheet [<!ENTITY e \"DIPERLUAS\">]>\(Self.isiTawa.replacingOccurrences(of: "&c;", with: "&e;"))", bigEndian: false, bom: false)),
            ("UTF-16 LE without BOM", Self.utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE worksheet \(Self.tawa)>\(Self.isiTawa)", bigEndian: false, bom: false)),
            ("UTF-16 BE without BOM", Self.utf16("<!DOCTYPE worksheet \(Self.tawa)>\(Self.isiTawa)", bigEndian: true, bom: false)),
            ("UTF-16 BE with BOM", Self.utf16("<!DOCTYPE worksheet \(Self.tawa)>\(Self.isiTawa)", bigEndian: true, bom: true)),
            ("lower case", Data("<!doctype worksheet \(Self.tawa)>\(Self.isiTawa)".utf8)),
            ("an entity inside a comment", Data("<!-- <!ENTITY a 'x'> -->\(Self.isiTawa)".utf8)),
            ("after the root element", Data("\(Self.isiTawa)<!DOCTYPE x>".utf8)),
            ("UTF-8 BOM", Data([0xEF, 0xBB, 0xBF]) + Data("<!DOCTYPE worksheet \(Self.tawa)>\(Self.isiTawa)".utf8)),
        ]
        for (nama, lembar) in serangan {
            let pesan = Self.tolak { _ = try XLSXBaca.baris(try Self.xlsxMentah(lembar)) }
            #expect(pesan?.contains(pesanDTD) == true, "\(nama): \(pesan ?? "read")")
        }
        // Another encoding the parser could switch to, a second declaration, UTF-32: refused as unreadable, never read.
        let lain: [(String, Data)] = [
            ("UTF-7 declaration", Data("<?xml version=\"1.0\" encoding=\"UTF-7\"?>+ADw-!DOCTYPE worksheet+AD4-\(Self.isiTawa)".utf8)),
            ("second declaration", Data("<?xml version=\"1.0\"?><?xml version=\"1.0\" encoding=\"UTF-7\"?>\(Self.isiTawa)".utf8)),
            ("UTF-32", Data([0x00, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x3F])),
            ("invalid UTF-8", Data([0x3C, 0x61, 0xFF, 0x3E])),
            ("NUL", Data("<worksheet>\u{0}</worksheet>".utf8)),
        ]
        for (nama, lembar) in lain {
            let pesan = Self.tolak { _ = try XLSXBaca.baris(try Self.xlsxMentah(lembar)) }
            #expect(pesan?.hasPrefix("Berkas XLSX rusak atau tidak sesuai format") == true, "\(nama): \(pesan ?? "read")")
        }
    }

    @Test("UTF-16 sheets with and without a byte order mark are read like UTF-8 ones")
    func utf16Dibaca() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<worksheet xmlns=\"\(Self.nsUtama)\"><sheetData><row r=\"1\">"
            + "<c r=\"A1\" t=\"inlineStr\"><is><t>Kutai &amp; Penajam 🙂</t></is></c><c r=\"B1\"><v>12</v></c></row></sheetData></worksheet>"
        for be in [false, true] {
            for bom in [false, true] {
                #expect(try XLSXBaca.baris(try Self.xlsxMentah(Self.utf16(xml, bigEndian: be, bom: bom))) == [["Kutai & Penajam 🙂", "12"]])
            }
        }
        #expect(try XLSXBaca.baris(try Self.xlsxMentah(Data([0xEF, 0xBB, 0xBF]) + Data(xml.replacingOccurrences(of: "UTF-16", with: "UTF-8").utf8)))
                == [["Kutai & Penajam 🙂", "12"]])
    }
}
