import Foundation

// MARK: - Excel serial dates

extension Tanggal {
    /// A date from a spreadsheet serial number as stored in an XLSX cell (`"45413"` → 2024-05-01;
    /// a time fraction such as `"45413.75"` is dropped).
    ///
    /// Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the non-existent
    /// 1900-02-29 kept for Lotus 1-2-3 compatibility, which gives nil; from serial 61 (1900-03-01)
    /// the serial counts days since 1899-12-30. With `sistem1904` (old Mac workbooks) serial 0 is
    /// 1904-01-01. Nil for anything but plain digits with an optional fraction, for 0, and beyond
    /// 9999-12-31.
    public init?(serialExcel teks: String, sistem1904: Bool = false) {
        let t = ImporKerjaSama.rapikan(teks)
        var n = 0
        var digit = 0
        var titik = false
        var digitPecahan = 0
        for u in t.utf8 {
            switch u {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if titik {
                    digitPecahan += 1
                } else {
                    digit += 1
                    guard digit <= 8 else { return nil }
                    n = n * 10 + Int(u - UInt8(ascii: "0"))
                }
            case UInt8(ascii: "."):
                guard !titik, digit > 0 else { return nil }
                titik = true
            default:
                return nil
            }
        }
        guard digit > 0, !titik || digitPecahan > 0 else { return nil }
        // Day numbers (days since 1970-01-01) of the epochs and of 9999-12-31.
        let akhir = 2_932_896
        let nomor: Int
        if sistem1904 {
            nomor = -24_107 + n                    // 1904-01-01
        } else if n == 0 || n == 60 {
            return nil
        } else if n < 60 {
            nomor = -25_568 + n                    // serial 1 = 1900-01-01 (1899-12-31 + 1)
        } else {
            nomor = -25_569 + n                    // 1899-12-30 + serial
        }
        guard nomor <= akhir else { return nil }
        self.init(nomorHari: nomor)
    }
}
