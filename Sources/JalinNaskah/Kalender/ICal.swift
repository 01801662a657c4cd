import Foundation
import JalinDomain

/// One all-day entry of a calendar feed: a deadline, an expiry date, a reminder.
public struct AcaraKalender: Sendable, Equatable {
    /// Globally unique and stable across feeds (e.g. `"ks-42-berakhir@jalin.kukarkab.go.id"`), so a
    /// calendar updates the entry instead of adding a second one.
    public var uid: String
    /// The title (SUMMARY).
    public var ringkasan: String
    /// The body (DESCRIPTION); may hold several lines.
    public var uraian: String
    /// The day of the entry; all-day, with no time zone.
    public var tanggal: Tanggal
    /// A link back to the record in Jalin (URL).
    public var tautan: String?
    /// One category (CATEGORIES), e.g. "Berakhirnya Kerja Sama".
    public var kategori: String?

    public init(
        uid: String, ringkasan: String, uraian: String, tanggal: Tanggal, tautan: String? = nil, kategori: String? = nil
    ) {
        self.uid = uid
        self.ringkasan = ringkasan
        self.uraian = uraian
        self.tanggal = tanggal
        self.tautan = tautan
        self.kategori = kategori
    }
}

/// Writes iCalendar feeds (RFC 5545) of all-day entries.
///
/// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text values
/// are escaped (`\\`, `\;`, `\,`, `\n`) and stripped of control characters. The output depends only
/// on the input and `sekarang` (DTSTAMP), so the same feed gives the same bytes.
public enum ICal {
    /// The media type to serve the feed with.
    public static let jenisMedia = "text/calendar; charset=utf-8"

    public static let prodid = "-//Jalin//Kerja Sama Daerah//ID"

    /// The calendar as text, entries in the given order. `sekarang` becomes every DTSTAMP (UTC).
    public static func tulis(namaKalender: String, acara: [AcaraKalender], sekarang: Date) -> String {
        var w = Penulis()
        w.keluaran.reserveCapacity(512 + acara.count * 480)
        w.baris("BEGIN:VCALENDAR")
        w.baris("VERSION:2.0")
        w.baris("PRODID:" + prodid)
        w.baris("CALSCALE:GREGORIAN")
        w.baris("METHOD:PUBLISH")
        w.baris("X-WR-CALNAME:", teks: namaKalender)
        w.baris("X-WR-TIMEZONE:Asia/Makassar")
        w.baris("REFRESH-INTERVAL;VALUE=DURATION:PT1H")
        w.baris("X-PUBLISHED-TTL:PT1H")
        let stempel = "DTSTAMP:" + waktuUTC(sekarang)
        for (i, a) in acara.enumerated() {
            w.baris("BEGIN:VEVENT")
            if a.uid.unicodeScalars.allSatisfy({ terlarang($0) || $0.properties.isWhitespace }) {
                w.baris("UID:acara-\(i + 1)-\(a.tanggal.iso)@jalin")
            } else {
                w.baris("UID:", teks: a.uid)
            }
            w.baris(stempel)
            w.baris("DTSTART;VALUE=DATE:" + tanggal(a.tanggal))
            // RFC 5545 §3.6.1: an all-day event ends (exclusively) on the next day. 9999-12-31 has
            // no next day, and a DATE DTSTART without DTEND already lasts one day.
            if a.tanggal.tahun < Tanggal.tahunTerbesar || a.tanggal.bulan < 12 || a.tanggal.hari < 31 {
                w.baris("DTEND;VALUE=DATE:" + tanggal(a.tanggal.tambahHari(1)))
            }
            w.baris("SUMMARY:", teks: a.ringkasan)
            if !a.uraian.isEmpty { w.baris("DESCRIPTION:", teks: a.uraian) }
            if let t = a.tautan.map(uri), !t.isEmpty { w.baris("URL:" + t) }
            if let k = a.kategori, !k.unicodeScalars.allSatisfy({ terlarang($0) || $0.properties.isWhitespace }) {
                w.baris("CATEGORIES:", teks: k)
            }
            w.baris("TRANSP:TRANSPARENT")
            w.baris("END:VEVENT")
        }
        w.baris("END:VCALENDAR")
        return String(decoding: w.keluaran, as: UTF8.self)
    }

    // MARK: - Values

    /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break
    /// (CRLF, CR, LF, U+2028, U+2029) written as `\n`, tabs as spaces, other control characters
    /// (C0, DEL, C1) and the non-characters U+FFFE/U+FFFF dropped.
    public static func teks(_ s: String) -> String {
        var b: [UInt8] = []
        tulisTeks(s, ke: &b)
        return String(decoding: b, as: UTF8.self)
    }

    static func tulisTeks(_ s: String, ke b: inout [UInt8]) {
        var sebelumnyaCR = false
        for u in s.unicodeScalars {
            let v = u.value
            let cr = v == 0x0D
            defer { sebelumnyaCR = cr }
            switch v {
            case 0x5C: b.append(0x5C); b.append(0x5C)                      // \
            case 0x3B: b.append(0x5C); b.append(0x3B)                      // ;
            case 0x2C: b.append(0x5C); b.append(0x2C)                      // ,
            case 0x0D, 0x2028, 0x2029: b.append(0x5C); b.append(0x6E)      // \n
            case 0x0A: if !sebelumnyaCR { b.append(0x5C); b.append(0x6E) }
            case 0x09: b.append(0x20)
            case 0x20..<0x7F: b.append(UInt8(v))
            default:
                if terlarang(u) { continue }
                UTF8.encode(u) { b.append($0) }
            }
        }
    }

    /// A URI value: no escaping applies, so control characters are dropped and spaces percent-encoded.
    static func uri(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return s }
        var hasil = String.UnicodeScalarView()
        for u in s.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            if u == " " {
                hasil.append(contentsOf: "%20".unicodeScalars)
            } else if !terlarang(u) && u != "\t" && u != "\r" && u != "\n" {
                hasil.append(u)
            }
        }
        return String(hasil)
    }

    @inline(__always)
    private static func terlarang(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    /// `YYYYMMDD`.
    static func tanggal(_ t: Tanggal) -> String {
        var b: [UInt8] = []
        b.reserveCapacity(8)
        for (n, lebar) in [(t.tahun, 4), (t.bulan, 2), (t.hari, 2)] {
            var bagi = lebar == 4 ? 1000 : 10
            while bagi > 0 { b.append(UInt8(48 + n / bagi % 10)); bagi /= 10 }
        }
        return String(decoding: b, as: UTF8.self)
    }

    /// `YYYYMMDDTHHMMSSZ` in UTC, without a formatter (locale-independent).
    static func waktuUTC(_ d: Date) -> String {
        let detik = Int(d.timeIntervalSince1970.rounded(.down))
        let hari = detik >= 0 ? detik / 86_400 : (detik - 86_399) / 86_400
        let sisa = detik - hari * 86_400
        let t = Tanggal(nomorHari: hari)
        func dua(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return tanggal(t) + "T" + dua(sisa / 3600) + dua(sisa % 3600 / 60) + dua(sisa % 60) + "Z"
    }

    // MARK: - Lines and folding

    struct Penulis {
        var keluaran: [UInt8] = []
        private var kini: [UInt8] = []

        /// A content line of markup built by the writer.
        mutating func baris(_ s: String) {
            kini.removeAll(keepingCapacity: true)
            kini.append(contentsOf: s.utf8)
            lipat(kini, ke: &keluaran)
        }

        /// A content line: `nama` (e.g. `"SUMMARY:"`) followed by escaped text.
        mutating func baris(_ nama: StaticString, teks: String) {
            kini.removeAll(keepingCapacity: true)
            nama.withUTF8Buffer { kini.append(contentsOf: $0) }
            tulisTeks(teks, ke: &kini)
            lipat(kini, ke: &keluaran)
        }
    }

    /// Folds one content line (RFC 5545 §3.1) so that no physical line exceeds 75 octets without
    /// its CRLF: breaks fall only between whole UTF-8 characters and never inside a `\x` escape;
    /// each continuation line starts with one space.
    static func lipat(_ b: [UInt8], ke keluaran: inout [UInt8]) {
        if b.count <= 75 {
            keluaran.append(contentsOf: b)
            keluaran.append(0x0D); keluaran.append(0x0A)
            return
        }
        var mulai = 0
        var batas = 75  // octets available on this physical line
        while mulai < b.count {
            var akhir = min(mulai + batas, b.count)
            if akhir < b.count {
                // Back off to the start of a UTF-8 character (not a continuation byte 10xxxxxx).
                while akhir > mulai + 1 && b[akhir] & 0xC0 == 0x80 { akhir -= 1 }
                // Do not split an escape such as `\n`: count the backslashes ending the line.
                var garis = 0
                var j = akhir - 1
                while j >= mulai && b[j] == 0x5C { garis += 1; j -= 1 }
                if garis % 2 == 1 && akhir - 1 > mulai { akhir -= 1 }
            }
            if mulai > 0 { keluaran.append(0x20) }
            keluaran.append(contentsOf: b[mulai..<akhir])
            keluaran.append(0x0D); keluaran.append(0x0A)
            mulai = akhir
            batas = 74
        }
    }
}
