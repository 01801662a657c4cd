import Foundation
import JalinDomain
@testable import JalinNaskah
import Testing

/// The iCalendar feed writer (RFC 5545). `Tests/ical_check.py` parses the sample written to
/// `$JALIN_ICAL_OUT` with the PyPI `icalendar` package.
@Suite("iCalendar feed")
struct ICalTests {
    static let sekarang = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21 14:13:20 UTC

    static func t(_ tahun: Int, _ bulan: Int, _ hari: Int) -> Tanggal {
        try! Tanggal(tahun: tahun, bulan: bulan, hari: hari)
    }

    /// Long multi-byte text: Indonesian with punctuation, an emoji flag, CJK, combining marks.
    static let panjang = "Pengingat: Kesepakatan Bersama Kabupaten Kutai Kartanegara–Otorita IKN 🤝🇮🇩 berakhir; "
        + "mohon evaluasi, perpanjangan, atau pengakhiran. 協力協定の期限 — café, naïve, Ñandú. "
        + String(repeating: "é", count: 80) + String(repeating: "🇮🇩", count: 30)

    static let contoh: [AcaraKalender] = [
        AcaraKalender(
            uid: "ks-42-berakhir@jalin", ringkasan: "KB Kukar–PPU berakhir", uraian: "Baris satu\nBaris dua",
            tanggal: t(2029, 5, 2), tautan: "https://jalin.example/kerja-sama/42", kategori: "Berakhirnya Kerja Sama"),
        AcaraKalender(
            uid: "uji-multibyte@jalin", ringkasan: panjang, uraian: panjang + "\n" + panjang, tanggal: t(2024, 12, 31),
            tautan: "https://jalin.example/cari?q=kerja sama", kategori: "Pengingat, 30 hari"),
        AcaraKalender(
            uid: "uji-escape@jalin", ringkasan: #"Titik koma; koma, garis miring \ dan baris\nbaru"#,
            uraian: "a\\b;c,d\ne\r\nf\rg\u{0}h\u{7}i\u{1F}j\u{7F}k\u{85}l\tm\u{2028}n",
            tanggal: t(2024, 2, 28), tautan: nil, kategori: nil),
    ]

    static func baris(_ ics: String) -> [String] {
        var hasil = ics.components(separatedBy: "\r\n")
        if hasil.last == "" { hasil.removeLast() }
        return hasil
    }

    /// RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed.
    static func buka(_ ics: String) -> [String] {
        baris(ics.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: ""))
    }

    /// RFC 5545 §3.3.11 unescaping.
    static func tanpaEscape(_ s: String) -> String {
        var hasil = ""
        var escape = false
        for c in s {
            if escape {
                hasil.append(c == "n" || c == "N" ? "\n" : c)
                escape = false
            } else if c == "\\" {
                escape = true
            } else {
                hasil.append(c)
            }
        }
        return hasil
    }

    static func nilai(_ nama: String, uid: String, _ ics: String) -> String? {
        var dalam = false
        for b in buka(ics) {
            if b == "UID:" + uid { dalam = true }
            if dalam, b.hasPrefix(nama + ":") { return String(b.dropFirst(nama.count + 1)) }
            if b == "END:VEVENT" { dalam = false }
        }
        return nil
    }

    @Test("The calendar carries VERSION, PRODID, CALSCALE, its name and the Asia/Makassar time zone")
    func amplop() {
        let ics = ICal.tulis(namaKalender: "Tenggat Kerja Sama; Kukar, 2026", acara: Self.contoh, sekarang: Self.sekarang)
        let b = Self.baris(ics)
        #expect(b.first == "BEGIN:VCALENDAR")
        #expect(b.last == "END:VCALENDAR")
        #expect(Array(b[1...3]) == ["VERSION:2.0", "PRODID:-//Jalin//Kerja Sama Daerah//ID", "CALSCALE:GREGORIAN"])
        #expect(b.contains(#"X-WR-CALNAME:Tenggat Kerja Sama\; Kukar\, 2026"#))
        #expect(b.contains("X-WR-TIMEZONE:Asia/Makassar"))
        #expect(b.filter { $0 == "BEGIN:VEVENT" }.count == 3)
        #expect(b.filter { $0 == "END:VEVENT" }.count == 3)
    }

    @Test("Every event is all-day: DTSTART;VALUE=DATE and DTEND the next day, across month and year ends")
    func seharian() {
        let ics = ICal.tulis(namaKalender: "x", acara: Self.contoh, sekarang: Self.sekarang)
        #expect(Self.nilai("DTSTART;VALUE=DATE", uid: "ks-42-berakhir@jalin", ics) == "20290502")
        #expect(Self.nilai("DTEND;VALUE=DATE", uid: "ks-42-berakhir@jalin", ics) == "20290503")
        #expect(Self.nilai("DTEND;VALUE=DATE", uid: "uji-multibyte@jalin", ics) == "20250101")
        #expect(Self.nilai("DTEND;VALUE=DATE", uid: "uji-escape@jalin", ics) == "20240229")
        let akhir = ICal.tulis(
            namaKalender: "x", acara: [AcaraKalender(uid: "u", ringkasan: "s", uraian: "", tanggal: Self.t(9999, 12, 31))],
            sekarang: Self.sekarang)
        #expect(Self.baris(akhir).contains("DTSTART;VALUE=DATE:99991231"))
        #expect(!akhir.contains("DTEND"), "9999-12-31 has no next day; a DATE DTSTART alone lasts one day")
    }

    @Test("DTSTAMP is the given instant in UTC, yyyyMMdd'T'HHmmss'Z'")
    func stempel() {
        let ics = ICal.tulis(namaKalender: "x", acara: Self.contoh, sekarang: Self.sekarang)
        let stempel = Self.baris(ics).filter { $0.hasPrefix("DTSTAMP:") }
        #expect(stempel == Array(repeating: "DTSTAMP:20260921T141320Z", count: 3))
        #expect(ICal.waktuUTC(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
        #expect(ICal.waktuUTC(Date(timeIntervalSince1970: -1)) == "19691231T235959Z")
        #expect(ICal.waktuUTC(Date(timeIntervalSince1970: 951_782_400.9)) == "20000229T000000Z")
    }

    @Test("Every line ends in CRLF, no physical line exceeds 75 octets, and folding never splits a UTF-8 character")
    func lipatan() throws {
        let ics = ICal.tulis(namaKalender: Self.panjang, acara: Self.contoh, sekarang: Self.sekarang)
        let bytes = Array(ics.utf8)
        // Every LF is preceded by CR and every CR followed by LF.
        for (i, b) in bytes.enumerated() {
            if b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
            if b == 0x0D { #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A) }
        }
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        var dilipat = 0
        for potongan in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let b = Array(potongan.dropLast())  // without CR
            #expect(b.count <= 75, "\(String(decoding: b, as: UTF8.self))")
            // A physical line is valid UTF-8 on its own: no character was split.
            #expect(String(validating: b, as: UTF8.self) != nil)
            if b.first == 0x20 { dilipat += 1 }
        }
        #expect(dilipat > 10, "long lines were folded")
        // Unfolded, the multi-byte text comes back whole.
        #expect(Self.nilai("SUMMARY", uid: "uji-multibyte@jalin", ics).map(Self.tanpaEscape) == Self.panjang)
        #expect(Self.nilai("DESCRIPTION", uid: "uji-multibyte@jalin", ics).map(Self.tanpaEscape)
            == Self.panjang + "\n" + Self.panjang)
        #expect(Self.buka(ics).contains("X-WR-CALNAME:" + ICal.teks(Self.panjang)))
    }

    @Test("A line of exactly 75 octets is not folded; 76 octets are")
    func batasTepat() {
        var keluar: [UInt8] = []
        ICal.lipat(Array(String(repeating: "a", count: 75).utf8), ke: &keluar)
        #expect(String(decoding: keluar, as: UTF8.self) == String(repeating: "a", count: 75) + "\r\n")
        keluar = []
        ICal.lipat(Array(String(repeating: "a", count: 76).utf8), ke: &keluar)
        #expect(String(decoding: keluar, as: UTF8.self) == String(repeating: "a", count: 75) + "\r\n a\r\n")
        // A 3-octet character that would straddle octet 75 moves to the next line whole.
        keluar = []
        ICal.lipat(Array((String(repeating: "a", count: 74) + "€b").utf8), ke: &keluar)
        #expect(String(decoding: keluar, as: UTF8.self) == String(repeating: "a", count: 74) + "\r\n €b\r\n")
    }

    @Test("An escape such as \\n or \\; is never split across a fold")
    func escapeUtuh() {
        for geser in 60..<80 {
            let teks = String(repeating: "x", count: geser) + String(repeating: ";\n,\\", count: 40)
            let ics = ICal.tulis(
                namaKalender: "x", acara: [AcaraKalender(uid: "u", ringkasan: teks, uraian: "", tanggal: Self.t(2024, 5, 3))],
                sekarang: Self.sekarang)
            for fisik in ics.components(separatedBy: "\r\n") {
                let garis = fisik.reversed().prefix { $0 == "\\" }.count
                #expect(garis % 2 == 0, "a physical line ends inside an escape: \(fisik)")
            }
            #expect(Self.nilai("SUMMARY", uid: "u", ics).map(Self.tanpaEscape) == teks)
        }
    }

    @Test("Text escapes backslash, semicolon, comma and newlines; control characters are removed")
    func escape() {
        #expect(ICal.teks("a\\b;c,d\ne\r\nf\rg") == #"a\\b\;c\,d\ne\nf\ng"#)
        #expect(ICal.teks("nul\u{0}bel\u{7}us\u{1F}del\u{7F}nel\u{85}tab\tls\u{2028}ps\u{2029}x\u{FFFE}\u{FFFF}")
            == #"nulbelusdelneltab ls\nps\nx"#)
        #expect(ICal.teks("emoji 🤝🇮🇩 café") == "emoji 🤝🇮🇩 café")
        #expect(ICal.teks(":") == ":", "a colon needs no escape in a value")
        let ics = ICal.tulis(namaKalender: "x", acara: Self.contoh, sekarang: Self.sekarang)
        #expect(Self.nilai("DESCRIPTION", uid: "uji-escape@jalin", ics) == #"a\\b\;c\,d\ne\nf\nghijkl m\nn"#)
        #expect(Self.nilai("SUMMARY", uid: "uji-escape@jalin", ics) == #"Titik koma\; koma\, garis miring \\ dan baris\\nbaru"#)
        #expect(!ics.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
    }

    @Test("URL is written as a URI with spaces encoded; CATEGORIES escapes its comma; absent values are left out")
    func tautanKategori() {
        let ics = ICal.tulis(namaKalender: "x", acara: Self.contoh, sekarang: Self.sekarang)
        #expect(Self.nilai("URL", uid: "ks-42-berakhir@jalin", ics) == "https://jalin.example/kerja-sama/42")
        #expect(Self.nilai("URL", uid: "uji-multibyte@jalin", ics) == "https://jalin.example/cari?q=kerja%20sama")
        #expect(Self.nilai("CATEGORIES", uid: "uji-multibyte@jalin", ics) == #"Pengingat\, 30 hari"#)
        #expect(Self.nilai("URL", uid: "uji-escape@jalin", ics) == nil)
        #expect(Self.nilai("CATEGORIES", uid: "uji-escape@jalin", ics) == nil)
        // An empty UID gets a stable one from the position and the date.
        let tanpaUID = ICal.tulis(
            namaKalender: "x", acara: [AcaraKalender(uid: " \u{0}", ringkasan: "s", uraian: "", tanggal: Self.t(2024, 5, 3))],
            sekarang: Self.sekarang)
        #expect(Self.baris(tanpaUID).contains("UID:acara-1-2024-05-03@jalin"))
    }

    @Test("The same events and instant give the same bytes; another instant changes only DTSTAMP")
    func deterministik() {
        let a = ICal.tulis(namaKalender: "Jalin", acara: Self.contoh, sekarang: Self.sekarang)
        let b = ICal.tulis(namaKalender: "Jalin", acara: Self.contoh, sekarang: Self.sekarang)
        #expect(a == b)
        let c = ICal.tulis(namaKalender: "Jalin", acara: Self.contoh, sekarang: Self.sekarang.addingTimeInterval(60))
        #expect(a != c)
        #expect(a.replacingOccurrences(of: "DTSTAMP:20260921T141320Z", with: "")
            == c.replacingOccurrences(of: "DTSTAMP:20260921T141420Z", with: ""))
        let kosong = ICal.tulis(namaKalender: "Jalin", acara: [], sekarang: Self.sekarang)
        #expect(!kosong.contains("VEVENT") && kosong.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test("The sample feed lands in $JALIN_ICAL_OUT when it is set, for Tests/ical_check.py")
    func tulisContoh() throws {
        guard let jalur = ProcessInfo.processInfo.environment["JALIN_ICAL_OUT"], !jalur.isEmpty else { return }
        var acara = Self.contoh
        for i in 0..<20 {
            acara.append(AcaraKalender(
                uid: "ks-\(i)-pengingat-30@jalin", ringkasan: "Pengingat 30 hari: kerja sama \(i) berakhir",
                uraian: "Naskah KB nomor 100.3.7/\(i)/KS/V/2024; mitra: Kabupaten Penajam Paser Utara.\nSegera evaluasi.",
                tanggal: Self.t(2026, 1, 1).tambahHari(i * 17), tautan: "https://jalin.example/kerja-sama/\(i)",
                kategori: "Pengingat"))
        }
        let ics = ICal.tulis(namaKalender: "Tenggat Kerja Sama Kukar", acara: acara, sekarang: Self.sekarang)
        try Data(ics.utf8).write(to: URL(fileURLWithPath: jalur))
        // Expected values for the checker, keyed by UID, before escaping.
        var harapan: [String: [String: String]] = [:]
        for a in acara {
            var h = ["SUMMARY": a.ringkasan]
            h["DTSTART"] = a.tanggal.iso
            if a.uid == "uji-multibyte@jalin" { h["DESCRIPTION"] = a.uraian }
            harapan[a.uid] = h
        }
        let json = try JSONSerialization.data(withJSONObject: harapan, options: [.sortedKeys, .prettyPrinted])
        try json.write(to: URL(fileURLWithPath: jalur + ".json"))
    }
}
