import Foundation

/// Plain-number formatting in Indonesian style, written out by hand so the result never depends on
/// the machine's locale.
public enum Angka {
    /// Groups the digits by thousands with a dot: 12345 → "12.345", -1250000 → "-1.250.000", 999 → "999".
    public static func ribuan<T: BinaryInteger>(_ n: T) -> String {
        let teks = String(n)  // decimal digits, "-" for negatives; never locale-dependent
        let negatif = teks.hasPrefix("-")
        let digit = Array(negatif ? teks.dropFirst() : Substring(teks))
        var hasil = negatif ? "-" : ""
        hasil.reserveCapacity(digit.count + digit.count / 3 + 1)
        for (indeks, karakter) in digit.enumerated() {
            if indeks > 0 && (digit.count - indeks) % 3 == 0 { hasil.append(".") }
            hasil.append(karakter)
        }
        return hasil
    }
}

/// Rupiah amounts, kept as whole sen (1/100 rupiah) in `Int64` so there is no rounding anywhere.
///
/// The written form follows Indonesian practice: "Rp" directly followed by the amount, dots between
/// thousands and a comma before the two sen digits, e.g. "Rp1.250.000,00"; negatives "-Rp1.000,00".
public enum Rupiah {
    /// An amount in sen: 125_000_000 → "Rp1.250.000,00", -100_000 → "-Rp1.000,00", 5 → "Rp0,05".
    public static func format(_ sen: Int64) -> String {
        let besaran = sen.magnitude
        let rupiah = besaran / 100
        let sisa = besaran % 100
        let tanda = sen < 0 ? "-" : ""
        return tanda + "Rp" + Angka.ribuan(rupiah) + "," + (sisa < 10 ? "0" : "") + String(sisa)
    }

    /// An amount in whole rupiah: 1_250_000 → "Rp1.250.000,00". Works for every `Int64`.
    public static func format(rupiah: Int64) -> String {
        (rupiah < 0 ? "-" : "") + "Rp" + Angka.ribuan(rupiah.magnitude) + ",00"
    }

    /// The amount with its words in brackets, as written in agreements:
    /// 125_000_000 → "Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah)".
    public static func denganTerbilang(_ sen: Int64) -> String {
        "\(format(sen)) (\(Terbilang.rupiah(sen: sen)))"
    }

    /// Reads an amount typed by a user and returns it in sen. Errors name the field "nilai".
    /// See `parse(_:field:)` for what is accepted.
    public static func parse(_ s: String) throws(KesalahanValidasi) -> Int64 {
        try parse(s, field: "nilai")
    }

    /// Reads an amount typed by a user and returns it in sen.
    ///
    /// Accepted: an optional "-", an optional "Rp" (any case, optionally "Rp." and/or a space), the
    /// rupiah either as plain digits ("1250000") or grouped with dots every three digits
    /// ("1.250.000"), then optionally a comma and one or two sen digits (",5" = 50 sen, ",00") or
    /// the customary ",-". Examples: "Rp1.250.000,00", "Rp 1.250.000", "1.250.000", "1250000",
    /// "-Rp1.000,00", "Rp1.000.000,-".
    ///
    /// Refused, with a message in Bahasa Indonesia for `field`: an empty value, letters or other
    /// signs, English-style separators ("1,250,000.00" or "12.50"), more than two sen digits, and
    /// amounts beyond the `Int64` range of sen.
    public static func parse(_ s: String, field: String) throws(KesalahanValidasi) -> Int64 {
        func gagal(_ pesan: String) -> KesalahanValidasi {
            KesalahanValidasi(field: field, pesan: pesan)
        }
        let contoh = "misalnya Rp1.250.000,00 atau 1250000"

        var teks = Substring(s.trimmingCharacters(in: .whitespacesAndNewlines))
        if teks.isEmpty {
            throw gagal("Nilai wajib diisi.")
        }

        var negatif = false
        func ambilTanda() {
            if let awal = teks.first, awal == "-" || awal == "\u{2212}" {
                negatif = true
                teks = teks.dropFirst().drop { $0.isWhitespace }
            }
        }
        ambilTanda()
        if teks.count >= 2 && teks.prefix(2).lowercased() == "rp" {
            teks = teks.dropFirst(2)
            if teks.first == "." { teks = teks.dropFirst() }
            teks = teks.drop { $0.isWhitespace }
            if !negatif { ambilTanda() }
        }
        if teks.isEmpty {
            throw gagal("Nilai wajib diisi dengan angka, \(contoh).")
        }

        let bagian = teks.split(separator: ",", omittingEmptySubsequences: false)
        if bagian.count > 2 {
            throw gagal("Nilai hanya boleh memuat satu koma, yaitu sebelum sen, \(contoh).")
        }
        let bulat = bagian[0]
        let pecahan = bagian.count == 2 ? bagian[1] : nil

        func semuaDigit(_ t: Substring) -> Bool {
            !t.isEmpty && t.unicodeScalars.allSatisfy { $0.value >= 48 && $0.value <= 57 }
        }

        // Rupiah part: plain digits, or dot-grouped digits with groups of exactly three after the first.
        let kelompok = bulat.split(separator: ".", omittingEmptySubsequences: false)
        if !kelompok.allSatisfy(semuaDigit) {
            if bulat.contains(where: { !($0.isASCII && ($0.isNumber || $0 == ".")) }) {
                throw gagal("Nilai hanya boleh berisi angka, titik pemisah ribuan, dan koma sebelum sen, \(contoh).")
            }
            throw gagal("Penulisan nilai tidak sesuai: gunakan titik setiap tiga angka sebagai pemisah ribuan dan koma sebelum sen, \(contoh).")
        }
        if kelompok.count > 1 {
            let awalSah = (1...3).contains(kelompok[0].count)
            let sisanyaSah = kelompok.dropFirst().allSatisfy { $0.count == 3 }
            if !awalSah || !sisanyaSah {
                throw gagal("Penulisan nilai tidak sesuai: gunakan titik setiap tiga angka sebagai pemisah ribuan dan koma sebelum sen, \(contoh).")
            }
        }

        // Sen part: none, ",-", or one or two digits.
        var sen: Int64 = 0
        if let pecahan {
            if pecahan == "-" {
                sen = 0
            } else if semuaDigit(pecahan) && pecahan.count <= 2 {
                let angka = pecahan.unicodeScalars.reduce(Int64(0)) { $0 * 10 + Int64($1.value - 48) }
                sen = pecahan.count == 1 ? angka * 10 : angka
            } else if semuaDigit(pecahan) {
                throw gagal("Sen paling banyak ditulis dengan dua angka di belakang koma, misalnya Rp1.250.000,50.")
            } else {
                throw gagal("Di belakang koma hanya boleh ada dua angka sen atau tanda \"-\", misalnya Rp1.250.000,00 atau Rp1.250.000,-.")
            }
        }

        // Accumulate as a negative number so that Int64.min (whose magnitude has no positive
        // Int64) still parses; any overflow means the amount is out of range.
        let terlaluBesar = gagal("Nilai terlalu besar.")
        var total: Int64 = 0
        for digit in kelompok.joined().unicodeScalars {
            let kali = total.multipliedReportingOverflow(by: 10)
            let kurang = kali.partialValue.subtractingReportingOverflow(Int64(digit.value - 48))
            if kali.overflow || kurang.overflow { throw terlaluBesar }
            total = kurang.partialValue
        }
        let kaliSeratus = total.multipliedReportingOverflow(by: 100)
        let denganSen = kaliSeratus.partialValue.subtractingReportingOverflow(sen)
        if kaliSeratus.overflow || denganSen.overflow { throw terlaluBesar }
        if negatif { return denganSen.partialValue }
        if denganSen.partialValue == Int64.min { throw terlaluBesar }
        return -denganSen.partialValue
    }
}
