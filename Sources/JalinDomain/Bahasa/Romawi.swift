import Foundation

extension Angka {
    /// Roman numeral for 1…3999, as used for the month in document numbers
    /// ("100.3.7/12/KS/V/2024": 5 → "V", 12 → "XII", 2024 → "MMXXIV").
    ///
    /// Traps outside 1…3999 (Roman numerals have no zero and no standard form from 4000 up); the
    /// month of a `Tanggal` is always in range — see `Tanggal.bulanRomawi`.
    public static func romawi(_ n: Int) -> String {
        precondition((1...3999).contains(n), "Angka.romawi: \(n) di luar rentang 1…3999")
        let lambang: [(nilai: Int, huruf: String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
            (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var sisa = n
        var hasil = ""
        for (nilai, huruf) in lambang {
            while sisa >= nilai {
                hasil += huruf
                sisa -= nilai
            }
        }
        return hasil
    }
}
