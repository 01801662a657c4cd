import Foundation
import Testing
import JalinDomain

@Suite("Katalog urusan pemerintahan (UU 23/2014 Pasal 12)")
struct UrusanTests {
    @Test("Katalog memuat tepat 32 bidang urusan dengan kode yang unik")
    func tigaPuluhDua() {
        #expect(KatalogUrusan.semua.count == 32)
        #expect(Set(KatalogUrusan.semua.map(\.kode)).count == 32)
        #expect(Set(KatalogUrusan.semua.map(\.nama)).count == 32)
    }

    @Test("Enam bidang wajib pelayanan dasar, delapan belas wajib non-pelayanan dasar, delapan pilihan")
    func perKelompok() {
        #expect(KatalogUrusan.bidang(dalam: .wajibPelayananDasar).count == 6)
        #expect(KatalogUrusan.bidang(dalam: .wajibNonPelayananDasar).count == 18)
        #expect(KatalogUrusan.bidang(dalam: .pilihan).count == 8)
    }

    @Test("Kode berbentuk K.NN: digit pertama adalah kelompok, nomor urut 01 sampai 32 berurutan")
    func bentukKode() {
        for (i, b) in KatalogUrusan.semua.enumerated() {
            #expect(b.kode == String(format: "%d.%02d", b.kelompok.rawValue, i + 1))
        }
    }

    @Test("2.15 adalah Perhubungan, 1.03 Pekerjaan Umum dan Penataan Ruang, 3.32 Transmigrasi")
    func contoh() {
        #expect(KatalogUrusan.cari(kode: "2.15") == BidangUrusan(kode: "2.15", nama: "Perhubungan", kelompok: .wajibNonPelayananDasar))
        #expect(KatalogUrusan.cari(kode: "1.03")?.nama == "Pekerjaan Umum dan Penataan Ruang")
        #expect(KatalogUrusan.cari(kode: "1.05")?.nama == "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat")
        #expect(KatalogUrusan.cari(kode: " 3.32 ")?.kelompok == .pilihan)
        #expect(KatalogUrusan.cari(kode: "9.99") == nil)
        #expect(KatalogUrusan.cari(kode: "2.7") == nil)
    }

    @Test("Kode urusan yang tidak dikenal ditolak dengan pesan pada field yang bersangkutan")
    func periksaKode() throws {
        #expect(try KatalogUrusan.periksaKode("2.15", field: "urusan").nama == "Perhubungan")
        do {
            _ = try KatalogUrusan.periksaKode("9.99", field: "urusan")
            Issue.record("seharusnya ditolak")
        } catch {
            #expect(error == KesalahanValidasi(field: "urusan", pesan: "Kode urusan 9.99 tidak dikenal."))
        }
        do {
            _ = try KatalogUrusan.periksaKode("  ", field: "urusan[0]")
            Issue.record("seharusnya ditolak")
        } catch {
            #expect(error == KesalahanValidasi(field: "urusan[0]", pesan: "Kode urusan wajib diisi."))
        }
    }

    @Test("Nama kelompok dan edisi katalog dalam bahasa Indonesia")
    func namaKelompok() {
        #expect(KelompokUrusan.allCases.map(\.nama) == [
            "Urusan Wajib yang Berkaitan dengan Pelayanan Dasar",
            "Urusan Wajib yang Tidak Berkaitan dengan Pelayanan Dasar",
            "Urusan Pilihan",
        ])
        #expect(KatalogUrusan.edisi == "UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021")
    }

    @Test("Bidang urusan di-encode sebagai JSON dengan kode, nama, dan kelompok")
    func codable() throws {
        let b = try #require(KatalogUrusan.cari(kode: "2.15"))
        let data = try JSONEncoder().encode(b)
        #expect(try JSONDecoder().decode(BidangUrusan.self, from: data) == b)
    }
}
