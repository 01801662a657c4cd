import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JalinDomain
import ZIPFoundation

/// Reads the cell texts of one worksheet of an `.xlsx` file (SpreadsheetML), for imports.
///
/// Every value comes back as the text stored in the file: shared and inline strings as typed,
/// numbers as written in the XML (`"1250000"`, `"45413"` for a date cell — see `tanggalDariSerial`),
/// booleans as `"TRUE"`/`"FALSE"`, error cells as their code (`"#N/A"`). A formula cell gives its cached
/// value and is listed in `HasilBaca.selRumus`, so an importer can refuse it.
///
/// The file is untrusted: it must be a ZIP holding a workbook; the declared and the actual
/// uncompressed size are capped (zip-bomb guard), as are rows and columns; XML parts are parsed
/// streaming (SAX) from their text (UTF-8 or UTF-16), and a part that declares a DTD or an entity
/// anywhere is refused (no entity expansion). Every refusal is a
/// `KesalahanValidasi` for the field `"berkas"` with a message in Bahasa Indonesia.
public enum XLSXBaca {
    /// The field named in every error.
    public static let field = "berkas"

    /// Limits applied while reading.
    public struct Batas: Sendable, Equatable {
        /// Total uncompressed size of all entries, declared and actual, in bytes.
        public var ukuranTerurai: Int64
        /// Highest row number that may hold a value.
        public var baris: Int
        /// Highest column number (1-based) that may hold a value.
        public var kolom: Int
        /// Number of entries in the ZIP.
        public var jumlahEntri: Int

        public init(ukuranTerurai: Int64, baris: Int, kolom: Int, jumlahEntri: Int) {
            self.ukuranTerurai = ukuranTerurai
            self.baris = baris
            self.kolom = kolom
            self.jumlahEntri = jumlahEntri
        }

        /// 100 MB uncompressed, 200,000 rows, 200 columns, 10,000 ZIP entries.
        public static let bawaan = Batas(
            ukuranTerurai: 100 * 1024 * 1024, baris: 200_000, kolom: 200, jumlahEntri: 10_000)
    }

    /// The position of one cell: 0-based indices into `HasilBaca.baris` and into that row, so
    /// spreadsheet row = `baris + 1`, column letter = `referensi`'s letters.
    public struct PosisiSel: Sendable, Hashable, CustomStringConvertible {
        public let baris: Int
        public let kolom: Int

        public init(baris: Int, kolom: Int) {
            self.baris = baris
            self.kolom = kolom
        }

        /// The A1-style reference, e.g. `"C5"` for `baris: 4, kolom: 2`.
        public var referensi: String { XLSX.hurufKolom(kolom) + String(baris + 1) }

        public var description: String { referensi }
    }

    /// Everything read from one worksheet.
    public struct HasilBaca: Sendable, Equatable {
        /// Row `i` is spreadsheet row `i + 1`; rows without any value are `[]` and every row ends at
        /// its last cell with a value; missing cells before it are `""`.
        public var baris: [[String]]
        /// Cells that hold a formula (their cached value is in `baris`), in reading order.
        public var selRumus: [PosisiSel]
        /// The workbook uses the 1904 date system (old Mac Excel): pass it to `tanggalDariSerial`.
        public var tanggal1904: Bool
        /// The name of the sheet that was read.
        public var namaLembar: String

        public init(baris: [[String]], selRumus: [PosisiSel], tanggal1904: Bool, namaLembar: String) {
            self.baris = baris
            self.selRumus = selRumus
            self.tanggal1904 = tanggal1904
            self.namaLembar = namaLembar
        }
    }

    // MARK: - Public API

    /// The rows of the worksheet at index `lembar` (0 = the first sheet of the workbook).
    public static func baris(_ data: Data, lembar: Int = 0, batas: Batas = .bawaan) throws(KesalahanValidasi)
        -> [[String]]
    {
        try bacaLengkap(data, lembar: lembar, batas: batas).baris
    }

    /// The rows and formula cells of the worksheet at index `lembar` (0 = the first sheet).
    public static func bacaLengkap(_ data: Data, lembar: Int = 0, batas: Batas = .bawaan) throws(KesalahanValidasi)
        -> HasilBaca
    {
        let buku = try BukuKerja(data, batas: batas)
        guard lembar >= 0, lembar < buku.lembar.count else {
            throw gagal(
                "Lembar ke-\(lembar + 1) tidak ada; buku kerja ini hanya memiliki \(buku.lembar.count) lembar.")
        }
        return try buku.baca(buku.lembar[lembar])
    }

    /// The rows and formula cells of the worksheet named `namaLembar` (case-insensitive).
    public static func bacaLengkap(_ data: Data, namaLembar: String, batas: Batas = .bawaan)
        throws(KesalahanValidasi) -> HasilBaca
    {
        let buku = try BukuKerja(data, batas: batas)
        let dicari = namaLembar.trimmingCharacters(in: .whitespaces).lowercased()
        guard let l = buku.lembar.first(where: { $0.nama.lowercased() == dicari }) else {
            let ada = buku.lembar.map { "\"\($0.nama)\"" }.joined(separator: ", ")
            throw gagal("Lembar \"\(namaLembar)\" tidak ditemukan; lembar yang ada: \(ada).")
        }
        return try buku.baca(l)
    }

    /// The names of the sheets, in workbook order.
    public static func daftarLembar(_ data: Data, batas: Batas = .bawaan) throws(KesalahanValidasi) -> [String] {
        try BukuKerja(data, batas: batas).lembar.map(\.nama)
    }

    /// A date from a spreadsheet serial number as written in the XML (`"45413"` → 2024-05-01;
    /// a time fraction such as `"45413.75"` is dropped). Excel's 1900 date system: serial 1 is
    /// 1900-01-01, and serial 60 is the non-existent 1900-02-29 (Lotus 1-2-3 bug), which gives nil;
    /// with `sistem1904` serial 0 is 1904-01-01. Nil for anything else: signs, exponents, text,
    /// 0, or beyond 9999-12-31.
    public static func tanggalDariSerial(_ s: String, sistem1904: Bool = false) -> Tanggal? {
        Tanggal(serialExcel: s, sistem1904: sistem1904)
    }

    // MARK: - Errors

    static func gagal(_ pesan: String) -> KesalahanValidasi {
        KesalahanValidasi(field: field, pesan: pesan)
    }

    static func rusak(_ rincian: String) -> KesalahanValidasi {
        gagal("Berkas XLSX rusak atau tidak sesuai format: \(rincian). Simpan ulang berkas dari aplikasi lembar kerja "
            + "sebagai Excel Workbook (.xlsx), lalu unggah kembali.")
    }

    static func megabita(_ n: Int64) -> String { Angka.ribuan(n / (1024 * 1024)) + " MB" }
}

// MARK: - The workbook

extension XLSXBaca {
    struct InfoLembar {
        let nama: String
        let jalur: String
    }

    /// The opened ZIP with its entries indexed, the workbook's sheet list and its shared strings
    /// location. Entries are inflated only when read, each under the size limits.
    final class BukuKerja {
        let arsip: Archive
        let batas: Batas
        /// Entries by lower-cased path (OOXML part names are case-insensitive).
        var entri: [String: Entry] = [:]
        var terurai: Int64 = 0
        private(set) var lembar: [InfoLembar] = []
        private(set) var tanggal1904 = false
        private var jalurTeksBersama: String?

        init(_ data: Data, batas: Batas) throws(KesalahanValidasi) {
            self.batas = batas
            let awal = [UInt8](data.prefix(8))
            if awal.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw gagal("Berkas ini berformat Excel 97–2003 (.xls) yang tidak didukung. Buka berkas, lalu simpan "
                    + "sebagai Excel Workbook (.xlsx) dan unggah kembali.")
            }
            guard awal.starts(with: [0x50, 0x4B, 0x03, 0x04]) || awal.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
                throw gagal("Berkas bukan lembar kerja Excel (.xlsx): isinya bukan arsip ZIP. Simpan berkas sebagai "
                    + "Excel Workbook (.xlsx), lalu unggah kembali.")
            }
            do {
                arsip = try Archive(data: data, accessMode: .read)
            } catch {
                throw gagal("Berkas XLSX rusak: arsip ZIP di dalamnya tidak dapat dibaca.")
            }

            // Declared sizes first: refuse a bomb before inflating anything.
            var jumlah = 0
            var total: UInt64 = 0
            for e in arsip {
                jumlah += 1
                if jumlah > batas.jumlahEntri {
                    throw gagal("Berkas XLSX memuat lebih dari \(Angka.ribuan(batas.jumlahEntri)) bagian; berkas "
                        + "mungkin rusak atau berbahaya.")
                }
                let (jml, limpah) = total.addingReportingOverflow(e.uncompressedSize)
                total = jml
                if limpah || total > UInt64(batas.ukuranTerurai) {
                    throw gagal("Isi berkas XLSX lebih dari \(megabita(batas.ukuranTerurai)) setelah diurai; berkas "
                        + "terlalu besar, rusak, atau berbahaya. Bagi data menjadi beberapa berkas.")
                }
                var jalur = e.path.lowercased()
                while jalur.hasPrefix("/") { jalur.removeFirst() }
                if e.type == .file { entri[jalur] = e }
            }

            guard entri.keys.contains(where: { $0.hasPrefix("xl/") }) || entri["_rels/.rels"] != nil else {
                throw gagal("Berkas ZIP ini bukan buku kerja Excel (.xlsx): bagian xl/ tidak ditemukan.")
            }
            try bacaBukuKerja()
        }

        /// Finds the workbook part (via `_rels/.rels`), its sheets and its shared strings.
        private func bacaBukuKerja() throws(KesalahanValidasi) {
            var jalurBuku = "xl/workbook.xml"
            if entri["_rels/.rels"] != nil {
                let relasi = try elemen("_rels/.rels", nama: ["Relationship"])
                if let utama = relasi.first(where: { ($0["Type"] ?? "").hasSuffix("/officeDocument") }),
                   let target = utama["Target"]
                {
                    jalurBuku = Self.gabung(dasar: "", target)
                }
            }
            guard entri[jalurBuku.lowercased()] != nil else {
                throw gagal("Berkas ZIP ini bukan buku kerja Excel (.xlsx): bagian \(jalurBuku) tidak ditemukan.")
            }
            let folder = jalurBuku.split(separator: "/", omittingEmptySubsequences: false).dropLast()
                .joined(separator: "/")
            let elemenBuku = try elemen(jalurBuku, nama: ["sheet", "workbookPr"])
            if let pr = elemenBuku.first(where: { $0[""] == "workbookPr" }), let v = pr["date1904"] {
                tanggal1904 = v == "1" || v.lowercased() == "true"
            }

            let jalurRelasi = (folder.isEmpty ? "" : folder + "/") + "_rels/"
                + (jalurBuku.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
            var target: [String: (target: String, jenis: String)] = [:]
            if entri[jalurRelasi.lowercased()] != nil {
                for r in try elemen(jalurRelasi, nama: ["Relationship"]) {
                    guard let id = r["Id"], let t = r["Target"], r["TargetMode"]?.lowercased() != "external"
                    else { continue }
                    target[id] = (Self.gabung(dasar: folder, t), r["Type"] ?? "")
                }
            }
            if let ss = target.values.first(where: { $0.jenis.hasSuffix("/sharedStrings") }) {
                jalurTeksBersama = ss.target
            } else if entri[(folder.isEmpty ? "" : folder + "/") + "sharedstrings.xml"] != nil {
                jalurTeksBersama = (folder.isEmpty ? "" : folder + "/") + "sharedStrings.xml"
            }

            var hasil: [InfoLembar] = []
            for (i, s) in elemenBuku.filter({ $0[""] == "sheet" }).enumerated() {
                let nama = s["name"] ?? "Lembar \(i + 1)"
                // The relationship id attribute is `r:id` with whatever prefix the file binds.
                let rid = s.first(where: { $0.key.hasSuffix(":id") })?.value
                var jalur = (folder.isEmpty ? "" : folder + "/") + "worksheets/sheet\(i + 1).xml"
                if let rid, let t = target[rid] {
                    if !t.jenis.isEmpty && !t.jenis.hasSuffix("/worksheet") {
                        jalur = ""  // a chartsheet or dialog sheet: no cells
                    } else {
                        jalur = t.target
                    }
                }
                hasil.append(InfoLembar(nama: nama, jalur: jalur))
            }
            if hasil.isEmpty {
                throw gagal("Buku kerja tidak memiliki lembar kerja.")
            }
            lembar = hasil
        }

        /// Reads one sheet.
        func baca(_ l: InfoLembar) throws(KesalahanValidasi) -> HasilBaca {
            guard !l.jalur.isEmpty else {
                throw gagal("Lembar \"\(l.nama)\" bukan lembar kerja berisi sel (misalnya lembar grafik).")
            }
            guard entri[l.jalur.lowercased()] != nil else {
                throw rusak("bagian \(l.jalur) untuk lembar \"\(l.nama)\" tidak ditemukan")
            }
            var teksBersama: [String] = []
            if let j = jalurTeksBersama, entri[j.lowercased()] != nil {
                let data = try ambil(j)
                let d = PembacaTeksBersama()
                try urai(data, bagian: j, delegasi: d, galat: { d.galat })
                teksBersama = d.hasil
            }
            let data = try ambil(l.jalur)
            let d = PembacaLembar(teksBersama: teksBersama, batas: batas)
            try urai(data, bagian: l.jalur, delegasi: d, galat: { d.galat })
            return HasilBaca(baris: d.baris, selRumus: d.rumus, tanggal1904: tanggal1904, namaLembar: l.nama)
        }

        /// Inflates one entry, counting the actual bytes against the declared size and the total limit.
        func ambil(_ jalur: String) throws(KesalahanValidasi) -> Data {
            guard let e = entri[jalur.lowercased()] else { throw rusak("bagian \(jalur) tidak ditemukan") }
            let dinyatakan = Int64(clamping: e.uncompressedSize)
            var isi = Data()
            isi.reserveCapacity(Int(min(dinyatakan, batas.ukuranTerurai - terurai, 64 * 1024 * 1024)))
            var total = terurai
            let batasTotal = batas.ukuranTerurai
            struct Lewat: Error {}
            do {
                _ = try arsip.extract(e, bufferSize: 64 * 1024, skipCRC32: false) { potongan in
                    total += Int64(potongan.count)
                    if total > batasTotal || Int64(isi.count + potongan.count) > dinyatakan { throw Lewat() }
                    isi.append(potongan)
                }
            } catch is Lewat {
                throw gagal("Isi berkas XLSX lebih besar daripada yang dinyatakan atau lebih dari "
                    + "\(megabita(batasTotal)) setelah diurai; berkas rusak atau berbahaya.")
            } catch {
                throw rusak("bagian \(jalur) tidak dapat diurai")
            }
            terurai = total
            return isi
        }

        /// Every element with a local name in `nama`, as its attributes plus `""` → local name.
        func elemen(_ jalur: String, nama: Set<String>) throws(KesalahanValidasi) -> [[String: String]] {
            let data = try ambil(jalur)
            let d = PengumpulElemen(nama: nama)
            try urai(data, bagian: jalur, delegasi: d, galat: { nil })
            return d.hasil
        }

        /// Parses one XML part with `delegasi`. The part is first decoded to text (`teksUTF8`) and
        /// refused if it declares a DTD anywhere (`adaDTD`); the parser then gets exactly that text
        /// as UTF-8 without its XML declaration, so it cannot read the bytes in another encoding
        /// than the one checked. FoundationXML always asks libxml2 to substitute entities
        /// (XML_PARSE_NOENT, with no switch to turn it off), so no DTD must ever reach it: without
        /// a DTD only the five predefined entities and character references exist.
        func urai(
            _ data: Data, bagian: String, delegasi: any XMLParserDelegate, galat: () -> KesalahanValidasi?
        ) throws(KesalahanValidasi) {
            guard let teks = Self.teksUTF8(data) else {
                throw rusak("bagian \(bagian) tidak memakai pengodean UTF-8 atau UTF-16 yang sah")
            }
            if Self.adaDTD(teks) {
                throw rusak("bagian \(bagian) memuat deklarasi DTD (DOCTYPE atau ENTITY) yang tidak diizinkan")
            }
            let parser = XMLParser(data: teks)
            parser.shouldProcessNamespaces = false
            parser.shouldReportNamespacePrefixes = false
            parser.shouldResolveExternalEntities = false
            parser.externalEntityResolvingPolicy = .never
            parser.delegate = delegasi
            let berhasil = parser.parse()
            if let g = galat() { throw g }
            // FoundationXML on Linux can return true after a recoverable error; the error is still set.
            if !berhasil || parser.parserError != nil {
                throw rusak("XML pada bagian \(bagian) tidak sah (baris \(parser.lineNumber))")
            }
        }

        /// The part as UTF-8 bytes without byte order mark and without XML declaration, or nil.
        /// The encoding is recognised from the first bytes (XML 1.0 Appendix F): a UTF-8 or UTF-16
        /// byte order mark, or `<` as `3C 00` (UTF-16 LE) or `00 3C` (UTF-16 BE) without one;
        /// otherwise UTF-8. Nil for UTF-32, EBCDIC or any other encoding, invalid code units, a NUL
        /// character (not allowed in XML; it would let the parser guess another encoding), an
        /// unterminated declaration, or a second declaration behind the first (it would become
        /// the one the parser reads).
        static func teksUTF8(_ data: Data) -> Data? {
            let b = [UInt8](data.prefix(4))
            func utf16(bigEndian: Bool, lewati: Int) -> Data? {
                let isi = data.dropFirst(lewati)
                guard isi.count % 2 == 0 else { return nil }
                var unit: [UInt16] = []
                unit.reserveCapacity(isi.count / 2)
                var i = isi.startIndex
                while i < isi.endIndex {
                    let x = UInt16(isi[i]), y = UInt16(isi[i + 1])
                    unit.append(bigEndian ? x << 8 | y : y << 8 | x)
                    i += 2
                }
                guard let s = String(validating: unit, as: UTF16.self) else { return nil }
                return Data(s.utf8)
            }
            let utf8: Data?
            if b.starts(with: [0x00, 0x00]) || b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || b.starts(with: [0x3C, 0x00, 0x00, 0x00]) {
                utf8 = nil  // UTF-32 or UCS-4
            } else if b.starts(with: [0xEF, 0xBB, 0xBF]) {
                utf8 = Data(data.dropFirst(3))
            } else if b.starts(with: [0xFE, 0xFF]) {
                utf8 = utf16(bigEndian: true, lewati: 2)
            } else if b.starts(with: [0xFF, 0xFE]) {
                utf8 = utf16(bigEndian: false, lewati: 2)
            } else if b.starts(with: [0x00, 0x3C]) {
                utf8 = utf16(bigEndian: true, lewati: 0)
            } else if b.starts(with: [0x3C, 0x00]) {
                utf8 = utf16(bigEndian: false, lewati: 0)
            } else {
                utf8 = data
            }
            guard var isi = utf8, !isi.contains(0), Self.utf8Sah(isi) else { return nil }
            if Self.awalDeklarasi(isi) {
                guard let akhir = isi.firstRange(of: Data("?>".utf8)) else { return nil }
                isi = Data(isi[akhir.upperBound...])
                if Self.awalDeklarasi(isi) { return nil }
            }
            return isi
        }

        /// Whether `d` is well-formed UTF-8 (checked without copying it).
        static func utf8Sah(_ d: Data) -> Bool {
            var it = d.makeIterator()
            var p = Unicode.UTF8.ForwardParser()
            while true {
                switch p.parseScalar(from: &it) {
                case .valid: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }

        /// Whether `d` begins with an XML declaration (`<?xml` and a space or `?`).
        static func awalDeklarasi(_ d: Data) -> Bool {
            let b = [UInt8](d.prefix(6))
            guard b.count == 6, b[0] == 0x3C, b[1] == 0x3F, b[2] | 0x20 == 0x78, b[3] | 0x20 == 0x6D, b[4] | 0x20 == 0x6C else {
                return false
            }
            return [0x20, 0x09, 0x0A, 0x0D, 0x3F].contains(b[5])
        }

        /// Whether the text declares a DTD or an entity anywhere: `<!DOCTYPE` or `<!ENTITY`, in any
        /// case, also inside comments or CDATA (where it does no harm, but no spreadsheet needs it).
        static func adaDTD(_ teks: Data) -> Bool {
            let doctype = Array("doctype".utf8), entity = Array("entity".utf8)
            return teks.withUnsafeBytes { (p: UnsafeRawBufferPointer) -> Bool in
                let n = p.count
                func cocok(_ i: Int, _ kata: [UInt8]) -> Bool {
                    guard i + kata.count <= n else { return false }
                    for (j, k) in kata.enumerated() where p[i + j] | 0x20 != k { return false }
                    return true
                }
                var i = 0
                while i + 1 < n {
                    if p[i] == 0x3C, p[i + 1] == 0x21, cocok(i + 2, doctype) || cocok(i + 2, entity) { return true }
                    i += 1
                }
                return false
            }
        }

        /// Resolves a relationship target against the folder of its source part.
        static func gabung(dasar: String, _ target: String) -> String {
            var bagian: [Substring]
            if target.hasPrefix("/") {
                bagian = []
            } else {
                bagian = dasar.split(separator: "/")
            }
            for s in target.split(separator: "/") {
                if s == "." { continue }
                if s == ".." { if !bagian.isEmpty { bagian.removeLast() }; continue }
                bagian.append(s)
            }
            return bagian.joined(separator: "/")
        }
    }
}

// MARK: - SAX delegates

/// The local part of a possibly prefixed XML name (`x:c` → `c`).
@inline(__always)
private func namaLokal(_ nama: String) -> Substring {
    if let i = nama.lastIndex(of: ":") { return nama[nama.index(after: i)...] }
    return nama[...]
}

/// The SpreadsheetML elements the readers act on, recognised from the UTF-8 bytes of a possibly
/// prefixed name without building substrings (the sheet parser sees several per cell).
private enum ElemenSS {
    case row, c, v, f, t, `is`, rPh, si, lain

    @inline(__always)
    init(_ nama: String) {
        var b0: UInt8 = 0, b1: UInt8 = 0, b2: UInt8 = 0
        var n = 0
        for u in nama.utf8 {
            if u == 0x3A { n = 0; continue }  // ":" — start again after the prefix
            switch n {
            case 0: b0 = u
            case 1: b1 = u
            case 2: b2 = u
            default: break
            }
            n += 1
        }
        switch (n, b0, b1, b2) {
        case (1, 0x63, _, _): self = .c
        case (1, 0x76, _, _): self = .v
        case (1, 0x66, _, _): self = .f
        case (1, 0x74, _, _): self = .t
        case (2, 0x69, 0x73, _): self = .is
        case (2, 0x73, 0x69, _): self = .si
        case (3, 0x72, 0x6F, 0x77): self = .row
        case (3, 0x72, 0x50, 0x68): self = .rPh
        default: self = .lain
        }
    }
}

/// Collects the attributes of the elements with the given local names.
private final class PengumpulElemen: NSObject, XMLParserDelegate {
    let nama: Set<String>
    var hasil: [[String: String]] = []

    init(nama: Set<String>) { self.nama = nama }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        let lokal = String(namaLokal(elementName))
        guard nama.contains(lokal) else { return }
        var a = attributeDict
        a[""] = lokal
        hasil.append(a)
    }
}

/// Decodes the `_xHHHH_` escapes of OOXML strings (ECMA-376 ST_Xstring), e.g. `_x000D_` for CR and
/// `_x005F_` for a literal underscore.
func uraiEscapeOOXML(_ s: String) -> String {
    guard s.utf8.contains(UInt8(ascii: "_")) else { return s }
    let b = Array(s.utf8)
    guard b.count >= 7 else { return s }
    func hex(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: UInt32(c - 0x30)
        case 0x41...0x46: UInt32(c - 0x41 + 10)
        case 0x61...0x66: UInt32(c - 0x61 + 10)
        default: nil
        }
    }
    var hasil = String.UnicodeScalarView()
    var mulaiSalin = 0
    var i = 0
    var berubah = false
    while i + 6 < b.count {
        if b[i] == 0x5F, b[i + 1] == 0x78, b[i + 6] == 0x5F,
           let a = hex(b[i + 2]), let c = hex(b[i + 3]), let d = hex(b[i + 4]), let e = hex(b[i + 5]),
           let u = Unicode.Scalar(a << 12 | c << 8 | d << 4 | e)
        {
            hasil.append(contentsOf: String(decoding: b[mulaiSalin..<i], as: UTF8.self).unicodeScalars)
            hasil.append(u)
            i += 7
            mulaiSalin = i
            berubah = true
        } else {
            i += 1
        }
    }
    guard berubah else { return s }
    hasil.append(contentsOf: String(decoding: b[mulaiSalin...], as: UTF8.self).unicodeScalars)
    return String(hasil)
}

/// Reads `sharedStrings.xml`: one string per `<si>`, from its `<t>` elements (plain or rich-text
/// runs), leaving out phonetic runs (`<rPh>`).
private final class PembacaTeksBersama: NSObject, XMLParserDelegate {
    var hasil: [String] = []
    var galat: KesalahanValidasi?
    private var kini = ""
    private var dalamT = false
    private var dalamFonetik = 0

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch ElemenSS(elementName) {
        case .si: kini = ""
        case .t: dalamT = dalamFonetik == 0
        case .rPh: dalamFonetik += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch ElemenSS(elementName) {
        case .si: hasil.append(uraiEscapeOOXML(kini))
        case .t: dalamT = false
        case .rPh: dalamFonetik -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dalamT { kini += string }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if dalamT { kini += whitespaceString }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if dalamT { kini += String(decoding: CDATABlock, as: UTF8.self) }
    }
}

/// Reads a worksheet's `<sheetData>` into rows of texts.
private final class PembacaLembar: NSObject, XMLParserDelegate {
    let teksBersama: [String]
    let batas: XLSXBaca.Batas
    var baris: [[String]] = []
    var rumus: [XLSXBaca.PosisiSel] = []
    var galat: KesalahanValidasi?

    private var barisKini = 0  // 1-based number of the current row
    private var kolomKini = 0  // 1-based number of the last cell seen in the row
    private var jenis = ""
    private var adaRumus = false
    private var nilai = ""
    private var teksInline = ""
    private var kumpul: Kumpul = .tidak
    private var dalamFonetik = 0
    private var dalamSel = false

    private enum Kumpul { case tidak, nilai, teksInline }

    init(teksBersama: [String], batas: XLSXBaca.Batas) {
        self.teksBersama = teksBersama
        self.batas = batas
    }

    private func henti(_ parser: XMLParser, _ g: KesalahanValidasi) {
        if galat == nil { galat = g }
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        guard galat == nil else { return }
        switch ElemenSS(elementName) {
        case .row:
            if let r = attributeDict["r"] {
                guard let n = Int(r), n >= 1 else {
                    henti(parser, XLSXBaca.rusak("nomor baris \"\(r.prefix(20))\" tidak sah"))
                    return
                }
                barisKini = n
            } else {
                barisKini += 1
            }
            kolomKini = 0
        case .c:
            dalamSel = true
            jenis = attributeDict["t"] ?? "n"
            adaRumus = false
            nilai = ""
            teksInline = ""
            if let r = attributeDict["r"] {
                guard let (kolom, barisRef) = Self.uraiReferensi(r) else {
                    henti(parser, XLSXBaca.rusak("referensi sel \"\(r.prefix(20))\" tidak sah"))
                    return
                }
                kolomKini = kolom
                if let barisRef { barisKini = barisRef }
            } else {
                kolomKini += 1
            }
        case .v:
            if dalamSel { kumpul = .nilai }
        case .f:
            if dalamSel { adaRumus = true }
        case .t:
            if dalamSel && dalamFonetik == 0 { kumpul = .teksInline }
        case .rPh:
            dalamFonetik += 1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard galat == nil else { return }
        switch ElemenSS(elementName) {
        case .v, .t:
            kumpul = .tidak
        case .rPh:
            dalamFonetik -= 1
        case .c:
            dalamSel = false
            selesaiSel(parser)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch kumpul {
        case .tidak: break
        case .nilai: nilai += string
        case .teksInline: teksInline += string
        }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    private func selesaiSel(_ parser: XMLParser) {
        let teks: String
        switch jenis {
        case "s":
            let t = nilai.trimmingCharacters(in: .whitespaces)
            guard let i = Int(t), i >= 0, i < teksBersama.count else {
                if t.isEmpty && !adaRumus { return }
                henti(parser, XLSXBaca.rusak("sel \(XLSX.hurufKolom(kolomKini - 1))\(barisKini) merujuk teks bersama "
                    + "yang tidak ada"))
                return
            }
            teks = teksBersama[i]
        case "inlineStr":
            teks = uraiEscapeOOXML(teksInline)
        case "b":
            let t = nilai.trimmingCharacters(in: .whitespaces)
            teks = t.isEmpty ? "" : (t == "1" || t.lowercased() == "true" ? "TRUE" : "FALSE")
        case "str":
            teks = uraiEscapeOOXML(nilai)
        default:  // "n", "e", "d": as written
            teks = nilai
        }
        if teks.isEmpty && !adaRumus { return }

        if barisKini > batas.baris {
            henti(parser, XLSXBaca.gagal("Lembar kerja memiliki isian pada baris \(Angka.ribuan(barisKini)); batas "
                + "yang dapat dibaca adalah \(Angka.ribuan(batas.baris)) baris. Bagi data menjadi beberapa berkas."))
            return
        }
        if kolomKini > batas.kolom {
            henti(parser, XLSXBaca.gagal("Lembar kerja memiliki isian pada kolom \(XLSX.hurufKolom(kolomKini - 1)) "
                + "(kolom ke-\(Angka.ribuan(kolomKini))); batas yang dapat dibaca adalah \(batas.kolom) kolom."))
            return
        }
        let b = barisKini - 1
        let k = kolomKini - 1
        while baris.count <= b { baris.append([]) }
        if baris[b].count <= k {
            baris[b].reserveCapacity(k + 1)
            while baris[b].count < k { baris[b].append("") }
            baris[b].append(teks)
        } else {
            baris[b][k] = teks
        }
        if adaRumus { rumus.append(XLSXBaca.PosisiSel(baris: b, kolom: k)) }
    }

    /// `"AB12"` → (28, 12); `"AB"` → (28, nil). Columns are 1-based; nil when malformed.
    static func uraiReferensi(_ r: String) -> (Int, Int?)? {
        var kolom = 0
        var baris = 0
        var hurufSelesai = false
        var adaAngka = false
        var jumlahHuruf = 0
        for u in r.utf8 {
            switch u {
            case 0x24:  // "$"
                continue
            case 0x41...0x5A, 0x61...0x7A:
                guard !hurufSelesai else { return nil }
                jumlahHuruf += 1
                guard jumlahHuruf <= 3 else { return nil }
                kolom = kolom * 26 + Int((u & 0xDF) - 0x40)
            case 0x30...0x39:
                hurufSelesai = true
                adaAngka = true
                baris = baris * 10 + Int(u - 0x30)
                guard baris <= 10_000_000 else { return nil }
            default:
                return nil
            }
        }
        guard kolom >= 1, kolom <= XLSX.batasKolom else { return nil }
        if adaAngka { return baris >= 1 ? (kolom, baris) : nil }
        return (kolom, nil)
    }
}
