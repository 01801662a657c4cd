import Foundation

/// Checks and normalises free text typed by users, with Bahasa messages naming the field.
public enum Teks {
    /// Trims, refuses control characters (except tab and newline when `banyakBaris`), enforces
    /// length. Returns nil for an empty optional field.
    public static func bersihkan(
        _ nilai: String?, field: String, label: String, wajib: Bool, maks: Int, banyakBaris: Bool = false,
        ke pemeriksa: inout Pemeriksa
    ) -> String? {
        let t = (nilai ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty {
            if wajib { pemeriksa.tambah(field, "\(label) wajib diisi.") }
            return nil
        }
        if t.count > maks {
            pemeriksa.tambah(field, "\(label) paling banyak \(maks) karakter (saat ini \(t.count)).")
            return nil
        }
        let terlarang = t.unicodeScalars.contains { s in
            if banyakBaris && (s == "\n" || s == "\r" || s == "\t") { return false }
            return s.properties.generalCategory == .control || s.value == 0xFFFE || s.value == 0xFFFF
        }
        if terlarang {
            pemeriksa.tambah(field, "\(label) memuat karakter kendali yang tidak diizinkan.")
            return nil
        }
        return t
    }
}
