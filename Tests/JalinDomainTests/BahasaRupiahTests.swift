import Foundation
import Testing
@testable import JalinDomain

@Suite("Rupiah: amounts are kept in sen and written the Indonesian way")
struct BahasaRupiahTests {
    @Test("Amounts in sen are written with Rp, dots between thousands and a comma before sen", arguments: [
        (Int64(125_000_000), "Rp1.250.000,00"), (0, "Rp0,00"), (5, "Rp0,05"), (50, "Rp0,50"),
        (100, "Rp1,00"), (99_999, "Rp999,99"), (100_000, "Rp1.000,00"), (123_456_789, "Rp1.234.567,89"),
        (-100_000, "-Rp1.000,00"), (-5, "-Rp0,05"),
        (Int64.max, "Rp92.233.720.368.547.758,07"), (Int64.min, "-Rp92.233.720.368.547.758,08"),
    ])
    func format(sen: Int64, teks: String) {
        #expect(Rupiah.format(sen) == teks)
    }

    @Test("Whole rupiah amounts end in ,00", arguments: [
        (Int64(1_250_000), "Rp1.250.000,00"), (0, "Rp0,00"), (999, "Rp999,00"), (-1000, "-Rp1.000,00"),
        (Int64.max, "Rp9.223.372.036.854.775.807,00"), (Int64.min, "-Rp9.223.372.036.854.775.808,00"),
    ])
    func formatRupiah(rupiah: Int64, teks: String) {
        #expect(Rupiah.format(rupiah: rupiah) == teks)
    }

    @Test("The amount with its words reads as in an agreement")
    func denganTerbilang() {
        #expect(Rupiah.denganTerbilang(125_000_000) ==
            "Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah)")
        #expect(Rupiah.denganTerbilang(100_050) == "Rp1.000,50 (seribu rupiah lima puluh sen)")
    }

    @Test("Plain numbers are grouped by thousands with dots", arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (12_345, "12.345"), (123_456, "123.456"),
        (1_234_567, "1.234.567"), (-1_250_000, "-1.250.000"), (-999, "-999"),
        (Int.max, "9.223.372.036.854.775.807"), (Int.min, "-9.223.372.036.854.775.808"),
    ])
    func ribuan(n: Int, teks: String) {
        #expect(Angka.ribuan(n) == teks)
    }

    @Test("Thousand grouping works for other integer types too")
    func ribuanJenisLain() {
        #expect(Angka.ribuan(UInt64.max) == "18.446.744.073.709.551.615")
        #expect(Angka.ribuan(Int64(-12_345)) == "-12.345")
        #expect(Angka.ribuan(UInt8(255)) == "255")
    }

    @Test("Usual ways of typing an amount are read as sen", arguments: [
        ("Rp1.250.000,00", Int64(125_000_000)), ("1.250.000", 125_000_000), ("1250000", 125_000_000),
        ("Rp 1.250.000", 125_000_000), ("Rp. 1.250.000", 125_000_000), ("rp1.250.000", 125_000_000),
        ("RP 1250000,00", 125_000_000), ("  Rp1.250.000,00  ", 125_000_000), ("Rp1.000.000,-", 100_000_000),
        ("1.000,5", 100_050), ("1.000,05", 100_005), ("0", 0), ("0,00", 0), ("999", 99_900),
        ("-Rp1.000,00", -100_000), ("- Rp 1.000", -100_000), ("Rp -1.000", -100_000), ("-1000", -100_000),
        ("Rp\u{00A0}1.250.000", 125_000_000),
        ("Rp92.233.720.368.547.758,07", Int64.max), ("-Rp92.233.720.368.547.758,08", Int64.min),
    ])
    func parse(teks: String, sen: Int64) throws {
        #expect(try Rupiah.parse(teks) == sen)
    }

    @Test("Formatting then parsing gives back the same amount")
    func pulangPergi() throws {
        var n: Int64 = 1
        var nilai: [Int64] = [0, Int64.max, Int64.min, 1, -1, 99, 100, 101]
        while n < Int64.max / 7 {
            nilai += [n, -n, n * 7 + 3]
            n = n * 7 + 1
        }
        var keadaan: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            keadaan ^= keadaan << 13
            keadaan ^= keadaan >> 7
            keadaan ^= keadaan << 17
            nilai.append(Int64(bitPattern: keadaan) >> Int64(keadaan % 60))
        }
        for sen in nilai {
            #expect(try Rupiah.parse(Rupiah.format(sen)) == sen, "\(sen)")
        }
        for rupiah in [Int64(0), 1, 1_250_000, -7_000, 92_233_720_368_547_758] {
            #expect(try Rupiah.parse(Rupiah.format(rupiah: rupiah)) == rupiah * 100)
        }
    }

    @Test("Bad input is refused with a Bahasa message for the field \"nilai\"", arguments: [
        ("", "Nilai wajib diisi."),
        ("   ", "Nilai wajib diisi."),
        ("Rp", "Nilai wajib diisi dengan angka, misalnya Rp1.250.000,00 atau 1250000."),
        ("satu juta", "Nilai hanya boleh berisi angka, titik pemisah ribuan, dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("1.250.000 rupiah", "Nilai hanya boleh berisi angka, titik pemisah ribuan, dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("1 250 000", "Nilai hanya boleh berisi angka, titik pemisah ribuan, dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("USD 100", "Nilai hanya boleh berisi angka, titik pemisah ribuan, dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("--100", "Nilai hanya boleh berisi angka, titik pemisah ribuan, dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("12.50", "Penulisan nilai tidak sesuai: gunakan titik setiap tiga angka sebagai pemisah ribuan dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("1.250.00", "Penulisan nilai tidak sesuai: gunakan titik setiap tiga angka sebagai pemisah ribuan dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("1250.000", "Penulisan nilai tidak sesuai: gunakan titik setiap tiga angka sebagai pemisah ribuan dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        (".500", "Penulisan nilai tidak sesuai: gunakan titik setiap tiga angka sebagai pemisah ribuan dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("1..000", "Penulisan nilai tidak sesuai: gunakan titik setiap tiga angka sebagai pemisah ribuan dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        (",50", "Penulisan nilai tidak sesuai: gunakan titik setiap tiga angka sebagai pemisah ribuan dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("1,250,000.00", "Nilai hanya boleh memuat satu koma, yaitu sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
        ("1.000,505", "Sen paling banyak ditulis dengan dua angka di belakang koma, misalnya Rp1.250.000,50."),
        ("1.000,", "Di belakang koma hanya boleh ada dua angka sen atau tanda \"-\", misalnya Rp1.250.000,00 atau Rp1.250.000,-."),
        ("1.000,5a", "Di belakang koma hanya boleh ada dua angka sen atau tanda \"-\", misalnya Rp1.250.000,00 atau Rp1.250.000,-."),
        ("Rp92.233.720.368.547.758,08", "Nilai terlalu besar."),
        ("-Rp92.233.720.368.547.758,09", "Nilai terlalu besar."),
        ("99999999999999999999999", "Nilai terlalu besar."),
        ("１２３", "Nilai hanya boleh berisi angka, titik pemisah ribuan, dan koma sebelum sen, misalnya Rp1.250.000,00 atau 1250000."),
    ])
    func tidakSah(teks: String, pesan: String) {
        let galat = #expect(throws: KesalahanValidasi.self) { try Rupiah.parse(teks) }
        #expect(galat?.daftar == [KesalahanIsian(field: "nilai", pesan: pesan)])
    }

    @Test("Another field name can be given for the error")
    func fieldLain() {
        let galat = #expect(throws: KesalahanValidasi.self) { try Rupiah.parse("abc", field: "nilaiKontrak") }
        #expect(galat?.pesan(untuk: "nilaiKontrak") != nil)
        #expect(galat?.pesan(untuk: "nilai") == nil)
    }
}
