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
        var keluaran = ""
        keluaran.reserveCapacity(256 + acara.count * 400)
        func baris(_ s: String) { lipat(s, ke: &keluaran) }

        baris("BEGIN:VCALENDAR")
        baris("VERSION:2.0")
        baris("PRODID:" + prodid)
        baris("CALSCALE:GREGORIAN")
        baris("METHOD:PUBLISH")
        baris("X-WR-CALNAME:" + teks(namaKalender))
        baris("X-WR-TIMEZONE:Asia/Makassar")
        baris("REFRESH-INTERVAL;VALUE=DURATION:PT1H")
        baris("X-PUBLISHED-TTL:PT1H")
        let stempel = waktuUTC(sekarang)
        for (i, a) in acara.enumerated() {
            let uid = teks(a.uid)
            baris("BEGIN:VEVENT")
            baris("UID:" + (uid.isEmpty ? "acara-\(i + 1)-\(a.tanggal.iso)@jalin" : uid))
            baris("DTSTAMP:" + stempel)
            baris("DTSTART;VALUE=DATE:" + tanggal(a.tanggal))
            if a.tanggal.tahun < Tanggal.tahunTerbesar || a.tanggal.bulan < 12 || a.tanggal.hari < 31 {
                baris("DTEND;VALUE=DATE:" + tanggal(a.tanggal.tambahHari(1)))
            }
            baris("SUMMARY:" + teks(a.ringkasan))
            if !a.uraian.isEmpty { baris("DESCRIPTION:" + teks(a.uraian)) }
            if let t = a.tautan.map(uri), !t.isEmpty { baris("URL:" + t) }
            if let k = a.kategori.map(teks), !k.isEmpty { baris("CATEGORIES:" + k) }
            baris("TRANSP:TRANSPARENT")
            baris("END:VEVENT")
        }
        baris("END:VCALENDAR")
        return keluaran
    }

    // MARK: - Values

    /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break
    /// (CRLF, CR, LF, U+2028, U+2029) written as `\n`, tabs as spaces, other control characters
    /// (C0, DEL, C1) and non-characters dropped.
    public static func teks(_ s: String) -> String {
        var hasil = String.UnicodeScalarView()
        var sebelumnyaCR = false
        for u in s.unicodeScalars {
            defer { sebelumnyaCR = u == "\r" }
            switch u {
            case "\\": hasil.append(contentsOf: #"\\"#.unicodeScalars)
            case ";": hasil.append(contentsOf: #"\;"#.unicodeScalars)
            case ",": hasil.append(contentsOf: #"\,"#.unicodeScalars)
            case "\r", "\u{2028}", "\u{2029}": hasil.append(contentsOf: #"\n"#.unicodeScalars)
            case "\n": if !sebelumnyaCR { hasil.append(contentsOf: #"\n"#.unicodeScalars) }
            case "\t": hasil.append(" ")
            default:
                if terlarang(u) { continue }
                hasil.append(u)
            }
        }
        return String(hasil)
    }

    /// A URI value: no escaping applies, so control characters are dropped and spaces percent-encoded.
    static func uri(_ s: String) -> String {
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
        t.iso.replacingOccurrences(of: "-", with: "")
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

    // MARK: - Folding

    /// Appends one content line, folded so that no physical line exceeds 75 octets (CRLF not
    /// counted): breaks fall only between whole UTF-8 characters and never inside a `\x` escape;
    /// each continuation line starts with one space.
    static func lipat(_ baris: String, ke keluaran: inout String) {
        let b = Array(baris.utf8)
        if b.count <= 75 {
            keluaran += baris
            keluaran += "\r\n"
            return
        }
        var mulai = 0
        var batas = 75  // octets available on this physical line
        while mulai < b.count {
            var akhir = min(mulai + batas, b.count)
            if akhir < b.count {
                // Back off to the start of a UTF-8 character (not a continuation byte 10xxxxxx).
                while akhir > mulai && b[akhir] & 0xC0 == 0x80 { akhir -= 1 }
                // Do not split an escape such as `\n`: count the backslashes ending the line.
                var garis = 0
                var j = akhir - 1
                while j >= mulai && b[j] == UInt8(ascii: "\\") { garis += 1; j -= 1 }
                if garis % 2 == 1 && akhir - 1 > mulai { akhir -= 1 }
            }
            if mulai > 0 { keluaran += " " }
            keluaran += String(decoding: b[mulai..<akhir], as: UTF8.self)
            keluaran += "\r\n"
            mulai = akhir
            batas = 74
        }
    }
}
