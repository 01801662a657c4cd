import Foundation

// MARK: - Key

extension ImporKerjaSama {
    /// The idempotency key of an agreement: `"v1:"` and the SHA-256 (hex) of the nomor pihak
    /// kesatu (upper case, without spaces, dashes unified), the mitra (lower case, letters and digits
    /// only, single spaces) and the document kind.
    public static func kunci(nomorPihakKesatu: String, mitra: String, dokumen: JenisDokumen) -> String {
        let teks = normalNomor(nomorPihakKesatu) + "\u{1F}" + normalMitra(mitra) + "\u{1F}" + dokumen.rawValue
        return "v1:" + SHA256Ringkas.hex(Array(teks.utf8))
    }

    static func normalNomor(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var b: [UInt8] = []
            b.reserveCapacity(s.utf8.count)
            for c in s.utf8 {
                switch c {
                case 0x09...0x0D, 0x20: continue
                case 0x61...0x7A: b.append(c - 32)
                case 0x5C: b.append(0x2F)
                default: b.append(c)
                }
            }
            return String(decoding: b, as: UTF8.self)
        }
        var hasil = String.UnicodeScalarView()
        for u in s.uppercased().unicodeScalars {
            if u.properties.isWhitespace { continue }
            switch u {
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": hasil.append("-")
            case "\\": hasil.append("/")
            default: hasil.append(u)
            }
        }
        return String(hasil)
    }

    static func normalMitra(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var b: [UInt8] = []
            b.reserveCapacity(s.utf8.count)
            var jeda = false
            for c in s.utf8 {
                switch c {
                case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
                    if jeda && !b.isEmpty { b.append(0x20) }
                    jeda = false
                    b.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                default:
                    jeda = true
                }
            }
            return String(decoding: b, as: UTF8.self)
        }
        var kata: [String] = []
        var kini = ""
        let sumber = s.unicodeScalars.allSatisfy(\.isASCII)
            ? s.lowercased() : s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        for c in sumber {
            if c.isLetter || c.isNumber {
                kini.append(c)
            } else if !kini.isEmpty {
                kata.append(kini)
                kini = ""
            }
        }
        if !kini.isEmpty { kata.append(kini) }
        return kata.joined(separator: " ")
    }
}
