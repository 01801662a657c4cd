import Foundation

/// Spells numbers in words ("terbilang") the way formal Indonesian documents write them:
/// "5 (lima) tahun", "Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah)".
///
/// Conventions (KBBI / PUEBI):
/// - lowercase, words separated by exactly one space, no leading or trailing space;
/// - the prefix "se-" stands for "satu" in sepuluh, sebelas, seratus and seribu — also inside larger
///   numbers ("satu juta seribu", "seratus ribu") — but never for juta and above ("satu juta",
///   "satu miliar", never "sejuta");
/// - scale words: ribu, juta, miliar (not "milyar"), triliun, kuadriliun, kuintiliun;
/// - negative numbers start with "minus".
///
/// The algorithm is plain arithmetic: no `NumberFormatter`, so the result is the same on every machine.
public enum Terbilang {
    /// Words for 0…9.
    static let satuan = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    /// Scale words by group of three digits: index 1 = 10^3, 2 = 10^6, … 11 = 10^33.
    /// `Int` needs up to kuintiliun (10^18); the rest serves `kata(_: Decimal)`.
    static let skala = [
        "", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun",
        "sekstiliun", "septiliun", "oktiliun", "noniliun", "desiliun",
    ]

    /// The number in words, e.g. 2024 → "dua ribu dua puluh empat", -5 → "minus lima".
    /// Covers the whole `Int` range, including `Int.min`.
    public static func kata(_ n: Int) -> String {
        let kata = eja(UInt64(n.magnitude))
        return n < 0 ? "minus " + kata : kata
    }

    /// A decimal number in words: the integer part as in `kata(_: Int)`, then "koma" and each digit
    /// after the decimal separator on its own, e.g. 2.5 → "dua koma lima", 1.05 → "satu koma nol lima",
    /// -0.25 → "minus nol koma dua lima". Integral values give the same words as `kata(_: Int)`.
    ///
    /// Integer parts of up to 36 digits use the scale words up to desiliun (10^33); a longer integer
    /// part (only possible with astronomically large values) is read digit by digit. NaN gives
    /// "bukan bilangan". Build values from text (`Decimal(string:)`) or integers rather than from
    /// `Double`, which cannot hold most decimal fractions exactly.
    public static func kata(_ n: Decimal) -> String {
        if n.isNaN { return "bukan bilangan" }
        // `Decimal.description` is locale-independent: optional "-", digits, optional "." and digits.
        var teks = Substring(n.description)
        var negatif = false
        if teks.first == "-" {
            negatif = true
            teks = teks.dropFirst()
        }
        let bagian = teks.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let bulat = bagian[0].drop { $0 == "0" }
        let pecahan = bagian.count > 1 ? bagian[1] : ""

        var kata: [String] = []
        if bulat.isEmpty {
            kata.append("nol")
        } else {
            let digit = bulat.compactMap { $0.wholeNumberValue }
            var kelompok: [Int] = []  // least significant group first
            var akhir = digit.count
            while akhir > 0 {
                let awal = max(0, akhir - 3)
                kelompok.append(digit[awal..<akhir].reduce(0) { $0 * 10 + $1 })
                akhir = awal
            }
            if kelompok.count <= skala.count {
                kata.append(contentsOf: eja(kelompok: kelompok))
            } else {
                kata.append(contentsOf: digit.map { satuan[$0] })
            }
        }
        let digitPecahan = pecahan.compactMap { $0.wholeNumberValue }
        if !digitPecahan.isEmpty {
            kata.append("koma")
            kata.append(contentsOf: digitPecahan.map { satuan[$0] })
        }
        let hasil = kata.joined(separator: " ")
        return negatif && hasil != "nol" ? "minus " + hasil : hasil
    }

    /// An amount of whole rupiah in words: 1_250_000 → "satu juta dua ratus lima puluh ribu rupiah".
    public static func rupiah(_ n: Int) -> String {
        kata(n) + " rupiah"
    }

    /// An amount in sen (1/100 rupiah) in words; the sen are named only when there are any:
    /// 125_000_000 → "satu juta dua ratus lima puluh ribu rupiah",
    /// 100_050 → "seribu rupiah lima puluh sen", 50 → "lima puluh sen", 0 → "nol rupiah".
    public static func rupiah(sen: Int64) -> String {
        let besaran = sen.magnitude
        let rupiah = besaran / 100
        let sisa = besaran % 100
        var kata: [String] = []
        if rupiah > 0 || sisa == 0 {
            kata.append(eja(rupiah) + " rupiah")
        }
        if sisa > 0 {
            kata.append(eja(sisa) + " sen")
        }
        let hasil = kata.joined(separator: " ")
        return sen < 0 ? "minus " + hasil : hasil
    }

    /// The numeral followed by the words in brackets, as in legal text: 5 → "5 (lima)",
    /// 14 → "14 (empat belas)". The numeral is written without thousand separators (so years read
    /// naturally: "2024 (dua ribu dua puluh empat)"); see `denganAngka(_:kelompokRibuan:)`.
    public static func denganAngka(_ n: Int) -> String {
        "\(n) (\(kata(n)))"
    }

    /// Like `denganAngka(_:)`, optionally grouping the numeral by thousands with dots:
    /// 1500 → "1.500 (seribu lima ratus)".
    public static func denganAngka(_ n: Int, kelompokRibuan: Bool) -> String {
        kelompokRibuan ? "\(Angka.ribuan(n)) (\(kata(n)))" : denganAngka(n)
    }

    // MARK: - Algorithm

    /// Words for a non-negative number.
    static func eja(_ n: UInt64) -> String {
        if n == 0 { return "nol" }
        var kelompok: [Int] = []  // least significant group first
        var sisa = n
        while sisa > 0 {
            kelompok.append(Int(sisa % 1000))
            sisa /= 1000
        }
        return eja(kelompok: kelompok).joined(separator: " ")
    }

    /// Words for groups of three digits (each 0…999, least significant first, at most
    /// `skala.count` groups). Empty for zero.
    static func eja(kelompok: [Int]) -> [String] {
        var kata: [String] = []
        for indeks in kelompok.indices.reversed() {
            let nilai = kelompok[indeks]
            if nilai == 0 { continue }
            if indeks == 1 && nilai == 1 {
                // 1000 is "seribu", also after larger groups ("satu juta seribu").
                kata.append("seribu")
                continue
            }
            kata.append(contentsOf: ratusan(nilai))
            if indeks > 0 { kata.append(skala[indeks]) }
        }
        return kata
    }

    /// Words for 1…999.
    static func ratusan(_ n: Int) -> [String] {
        var kata: [String] = []
        let ratus = n / 100
        let sisa = n % 100
        if ratus == 1 {
            kata.append("seratus")
        } else if ratus > 1 {
            kata.append(satuan[ratus])
            kata.append("ratus")
        }
        switch sisa {
        case 0:
            break
        case 1...9:
            kata.append(satuan[sisa])
        case 10:
            kata.append("sepuluh")
        case 11:
            kata.append("sebelas")
        case 12...19:
            kata.append(satuan[sisa - 10])
            kata.append("belas")
        default:
            kata.append(satuan[sisa / 10])
            kata.append("puluh")
            if sisa % 10 > 0 { kata.append(satuan[sisa % 10]) }
        }
        return kata
    }
}
