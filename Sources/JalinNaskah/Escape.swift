import Foundation

/// Escaping in one place per output format: every XML writer (DOCX, XLSX, SVG) and every
/// spreadsheet cell passes user text through here.
public enum Escape {
    /// Text for an XML element or a double-quoted attribute. Characters that XML 1.0 forbids
    /// (most C0 controls, lone surrogates cannot occur in Swift strings, U+FFFE/U+FFFF) are dropped,
    /// so the document stays valid whatever the user typed.
    public static func xml(_ s: String) -> String {
        // Most text needs nothing: one pass over the bytes finds that without building a new string.
        // (0xEF starts U+FFFE/U+FFFF in UTF-8; any text with it takes the careful path.)
        if !s.utf8.contains(where: { b in
            b < 0x20 ? (b != 0x09 && b != 0x0A && b != 0x0D) : (b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF)
        }) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                let v = u.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A spreadsheet cell that a user wrote: text starting with `=`, `+`, `-`, `@`, tab or CR would
    /// be read as a formula by Excel/LibreOffice, so it gets a leading apostrophe (OWASP CSV injection).
    public static func selSpreadsheet(_ s: String) -> String {
        guard let c = s.unicodeScalars.first else { return s }
        return ["=", "+", "-", "@", "\t", "\r"].contains(c) ? "'" + s : s
    }

    /// One CSV field (RFC 4180), neutralised against formula injection.
    public static func csv(_ s: String) -> String {
        let aman = selSpreadsheet(s)
        if aman.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) {
            return "\"" + aman.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return aman
    }
}
