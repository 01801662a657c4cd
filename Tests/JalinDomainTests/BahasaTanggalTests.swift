import Foundation
import Testing
@testable import JalinDomain

@Suite("Tanggal: calendar dates for documents, independent of time zones")
struct BahasaTanggalTests {
    private func t(_ tahun: Int, _ bulan: Int, _ hari: Int) throws -> Tanggal {
        try Tanggal(tahun: tahun, bulan: bulan, hari: hari)
    }

    @Test("The opening sentence of an agreement spells day, date, month and year")
    func kalimatPembukaan() throws {
        let tanggal = try t(2024, 5, 3)
        #expect(tanggal.kalimatPembukaan ==
            "Pada hari ini Jumat tanggal tiga bulan Mei tahun dua ribu dua puluh empat")
        #expect(tanggal.namaHari == "Jumat")
        #expect(tanggal.hariDalamPekan == .jumat)
        #expect(tanggal.namaBulan == "Mei")
        #expect(tanggal.panjang == "3 Mei 2024")
        #expect(tanggal.panjangDenganHari == "Jumat, 3 Mei 2024")
        #expect(tanggal.terbilang == "tiga Mei dua ribu dua puluh empat")
        #expect(tanggal.iso == "2024-05-03")
        #expect(tanggal.description == "2024-05-03")
        #expect(tanggal.bulanRomawi == "V")
        let akhirTahun = try t(2031, 12, 31)
        #expect(akhirTahun.kalimatPembukaan ==
            "Pada hari ini Rabu tanggal tiga puluh satu bulan Desember tahun dua ribu tiga puluh satu")
        #expect(try t(2025, 1, 11).kalimatPembukaan ==
            "Pada hari ini Sabtu tanggal sebelas bulan Januari tahun dua ribu dua puluh lima")
    }

    @Test("Month names run from Januari to Desember", arguments: Array(1...12))
    func namaBulan(bulan: Int) throws {
        let nama = ["Januari", "Februari", "Maret", "April", "Mei", "Juni",
                    "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
        #expect(try t(2024, bulan, 1).namaBulan == nama[bulan - 1])
        #expect(NamaBulan(rawValue: bulan)?.nama == nama[bulan - 1])
    }

    @Test("Known dates fall on the known day", arguments: [
        ("2024-05-03", "Jumat"), ("1945-08-17", "Jumat"), ("2000-01-01", "Sabtu"),
        ("1970-01-01", "Kamis"), ("2024-02-29", "Kamis"), ("2023-01-02", "Senin"),
        ("2024-12-31", "Selasa"), ("2025-06-01", "Minggu"), ("1900-01-01", "Senin"),
        ("0001-01-01", "Senin"), ("9999-12-31", "Jumat"), ("1600-03-01", "Rabu"),
    ])
    func hariDikenal(iso: String, hari: String) throws {
        let tanggal = try #require(Tanggal(iso: iso))
        #expect(tanggal.namaHari == hari)
    }

    @Test("Day names agree with Foundation's Gregorian calendar every day from 1900 to 2100")
    func hariSesuaiFoundation() throws {
        var kalender = Calendar(identifier: .gregorian)
        let utc = try #require(TimeZone(identifier: "UTC"))
        kalender.timeZone = utc
        let namaFoundation = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]  // weekday 1 = Sunday
        var tanggal = try t(1900, 1, 1)
        let akhir = try t(2100, 12, 31)
        var waktu = try #require(kalender.date(from: DateComponents(year: 1900, month: 1, day: 1)))
        var hitung = 0
        while tanggal <= akhir {
            let bagian = kalender.dateComponents([.year, .month, .day, .weekday], from: waktu)
            if bagian.year != tanggal.tahun || bagian.month != tanggal.bulan || bagian.day != tanggal.hari
                || namaFoundation[bagian.weekday! - 1] != tanggal.namaHari {
                Issue.record("\(tanggal.iso) \(tanggal.namaHari) vs Foundation \(bagian)")
                return
            }
            tanggal = tanggal.tambahHari(1)
            waktu = try #require(kalender.date(byAdding: .day, value: 1, to: waktu))
            hitung += 1
        }
        #expect(hitung == 73_414)
    }

    @Test("29 February exists only in leap years, and the refusal is in Bahasa Indonesia")
    func kabisat() throws {
        #expect(try t(2024, 2, 29).iso == "2024-02-29")
        #expect(try t(2000, 2, 29).iso == "2000-02-29")
        let galat = #expect(throws: KesalahanValidasi.self) { try Tanggal(tahun: 2023, bulan: 2, hari: 29) }
        #expect(galat?.pesan(untuk: "tanggal") ==
            "Tanggal 29 Februari 2023 tidak ada karena tahun 2023 bukan tahun kabisat.")
        #expect(throws: KesalahanValidasi.self) { try Tanggal(tahun: 1900, bulan: 2, hari: 29) }
        #expect(Tanggal.kabisat(2024) && Tanggal.kabisat(2000) && Tanggal.kabisat(1600))
        #expect(!Tanggal.kabisat(2023) && !Tanggal.kabisat(1900) && !Tanggal.kabisat(2100))
        #expect(Tanggal(iso: "2023-02-29") == nil)
    }

    @Test("Impossible dates are refused with a message naming the field", arguments: [
        (2024, 4, 31, "Tanggal 31 April 2024 tidak ada; bulan April 2024 hanya memiliki 30 hari."),
        (2023, 2, 30, "Tanggal 30 Februari 2023 tidak ada; bulan Februari 2023 hanya memiliki 28 hari."),
        (2024, 13, 1, "Bulan harus antara 1 dan 12."),
        (2024, 0, 1, "Bulan harus antara 1 dan 12."),
        (2024, 5, 0, "Tanggal harus antara 1 dan 31 untuk bulan Mei 2024."),
        (2024, 5, 32, "Tanggal harus antara 1 dan 31 untuk bulan Mei 2024."),
        (0, 1, 1, "Tahun harus antara 1 dan 9999."),
        (10_000, 1, 1, "Tahun harus antara 1 dan 9999."),
    ])
    func tidakSah(tahun: Int, bulan: Int, hari: Int, pesan: String) {
        let galat = #expect(throws: KesalahanValidasi.self) {
            try Tanggal(tahun: tahun, bulan: bulan, hari: hari)
        }
        #expect(galat?.daftar == [KesalahanIsian(field: "tanggal", pesan: pesan)])
    }

    @Test("A custom field name is carried into the error")
    func fieldKhusus() {
        let galat = #expect(throws: KesalahanValidasi.self) {
            try Tanggal(tahun: 2024, bulan: 2, hari: 30, field: "tanggalMulai")
        }
        #expect(galat?.pesan(untuk: "tanggalMulai") != nil)
    }

    @Test("ISO text is read strictly and written with zero padding")
    func iso() throws {
        #expect(Tanggal(iso: "2024-05-03") == (try t(2024, 5, 3)))
        #expect(try t(7, 1, 9).iso == "0007-01-09")
        for salah in ["", "2024-5-3", "2024/05/03", "03-05-2024", "2024-05-03T00:00:00Z", " 2024-05-03",
                      "2024-02-30", "abcd-ef-gh", "2024-05-0３", "+024-05-03", "2024-00-10"] {
            #expect(Tanggal(iso: salah) == nil, "\(salah)")
        }
        #expect(try Tanggal(iso: " 2024-05-03 ", field: "tanggal") == (try t(2024, 5, 3)))
        let format = #expect(throws: KesalahanValidasi.self) { try Tanggal(iso: "3/5/2024", field: "tanggalTtd") }
        #expect(format?.pesan(untuk: "tanggalTtd") ==
            "Tanggal harus ditulis dengan format TTTT-BB-HH, misalnya 2024-05-03.")
        let kosong = #expect(throws: KesalahanValidasi.self) { try Tanggal(iso: "  ", field: "tanggalTtd") }
        #expect(kosong?.pesan(untuk: "tanggalTtd") == "Tanggal wajib diisi.")
    }

    @Test("Codable uses the ISO text and refuses impossible dates")
    func codable() throws {
        let tanggal = try t(2024, 5, 3)
        let data = try JSONEncoder().encode(["mulai": tanggal])
        #expect(String(decoding: data, as: UTF8.self) == #"{"mulai":"2024-05-03"}"#)
        let kembali = try JSONDecoder().decode([String: Tanggal].self, from: data)
        #expect(kembali["mulai"] == tanggal)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Tanggal].self, from: Data(#"["2023-02-29"]"#.utf8))
        }
    }

    @Test("Dates order by year, then month, then day")
    func urutan() throws {
        #expect(try t(2023, 12, 31) < t(2024, 1, 1))
        #expect(try t(2024, 1, 31) < t(2024, 2, 1))
        #expect(try t(2024, 2, 1) < t(2024, 2, 2))
        #expect(try [t(2024, 3, 1), t(2023, 5, 5), t(2024, 2, 29)].sorted().map(\.iso) ==
            ["2023-05-05", "2024-02-29", "2024-03-01"])
        #expect(Set([try t(2024, 5, 3), try t(2024, 5, 3)]).count == 1)
    }

    @Test("Adding days crosses months, years and leap days; the difference is the inverse")
    func tambahHari() throws {
        let awal = try t(2024, 5, 3)
        #expect(awal.tambahHari(14).iso == "2024-05-17")
        #expect(awal.selisihHari(ke: awal.tambahHari(14)) == 14)
        #expect(try t(2024, 2, 28).tambahHari(1).iso == "2024-02-29")
        #expect(try t(2023, 2, 28).tambahHari(1).iso == "2023-03-01")
        #expect(try t(2024, 12, 31).tambahHari(1).iso == "2025-01-01")
        #expect(try t(2024, 1, 1).tambahHari(-1).iso == "2023-12-31")
        #expect(try t(2024, 1, 1).tambahHari(366).iso == "2025-01-01")
        #expect(try t(2024, 5, 3).selisihHari(ke: t(2029, 5, 3)) == 1826)
        #expect(try t(2029, 5, 3).selisihHari(ke: t(2024, 5, 3)) == -1826)
        #expect(try t(1970, 1, 1).nomorHari == 0)
        #expect(try t(0001, 1, 1).nomorHari == -719_162)
        // Round trip over the whole supported range, in steps.
        var tanggal = try t(1, 1, 1)
        let akhir = try t(9999, 12, 31)
        while tanggal < akhir {
            #expect(Tanggal(nomorHari: tanggal.nomorHari) == tanggal)
            let langkah = min(997, tanggal.selisihHari(ke: akhir))
            let berikut = tanggal.tambahHari(langkah)
            #expect(tanggal.selisihHari(ke: berikut) == langkah)
            tanggal = berikut
        }
        #expect(tanggal == akhir)
    }

    @Test("Adding months keeps the day, clamped to the end of a shorter month", arguments: [
        ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-03-31", 1, "2024-04-30"),
        ("2024-05-03", 3, "2024-08-03"), ("2024-11-15", 2, "2025-01-15"), ("2024-01-15", -1, "2023-12-15"),
        ("2024-03-31", -1, "2024-02-29"), ("2024-05-31", -13, "2023-04-30"), ("2024-05-03", 0, "2024-05-03"),
        ("2024-05-03", 60, "2029-05-03"), ("2024-08-31", 6, "2025-02-28"), ("2024-12-31", 12, "2025-12-31"),
    ])
    func tambahBulan(awal: String, n: Int, hasil: String) throws {
        #expect(try #require(Tanggal(iso: awal)).tambahBulan(n).iso == hasil)
    }

    @Test("Adding years turns 29 February into 28 February in common years")
    func tambahTahun() throws {
        #expect(try t(2024, 2, 29).tambahTahun(1).iso == "2025-02-28")
        #expect(try t(2024, 2, 29).tambahTahun(4).iso == "2028-02-29")
        #expect(try t(2024, 5, 3).tambahTahun(5).iso == "2029-05-03")
        #expect(try t(2024, 5, 3).tambahTahun(-5).iso == "2019-05-03")
    }

    @Test("Conversion from Date depends on the time zone; back to Date gives local midnight")
    func konversiDate() throws {
        // 2024-05-02 17:30 UTC is already 3 May in Jakarta (UTC+7) and Jayapura (UTC+9).
        let waktu = Date(timeIntervalSince1970: 1_714_671_000)
        let utc = try #require(TimeZone(identifier: "UTC"))
        let jakarta = try #require(TimeZone(identifier: "Asia/Jakarta"))
        let jayapura = try #require(TimeZone(identifier: "Asia/Jayapura"))
        #expect(Tanggal(date: waktu, timeZone: utc).iso == "2024-05-02")
        #expect(Tanggal(date: waktu, timeZone: jakarta).iso == "2024-05-03")
        #expect(Tanggal(date: waktu, timeZone: jayapura).iso == "2024-05-03")

        let tanggal = try t(2024, 5, 3)
        #expect(tanggal.date(timeZone: utc) == Date(timeIntervalSince1970: 1_714_694_400))
        #expect(tanggal.date(timeZone: jakarta) == Date(timeIntervalSince1970: 1_714_694_400 - 7 * 3600))
        for zona in [utc, jakarta, jayapura] {
            #expect(Tanggal(date: tanggal.date(timeZone: zona), timeZone: zona) == tanggal)
        }
        // A day whose midnight is skipped by daylight saving still converts to its own date.
        if let santiago = TimeZone(identifier: "America/Santiago") {
            let dst = try t(2024, 9, 8)
            #expect(Tanggal(date: dst.date(timeZone: santiago), timeZone: santiago) == dst)
        }
    }

    @Test("Roman numerals for months and years", arguments: [
        (1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (6, "VI"), (7, "VII"), (8, "VIII"),
        (9, "IX"), (10, "X"), (11, "XI"), (12, "XII"), (14, "XIV"), (40, "XL"), (90, "XC"),
        (400, "CD"), (944, "CMXLIV"), (1999, "MCMXCIX"), (2024, "MMXXIV"), (3999, "MMMCMXCIX"),
    ])
    func romawi(n: Int, huruf: String) {
        #expect(Angka.romawi(n) == huruf)
    }

    @Test("Every month has its Roman numeral in document numbers")
    func bulanRomawi() throws {
        let huruf = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        for bulan in 1...12 {
            #expect(try t(2024, bulan, 1).bulanRomawi == huruf[bulan - 1])
        }
    }
}
