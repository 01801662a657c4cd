import Foundation

/// Small helpers shared by the SVG renderers (maps and charts). Every piece of user text still goes
/// through `Escape.xml` at the point where it is written.
enum SVGBantu {
    /// Fonts named in the SVGs: generic families only, nothing to download.
    static let huruf = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif"

    /// Estimated width of `s` in a proportional sans-serif font, in units of the font size.
    /// Deliberately on the generous side (DejaVu Sans, the usual fallback on Linux, is wide).
    static func lebarTeks(_ s: String, ukuran: Double) -> Double {
        var em = 0.0
        for c in s {
            em += lebarHuruf(c)
        }
        return em * ukuran
    }

    /// Advance widths of DejaVu Sans (the widest common fallback), in em, for ASCII letters.
    private static let lebarKecil: [Double] = [
        0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
        0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525,
    ]
    private static let lebarBesar: [Double] = [
        0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863,
        0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685,
    ]

    private static func lebarHuruf(_ c: Character) -> Double {
        guard let u = c.unicodeScalars.first, c.unicodeScalars.count == 1, u.isASCII else {
            // Emoji and wide scripts take about a full em; other letters like a wide letter.
            return (c.unicodeScalars.first?.properties.isEmojiPresentation ?? false) ? 1.0 : 0.7
        }
        let v = Int(u.value)
        switch v {
        case 0x61...0x7A: return lebarKecil[v - 0x61]
        case 0x41...0x5A: return lebarBesar[v - 0x41]
        case 0x30...0x39: return 0.636
        case 0x20: return 0.318
        case 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x21, 0x7C: return 0.34
        case 0x28, 0x29, 0x5B, 0x5D, 0x2D, 0x2F: return 0.39
        default: return 0.84
        }
    }

    /// Cuts `s` (by whole characters, so emoji stay intact) to fit `lebar` at `ukuran`, ending in "…".
    static func potong(_ s: String, lebar: Double, ukuran: Double) -> String {
        if lebarTeks(s, ukuran: ukuran) <= lebar { return s }
        let elipsis = lebarTeks("…", ukuran: ukuran)
        var hasil = ""
        var w = 0.0
        for c in s {
            let cw = lebarHuruf(c) * ukuran
            if w + cw + elipsis > lebar { break }
            hasil.append(c)
            w += cw
        }
        while hasil.last?.isWhitespace == true { hasil.removeLast() }
        return hasil + "…"
    }

    /// A number with one decimal at most, without a trailing ".0" (SVG coordinates, not prose).
    static func angka(_ x: Double) -> String {
        persepuluhan(Int((x * 10).rounded()))
    }

    /// `t` tenths written as a decimal: 123 → "12.3", -5 → "-0.5", 40 → "4".
    static func persepuluhan(_ t: Int) -> String {
        let negatif = t < 0
        let m = t.magnitude
        let utuh = m / 10
        let pecahan = m % 10
        var s = negatif ? "-" : ""
        s += String(utuh)
        if pecahan != 0 { s += "." + String(pecahan) }
        return s
    }

    /// A short, stable identifier (FNV-1a, 64 bit) so that several SVGs inlined in one page get
    /// distinct `id`s while the same input always gives the same output.
    static func sidik(_ bagian: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bagian {
            for byte in b.utf8 {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01B3
            }
            h ^= 0x1F
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    /// Text with a white halo, for labels drawn over colours: a white stroked copy under the text. (Not
    /// `paint-order`, which HTML validators refuse on inline SVG; the two-layer form is plain SVG 1.1.)
    static func teksBerhalo(
        _ isi: String, x: Double, y: Double, ukuran: Double, tebal: Bool = false, jangkar: String = "middle",
        warna: String = "#1a1a1a"
    ) -> String {
        let awal = "<text x=\"\(angka(x))\" y=\"\(angka(y))\" font-size=\"\(angka(ukuran))\" text-anchor=\"\(jangkar)\""
            + (tebal ? " font-weight=\"bold\"" : "")
        return "<g>" + awal + " fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\">" + Escape.xml(isi) + "</text>"
            + awal + " fill=\"\(warna)\">" + Escape.xml(isi) + "</text></g>"
    }

    /// Only links that stay on this site or go to an http(s) address; anything else
    /// (`javascript:`, `data:`, protocol-relative `//host`) is dropped.
    static func tautanAman(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        if s.hasPrefix("//") || s.hasPrefix("/\\") { return nil }  // protocol-relative (also written with a backslash)
        if s.hasPrefix("/") || s.hasPrefix("#") || s.hasPrefix("?") { return s }
        let kecil = s.lowercased()
        if kecil.hasPrefix("https://") || kecil.hasPrefix("http://") { return s }
        return nil
    }

    /// Opening `<svg>` tag with `role="img"`, then `<title>` and `<desc>`, both referenced by
    /// `aria-labelledby` (ids derived from `id`).
    static func pembuka(kelas: String, id: String, w: Double, h: Double, judul: String, desc: String) -> String {
        let tinggi = angka(h.rounded(.up))
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(kelas)\" width=\"\(angka(w))\" height=\"\(tinggi)\""
            + " viewBox=\"0 0 \(angka(w)) \(tinggi)\" role=\"img\" aria-labelledby=\"\(id)-judul \(id)-desc\""
            + " font-family=\"\(Escape.xml(huruf))\">"
            + "<title id=\"\(id)-judul\">\(Escape.xml(judul))</title>"
            + "<desc id=\"\(id)-desc\">\(Escape.xml(desc))</desc>"
    }
}
