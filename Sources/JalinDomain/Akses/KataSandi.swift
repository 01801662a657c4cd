import Foundation

/// The minimum strength of a password chosen by a user (issue: accounts under attack).
public enum KebijakanKataSandi {
    public static let panjangMinimum = 10
    public static let panjangMaksimum = 128

    /// A short list of passwords that are refused whatever their length.
    static let umum: Set<String> = [
        "password123", "passw0rd123", "1234567890", "qwertyuiop", "katasandi123", "admin12345",
        "administrator", "0123456789", "password1234", "iloveyou123", "kutaikartanegara",
    ]

    /// Checks a new password; `field` names the form field in the messages.
    public static func periksa(_ kataSandi: String, namaPengguna: String, field: String = "kata_sandi_baru") throws(KesalahanValidasi) {
        var p = Pemeriksa()
        let jumlah = kataSandi.count
        if jumlah < panjangMinimum {
            p.tambah(field, "Kata sandi minimal \(panjangMinimum) karakter.")
        } else if jumlah > panjangMaksimum {
            p.tambah(field, "Kata sandi paling banyak \(panjangMaksimum) karakter.")
        } else {
            let adaHuruf = kataSandi.contains { $0.isLetter }
            let adaAngkaAtauSimbol = kataSandi.contains { $0.isNumber || $0.isPunctuation || $0.isSymbol }
            let rendah = kataSandi.lowercased()
            if !adaHuruf || !adaAngkaAtauSimbol {
                p.tambah(field, "Kata sandi harus memuat huruf dan setidaknya satu angka atau simbol.")
            } else if umum.contains(rendah) || Set(rendah).count < 4 {
                p.tambah(field, "Kata sandi terlalu mudah ditebak. Pilih kata sandi lain.")
            } else if !namaPengguna.isEmpty && rendah.contains(namaPengguna.lowercased()) {
                p.tambah(field, "Kata sandi tidak boleh memuat nama pengguna.")
            }
        }
        try p.selesai()
    }
}
