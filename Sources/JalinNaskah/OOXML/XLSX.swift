import Foundation

/// One cell of a sheet.
public enum Sel: Sendable, Equatable {
    /// Text. Escaped with `Escape.xml` and neutralised with `Escape.selSpreadsheet`, so a value such
    /// as `=HYPERLINK(…)` is stored as the text `'=HYPERLINK(…)`, never as a formula. Text longer
    /// than a spreadsheet cell can hold (32,767 UTF-16 units) is cut there.
    case teks(String)
    /// A decimal number. Infinity and NaN are written as the error value `#NUM!`.
    case angka(Double)
    /// A whole number.
    case bilangan(Int)
    /// A calendar date, shown as `dd/mm/yyyy`. Dates a spreadsheet cannot hold (before 1900-03-01
    /// or invalid) are written as `#NUM!`.
    case tanggal(tahun: Int, bulan: Int, hari: Int)
    /// No cell.
    case kosong
}

extension Sel: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .teks(value) }
    public init(integerLiteral value: Int) { self = .bilangan(value) }
    public init(floatLiteral value: Double) { self = .angka(value) }
}

/// A column of a sheet: its header and its width in characters (`nil`: estimated from the content).
public struct Kolom: Sendable, Equatable {
    public var judul: String
    public var lebar: Double?

    public init(judul: String, lebar: Double? = nil) {
        self.judul = judul
        self.lebar = lebar
    }
}

/// One sheet: a bold header row from `kolom`, then `baris`. The writer freezes the header, puts an
/// autofilter over the data and sets the column widths.
public struct LembarKerja: Sendable, Equatable {
    public var nama: String
    public var kolom: [Kolom]
    public var baris: [[Sel]]

    public init(nama: String, kolom: [Kolom], baris: [[Sel]]) {
        self.nama = nama
        self.kolom = kolom
        self.baris = baris
    }
}

/// Writes XLSX workbooks (SpreadsheetML) with inline strings.
public enum XLSX {
    /// Excel's limits.
    public static let batasBaris = 1_048_576
    public static let batasKolom = 16_384
    public static let batasTeksSel = 32_767

    /// The workbook as the bytes of an `.xlsx` file. The same input gives the same bytes
    /// (fixed ZIP timestamps; `dibuat` only lands in `docProps/core.xml` when given).
    public static func tulis(
        _ lembar: [LembarKerja], judul: String, pembuat: String, dibuat: Date? = nil
    ) throws -> Data {
        guard !lembar.isEmpty else { throw GalatOOXML.tanpaLembar }
        let nama = namaLembarUnik(lembar.map(\.nama))

        var lembarXML: [BagianPaket] = []
        var rentang: [String] = []
        for (i, l) in lembar.enumerated() {
            let jumlahKolom = l.baris.reduce(l.kolom.count) { max($0, $1.count) }
            if l.baris.count + 1 > batasBaris {
                throw GalatOOXML.terlaluBanyakBaris(lembar: nama[i], jumlah: l.baris.count + 1)
            }
            if jumlahKolom > batasKolom {
                throw GalatOOXML.terlaluBanyakKolom(lembar: nama[i], jumlah: jumlahKolom)
            }
            let (xml, ref) = lembarKerja(l, jumlahKolom: jumlahKolom)
            lembarXML.append(BagianPaket("xl/worksheets/sheet\(i + 1).xml", xml))
            rentang.append(ref)
        }

        var bagian: [BagianPaket] = [
            jenisIsi(jumlahLembar: lembar.count),
            PaketOOXML.relasiPaket(bagianUtama: "xl/workbook.xml"),
            bukuKerja(nama: nama, rentang: rentang),
            relasiBukuKerja(jumlahLembar: lembar.count),
            BagianPaket("xl/styles.xml", xml: gaya),
        ]
        bagian += lembarXML
        bagian.append(PaketOOXML.inti(judul: judul, pembuat: pembuat, tanggal: dibuat))
        bagian.append(PaketOOXML.aplikasi())
        return try PaketOOXML.kemas(bagian)
    }

    // MARK: Sheet names

    /// Sheet names as Excel accepts them: no `[ ] : * ? / \`, no control characters, no apostrophe
    /// at either end, at most 31 characters, not "History", unique ignoring case; empty names
    /// become "Lembar N".
    public static func namaLembarUnik(_ nama: [String]) -> [String] {
        var dipakai = Set<String>()
        var hasil: [String] = []
        for (i, n) in nama.enumerated() {
            var bersih = String(String.UnicodeScalarView(n.unicodeScalars.filter { u in
                !"[]:*?/\\".unicodeScalars.contains(u) && u.value >= 0x20 && !(0x7F...0x9F).contains(u.value)
                    && u.value != 0xFFFE && u.value != 0xFFFF
            }))
            bersih = bersih.trimmingCharacters(in: .whitespaces)
            while bersih.hasPrefix("'") { bersih.removeFirst() }
            while bersih.hasSuffix("'") { bersih.removeLast() }
            if bersih.isEmpty { bersih = "Lembar \(i + 1)" }
            if bersih.lowercased() == "history" { bersih += " 1" }
            bersih = potong(bersih, utf16: 31)
            while bersih.hasSuffix("'") { bersih.removeLast() }
            var calon = bersih
            var k = 2
            while dipakai.contains(calon.lowercased()) {
                let akhiran = " (\(k))"
                calon = potong(bersih, utf16: 31 - akhiran.utf16.count) + akhiran
                k += 1
            }
            dipakai.insert(calon.lowercased())
            hasil.append(calon)
        }
        return hasil
    }

    /// The longest prefix of whole characters that fits in `batas` UTF-16 units.
    static func potong(_ s: String, utf16 batas: Int) -> String {
        if s.utf16.count <= batas { return s }
        var hasil = ""
        var n = 0
        for c in s {
            let w = c.utf16.count
            if n + w > batas { break }
            hasil.append(c)
            n += w
        }
        return hasil
    }

    /// `A`, `B`, …, `Z`, `AA`, … for a 0-based column index.
    static func hurufKolom(_ indeks: Int) -> String {
        var n = indeks + 1
        var s: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            s.append(UInt8(65 + r))
            n = (n - 1) / 26
        }
        return String(decoding: s.reversed(), as: UTF8.self)
    }

    // MARK: Parts

    private static func jenisIsi(jumlahLembar: Int) -> BagianPaket {
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        w.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        w.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        w.raw("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
        w.raw("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
        for i in 1...jumlahLembar {
            w.raw("<Override PartName=\"/xl/worksheets/sheet"); w.angka(i)
            w.raw(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
        }
        w.raw("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
        w.raw("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
        w.raw("</Types>")
        return BagianPaket("[Content_Types].xml", w)
    }

    private static func bukuKerja(nama: [String], rentang: [String]) -> BagianPaket {
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        w.raw("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
        for (i, n) in nama.enumerated() {
            w.raw("<sheet name=\""); w.teks(n); w.raw("\" sheetId=\""); w.angka(i + 1)
            w.raw("\" r:id=\"rId"); w.angka(i + 1); w.raw("\"/>")
        }
        w.raw("</sheets><definedNames>")
        // Excel keeps the autofilter range of each sheet in this hidden name.
        for (i, n) in nama.enumerated() {
            w.raw("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\""); w.angka(i)
            w.raw("\" hidden=\"1\">'")
            w.teks(n.replacingOccurrences(of: "'", with: "''"))
            w.raw("'!")
            w.rawString(absolut(rentang[i]))
            w.raw("</definedName>")
        }
        w.raw("</definedNames><calcPr calcId=\"191029\"/></workbook>")
        return BagianPaket("xl/workbook.xml", w)
    }

    /// `A1:L100` → `$A$1:$L$100`.
    private static func absolut(_ ref: String) -> String {
        ref.split(separator: ":").map { bagian -> String in
            let huruf = bagian.prefix { $0.isLetter }
            return "$\(huruf)$\(bagian.dropFirst(huruf.count))"
        }.joined(separator: ":")
    }

    private static func relasiBukuKerja(jumlahLembar: Int) -> BagianPaket {
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for i in 1...jumlahLembar {
            w.raw("<Relationship Id=\"rId"); w.angka(i)
            w.raw("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            w.angka(i); w.raw(".xml\"/>")
        }
        w.raw("<Relationship Id=\"rId"); w.angka(jumlahLembar + 1)
        w.raw("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
        w.raw("</Relationships>")
        return BagianPaket("xl/_rels/workbook.xml.rels", w)
    }

    /// Cell formats: 0 plain, 1 header (bold, grey fill, bottom border), 2 date `dd/mm/yyyy`.
    private static let gaya = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
        <fonts count="2">\
        <font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>\
        <font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>\
        </fonts>\
        <fills count="3">\
        <fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>\
        </fills>\
        <borders count="2">\
        <border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>\
        </borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        <dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>\
        </styleSheet>
        """

    // MARK: The sheet

    /// The sheet XML and its autofilter range. One pass over the rows, straight into the chunked
    /// byte buffer: no per-cell arrays or strings except the escaped text of text cells.
    private static func lembarKerja(_ l: LembarKerja, jumlahKolom: Int) -> (PenulisXML, String) {
        let kolomN = max(jumlahKolom, 1)
        // Column letters once, as bytes.
        let huruf: [[UInt8]] = (0..<kolomN).map { Array(hurufKolom($0).utf8) }
        let barisTerakhir = l.baris.count + 1
        let ref = "A1:\(hurufKolom(kolomN - 1))\(barisTerakhir)"

        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        w.raw("<dimension ref=\""); w.rawString(ref); w.raw("\"/>")
        w.raw("<sheetViews><sheetView workbookViewId=\"0\">")
        w.raw("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        w.raw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
        w.raw("</sheetView></sheetViews>")
        w.raw("<sheetFormatPr defaultRowHeight=\"15\"/>")
        w.raw("<cols>")
        for i in 0..<kolomN {
            let lebar = i < l.kolom.count ? l.kolom[i].lebar : nil
            let nilai = lebarKolom(lebar, indeks: i, lembar: l)
            w.raw("<col min=\""); w.angka(i + 1); w.raw("\" max=\""); w.angka(i + 1)
            w.raw("\" width=\""); w.rawString(angkaXML(nilai)); w.raw("\" customWidth=\"1\"/>")
        }
        w.raw("</cols><sheetData>")

        // Header row.
        w.raw("<row r=\"1\">")
        for (i, k) in l.kolom.enumerated() {
            selTeks(&w, k.judul, kolom: huruf[i], baris: 1, gaya: true)
        }
        w.raw("</row>")

        for (bi, baris) in l.baris.enumerated() {
            let r = bi + 2
            w.raw("<row r=\""); w.angka(r); w.raw("\">")
            for (ki, sel) in baris.enumerated() {
                switch sel {
                case .kosong:
                    continue
                case .teks(let s):
                    selTeks(&w, s, kolom: huruf[ki], baris: r, gaya: false)
                case .bilangan(let v):
                    awalSel(&w, huruf[ki], r)
                    w.raw("><v>"); w.angka(v); w.raw("</v></c>")
                case .angka(let v):
                    awalSel(&w, huruf[ki], r)
                    if v.isFinite {
                        w.raw("><v>"); w.rawString(angkaXML(v)); w.raw("</v></c>")
                    } else {
                        w.raw(" t=\"e\"><v>#NUM!</v></c>")
                    }
                case let .tanggal(tahun, bulan, hari):
                    awalSel(&w, huruf[ki], r)
                    if let serial = serialTanggal(tahun: tahun, bulan: bulan, hari: hari) {
                        w.raw(" s=\"2\"><v>"); w.angka(serial); w.raw("</v></c>")
                    } else {
                        w.raw(" t=\"e\"><v>#NUM!</v></c>")
                    }
                }
            }
            w.raw("</row>")
        }
        w.raw("</sheetData>")
        w.raw("<autoFilter ref=\""); w.rawString(ref); w.raw("\"/>")
        w.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        w.raw("</worksheet>")
        return (w, ref)
    }

    @inline(__always)
    private static func awalSel(_ w: inout PenulisXML, _ kolom: [UInt8], _ baris: Int) {
        w.raw("<c r=\"")
        for b in kolom { w.byte(b) }
        w.angka(baris)
        w.byte(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func selTeks(_ w: inout PenulisXML, _ s: String, kolom: [UInt8], baris: Int, gaya: Bool) {
        var aman = Escape.selSpreadsheet(s)
        if aman.utf8.count > batasTeksSel { aman = potongTeksSel(aman) }
        awalSel(&w, kolom, baris)
        if gaya { w.raw(" s=\"1\"") }
        w.raw(" t=\"inlineStr\"><is><t")
        if tepiBerspasi(aman) { w.raw(" xml:space=\"preserve\"") }
        w.byte(UInt8(ascii: ">"))
        w.teks(aman)
        w.raw("</t></is></c>")
    }

    /// Cuts text to the 32,767 UTF-16 units a cell holds, on a scalar boundary.
    private static func potongTeksSel(_ s: String) -> String {
        if s.utf16.count <= batasTeksSel { return s }
        var hasil = String.UnicodeScalarView()
        var n = 0
        for u in s.unicodeScalars {
            let w = u.value > 0xFFFF ? 2 : 1
            if n + w > batasTeksSel { break }
            hasil.append(u)
            n += w
        }
        return String(hasil)
    }

    /// Whether the text starts or ends with whitespace that XML would otherwise let go.
    @inline(__always)
    static func tepiBerspasi(_ s: String) -> Bool {
        guard let a = s.utf8.first, let z = s.utf8.last else { return false }
        func spasi(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        return spasi(a) || spasi(z)
    }

    /// A finite Double in XML Schema form (`1.5`, `2.0E+20` style accepted by spreadsheets).
    static func angkaXML(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    /// Days since 1899-12-30 (the spreadsheet epoch) for a valid date from 1900-03-01 on.
    static func serialTanggal(tahun: Int, bulan: Int, hari: Int) -> Int? {
        guard (1900...9999).contains(tahun), (1...12).contains(bulan), hari >= 1 else { return nil }
        let kabisat = (tahun % 4 == 0 && tahun % 100 != 0) || tahun % 400 == 0
        let panjang = [31, kabisat ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][bulan - 1]
        guard hari <= panjang else { return nil }
        let serial = hariSipil(tahun, bulan, hari) - hariSipil(1899, 12, 30)
        return serial >= 61 ? serial : nil  // before 1900-03-01 Excel's fake 1900-02-29 shifts days
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    private static func hariSipil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The given width, or one estimated from the header and the first 200 rows (8–60 characters).
    private static func lebarKolom(_ lebar: Double?, indeks: Int, lembar: LembarKerja) -> Double {
        if let lebar, lebar.isFinite, lebar > 0 { return min(lebar, 255) }
        var terpanjang = indeks < lembar.kolom.count ? lembar.kolom[indeks].judul.count + 2 : 0
        for baris in lembar.baris.prefix(200) where indeks < baris.count {
            let n: Int
            switch baris[indeks] {
            case .teks(let s): n = s.utf8.count > 400 ? 60 : s.count
            case .bilangan(let v): n = String(v).count
            case .angka(let v): n = v.isFinite ? angkaXML(v).count : 6
            case .tanggal: n = 10
            case .kosong: n = 0
            }
            terpanjang = max(terpanjang, n)
        }
        return Double(min(max(terpanjang + 2, 8), 60))
    }
}
