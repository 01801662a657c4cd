import Foundation

// MARK: - Model

/// A run of text with its emphasis. A newline in `teks` becomes a line break (`<w:br/>`), a tab a
/// tab (`<w:tab/>`).
public struct Run: Sendable, Equatable, ExpressibleByStringLiteral {
    public var teks: String
    public var tebal: Bool
    public var miring: Bool
    public var garisBawah: Bool

    public init(_ teks: String, tebal: Bool = false, miring: Bool = false, garisBawah: Bool = false) {
        self.teks = teks
        self.tebal = tebal
        self.miring = miring
        self.garisBawah = garisBawah
    }

    public init(stringLiteral value: String) { self.init(value) }

    public static func tebal(_ teks: String) -> Run { Run(teks, tebal: true) }
    public static func miring(_ teks: String) -> Run { Run(teks, miring: true) }
}

/// Paragraph alignment.
public enum Rata: Sendable, Equatable {
    case kiri, tengah, kanan, rataKiriKanan
}

/// Kinds of numbered list.
public enum JenisDaftar: Sendable, Equatable {
    /// 1. 2. 3.
    case angka
    /// a. b. c.
    case huruf
    /// (1) (2) (3) — the ayat of a Pasal.
    case ayat
}

/// A table cell: runs, optional shading (`"D9D9D9"`, six hex digits) and alignment.
public struct SelTabel: Sendable, Equatable, ExpressibleByStringLiteral {
    public var isi: [Run]
    public var warna: String?
    public var rata: Rata

    public init(_ isi: [Run], warna: String? = nil, rata: Rata = .kiri) {
        self.isi = isi
        self.warna = warna
        self.rata = rata
    }

    public init(_ teks: String, warna: String? = nil, rata: Rata = .kiri) {
        self.init([Run(teks)], warna: warna, rata: rata)
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// A table column: its header and width in centimetres (`nil`: an equal share of what is left).
public struct KolomTabel: Sendable, Equatable {
    public var judul: String
    public var lebar: Double?

    public init(_ judul: String, lebar: Double? = nil) {
        self.judul = judul
        self.lebar = lebar
    }
}

/// A bordered table whose header row repeats on every page.
public struct Tabel: Sendable, Equatable {
    public var kolom: [KolomTabel]
    public var baris: [[SelTabel]]
    /// Shading of the header row (six hex digits), `nil` for none.
    public var warnaKepala: String?
    public var garis: Bool
    /// Whether the column headers are printed as a header row (a letter's "Nomor : …" block uses the
    /// columns for their widths only).
    public var kepalaTampil: Bool

    public init(kolom: [KolomTabel], baris: [[SelTabel]], warnaKepala: String? = "D9D9D9", garis: Bool = true, kepalaTampil: Bool = true) {
        self.kolom = kolom
        self.baris = baris
        self.warnaKepala = warnaKepala
        self.garis = garis
        self.kepalaTampil = kepalaTampil
    }
}

/// One signatory in the signature table.
public struct BlokTandaTangan: Sendable, Equatable {
    /// e.g. "PIHAK KESATU,"
    public var pihak: String?
    /// e.g. "BUPATI KUTAI KARTANEGARA,"
    public var jabatan: String
    public var nama: String
    /// e.g. "NIP. 19700101 199003 1 001"
    public var nip: String?
    /// A note in the signing space, e.g. `BlokTandaTangan.meterai` where a non-government party signs.
    public var catatanMeterai: String?

    public static let meterai = "Meterai Rp10.000"

    public init(pihak: String? = nil, jabatan: String, nama: String, nip: String? = nil, catatanMeterai: String? = nil) {
        self.pihak = pihak
        self.jabatan = jabatan
        self.nama = nama
        self.nip = nip
        self.catatanMeterai = catatanMeterai
    }
}

/// A block of the document body.
public enum Blok: Sendable, Equatable {
    /// Title line(s): centred, bold, in capitals (style "Title").
    case judul(String)
    /// A centred line under the title, e.g. "ANTARA", "NOMOR : …" (style "Subtitle").
    case subjudul(String)
    /// A real heading (styles "Heading 1"–"Heading 3"). Levels 1 and 2 are centred, so
    /// `.heading("Pasal 1\nMAKSUD DAN TUJUAN", tingkat: 2)` gives the Pasal layout.
    case heading(String, tingkat: Int)
    case paragraf([Run], rata: Rata)
    /// A numbered list; each item is one paragraph. `mulaiUlang: true` starts again at 1 (ayat
    /// restart per Pasal), `false` continues the previous list of the same kind. `tingkat` indents.
    case daftar([[Run]], jenis: JenisDaftar, mulaiUlang: Bool = true, tingkat: Int = 0)
    case tabel(Tabel)
    case pemisahHalaman
    /// Signatories side by side in a borderless table.
    case tandaTangan([BlokTandaTangan])
}

/// Paper sizes used in Indonesian government offices.
public enum UkuranKertas: Sendable, Equatable {
    /// 210 × 297 mm
    case a4
    /// F4 / folio, 215 × 330 mm
    case f4

    /// Width and height in twentieths of a point.
    var twip: (lebar: Int, tinggi: Int) {
        switch self {
        case .a4: return (11_906, 16_838)
        case .f4: return (cmKeTwip(21.5), cmKeTwip(33.0))
        }
    }
}

/// Page margins in centimetres.
public struct Margin: Sendable, Equatable {
    public var atas: Double
    public var kanan: Double
    public var bawah: Double
    public var kiri: Double

    public init(atas: Double, kanan: Double, bawah: Double, kiri: Double) {
        self.atas = atas
        self.kanan = kanan
        self.bawah = bawah
        self.kiri = kiri
    }

    /// Left 3 cm (binding side), top, right and bottom 2 cm: the wide left edge of tata naskah
    /// dinas practice, with a 2 cm bottom that still leaves room for the page-number footer.
    public static let bawaan = Margin(atas: 2, kanan: 2, bawah: 2, kiri: 3)
}

/// A document to write as DOCX.
public struct DokumenDOCX: Sendable, Equatable {
    public var ukuranKertas: UkuranKertas
    public var margin: Margin
    /// Font family, e.g. "Arial" or "Bookman Old Style".
    public var font: String
    /// Font size in points.
    public var ukuranFont: Double
    /// Line spacing as a multiple (1.0–1.15 in practice).
    public var spasiBaris: Double
    /// Text in the page header (right-aligned, small), `nil` for none.
    public var kepala: String?
    /// Text in the page footer above the page number (e.g. the paraf line), `nil` for none.
    public var kaki: String?
    /// "Halaman X dari Y" in the footer.
    public var nomorHalaman: Bool
    /// A diagonal watermark such as "SIMULASI", `nil` for none.
    public var tandaAir: String?
    /// Document properties.
    public var judulDokumen: String
    public var pembuat: String
    /// Creation date for `docProps/core.xml`; `nil` leaves it out so output stays reproducible.
    public var dibuat: Date?
    public var blok: [Blok]

    public init(
        ukuranKertas: UkuranKertas = .a4, margin: Margin = .bawaan, font: String = "Arial",
        ukuranFont: Double = 12, spasiBaris: Double = 1.15, kepala: String? = nil, kaki: String? = nil,
        nomorHalaman: Bool = true, tandaAir: String? = nil, judulDokumen: String = "", pembuat: String = "Jalin",
        dibuat: Date? = nil, blok: [Blok] = []
    ) {
        self.ukuranKertas = ukuranKertas
        self.margin = margin
        self.font = font
        self.ukuranFont = ukuranFont
        self.spasiBaris = spasiBaris
        self.kepala = kepala
        self.kaki = kaki
        self.nomorHalaman = nomorHalaman
        self.tandaAir = tandaAir
        self.judulDokumen = judulDokumen
        self.pembuat = pembuat
        self.dibuat = dibuat
        self.blok = blok
    }
}

func cmKeTwip(_ cm: Double) -> Int { Int((cm * 1440 / 2.54).rounded()) }

// MARK: - Writer

/// Writes DOCX (WordprocessingML) files that Word, LibreOffice and python-docx open without repair.
public enum DOCX {
    /// The document as the bytes of a `.docx` file. The same input gives the same bytes.
    public static func tulis(_ d: DokumenDOCX) throws -> Data {
        var nomor = PenomoranDaftar()
        let badan = dokumen(d, nomor: &nomor)
        let adaKepala = d.kepala != nil || d.tandaAir != nil
        let adaKaki = d.kaki != nil || d.nomorHalaman

        var bagian: [BagianPaket] = [
            jenisIsi(kepala: adaKepala, kaki: adaKaki),
            PaketOOXML.relasiPaket(bagianUtama: "word/document.xml"),
            BagianPaket("word/document.xml", badan),
            relasiDokumen(kepala: adaKepala, kaki: adaKaki),
            GayaDOCX.gaya(d),
            GayaDOCX.penomoran(nomor),
            GayaDOCX.pengaturan(),
        ]
        if adaKepala { bagian.append(kepala(d)) }
        if adaKaki { bagian.append(kaki(d)) }
        bagian.append(PaketOOXML.inti(judul: d.judulDokumen, pembuat: d.pembuat, tanggal: d.dibuat))
        bagian.append(PaketOOXML.aplikasi())
        return try PaketOOXML.kemas(bagian)
    }

    static let nsW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    // MARK: Package parts

    private static func jenisIsi(kepala: Bool, kaki: Bool) -> BagianPaket {
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var s = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="\(wml).document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="\(wml).styles+xml"/>\
            <Override PartName="/word/numbering.xml" ContentType="\(wml).numbering+xml"/>\
            <Override PartName="/word/settings.xml" ContentType="\(wml).settings+xml"/>
            """
        if kepala { s += "<Override PartName=\"/word/header1.xml\" ContentType=\"\(wml).header+xml\"/>" }
        if kaki { s += "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(wml).footer+xml\"/>" }
        s += """
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """
        return BagianPaket("[Content_Types].xml", xml: s)
    }

    private static func relasiDokumen(kepala: Bool, kaki: Bool) -> BagianPaket {
        let t = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var s = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(t)/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="\(t)/numbering" Target="numbering.xml"/>\
            <Relationship Id="rId3" Type="\(t)/settings" Target="settings.xml"/>
            """
        if kepala { s += "<Relationship Id=\"rId4\" Type=\"\(t)/header\" Target=\"header1.xml\"/>" }
        if kaki { s += "<Relationship Id=\"rId5\" Type=\"\(t)/footer\" Target=\"footer1.xml\"/>" }
        s += "</Relationships>"
        return BagianPaket("word/_rels/document.xml.rels", xml: s)
    }

    // MARK: Body

    private static func dokumen(_ d: DokumenDOCX, nomor: inout PenomoranDaftar) -> PenulisXML {
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<w:document "); w.rawString(nsW); w.raw("><w:body>")
        let kertas = d.ukuranKertas.twip
        let lebarTeks = kertas.lebar - cmKeTwip(d.margin.kiri) - cmKeTwip(d.margin.kanan)
        var sebelumnyaTabel = false
        for b in d.blok {
            let tabel: Bool
            switch b {
            case .tabel, .tandaTangan: tabel = true
            default: tabel = false
            }
            // Two tables with nothing between them would merge into one in Word.
            if tabel && sebelumnyaTabel { w.raw("<w:p/>") }
            sebelumnyaTabel = tabel
            blok(&w, b, lebarTeks: lebarTeks, nomor: &nomor)
        }
        // A body must not end with a table: Word wants a paragraph after it. It is made one twip high,
        // so a signature table that ends a page does not push an empty page after it.
        let penutupTabel: StaticString = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>"
        if case .tabel = d.blok.last { w.raw(penutupTabel) }
        if case .tandaTangan = d.blok.last { w.raw(penutupTabel) }

        w.raw("<w:sectPr>")
        if d.kepala != nil || d.tandaAir != nil { w.raw("<w:headerReference w:type=\"default\" r:id=\"rId4\"/>") }
        if d.kaki != nil || d.nomorHalaman { w.raw("<w:footerReference w:type=\"default\" r:id=\"rId5\"/>") }
        w.raw("<w:pgSz w:w=\""); w.angka(kertas.lebar); w.raw("\" w:h=\""); w.angka(kertas.tinggi); w.raw("\"/>")
        w.raw("<w:pgMar w:top=\""); w.angka(cmKeTwip(d.margin.atas))
        w.raw("\" w:right=\""); w.angka(cmKeTwip(d.margin.kanan))
        w.raw("\" w:bottom=\""); w.angka(cmKeTwip(d.margin.bawah))
        w.raw("\" w:left=\""); w.angka(cmKeTwip(d.margin.kiri))
        w.raw("\" w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/>")
        w.raw("<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>")
        w.raw("</w:body></w:document>")
        return w
    }

    private static func blok(_ w: inout PenulisXML, _ b: Blok, lebarTeks: Int, nomor: inout PenomoranDaftar) {
        switch b {
        case .judul(let s):
            paragraf(&w, gaya: "Title", runs: [Run(s.uppercased())])
        case .subjudul(let s):
            paragraf(&w, gaya: "Subtitle", runs: [Run(s)])
        case let .heading(s, tingkat):
            paragraf(&w, gaya: "Heading\(min(max(tingkat, 1), 3))", runs: [Run(s)])
        case let .paragraf(runs, rata):
            paragraf(&w, gaya: nil, rata: rata, runs: runs)
        case let .daftar(butir, jenis, mulaiUlang, tingkat):
            let numId = nomor.numId(jenis: jenis, mulaiUlang: mulaiUlang)
            let indent = tingkat > 0 ? GayaDOCX.indenDaftar * (tingkat + 1) : nil
            for item in butir {
                paragraf(&w, gaya: "ListParagraph", rata: .rataKiriKanan, runs: item,
                         numId: numId, indenKiri: indent)
            }
        case .tabel(let t):
            tabel(&w, t, lebarTeks: lebarTeks)
        case .pemisahHalaman:
            w.raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
        case .tandaTangan(let ttd):
            tandaTangan(&w, ttd, lebarTeks: lebarTeks)
        }
    }

    /// One paragraph. Only `gaya` names from `GayaDOCX` are passed here.
    static func paragraf(
        _ w: inout PenulisXML, gaya: String?, rata: Rata? = nil, runs: [Run],
        numId: Int? = nil, indenKiri: Int? = nil, spasiSetelah: Int? = nil, ukuran: Int? = nil
    ) {
        w.raw("<w:p>")
        let adaPPr = gaya != nil || rata != nil || numId != nil || indenKiri != nil || spasiSetelah != nil
        if adaPPr {
            w.raw("<w:pPr>")
            if let gaya { w.raw("<w:pStyle w:val=\""); w.rawString(gaya); w.raw("\"/>") }
            if let numId {
                w.raw("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\""); w.angka(numId); w.raw("\"/></w:numPr>")
            }
            if let spasiSetelah { w.raw("<w:spacing w:after=\""); w.angka(spasiSetelah); w.raw("\"/>") }
            if let indenKiri {
                w.raw("<w:ind w:left=\""); w.angka(indenKiri)
                w.raw("\" w:hanging=\""); w.angka(GayaDOCX.indenDaftar); w.raw("\"/>")
            }
            if let rata { w.raw("<w:jc w:val=\""); w.raw(jc(rata)); w.raw("\"/>") }
            w.raw("</w:pPr>")
        }
        for r in runs { run(&w, r, ukuran: ukuran) }
        w.raw("</w:p>")
    }

    static func jc(_ r: Rata) -> StaticString {
        switch r {
        case .kiri: return "left"
        case .tengah: return "center"
        case .kanan: return "right"
        case .rataKiriKanan: return "both"
        }
    }

    /// One run: the text split at newlines (`<w:br/>`) and tabs (`<w:tab/>`); each piece escaped
    /// with `Escape.xml`, with `xml:space="preserve"` when it has edge spaces.
    static func run(_ w: inout PenulisXML, _ r: Run, ukuran: Int? = nil) {
        if r.teks.isEmpty { return }
        w.raw("<w:r>")
        if r.tebal || r.miring || r.garisBawah || ukuran != nil {
            w.raw("<w:rPr>")
            if r.tebal { w.raw("<w:b/><w:bCs/>") }
            if r.miring { w.raw("<w:i/><w:iCs/>") }
            if let ukuran {
                w.raw("<w:sz w:val=\""); w.angka(ukuran); w.raw("\"/><w:szCs w:val=\""); w.angka(ukuran); w.raw("\"/>")
            }
            if r.garisBawah { w.raw("<w:u w:val=\"single\"/>") }
            w.raw("</w:rPr>")
        }
        var awal = r.teks.unicodeScalars.startIndex
        let skalar = r.teks.unicodeScalars
        var i = awal
        var sebelumnyaCR = false
        while i < skalar.endIndex {
            let u = skalar[i]
            if u == "\n" || u == "\r" || u == "\t" {
                potonganTeks(&w, String(skalar[awal..<i]))
                if u == "\t" {
                    w.raw("<w:tab/>")
                } else if !(u == "\n" && sebelumnyaCR) {
                    w.raw("<w:br/>")
                }
                sebelumnyaCR = u == "\r"
                i = skalar.index(after: i)
                awal = i
            } else {
                sebelumnyaCR = false
                i = skalar.index(after: i)
            }
        }
        potonganTeks(&w, String(skalar[awal..<skalar.endIndex]))
        w.raw("</w:r>")
    }

    private static func potonganTeks(_ w: inout PenulisXML, _ s: String) {
        if s.isEmpty { return }
        let aman = Escape.xml(s)
        if aman.isEmpty { return }
        if aman.utf8.first == 0x20 || aman.utf8.last == 0x20 {
            w.raw("<w:t xml:space=\"preserve\">")
        } else {
            w.raw("<w:t>")
        }
        w.rawString(aman)
        w.raw("</w:t>")
    }

    /// Validated shading colour: six hex digits, upper-cased; anything else is dropped.
    static func warnaHex(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.hasPrefix("#") ? String(s.dropFirst()) : s
        guard t.utf8.count == 6, t.utf8.allSatisfy({ (48...57).contains($0) || (65...70).contains($0) || (97...102).contains($0) })
        else { return nil }
        return t.uppercased()
    }

    /// Column widths in twips: given widths in cm, the rest share what is left of the text width.
    private static func lebarKolom(_ kolom: [KolomTabel], jumlah: Int, lebarTeks: Int) -> [Int] {
        var lebar = (0..<jumlah).map { i -> Int? in
            guard i < kolom.count, let cm = kolom[i].lebar, cm.isFinite, cm > 0 else { return nil }
            return cmKeTwip(cm)
        }
        let terpakai = lebar.compactMap { $0 }.reduce(0, +)
        let kosong = lebar.filter { $0 == nil }.count
        if kosong > 0 {
            let sisa = max(lebarTeks - terpakai, kosong * 567)
            lebar = lebar.map { $0 ?? sisa / kosong }
        }
        return lebar.map { max($0 ?? 567, 200) }
    }

    private static func tabel(_ w: inout PenulisXML, _ t: Tabel, lebarTeks: Int) {
        let jumlah = max(t.baris.reduce(t.kolom.count) { max($0, $1.count) }, 1)
        let lebar = lebarKolom(t.kolom, jumlah: jumlah, lebarTeks: lebarTeks)
        w.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"")
        w.angka(lebar.reduce(0, +)); w.raw("\" w:type=\"dxa\"/>")
        if t.garis {
            w.raw("<w:tblBorders>")
            for sisi: StaticString in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                w.raw("<w:"); w.raw(sisi); w.raw(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
            }
            w.raw("</w:tblBorders>")
        } else {
            w.raw("<w:tblBorders>")
            for sisi: StaticString in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                w.raw("<w:"); w.raw(sisi); w.raw(" w:val=\"nil\"/>")
            }
            w.raw("</w:tblBorders>")
        }
        w.raw("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>")
        w.raw("<w:tblGrid>")
        for l in lebar { w.raw("<w:gridCol w:w=\""); w.angka(l); w.raw("\"/>") }
        w.raw("</w:tblGrid>")

        if !t.kolom.isEmpty && t.kepalaTampil {
            w.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
            for i in 0..<jumlah {
                let judul = i < t.kolom.count ? t.kolom[i].judul : ""
                sel(&w, SelTabel([Run(judul, tebal: true)], warna: t.warnaKepala, rata: .tengah), lebar: lebar[i])
            }
            w.raw("</w:tr>")
        }
        for baris in t.baris {
            w.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for i in 0..<jumlah {
                sel(&w, i < baris.count ? baris[i] : SelTabel([]), lebar: lebar[i])
            }
            w.raw("</w:tr>")
        }
        w.raw("</w:tbl>")
    }

    /// A table cell; it always holds at least one paragraph.
    private static func sel(_ w: inout PenulisXML, _ s: SelTabel, lebar: Int) {
        w.raw("<w:tc><w:tcPr><w:tcW w:w=\""); w.angka(lebar); w.raw("\" w:type=\"dxa\"/>")
        if let warna = warnaHex(s.warna) {
            w.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""); w.rawString(warna); w.raw("\"/>")
        }
        w.raw("</w:tcPr>")
        paragraf(&w, gaya: "IsiTabel", rata: s.rata, runs: s.isi)
        w.raw("</w:tc>")
    }

    /// Signatories side by side: party, office, signing space (with the meterai note if any), name
    /// (bold, underlined), NIP. A borderless table keeps the columns level.
    private static func tandaTangan(_ w: inout PenulisXML, _ ttd: [BlokTandaTangan], lebarTeks: Int) {
        guard !ttd.isEmpty else { return }
        let lebar = lebarTeks / ttd.count
        w.raw("<w:tbl><w:tblPr><w:tblW w:w=\""); w.angka(lebar * ttd.count)
        w.raw("\" w:type=\"dxa\"/><w:tblBorders>")
        for sisi: StaticString in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            w.raw("<w:"); w.raw(sisi); w.raw(" w:val=\"nil\"/>")
        }
        w.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
        for _ in ttd { w.raw("<w:gridCol w:w=\""); w.angka(lebar); w.raw("\"/>") }
        w.raw("</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for t in ttd {
            w.raw("<w:tc><w:tcPr><w:tcW w:w=\""); w.angka(lebar); w.raw("\" w:type=\"dxa\"/></w:tcPr>")
            if let pihak = t.pihak {
                paragraf(&w, gaya: "TandaTangan", runs: [Run(pihak, tebal: true)])
            }
            paragraf(&w, gaya: "TandaTangan", runs: [Run(t.jabatan, tebal: true)])
            // The signing space: four empty lines, or the meterai note in their middle.
            if let catatan = t.catatanMeterai {
                paragraf(&w, gaya: "TandaTangan", runs: [])
                paragraf(&w, gaya: "TandaTangan", runs: [Run(catatan, miring: true)], ukuran: 18)
                paragraf(&w, gaya: "TandaTangan", runs: [])
            } else {
                for _ in 0..<4 { paragraf(&w, gaya: "TandaTangan", runs: []) }
            }
            paragraf(&w, gaya: "TandaTangan", runs: [Run(t.nama, tebal: true, garisBawah: true)])
            if let nip = t.nip {
                paragraf(&w, gaya: "TandaTangan", runs: [Run(nip)])
            }
            w.raw("</w:tc>")
        }
        w.raw("</w:tr></w:tbl>")
    }

    // MARK: Header and footer

    private static func kepala(_ d: DokumenDOCX) -> BagianPaket {
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<w:hdr "); w.rawString(nsW)
        w.raw(" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\">")
        w.raw("<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"right\"/></w:pPr>")
        if let tanda = d.tandaAir {
            GayaDOCX.tandaAir(&w, tanda, font: d.font)
        }
        if let teks = d.kepala {
            run(&w, Run(teks), ukuran: 18)
        }
        w.raw("</w:p></w:hdr>")
        return BagianPaket("word/header1.xml", w)
    }

    private static func kaki(_ d: DokumenDOCX) -> BagianPaket {
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<w:ftr "); w.rawString(nsW); w.raw(">")
        if let teks = d.kaki {
            paragraf(&w, gaya: "Footer", rata: .kiri, runs: [Run(teks)], ukuran: 18)
        }
        if d.nomorHalaman {
            w.raw("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>")
            run(&w, Run("Halaman "), ukuran: 18)
            bidang(&w, "PAGE")
            run(&w, Run(" dari "), ukuran: 18)
            bidang(&w, "NUMPAGES")
            w.raw("</w:p>")
        }
        if d.kaki == nil && !d.nomorHalaman { w.raw("<w:p/>") }
        w.raw("</w:ftr>")
        return BagianPaket("word/footer1.xml", w)
    }

    /// A complex field (PAGE, NUMPAGES) with a placeholder result that Word and LibreOffice update.
    private static func bidang(_ w: inout PenulisXML, _ perintah: StaticString) {
        let rPr: StaticString = "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"
        w.raw("<w:r>"); w.raw(rPr); w.raw("<w:fldChar w:fldCharType=\"begin\"/></w:r>")
        w.raw("<w:r>"); w.raw(rPr); w.raw("<w:instrText xml:space=\"preserve\"> "); w.raw(perintah)
        w.raw(" \\* MERGEFORMAT </w:instrText></w:r>")
        w.raw("<w:r>"); w.raw(rPr); w.raw("<w:fldChar w:fldCharType=\"separate\"/></w:r>")
        w.raw("<w:r>"); w.raw(rPr); w.raw("<w:t>1</w:t></w:r>")
        w.raw("<w:r>"); w.raw(rPr); w.raw("<w:fldChar w:fldCharType=\"end\"/></w:r>")
    }
}

/// Hands out `w:num` ids: one per list block that restarts, reused by blocks that continue.
struct PenomoranDaftar {
    /// (numId, abstractNumId, restart) for every `w:num` written to numbering.xml.
    private(set) var daftar: [(numId: Int, abstrak: Int)] = []
    private var terakhir: [Int: Int] = [:]

    static func abstrak(_ j: JenisDaftar) -> Int {
        switch j {
        case .angka: return 0
        case .huruf: return 1
        case .ayat: return 2
        }
    }

    mutating func numId(jenis: JenisDaftar, mulaiUlang: Bool) -> Int {
        let a = Self.abstrak(jenis)
        if !mulaiUlang, let id = terakhir[a] { return id }
        let id = daftar.count + 1
        daftar.append((id, a))
        terakhir[a] = id
        return id
    }
}
