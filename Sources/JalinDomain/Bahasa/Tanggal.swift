import Foundation

/// The months, numbered 1…12, with their Indonesian names.
public enum NamaBulan: Int, CaseIterable, Sendable, Codable, Hashable {
    case januari = 1, februari, maret, april, mei, juni, juli, agustus, september, oktober, november, desember

    /// "Januari" … "Desember".
    public var nama: String { NamaBulan.daftarNama[rawValue - 1] }

    static let daftarNama = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]
}

/// The days of the week, numbered ISO-style 1 (Senin) … 7 (Minggu), with their Indonesian names.
public enum NamaHari: Int, CaseIterable, Sendable, Codable, Hashable {
    case senin = 1, selasa, rabu, kamis, jumat, sabtu, minggu

    /// "Senin" … "Minggu" (KBBI spelling: "Jumat", not "Jum'at").
    public var nama: String { NamaHari.daftarNama[rawValue - 1] }

    static let daftarNama = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
}

/// A calendar date (year, month, day) with no time and no time zone: the date printed on a document.
///
/// Uses the proleptic Gregorian calendar for years 1…9999 (`Tanggal.tahunTerkecil`…`tahunTerbesar`).
/// The validating initialisers refuse anything outside that range; the arithmetic (`tambahHari`,
/// `tambahBulan`, `tambahTahun`) traps if its result would leave it, just as integer arithmetic traps
/// on overflow — bound user-supplied durations before adding them.
///
/// Encoded (`Codable`) as its ISO 8601 text, e.g. `"2024-05-03"`.
public struct Tanggal: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let tahun: Int
    public let bulan: Int
    public let hari: Int

    public static let tahunTerkecil = 1
    public static let tahunTerbesar = 9999

    /// A validated date. Errors (in Bahasa Indonesia) name the field "tanggal".
    public init(tahun: Int, bulan: Int, hari: Int) throws(KesalahanValidasi) {
        try self.init(tahun: tahun, bulan: bulan, hari: hari, field: "tanggal")
    }

    /// A validated date; errors name `field`, e.g. "tanggalMulai".
    public init(tahun: Int, bulan: Int, hari: Int, field: String) throws(KesalahanValidasi) {
        guard (Tanggal.tahunTerkecil...Tanggal.tahunTerbesar).contains(tahun) else {
            throw KesalahanValidasi(field: field, pesan: "Tahun harus antara \(Tanggal.tahunTerkecil) dan \(Tanggal.tahunTerbesar).")
        }
        guard (1...12).contains(bulan) else {
            throw KesalahanValidasi(field: field, pesan: "Bulan harus antara 1 dan 12.")
        }
        let jumlah = Tanggal.jumlahHari(bulan: bulan, tahun: tahun)
        guard (1...jumlah).contains(hari) else {
            let namaBulan = NamaBulan.daftarNama[bulan - 1]
            let pesan: String
            if bulan == 2 && hari == 29 {
                pesan = "Tanggal 29 Februari \(tahun) tidak ada karena tahun \(tahun) bukan tahun kabisat."
            } else if hari >= 1 && hari <= 31 {
                pesan = "Tanggal \(hari) \(namaBulan) \(tahun) tidak ada; bulan \(namaBulan) \(tahun) hanya memiliki \(jumlah) hari."
            } else {
                pesan = "Tanggal harus antara 1 dan \(jumlah) untuk bulan \(namaBulan) \(tahun)."
            }
            throw KesalahanValidasi(field: field, pesan: pesan)
        }
        self.tahun = tahun
        self.bulan = bulan
        self.hari = hari
    }

    /// Reads an ISO 8601 calendar date "YYYY-MM-DD" (exactly that shape, e.g. "2024-05-03");
    /// nil when malformed or not a real date.
    public init?(iso: String) {
        guard let bagian = Tanggal.pecahISO(iso),
              let tanggal = try? Tanggal(tahun: bagian.tahun, bulan: bagian.bulan, hari: bagian.hari)
        else { return nil }
        self = tanggal
    }

    /// Reads an ISO 8601 date typed or sent by a user, with a Bahasa message naming `field` when it is
    /// malformed or not a real date.
    public init(iso: String, field: String) throws(KesalahanValidasi) {
        let teks = iso.trimmingCharacters(in: .whitespacesAndNewlines)
        if teks.isEmpty {
            throw KesalahanValidasi(field: field, pesan: "Tanggal wajib diisi.")
        }
        guard let bagian = Tanggal.pecahISO(teks) else {
            throw KesalahanValidasi(field: field, pesan: "Tanggal harus ditulis dengan format TTTT-BB-HH, misalnya 2024-05-03.")
        }
        try self.init(tahun: bagian.tahun, bulan: bagian.bulan, hari: bagian.hari, field: field)
    }

    /// Builds a date already known to be valid (internal arithmetic).
    private init(sah tahun: Int, bulan: Int, hari: Int) {
        precondition(
            (Tanggal.tahunTerkecil...Tanggal.tahunTerbesar).contains(tahun),
            "Tanggal: tahun \(tahun) di luar rentang \(Tanggal.tahunTerkecil)…\(Tanggal.tahunTerbesar)"
        )
        self.tahun = tahun
        self.bulan = bulan
        self.hari = hari
    }

    // MARK: - Calendar facts

    /// Whether `tahun` is a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
    public static func kabisat(_ tahun: Int) -> Bool {
        (tahun % 4 == 0 && tahun % 100 != 0) || tahun % 400 == 0
    }

    /// Number of days in a month (1…12) of a year.
    public static func jumlahHari(bulan: Int, tahun: Int) -> Int {
        switch bulan {
        case 2: return kabisat(tahun) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: - Text

    /// "2024-05-03".
    public var iso: String {
        Tanggal.isiNol(tahun, 4) + "-" + Tanggal.isiNol(bulan, 2) + "-" + Tanggal.isiNol(hari, 2)
    }

    public var description: String { iso }

    /// The day of the week, computed arithmetically from the day count (no `Calendar`).
    public var hariDalamPekan: NamaHari {
        // Day 0 (1970-01-01) was a Thursday, index 3 counting from Monday = 0.
        let indeks = ((nomorHari + 3) % 7 + 7) % 7
        return NamaHari(rawValue: indeks + 1)!
    }

    /// "Senin" … "Minggu"; 2024-05-03 → "Jumat".
    public var namaHari: String { hariDalamPekan.nama }

    /// "Januari" … "Desember".
    public var namaBulan: String { NamaBulan.daftarNama[bulan - 1] }

    /// The month as a Roman numeral, as used in document numbers ("…/KS/V/2024").
    public var bulanRomawi: String { Angka.romawi(bulan) }

    /// "3 Mei 2024".
    public var panjang: String { "\(hari) \(namaBulan) \(tahun)" }

    /// "Jumat, 3 Mei 2024" — as in the date line of a letter.
    public var panjangDenganHari: String { "\(namaHari), \(panjang)" }

    /// The date fully in words: "tiga Mei dua ribu dua puluh empat".
    public var terbilang: String { "\(Terbilang.kata(hari)) \(namaBulan) \(Terbilang.kata(tahun))" }

    /// The opening of an agreement:
    /// "Pada hari ini Jumat tanggal tiga bulan Mei tahun dua ribu dua puluh empat".
    public var kalimatPembukaan: String {
        "Pada hari ini \(namaHari) tanggal \(Terbilang.kata(hari)) bulan \(namaBulan) tahun \(Terbilang.kata(tahun))"
    }

    // MARK: - Arithmetic

    /// The date `n` days later (earlier for negative `n`).
    public func tambahHari(_ n: Int) -> Tanggal {
        Tanggal(nomorHari: nomorHari + n)
    }

    /// Days from `self` to `ke`: positive when `ke` is later. 2024-05-03 → 2024-05-17 is 14.
    public func selisihHari(ke: Tanggal) -> Int {
        ke.nomorHari - nomorHari
    }

    /// The same day `n` months later (earlier for negative `n`), clamped to the end of a shorter
    /// month: 2024-01-31 + 1 month → 2024-02-29.
    public func tambahBulan(_ n: Int) -> Tanggal {
        let indeks = tahun * 12 + (bulan - 1) + n
        let tahunBaru = Tanggal.bagiBawah(indeks, 12)
        let bulanBaru = indeks - tahunBaru * 12 + 1
        let hariBaru = min(hari, Tanggal.jumlahHari(bulan: bulanBaru, tahun: tahunBaru))
        return Tanggal(sah: tahunBaru, bulan: bulanBaru, hari: hariBaru)
    }

    /// The same day `n` years later (earlier for negative `n`); 29 February becomes 28 February in a
    /// common year.
    public func tambahTahun(_ n: Int) -> Tanggal {
        tambahBulan(n * 12)
    }

    public static func < (a: Tanggal, b: Tanggal) -> Bool {
        (a.tahun, a.bulan, a.hari) < (b.tahun, b.bulan, b.hari)
    }

    // MARK: - Day count (proleptic Gregorian; H. Hinnant's days_from_civil / civil_from_days)

    /// Days since 1970-01-01 (which is day 0).
    public var nomorHari: Int {
        let y = bulan <= 2 ? tahun - 1 : tahun
        let era = Tanggal.bagiBawah(y, 400)
        let tahunEra = y - era * 400                                        // 0…399
        let bulanGeser = bulan > 2 ? bulan - 3 : bulan + 9                  // March = 0
        let hariTahun = (153 * bulanGeser + 2) / 5 + hari - 1               // 0…365
        let hariEra = tahunEra * 365 + tahunEra / 4 - tahunEra / 100 + hariTahun  // 0…146096
        return era * 146_097 + hariEra - 719_468
    }

    /// The date `nomorHari` days after 1970-01-01. Traps outside years 1…9999.
    public init(nomorHari: Int) {
        let z = nomorHari + 719_468
        let era = Tanggal.bagiBawah(z, 146_097)
        let hariEra = z - era * 146_097
        let tahunEra = (hariEra - hariEra / 1460 + hariEra / 36_524 - hariEra / 146_096) / 365
        let hariTahun = hariEra - (365 * tahunEra + tahunEra / 4 - tahunEra / 100)
        let bulanGeser = (5 * hariTahun + 2) / 153
        let hari = hariTahun - (153 * bulanGeser + 2) / 5 + 1
        let bulan = bulanGeser < 10 ? bulanGeser + 3 : bulanGeser - 9
        let tahun = tahunEra + era * 400 + (bulan <= 2 ? 1 : 0)
        self.init(sah: tahun, bulan: bulan, hari: hari)
    }

    // MARK: - Foundation `Date`

    /// The calendar date of `date` as seen in `timeZone` (e.g. Asia/Jakarta, Asia/Makassar,
    /// Asia/Jayapura). Uses Foundation's Gregorian calendar, which switches to the Julian calendar
    /// before 15 October 1582; irrelevant for real documents. Traps for instants outside years 1…9999.
    public init(date: Date, timeZone: TimeZone) {
        var kalender = Calendar(identifier: .gregorian)
        kalender.timeZone = timeZone
        let bagian = kalender.dateComponents([.era, .year, .month, .day], from: date)
        precondition(bagian.era == 1, "Tanggal: waktu sebelum tahun 1 tidak didukung")
        self.init(sah: bagian.year!, bulan: bagian.month!, hari: bagian.day!)
    }

    /// The first instant of this date in `timeZone` (normally 00:00 local time).
    public func date(timeZone: TimeZone) -> Date {
        var kalender = Calendar(identifier: .gregorian)
        kalender.timeZone = timeZone
        // Start from midday, which exists in every zone, so days whose midnight is skipped by a
        // daylight-saving change still resolve to their real first instant.
        let siang = DateComponents(era: 1, year: tahun, month: bulan, day: hari, hour: 12)
        if let tengahHari = kalender.date(from: siang) {
            return kalender.startOfDay(for: tengahHari)
        }
        let utc = Date(timeIntervalSince1970: TimeInterval(nomorHari) * 86_400)
        return utc.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: utc)))
    }

    // MARK: - Codable (as ISO text)

    public init(from decoder: any Decoder) throws {
        let wadah = try decoder.singleValueContainer()
        let teks = try wadah.decode(String.self)
        guard let tanggal = Tanggal(iso: teks) else {
            throw DecodingError.dataCorruptedError(
                in: wadah,
                debugDescription: "Tanggal harus berformat TTTT-BB-HH dan merupakan tanggal yang ada, bukan \"\(teks)\"."
            )
        }
        self = tanggal
    }

    public func encode(to encoder: any Encoder) throws {
        var wadah = encoder.singleValueContainer()
        try wadah.encode(iso)
    }

    // MARK: - Helpers

    /// Floor division (rounds toward negative infinity).
    private static func bagiBawah(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func isiNol(_ n: Int, _ lebar: Int) -> String {
        let teks = String(n)
        return teks.count >= lebar ? teks : String(repeating: "0", count: lebar - teks.count) + teks
    }

    /// Splits "YYYY-MM-DD" (ASCII digits only, exact lengths) into numbers; nil when malformed.
    private static func pecahISO(_ teks: String) -> (tahun: Int, bulan: Int, hari: Int)? {
        let u = Array(teks.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func angka(_ r: Range<Int>) -> Int? {
            var nilai = 0
            for i in r {
                guard u[i] >= UInt8(ascii: "0"), u[i] <= UInt8(ascii: "9") else { return nil }
                nilai = nilai * 10 + Int(u[i] - UInt8(ascii: "0"))
            }
            return nilai
        }
        guard let t = angka(0..<4), let b = angka(5..<7), let h = angka(8..<10) else { return nil }
        return (t, b, h)
    }
}
