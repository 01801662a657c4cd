import Foundation

/// How the parties to an agreement are named by their order of signing: "PIHAK KESATU",
/// "PIHAK KEDUA", … Indonesian regional-cooperation documents use "KESATU", not "PERTAMA".
public enum UrutanPihak {
    /// All parties together: "PARA PIHAK".
    public static let paraPihak = "PARA PIHAK"

    /// The capitalised designation of party `i` (1-based): 1 → "PIHAK KESATU", 2 → "PIHAK KEDUA",
    /// 11 → "PIHAK KESEBELAS", 12 → "PIHAK KEDUA BELAS". Traps for `i < 1`.
    public static func sebutan(_ i: Int) -> String {
        "PIHAK " + ordinal(i).uppercased()
    }

    /// The ordinal in words, built from `Terbilang`: 1 → "kesatu", 2 → "kedua", 10 → "kesepuluh",
    /// 11 → "kesebelas", 12 → "kedua belas", 21 → "kedua puluh satu", 100 → "keseratus".
    /// Traps for `i < 1`.
    public static func ordinal(_ i: Int) -> String {
        precondition(i >= 1, "UrutanPihak.ordinal: urutan harus mulai dari 1, bukan \(i)")
        return "ke" + Terbilang.kata(i)
    }
}
