import Foundation
import Testing
import JalinDomain

@Suite("Kode wilayah Kemendagri")
struct KodeWilayahTests {
    // MARK: Shapes

    @Test("Keempat bentuk kode diterima: PP, PP.KK, PP.KK.CC, PP.KK.CC.DDDD",
          arguments: ["64", "64.02", "64.02.06", "64.02.06.1001", "91.03.01.3001"])
    func bentukSah(_ s: String) throws {
        let kode = try KodeWilayah(s)
        #expect(kode.nilai == s)
        #expect(kode.description == s)
        #expect(KodeWilayah(valid: s) == kode)
    }

    @Test("Spasi di awal dan akhir diabaikan")
    func spasiDiabaikan() throws {
        #expect(try KodeWilayah("  64.02 ").nilai == "64.02")
        #expect(try KodeWilayah("\t64.02.06.1001\r\n").nilai == "64.02.06.1001")
        #expect(KodeWilayah(valid: " 64 ")?.nilai == "64")
    }

    @Test("Bentuk lain ditolak: huruf, panjang segmen salah, kosong, titik di akhir, pemisah lain",
          arguments: [
              "6A", "64.0B", "AB.CD", "6", "640", "64.2", "64.002", "64.02.6", "64.02.06.101",
              "64.02.06.10011", "64.02.06.1001.01", "64.", "64.02.", "64.02.06.1001.", ".64",
              "64..02", "6402", "64-02", "64/02", "64 02", "64,02", "", "   ", "64.02.06.100a",
              "٦٤", "６４", "+64", "-1.02",
          ])
    func bentukTidakSah(_ s: String) {
        #expect(KodeWilayah(valid: s) == nil)
        #expect(throws: KesalahanValidasi.self) { try KodeWilayah(s) }
    }

    @Test("Kesalahan kode dilaporkan pada field \"kode\" dalam bahasa Indonesia")
    func pesanKesalahan() {
        do {
            _ = try KodeWilayah("64.2")
            Issue.record("seharusnya ditolak")
        } catch {
            #expect(error.daftar.count == 1)
            #expect(error.daftar.first?.field == "kode")
            #expect(error.pesan(untuk: "kode")?.hasPrefix("Kode wilayah tidak sah.") == true)
        }
        do {
            _ = try KodeWilayah("  ")
            Issue.record("seharusnya ditolak")
        } catch {
            #expect(error.pesan(untuk: "kode") == "Kode wilayah wajib diisi.")
        }
    }

    // MARK: Structure

    @Test("Tingkat ditentukan oleh jumlah segmen")
    func tingkat() throws {
        #expect(try KodeWilayah("64").tingkat == .provinsi)
        #expect(try KodeWilayah("64.02").tingkat == .kabupatenKota)
        #expect(try KodeWilayah("64.02.06").tingkat == .kecamatan)
        #expect(try KodeWilayah("64.02.06.1001").tingkat == .desaKelurahan)
        #expect(TingkatWilayah.allCases.map(\.nama) == ["Provinsi", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan"])
        #expect(TingkatWilayah.allCases.map(\.rawValue) == [1, 2, 3, 4])
    }

    @Test("Induk adalah kode tanpa segmen terakhir; provinsi tidak punya induk")
    func induk() throws {
        #expect(try KodeWilayah("64").induk == nil)
        #expect(try KodeWilayah("64.02").induk?.nilai == "64")
        #expect(try KodeWilayah("64.02.06").induk?.nilai == "64.02")
        #expect(try KodeWilayah("64.02.06.1001").induk?.nilai == "64.02.06")
        #expect(try KodeWilayah("64.02.06.1001").leluhur.map(\.nilai) == ["64", "64.02", "64.02.06"])
        #expect(try KodeWilayah("64").leluhur.isEmpty)
        #expect(try KodeWilayah("64.02.06.1001").provinsi.nilai == "64")
        #expect(try KodeWilayah("64.02.06.1001").segmen == ["64", "02", "06", "1001"])
    }

    @Test("Kabupaten/kota dengan segmen KK berawalan 7 adalah Kota")
    func kota() throws {
        #expect(try KodeWilayah("64.71").isKota)  // Balikpapan
        #expect(try KodeWilayah("64.72").isKota)  // Samarinda
        #expect(try KodeWilayah("64.74").isKota)  // Bontang
        #expect(try !KodeWilayah("64.02").isKota)  // Kutai Kartanegara
        #expect(try !KodeWilayah("64.11").isKota)
        // Only kabupaten/kota codes carry the flag.
        #expect(try !KodeWilayah("64").isKota)
        #expect(try !KodeWilayah("64.71.01").isKota)
        #expect(try KodeWilayah("64.71.01").induk?.isKota == true)
    }

    @Test("Digit pertama segmen desa: 1 kelurahan, 2 desa, 3 desa adat")
    func jenisDesa() throws {
        #expect(try KodeWilayah("64.02.06.1001").jenisDesa == .kelurahan)  // Jahab
        #expect(try KodeWilayah("64.02.01.2001").jenisDesa == .desa)  // Perian
        #expect(try KodeWilayah("91.03.01.3001").jenisDesa == .desaAdat)
        #expect(try KodeWilayah("64.02.01.4001").jenisDesa == nil)
        #expect(try KodeWilayah("64.02.01").jenisDesa == nil)
        #expect(try KodeWilayah("64").jenisDesa == nil)
        #expect(JenisDesa.allCases.map(\.nama) == ["Kelurahan", "Desa", "Desa Adat"])
    }

    @Test("Leluhur: provinsi mengandung kabupaten, kecamatan, dan desanya, tetapi bukan dirinya sendiri")
    func leluhur() throws {
        let kaltim = try KodeWilayah("64")
        let kukar = try KodeWilayah("64.02")
        let tenggarong = try KodeWilayah("64.02.06")
        let jahab = try KodeWilayah("64.02.06.1001")
        #expect(kaltim.isLeluhur(dari: kukar))
        #expect(kaltim.isLeluhur(dari: jahab))
        #expect(kukar.isLeluhur(dari: tenggarong))
        #expect(tenggarong.mengandung(jahab))
        #expect(!jahab.isLeluhur(dari: tenggarong))
        #expect(!kukar.isLeluhur(dari: kukar))
        #expect(!kukar.mengandung(try KodeWilayah("64.71.01")))
        #expect(!kaltim.mengandung(try KodeWilayah("65.01")))
    }

    // MARK: Ordering and coding

    @Test("Urutan mengikuti segmen secara numerik, induk sebelum anaknya")
    func urutan() throws {
        let acak = ["64.72", "64.02.06.1001", "11", "64", "64.02.06", "64.02.10", "64.02", "64.71.01",
                    "64.02.06.2001", "11.01.01.2001", "64.02.01", "91.03.01.3001"]
        let urut = try acak.map { try KodeWilayah($0) }.sorted().map(\.nilai)
        #expect(urut == ["11", "11.01.01.2001", "64", "64.02", "64.02.01", "64.02.06", "64.02.06.1001",
                         "64.02.06.2001", "64.02.10", "64.71.01", "64.72", "91.03.01.3001"])
        #expect(try KodeWilayah("64.02") < KodeWilayah("64.02.01"))
        #expect(try !(KodeWilayah("64.02") < KodeWilayah("64.02")))
    }

    @Test("Codable sebagai string biasa; dekode memeriksa bentuk kode")
    func codable() throws {
        let kode = try KodeWilayah("64.02.06")
        let data = try JSONEncoder().encode([kode])
        #expect(String(decoding: data, as: UTF8.self) == #"["64.02.06"]"#)
        #expect(try JSONDecoder().decode([KodeWilayah].self, from: data) == [kode])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([KodeWilayah].self, from: Data(#"["64.2"]"#.utf8))
        }
    }
}
