import Foundation
import ZIPFoundation

/// Errors of the OOXML writers, with a message in Bahasa Indonesia for the user.
public enum GalatOOXML: Error, Equatable, Sendable, CustomStringConvertible {
    /// A workbook needs at least one sheet.
    case tanpaLembar
    /// A sheet has more rows than a spreadsheet can hold (1,048,576 including the header).
    case terlaluBanyakBaris(lembar: String, jumlah: Int)
    /// A sheet has more columns than a spreadsheet can hold (16,384).
    case terlaluBanyakKolom(lembar: String, jumlah: Int)
    /// The ZIP container could not be written or read.
    case arsip(String)

    public var description: String {
        switch self {
        case .tanpaLembar:
            return "Buku kerja harus memiliki sedikitnya satu lembar."
        case let .terlaluBanyakBaris(lembar, jumlah):
            return "Lembar \"\(lembar)\" memiliki \(jumlah) baris; batas lembar kerja adalah 1.048.576 baris."
        case let .terlaluBanyakKolom(lembar, jumlah):
            return "Lembar \"\(lembar)\" memiliki \(jumlah) kolom; batas lembar kerja adalah 16.384 kolom."
        case let .arsip(alasan):
            return "Berkas ZIP tidak dapat dibuat atau dibaca: \(alasan)"
        }
    }
}

/// An append-only UTF-8 byte sink for building XML parts. Bytes go into chunks of a fixed,
/// pre-reserved size, so a large sheet never reallocates (and never holds two copies of itself)
/// while it grows. Markup is appended raw; user text only through `teks(_:)`, which escapes it
/// with `Escape.xml`.
struct PenulisXML {
    static let ukuranPotongan = 1 << 20

    private(set) var potongan: [[UInt8]] = []
    private var kini: [UInt8]
    private(set) var jumlahByte = 0

    init() {
        kini = []
        kini.reserveCapacity(Self.ukuranPotongan)
    }

    /// Starts a new chunk when `n` more bytes would not fit into the reserved capacity.
    @inline(__always)
    private mutating func sediakan(_ n: Int) {
        if kini.count + n > kini.capacity && !kini.isEmpty {
            potongan.append(kini)
            kini = []
            kini.reserveCapacity(max(Self.ukuranPotongan, n))
        }
    }

    /// Appends markup (never user text).
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        sediakan(n)
        s.withUTF8Buffer { kini.append(contentsOf: $0) }
        jumlahByte += n
    }

    /// Appends markup built by the writer itself (numbers, references, validated values).
    @inline(__always)
    mutating func rawString(_ s: String) {
        var s = s
        s.withUTF8 { b in
            sediakan(b.count)
            kini.append(contentsOf: b)
            jumlahByte += b.count
        }
    }

    /// Appends one ASCII byte.
    @inline(__always)
    mutating func byte(_ b: UInt8) {
        sediakan(1)
        kini.append(b)
        jumlahByte += 1
    }

    /// Appends user text for an element or a double-quoted attribute, escaped by `Escape.xml`.
    @inline(__always)
    mutating func teks(_ s: String) {
        rawString(Escape.xml(s))
    }

    /// Appends a non-negative or negative integer in decimal without allocating.
    @inline(__always)
    mutating func angka(_ v: Int) {
        if v < 0 {
            if v == Int.min { rawString(String(v)); return }
            byte(UInt8(ascii: "-"))
            angka(-v)
            return
        }
        if v < 10 { byte(UInt8(truncatingIfNeeded: v) &+ 48); return }
        var digit: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                    UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var x = v
        withUnsafeMutableBytes(of: &digit) { p in
            while x > 0 {
                p[n] = UInt8(truncatingIfNeeded: x % 10) &+ 48
                x /= 10
                n += 1
            }
        }
        sediakan(n)
        withUnsafeBytes(of: &digit) { p in
            var i = n - 1
            while i >= 0 { kini.append(p[i]); i -= 1 }
        }
        jumlahByte += n
    }

    /// All chunks, in order.
    mutating func selesai() -> [[UInt8]] {
        if !kini.isEmpty { potongan.append(kini) }
        kini = []
        return potongan
    }
}

/// One part of an OOXML package: its path in the ZIP and its bytes, as chunks.
struct BagianPaket {
    let jalur: String
    let potongan: [[UInt8]]
    let ukuran: Int

    init(_ jalur: String, _ penulis: PenulisXML) {
        var p = penulis
        self.jalur = jalur
        self.ukuran = p.jumlahByte
        self.potongan = p.selesai()
    }

    init(_ jalur: String, xml: String) {
        self.jalur = jalur
        let bytes = Array(xml.utf8)
        self.ukuran = bytes.count
        self.potongan = [bytes]
    }
}

enum PaketOOXML {
    /// Every entry carries this modification time (1980-01-01 00:00:00 UTC, the earliest a ZIP can
    /// hold), so the same document always gives the same bytes.
    static let waktuTetap = Date(timeIntervalSince1970: 315_532_800)

    /// Writes the parts, in the given order, into a deflated ZIP held in memory.
    /// `[Content_Types].xml` must come first; the writers pass it first.
    static func kemas(_ bagian: [BagianPaket]) throws -> Data {
        let arsip: Archive
        do {
            arsip = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw GalatOOXML.arsip(String(describing: error))
        }
        for b in bagian {
            // Cumulative offsets of the chunks, to serve any (position, size) window.
            var awal: [Int] = []
            awal.reserveCapacity(b.potongan.count)
            var total = 0
            for p in b.potongan {
                awal.append(total)
                total += p.count
            }
            let potongan = b.potongan
            let penyedia: Provider = { posisi, ukuran in
                var hasil = Data(capacity: ukuran)
                var pos = Int(posisi)
                let akhir = min(pos + ukuran, total)
                // Binary search for the chunk holding `pos`.
                var lo = 0
                var hi = awal.count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if awal[mid] <= pos { lo = mid } else { hi = mid - 1 }
                }
                var i = lo
                while pos < akhir && i < potongan.count {
                    let mulai = pos - awal[i]
                    let ambil = min(potongan[i].count - mulai, akhir - pos)
                    if ambil > 0 {
                        potongan[i].withUnsafeBufferPointer { buf in
                            hasil.append(buf.baseAddress! + mulai, count: ambil)
                        }
                        pos += ambil
                    }
                    i += 1
                }
                return hasil
            }
            do {
                try arsip.addEntry(
                    with: b.jalur, type: .file, uncompressedSize: Int64(total),
                    modificationDate: waktuTetap, permissions: 0o644,
                    compressionMethod: .deflate, bufferSize: 256 * 1024, provider: penyedia)
            } catch {
                throw GalatOOXML.arsip(String(describing: error))
            }
        }
        guard let data = arsip.data else { throw GalatOOXML.arsip("arsip kosong") }
        return data
    }

    static let deklarasi: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// `docProps/core.xml`: title and author escaped; dates only when given (reproducible output).
    static func inti(judul: String, pembuat: String, tanggal: Date?) -> BagianPaket {
        var w = PenulisXML()
        w.raw(deklarasi)
        w.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        w.raw("<dc:title>"); w.teks(judul); w.raw("</dc:title>")
        w.raw("<dc:creator>"); w.teks(pembuat); w.raw("</dc:creator>")
        w.raw("<cp:lastModifiedBy>"); w.teks(pembuat); w.raw("</cp:lastModifiedBy>")
        if let tanggal {
            let t = w3cdtf(tanggal)
            w.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">"); w.rawString(t); w.raw("</dcterms:created>")
            w.raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">"); w.rawString(t); w.raw("</dcterms:modified>")
        }
        w.raw("</cp:coreProperties>")
        return BagianPaket("docProps/core.xml", w)
    }

    /// `docProps/app.xml`.
    static func aplikasi() -> BagianPaket {
        BagianPaket("docProps/app.xml", xml: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
            <Application>Jalin</Application><DocSecurity>0</DocSecurity></Properties>
            """)
    }

    /// `_rels/.rels` pointing at the main part and the two property parts.
    static func relasiPaket(bagianUtama: String) -> BagianPaket {
        BagianPaket("_rels/.rels", xml: """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="\(bagianUtama)"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
            </Relationships>
            """)
    }

    /// `YYYY-MM-DDThh:mm:ssZ` in UTC, without a formatter (locale-independent).
    static func w3cdtf(_ d: Date) -> String {
        var t = time_t(d.timeIntervalSince1970.rounded(.down))
        var tmv = tm()
        gmtime_r(&t, &tmv)
        func dua(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(tmv.tm_year + 1900)-\(dua(tmv.tm_mon + 1))-\(dua(tmv.tm_mday))T\(dua(tmv.tm_hour)):\(dua(tmv.tm_min)):\(dua(tmv.tm_sec))Z"
    }
}

/// Reads an OOXML package back, for tests and checks.
public enum OOXMLBaca {
    /// Every entry of the ZIP, uncompressed, keyed by its path.
    public static func entri(_ data: Data) throws -> [String: Data] {
        var hasil: [String: Data] = [:]
        for (nama, isi) in try urutan(data) { hasil[nama] = isi }
        return hasil
    }

    /// The entries in the order they are stored (OOXML wants `[Content_Types].xml` first).
    public static func urutan(_ data: Data) throws -> [(nama: String, isi: Data)] {
        let arsip: Archive
        do {
            arsip = try Archive(data: data, accessMode: .read)
        } catch {
            throw GalatOOXML.arsip(String(describing: error))
        }
        var hasil: [(nama: String, isi: Data)] = []
        for e in arsip {
            var isi = Data()
            do {
                _ = try arsip.extract(e, bufferSize: 256 * 1024) { isi.append($0) }
            } catch {
                throw GalatOOXML.arsip(String(describing: error))
            }
            hasil.append((e.path, isi))
        }
        return hasil
    }
}
