import Foundation
import Testing
import JalinDomain

/// The editable rule data (AturanKSD), the term check and the catalogue of kinds and documents.
@Suite("KSD kinds and editable rules")
struct SiklusKerjaSamaAturanTests {
    private func t(_ tahun: Int, _ bulan: Int, _ hari: Int) throws -> Tanggal {
        try Tanggal(tahun: tahun, bulan: bulan, hari: hari)
    }

    // MARK: - AturanKSD

    @Test("Unverified and secondary rules are editable values with their sources")
    func bawaan() {
        let a = AturanKSD.bawaan
        #expect(a.jangkaWaktuMaksimumTahun.nilai == 5)
        #expect(a.jangkaWaktuMaksimumTahun.status == .sekunder)
        #expect(a.jangkaWaktuMaksimumTahun.sumber.contains("Permendagri 22/2020 belum diverifikasi"))
        #expect(a.batasPersetujuanDPRDLNHariKerja.nilai == 45)
        #expect(a.batasPersetujuanDPRDLNHariKerja.status == .terverifikasi)
        #expect(a.batasPersetujuanDPRDLNHariKerja.sumber.contains("PP 28/2018 Pasal 30 ayat (4)"))
        #expect(a.batasPersetujuanDPRDKSDHariKerja.nilai == nil)
        #expect(a.batasPersetujuanDPRDKSDHariKerja.status == .belumDiverifikasi)
        #expect(a.frekuensiMonevPerTahun.nilai == 2)
        #expect(a.pengingatHariSebelumBerakhir.nilai == [90, 60, 30, 7, 0])
        #expect(a.hariPengingatTerurut == [90, 60, 30, 7, 0])
        #expect(a.wajibKAK.nilai && a.wajibSuratPenawaran.nilai)
        #expect(a.pemberitahuanKeadaanKaharHari.nilai == 14)
        #expect(throws: Never.self) { try a.periksa() }
        #expect(StatusSumber.allCases.map(\.rawValue) == ["V", "S", "U"])
    }

    @Test("Rules are stored as JSON per pemda, and missing keys take the defaults")
    func json() throws {
        var a = AturanKSD.bawaan
        a.versi = "Kukar 2026"
        a.jangkaWaktuMaksimumTahun = ParameterAturan(10, sumber: "Keputusan Bupati (contoh)", status: .belumDiverifikasi)
        a.batasPersetujuanDPRDKSDHariKerja.nilai = 45
        let data = try JSONEncoder().encode(a)
        #expect(try JSONDecoder().decode(AturanKSD.self, from: data) == a)

        let sebagian = #"{"versi":"Lama","frekuensiMonevPerTahun":{"nilai":4,"sumber":"Perbup","status":"S"}}"#
        let b = try JSONDecoder().decode(AturanKSD.self, from: Data(sebagian.utf8))
        #expect(b.versi == "Lama")
        #expect(b.frekuensiMonevPerTahun.nilai == 4)
        #expect(b.jangkaWaktuMaksimumTahun == AturanKSD.bawaan.jangkaWaktuMaksimumTahun)
        #expect(b.pengingatHariSebelumBerakhir == AturanKSD.bawaan.pengingatHariSebelumBerakhir)
        #expect(try JSONDecoder().decode(AturanKSD.self, from: Data("{}".utf8)) == AturanKSD.bawaan)
    }

    @Test("Invalid rule values are refused field by field")
    func periksaAturan() {
        var a = AturanKSD.bawaan
        a.versi = " "
        a.jangkaWaktuMaksimumTahun.nilai = 0
        a.frekuensiMonevPerTahun.nilai = 13
        a.pengingatHariSebelumBerakhir.nilai = [30, 30]
        a.batasPersetujuanDPRDKSDHariKerja.nilai = -1
        a.wajibKAK.sumber = ""
        do throws(KesalahanValidasi) {
            try a.periksa()
            Issue.record("aturan tidak sah seharusnya ditolak")
        } catch {
            #expect(error.pesan(untuk: "versi") == "Versi aturan wajib diisi.")
            #expect(error.pesan(untuk: "jangkaWaktuMaksimumTahun") != nil)
            #expect(error.pesan(untuk: "frekuensiMonevPerTahun") != nil)
            #expect(error.pesan(untuk: "pengingatHariSebelumBerakhir") == "Hari pengingat tidak boleh berulang.")
            #expect(error.pesan(untuk: "batasPersetujuanDPRDKSDHariKerja") != nil)
            #expect(error.pesan(untuk: "wajibKAK") == "Sumber aturan wajib diisi.")
        }
    }

    @Test("A pemda that does not require a KAK can leave persiapan without one")
    func tanpaKAK() throws {
        var aturan = AturanKSD.bawaan
        aturan.wajibKAK.nilai = false
        let s = try SiklusKerjaSama.mulai(jenis: .ksddSukarela, penilaianDPRD: .tidakMembebaniDanSudahDianggarkan).get()
        #expect(throws: PenolakanTransisi.self) { try s.terapkan(.lanjut(ke: .penawaran)).get() }
        #expect(try s.terapkan(.lanjut(ke: .penawaran), aturan: aturan).get().tahap == .penawaran)
        #expect(SiklusKerjaSama.syarat(tahap: .persiapan, jenis: .ksddSukarela, perluDPRD: false, aturan: aturan).isEmpty)
        // The studi kelayakan of a KSDPK is statutory and stays required.
        let ksdpk = try SiklusKerjaSama.mulai(jenis: .ksdpkAset, penilaianDPRD: .tidakMembebaniDanSudahDianggarkan).get()
        let p = try #require(BantuSiklus.penolakan(ksdpk, .lanjut(ke: .penawaran)))
        #expect(p.dasarHukum.contains("UU 23/2014 Pasal 366 ayat (3)"))
        #expect(throws: PenolakanTransisi.self) { try ksdpk.terapkan(.lanjut(ke: .penawaran), aturan: aturan).get() }
    }

    // MARK: - Term

    @Test("The term of a KSD document is at most the configured number of years")
    func jangkaWaktu() throws {
        let mulai = try t(2024, 5, 3)
        #expect(throws: Never.self) {
            try AturanKSD.periksaJangkaWaktu(mulai: mulai, selesai: try t(2029, 5, 3), jenis: .ksddWajib)
        }
        let terlambat = try t(2029, 5, 4)
        do throws(KesalahanValidasi) {
            try AturanKSD.periksaJangkaWaktu(mulai: mulai, selesai: terlambat, jenis: .ksddWajib)
            Issue.record("lebih dari 5 tahun seharusnya ditolak")
        } catch {
            let pesan = try #require(error.pesan(untuk: "tanggalBerakhir"))
            #expect(pesan.hasPrefix("Jangka waktu kerja sama paling lama 5 tahun, yaitu sampai dengan 3 Mei 2029"))
            #expect(pesan.contains("[S]"))
        }
        // Editable: a pemda may set another maximum.
        var aturan = AturanKSD.bawaan
        aturan.jangkaWaktuMaksimumTahun.nilai = 10
        #expect(throws: Never.self) {
            try AturanKSD.periksaJangkaWaktu(mulai: mulai, selesai: try t(2034, 5, 3), jenis: .ksdpkInvestasi, aturan: aturan)
        }
        // Desa has no statutory maximum; only the order of the dates counts.
        #expect(throws: Never.self) {
            try AturanKSD.periksaJangkaWaktu(mulai: mulai, selesai: try t(2040, 1, 1), jenis: .desaAntarDesa)
        }
        // 29 February start.
        #expect(throws: Never.self) {
            try AturanKSD.periksaJangkaWaktu(mulai: try t(2024, 2, 29), selesai: try t(2029, 2, 28), jenis: .sinergi)
        }
        // Near the end of the calendar: no trap.
        #expect(throws: Never.self) {
            try AturanKSD.periksaJangkaWaktu(mulai: try t(9998, 1, 1), selesai: try t(9999, 12, 31))
        }
    }

    @Test("Missing or reversed dates are refused with a message per field")
    func tanggalTidakSah() throws {
        do throws(KesalahanValidasi) {
            try AturanKSD.periksaJangkaWaktu(mulai: nil, selesai: nil)
            Issue.record("tanggal kosong seharusnya ditolak")
        } catch {
            #expect(error.pesan(untuk: "tanggalMulai") == "Tanggal mulai berlaku wajib diisi.")
            #expect(error.pesan(untuk: "tanggalBerakhir") == "Tanggal berakhir wajib diisi.")
        }
        let hariIni = try t(2024, 5, 3)
        do throws(KesalahanValidasi) {
            try AturanKSD.periksaJangkaWaktu(mulai: hariIni, selesai: hariIni)
            Issue.record("tanggal berakhir sama dengan tanggal mulai seharusnya ditolak")
        } catch {
            #expect(error.daftar.count == 1)
            #expect(error.pesan(untuk: "tanggalBerakhir")
                == "Tanggal berakhir harus sesudah tanggal mulai berlaku (3 Mei 2024).")
        }
    }

    // MARK: - Kinds and documents

    @Test("Every kind has a Bahasa name, a short name and a legal basis", arguments: JenisKerjaSama.allCases)
    func jenis(jenis: JenisKerjaSama) {
        #expect(!jenis.nama.isEmpty && !jenis.singkatan.isEmpty)
        #expect(jenis.dasarHukum.contains("/"))
        #expect(!jenis.dasarHukumTahapan.isEmpty)
        #expect(jenis.dijalankanSiklus == (jenis != .kemitraanLain))
        #expect(jenis.dokumen.isEmpty == !jenis.dijalankanSiklus)
        #expect(Set(jenis.naskahPokok).isSubset(of: Set(jenis.dokumen)))
        #expect(jenis.naskahPokok.allSatisfy { $0.mengikatParaPihak })
        if jenis.dijalankanSiklus {
            #expect(jenis.dokumen.contains(.adendum) && jenis.dokumen.contains(.beritaAcara))
        }
        #expect(jenis.isLuarNegeri == [.ksdpl, .ksdll].contains(jenis))
        #expect(jenis.isDesa == [.desaAntarDesa, .desaPihakKetiga].contains(jenis))
    }

    @Test("Each kind uses the documents of ksd-rules.md §5.1")
    func dokumenPerJenis() {
        #expect(JenisKerjaSama.ksddWajib.naskahPokok == [.kesepakatanBersama, .perjanjianKerjaSama])
        #expect(JenisKerjaSama.ksddSukarela.dokumen.contains(.kak))
        #expect(JenisKerjaSama.ksdpkPelayananPublik.dokumen.first == .studiKelayakan)
        #expect(JenisKerjaSama.sinergi.naskahPokok == [.notaKesepakatan, .rencanaKerja])
        #expect(JenisKerjaSama.ksdpl.dokumen.prefix(3) == [.pernyataanKehendak, .rencanaKerjaSamaLN, .naskahLN])
        #expect(JenisKerjaSama.desaAntarDesa.naskahPokok == [.peraturanBersamaDesa])
        #expect(JenisKerjaSama.desaPihakKetiga.naskahPokok == [.perjanjianBersamaDesa])
        #expect(!JenisDokumen.pernyataanKehendak.mengikatParaPihak)
        #expect(JenisDokumen.pernyataanKehendak.finalSetelahDitandatangani)
        #expect(JenisDokumen.allCases.allSatisfy { !$0.nama.isEmpty && !$0.singkatan.isEmpty })
        #expect(JenisKerjaSama.ksdpkAset.catatanAturanSektoral?.contains("Permendagri 19/2016") == true)
        #expect(JenisKerjaSama.ksdpkInvestasi.catatanAturanSektoral?.contains("Pasal 15 ayat (3)") == true)
        #expect(JenisKerjaSama.ksdpkPelayananPublik.catatanAturanSektoral == nil)
    }

    @Test("Stage names are Bahasa and precise per kind")
    func namaTahap() {
        #expect(Tahap.allCases.allSatisfy { !$0.nama.isEmpty })
        #expect(Tahap.penandatangananNaskahDesa.nama(untuk: .desaAntarDesa) == "Penandatanganan Peraturan Bersama Kepala Desa")
        #expect(Tahap.penandatangananNaskahDesa.nama(untuk: .desaPihakKetiga) == "Penandatanganan Perjanjian Bersama")
        #expect(Tahap.persiapan.nama(untuk: .ksdll) == "Prakarsa dan Persiapan")
        #expect(Tahap.persiapan.nama(untuk: .ksddWajib) == "Persiapan")
        // Every stage is used by at least one flow.
        let dipakai = Set(JenisKerjaSama.allCases.flatMap { j in [false, true].flatMap { Tahap.alur(untuk: j, perluDPRD: $0) } })
        #expect(dipakai == Set(Tahap.allCases))
    }

    @Test("Each requirement names what is missing and cites a basis", arguments: KonfigurasiSiklus.dijalankan)
    func syarat(k: KonfigurasiSiklus) {
        let daftar = SiklusKerjaSama.syarat(jenis: k.jenis, perluDPRD: k.perluDPRD)
        #expect(!daftar.isEmpty)
        for s in daftar {
            #expect(k.alur.contains(s.tahap))
            #expect(s.uraianKurang.contains("belum"))
            #expect(!s.dasarHukum.isEmpty)
            switch s.syarat {
            case .dokumen(let d): #expect(SiklusKerjaSama.tahapPencatatan(d, jenis: k.jenis) == s.tahap)
            case .persetujuan(let p): #expect(SiklusKerjaSama.tahapPencatatan(p, jenis: k.jenis) == s.tahap)
            }
        }
        // The agreement documents are requirements of the flow.
        let dokumen = Set(daftar.compactMap { if case .dokumen(let d) = $0.syarat { d } else { nil } })
        #expect(Set(k.jenis.naskahPokok).isSubset(of: dokumen))
        #expect(daftar.contains { $0.syarat == .persetujuan(.dprd) } == k.perluDPRD)
    }
}
