import Foundation
import Testing
@testable import JalinDomain

@Suite("Terbilang: numbers are spelled in formal Bahasa Indonesia")
struct BahasaTerbilangTests {
    @Test("Zero, one to twenty and the tens are spelled by the book", arguments: [
        (0, "nol"), (1, "satu"), (2, "dua"), (3, "tiga"), (4, "empat"), (5, "lima"),
        (6, "enam"), (7, "tujuh"), (8, "delapan"), (9, "sembilan"), (10, "sepuluh"),
        (11, "sebelas"), (12, "dua belas"), (13, "tiga belas"), (14, "empat belas"),
        (15, "lima belas"), (16, "enam belas"), (17, "tujuh belas"), (18, "delapan belas"),
        (19, "sembilan belas"), (20, "dua puluh"), (21, "dua puluh satu"), (30, "tiga puluh"),
        (45, "empat puluh lima"), (99, "sembilan puluh sembilan"),
    ])
    func kecil(n: Int, kata: String) {
        #expect(Terbilang.kata(n) == kata)
    }

    @Test("Hundreds, thousands and larger scales follow the examples of the brief", arguments: [
        (100, "seratus"), (101, "seratus satu"), (110, "seratus sepuluh"), (111, "seratus sebelas"),
        (115, "seratus lima belas"), (200, "dua ratus"), (999, "sembilan ratus sembilan puluh sembilan"),
        (1000, "seribu"), (1001, "seribu satu"), (1100, "seribu seratus"), (1111, "seribu seratus sebelas"),
        (2000, "dua ribu"), (2024, "dua ribu dua puluh empat"), (10_000, "sepuluh ribu"),
        (11_000, "sebelas ribu"), (21_000, "dua puluh satu ribu"), (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"), (111_000, "seratus sebelas ribu"), (200_000, "dua ratus ribu"),
        (1_000_000, "satu juta"), (1_000_001, "satu juta satu"), (1_001_000, "satu juta seribu"),
        (1_100_000, "satu juta seratus ribu"), (1_250_000, "satu juta dua ratus lima puluh ribu"),
        (2_000_000, "dua juta"), (10_000_000, "sepuluh juta"), (100_000_000, "seratus juta"),
        (1_000_000_000, "satu miliar"), (1_000_001_000, "satu miliar seribu"),
        (1_001_000_000, "satu miliar satu juta"),
        (1_000_000_000_000, "satu triliun"), (1_000_000_000_000_000, "satu kuadriliun"),
        (1_000_000_000_000_000_000, "satu kuintiliun"),
        (1_111_111_111, "satu miliar seratus sebelas juta seratus sebelas ribu seratus sebelas"),
        (5_001_001_001, "lima miliar satu juta seribu satu"),
    ])
    func besar(n: Int, kata: String) {
        #expect(Terbilang.kata(n) == kata)
    }

    @Test("Int.max and Int.min are spelled in full up to kuintiliun")
    func batasInt() {
        #expect(Terbilang.kata(Int.max) ==
            "sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun "
            + "tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu "
            + "delapan ratus tujuh")
        #expect(Terbilang.kata(Int.min) ==
            "minus sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun "
            + "tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu "
            + "delapan ratus delapan")
    }

    @Test("Negative numbers start with \"minus\"", arguments: [
        (-1, "minus satu"), (-11, "minus sebelas"), (-1000, "minus seribu"),
        (-1_250_000, "minus satu juta dua ratus lima puluh ribu"),
    ])
    func negatif(n: Int, kata: String) {
        #expect(Terbilang.kata(n) == kata)
    }

    @Test("The prefix se- is used for ten, eleven, hundred and thousand, never for juta and above")
    func awalanSe() {
        #expect(Terbilang.kata(10) == "sepuluh")
        #expect(Terbilang.kata(11) == "sebelas")
        #expect(Terbilang.kata(100) == "seratus")
        #expect(Terbilang.kata(1000) == "seribu")
        #expect(Terbilang.kata(100_000) == "seratus ribu")
        #expect(Terbilang.kata(1_001_000) == "satu juta seribu")
        for n in [1_000_000, 1_000_000_000, 1_000_000_000_000, 1_000_000_000_000_000, 1_000_000_000_000_000_000] {
            let kata = Terbilang.kata(n)
            #expect(kata.hasPrefix("satu "), "\(n) → \(kata)")
            #expect(!kata.contains("sejuta") && !kata.contains("semiliar") && !kata.contains("setriliun"))
        }
        #expect(!Terbilang.kata(1_000_000).contains("se"))
    }

    @Test("\"satu ribu\" only appears after a digit word, as in twenty-one thousand")
    func satuRibu() {
        #expect(Terbilang.kata(21_000) == "dua puluh satu ribu")
        #expect(Terbilang.kata(301_000) == "tiga ratus satu ribu")
        for n in stride(from: 0, through: 3_000_000, by: 997) {
            let kata = Terbilang.kata(n)
            if kata.hasPrefix("satu ribu") || kata.contains("juta satu ribu") {
                Issue.record("\(n) → \(kata)")
            }
        }
    }

    @Test("Every number from 0 to 200 000 has single spaces, no edge spaces and only known words")
    func spasiTunggal() {
        let kosakata: Set<Substring> = [
            "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
            "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu",
        ]
        for n in 0...200_000 {
            let kata = Terbilang.kata(n)
            if kata.isEmpty || kata.contains("  ") || kata.hasPrefix(" ") || kata.hasSuffix(" ")
                || kata != kata.lowercased()
                || !kata.split(separator: " ").allSatisfy(kosakata.contains) {
                Issue.record("\(n) → \"\(kata)\"")
                return
            }
        }
    }

    @Test("Distinct numbers get distinct words (0…200 000)")
    func unik() {
        var terlihat = Set<String>()
        for n in 0...200_000 { terlihat.insert(Terbilang.kata(n)) }
        #expect(terlihat.count == 200_001)
    }

    @Test("Spaces stay single across powers of ten and their neighbours up to Int.max")
    func spasiBesar() {
        var n = 1
        while true {
            for m in [n - 1, n, n + 1, -n] {
                let kata = Terbilang.kata(m)
                #expect(!kata.contains("  ") && !kata.hasPrefix(" ") && !kata.hasSuffix(" "), "\(m)")
            }
            let (berikut, luap) = n.multipliedReportingOverflow(by: 10)
            if luap { break }
            n = berikut
        }
    }

    @Test("Rupiah in words ends in \"rupiah\" and names sen only when present")
    func rupiah() {
        #expect(Terbilang.rupiah(1_250_000) == "satu juta dua ratus lima puluh ribu rupiah")
        #expect(Terbilang.rupiah(0) == "nol rupiah")
        #expect(Terbilang.rupiah(sen: 125_000_000) == "satu juta dua ratus lima puluh ribu rupiah")
        #expect(Terbilang.rupiah(sen: 100_050) == "seribu rupiah lima puluh sen")
        #expect(Terbilang.rupiah(sen: 50) == "lima puluh sen")
        #expect(Terbilang.rupiah(sen: 0) == "nol rupiah")
        #expect(Terbilang.rupiah(sen: -100_000) == "minus seribu rupiah")
        #expect(Terbilang.rupiah(sen: Int64.min).hasPrefix("minus sembilan puluh dua kuadriliun"))
    }

    @Test("A numeral with its words in brackets reads \"5 (lima)\"", arguments: [
        (5, "5 (lima)"), (14, "14 (empat belas)"), (3, "3 (tiga)"), (2, "2 (dua)"),
        (2024, "2024 (dua ribu dua puluh empat)"), (-3, "-3 (minus tiga)"),
    ])
    func denganAngka(n: Int, teks: String) {
        #expect(Terbilang.denganAngka(n) == teks)
    }

    @Test("Large numerals may be grouped by thousands next to their words")
    func denganAngkaRibuan() {
        #expect(Terbilang.denganAngka(1500, kelompokRibuan: true) == "1.500 (seribu lima ratus)")
        #expect(Terbilang.denganAngka(1500, kelompokRibuan: false) == "1500 (seribu lima ratus)")
    }

    @Test("Decimals read the fraction digit by digit after \"koma\"", arguments: [
        ("2.5", "dua koma lima"), ("1.05", "satu koma nol lima"), ("-0.25", "minus nol koma dua lima"),
        ("0", "nol"), ("1000", "seribu"), ("1250000", "satu juta dua ratus lima puluh ribu"),
        ("12.75", "dua belas koma tujuh lima"),
        ("1000000000000000000000", "satu sekstiliun"),
    ])
    func desimal(teks: String, kata: String) throws {
        let n = try #require(Decimal(string: teks, locale: Locale(identifier: "en_US_POSIX")))
        #expect(Terbilang.kata(n) == kata)
    }

    @Test("Integral decimals give the same words as integers")
    func desimalSamaDenganInt() {
        for n in [0, 7, 11, 100, 1001, 2024, 1_001_000, 999_999_999, -42, Int.max, Int.min + 1] {
            #expect(Terbilang.kata(Decimal(n)) == Terbilang.kata(n), "\(n)")
        }
    }

    @Test("NaN and numbers beyond desiliun still give an answer")
    func desimalEkstrem() {
        #expect(Terbilang.kata(Decimal.nan) == "bukan bilangan")
        let besar = Decimal(sign: .plus, exponent: 40, significand: 1)
        let kata = Terbilang.kata(besar)
        #expect(kata.hasPrefix("satu nol nol"))
        #expect(kata.split(separator: " ").count == 41)
    }
}

/// Writes `n<TAB>words` lines for the num2words cross-check (`Tests/terbilang_check.py`).
/// Runs only when `JALIN_TERBILANG_OUT` names the output file.
@Suite("Terbilang: cross-check data for num2words")
struct BahasaTerbilangProdusen {
    static let keluaran = ProcessInfo.processInfo.environment["JALIN_TERBILANG_OUT"]

    @Test(
        "Writes 0…2000, edge cases and a fixed pseudo-random spread up to 10^12 for the Python cross-check",
        .enabled(if: keluaran != nil, "set JALIN_TERBILANG_OUT to a file path")
    )
    func tulisDataPembanding() throws {
        let jalur = try #require(Self.keluaran)
        var angka = Array(0...2000)
        // Edge cases around scale boundaries, the se- forms, negatives and the Int extremes.
        var pangkat = 1
        for _ in 0...18 {
            angka += [pangkat - 1, pangkat, pangkat + 1, pangkat * 2, -pangkat]
            if pangkat <= Int.max / 10 { pangkat *= 10 }
        }
        angka += [
            1_001_000, 5_001_001_001, 1_000_001_000, 21_000, 101_000, 111_000, 1_111_111,
            1_250_000, 2_024, Int.max, Int.min + 1, -1_001_000,
        ]
        // Deterministic spread: xorshift64 with a fixed seed; a random digit count 1…12 spreads the
        // numbers evenly over magnitudes instead of crowding them near 10^12. Every fifth value gets
        // a thousands group of 1 ("… juta seribu …") to exercise that convention.
        var keadaan: UInt64 = 0x4A61_6C69_6E32_3032  // "Jalin202"
        func berikut() -> UInt64 {
            keadaan ^= keadaan << 13
            keadaan ^= keadaan >> 7
            keadaan ^= keadaan << 17
            return keadaan
        }
        for i in 0..<10_000 {
            let digit = Int(berikut() % 12) + 1
            var batas: UInt64 = 1
            for _ in 0..<digit { batas *= 10 }
            var n = Int(berikut() % batas)
            if i % 5 == 0 && n >= 1_000_000 {
                n = n / 1_000_000 * 1_000_000 + 1000 + n % 1000
            }
            angka.append(n)
        }
        let teks = angka.map { "\($0)\t\(Terbilang.kata($0))\n" }.joined()
        try teks.write(toFile: jalur, atomically: true, encoding: .utf8)
        #expect(angka.count >= 12_000)
    }
}
