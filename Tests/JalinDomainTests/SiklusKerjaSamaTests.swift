import Foundation
import Testing
import JalinDomain

/// The named rules of the lifecycle (ksd-rules.md §4, §6, §13; scenarios.md Scenario C).
@Suite("Lifecycle rules of a cooperation (Scenario C)")
struct SiklusKerjaSamaTests {
    private let perluDPRD = KonfigurasiSiklus.membebani
    private let tanpaDPRD = KonfigurasiSiklus.tanpaDPRD

    /// KSDD sukarela at `penyusunanKB`, with KAK and surat penawaran recorded.
    private func ksddDiPenyusunanKB(_ penilaian: PenilaianDPRD) throws -> SiklusKerjaSama {
        try BantuSiklus.jalankan(
            try SiklusKerjaSama.mulai(jenis: .ksddSukarela, penilaianDPRD: penilaian).get(),
            [.catatTandaTangan(.kak), .lanjut(ke: .penawaran), .catatTandaTangan(.suratPenawaran), .lanjut(ke: .penyusunanKB)])
    }

    // MARK: - Scenario C

    @Test("PKS cannot be signed before its KB")
    func pksSebelumKB() throws {
        for penilaian in [perluDPRD, tanpaDPRD] {
            let s = try ksddDiPenyusunanKB(penilaian)
            let p = try #require(BantuSiklus.penolakan(s, .catatTandaTangan(.perjanjianKerjaSama)))
            #expect(p.pesan.hasPrefix(
                "Perjanjian Kerja Sama belum dapat ditandatangani karena Kesepakatan Bersama belum ditandatangani"))
            #expect(p.pesan.contains("PP 28/2018 Pasal 6 ayat (1) huruf d dan g"))
            #expect(p.yangKurang.first == "Kesepakatan Bersama belum ditandatangani")

            // Nor can the signing stage be entered, from any earlier stage.
            let lompat = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .penandatangananPKS)))
            #expect(lompat.pesan.contains("Kesepakatan Bersama belum ditandatangani"))

            // At the KB signing stage, the PKS still needs the KB first.
            let diKB = try BantuSiklus.jalankan(s, [.lanjut(ke: .penandatangananKB)])
            let belumKB = try #require(BantuSiklus.penolakan(diKB, .catatTandaTangan(.perjanjianKerjaSama)))
            #expect(belumKB.yangKurang.contains("Kesepakatan Bersama belum ditandatangani"))
            let keSusunPKS = try #require(
                BantuSiklus.penolakan(diKB, .lanjut(ke: penilaian == perluDPRD ? .persetujuanDPRD : .penyusunanPKS)))
            #expect(keSusunPKS.pesan.contains("belum dapat dimulai karena Kesepakatan Bersama belum ditandatangani"))
        }
    }

    @Test("PKS cannot be signed without DPRD approval when it is required")
    func pksTanpaDPRD() throws {
        let s = try BantuSiklus.jalankan(
            try ksddDiPenyusunanKB(perluDPRD),
            [.lanjut(ke: .penandatangananKB), .catatTandaTangan(.kesepakatanBersama), .lanjut(ke: .persetujuanDPRD)])
        #expect(s.perluDPRD)

        let tandaTangan = try #require(BantuSiklus.penolakan(s, .catatTandaTangan(.perjanjianKerjaSama)))
        #expect(tandaTangan.pesan.hasPrefix(
            "Perjanjian Kerja Sama belum dapat ditandatangani karena persetujuan DPRD belum dicatat"))
        #expect(tandaTangan.dasarHukum.contains("PP 28/2018 Pasal 6 ayat (1) huruf e dan ayat (2)"))
        #expect(tandaTangan.dasarHukum.contains("UU 23/2014 Pasal 154 ayat (1) huruf i"))

        let lanjut = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .penyusunanPKS)))
        #expect(lanjut.yangKurang == ["persetujuan DPRD belum dicatat"])

        let lompat = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .penandatangananPKS)))
        #expect(lompat.pesan.hasPrefix("Tahap tidak dapat dilompati"))
        #expect(lompat.yangKurang.contains("persetujuan DPRD belum dicatat"))

        // With the approval recorded the PKS can be drafted and signed.
        let selesai = try BantuSiklus.jalankan(
            s,
            [.catatPersetujuan(.dprd), .lanjut(ke: .penyusunanPKS), .lanjut(ke: .penandatangananPKS),
                .catatTandaTangan(.perjanjianKerjaSama), .lanjut(ke: .pelaksanaan)])
        #expect(selesai.tahap == .pelaksanaan)
        #expect(selesai.dokumenDitandatangani.isSuperset(of: [.kesepakatanBersama, .perjanjianKerjaSama]))
    }

    @Test("A record that skipped the DPRD approval cannot sign its PKS either")
    func keadaanRusakTanpaDPRD() throws {
        // A record imported at the PKS signing stage without the DPRD approval is refused…
        let impor = SiklusKerjaSama.impor(
            jenis: .ksdpkPelayananPublik, penilaianDPRD: perluDPRD, tahap: .penandatangananPKS,
            dokumenDitandatangani: [.studiKelayakan, .suratPenawaran, .kesepakatanBersama], persetujuan: [])
        guard case .failure(let p) = impor else {
            Issue.record("impor seharusnya ditolak")
            return
        }
        #expect(p.yangKurang == ["persetujuan DPRD belum dicatat"])
        #expect(p.dasarHukum.contains("jo. Pasal 19 ayat (1)"))

        // …and a hand-edited value in that state still cannot sign.
        let rusak = try BantuSiklus.keadaanBebas(jenis: .ksdpkPelayananPublik, penilaian: perluDPRD, tahap: .penandatangananPKS)
        let tolak = try #require(BantuSiklus.penolakan(rusak, .catatTandaTangan(.perjanjianKerjaSama)))
        #expect(tolak.yangKurang.contains("persetujuan DPRD belum dicatat"))
        #expect(tolak.yangKurang.contains("Kesepakatan Bersama belum ditandatangani"))
    }

    @Test("PKS follows the KB directly when DPRD approval is not required")
    func tanpaPersetujuanDPRD() throws {
        let s = try BantuSiklus.jalankan(
            try ksddDiPenyusunanKB(tanpaDPRD), [.lanjut(ke: .penandatangananKB), .catatTandaTangan(.kesepakatanBersama)])
        #expect(!s.perluDPRD)
        #expect(!s.alur.contains(.persetujuanDPRD))
        #expect(s.tahapBerikutnya == .penyusunanPKS)
        let dprd = try #require(BantuSiklus.penolakan(s, .catatPersetujuan(.dprd)))
        #expect(dprd.pesan.hasPrefix("Persetujuan DPRD tidak diperlukan untuk kerja sama ini"))
        #expect(dprd.dasarHukum.contains("a contrario"))
        let keDPRD = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .persetujuanDPRD)))
        #expect(keDPRD.pesan.contains("tidak termasuk alur"))
    }

    // MARK: - DPRD flag

    @Test(
        "The DPRD flag is computed from burden and budget for KSDD and KSDPK",
        arguments: [JenisKerjaSama.ksddWajib, .ksddSukarela, .ksdpkPelayananPublik, .ksdpkAset, .ksdpkInvestasi, .ksdpkLainnya],
        [(false, true), (true, true), (false, false), (true, false)])
    func benderaDPRD(jenis: JenisKerjaSama, fakta: (Bool, Bool)) {
        let (membebani, dianggarkan) = fakta
        let k = PersetujuanDPRD.perluPersetujuanDPRD(
            jenis: jenis,
            penilaian: PenilaianDPRD(membebaniMasyarakatDanDaerah: membebani, sudahDianggarkanAPBD: dianggarkan))
        #expect(k.perlu == (membebani || !dianggarkan))
        #expect(k.dasarHukum.hasPrefix("PP 28/2018 Pasal 6 ayat ") && k.dasarHukum.contains("ayat (2)"))
        if k.perlu { #expect(k.dasarHukum.contains("UU 23/2014 Pasal 154 ayat (1) huruf i")) }
        #expect(k.dasarHukum.contains("Pasal 19 ayat (1)") == jenis.isKSDPK)
        #expect(k.catatan == nil)
        #expect(Tahap.alur(untuk: jenis, perluDPRD: k.perlu).contains(.persetujuanDPRD) == k.perlu)
    }

    @Test("DPRD approval is always required for luar negeri", arguments: [JenisKerjaSama.ksdpl, .ksdll])
    func dprdLuarNegeri(jenis: JenisKerjaSama) throws {
        for membebani in [false, true] {
            for dianggarkan in [false, true] {
                let k = PersetujuanDPRD.perluPersetujuanDPRD(
                    jenis: jenis,
                    penilaian: PenilaianDPRD(membebaniMasyarakatDanDaerah: membebani, sudahDianggarkanAPBD: dianggarkan))
                #expect(k.perlu)
                #expect(k.dasarHukum.contains("PP 28/2018 Pasal 30"))
                #expect(k.dasarHukum.contains("UU 23/2014 Pasal 154 ayat (1) huruf g"))
                #expect(k.alasan.contains("45 hari kerja"))
            }
        }
        for perlu in [false, true] {
            #expect(Tahap.alur(untuk: jenis, perluDPRD: perlu).contains(.persetujuanDPRD))
        }
        let s = try SiklusKerjaSama.mulai(jenis: jenis).get()
        #expect(s.perluDPRD)
        let tolak = try #require(BantuSiklus.penolakan(s, .nilaiUlangDPRD(tanpaDPRD)))
        #expect(tolak.pesan.contains("selalu memerlukan persetujuan DPRD"))
    }

    @Test("Luar negeri follows LoI, rencana, DPRD, Mendagri and Menlu before the naskah is signed", arguments: [JenisKerjaSama.ksdpl, .ksdll])
    func urutanLuarNegeri(jenis: JenisKerjaSama) throws {
        #expect(Tahap.alur(untuk: jenis, perluDPRD: false) == [
            .persiapan, .penjajakan, .konsultasiPusat, .pernyataanKehendak, .rencanaKerjaSama, .persetujuanDPRD,
            .pertimbanganMendagri, .penyusunanNaskahLN, .perundinganMenlu, .penandatangananNaskahLN, .pelaksanaan,
            .penatausahaan, .pelaporan, .berakhir,
        ])
        var s = try SiklusKerjaSama.mulai(jenis: jenis).get()
        s = try BantuSiklus.jalankan(s, [.lanjut(ke: .penjajakan), .lanjut(ke: .konsultasiPusat)])

        // The LoI needs the consultation with Mendagri and Menlu first (PP 28/2018 Pasal 28 ayat (4)).
        let loi = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .pernyataanKehendak)))
        #expect(loi.yangKurang == ["koordinasi dan konsultasi dengan Menteri Dalam Negeri dan Menteri Luar Negeri belum dicatat"])
        #expect(loi.dasarHukum == "PP 28/2018 Pasal 28 ayat (4)")

        s = try BantuSiklus.jalankan(s, [
            .catatPersetujuan(.konsultasiMendagriMenlu), .lanjut(ke: .pernyataanKehendak),
            .catatTandaTangan(.pernyataanKehendak), .lanjut(ke: .rencanaKerjaSama),
            .catatTandaTangan(.rencanaKerjaSamaLN), .lanjut(ke: .persetujuanDPRD),
        ])
        // Nothing of the naskah before DPRD, Mendagri and Menlu.
        let naskah = try #require(BantuSiklus.penolakan(s, .catatTandaTangan(.naskahLN)))
        #expect(naskah.yangKurang == [
            "persetujuan DPRD belum dicatat",
            "pertimbangan tertulis Menteri Dalam Negeri untuk menyusun rancangan naskah belum dicatat",
            "persetujuan Menteri Dalam Negeri atas rancangan naskah kerja sama belum dicatat",
            "surat konfirmasi Menteri Luar Negeri belum diterima",
        ])
        #expect(naskah.dasarHukum.contains("PP 28/2018 Pasal 33 ayat (3) dan ayat (4)"))
        if jenis == .ksdll { #expect(naskah.dasarHukum.contains("jo. Pasal 40")) }

        s = try BantuSiklus.jalankan(s, [
            .catatPersetujuan(.dprd), .lanjut(ke: .pertimbanganMendagri), .catatPersetujuan(.pertimbanganMendagri),
            .lanjut(ke: .penyusunanNaskahLN), .catatPersetujuan(.persetujuanMendagri), .lanjut(ke: .perundinganMenlu),
        ])
        let tanpaMenlu = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .penandatangananNaskahLN)))
        #expect(tanpaMenlu.yangKurang == ["surat konfirmasi Menteri Luar Negeri belum diterima"])
        s = try BantuSiklus.jalankan(s, [
            .catatPersetujuan(.suratKonfirmasiMenlu), .lanjut(ke: .penandatangananNaskahLN),
            .catatTandaTangan(.naskahLN), .lanjut(ke: .pelaksanaan),
        ])
        #expect(s.tahap == .pelaksanaan)
    }

    @Test("Mendagri's request to revise the plan sends the cooperation back through the DPRD")
    func revisiRencanaLuarNegeri() throws {
        var s = try SiklusKerjaSama.mulai(jenis: .ksdpl).get()
        s = try BantuSiklus.jalankan(s, [
            .lanjut(ke: .penjajakan), .lanjut(ke: .konsultasiPusat), .catatPersetujuan(.konsultasiMendagriMenlu),
            .lanjut(ke: .pernyataanKehendak), .catatTandaTangan(.pernyataanKehendak), .lanjut(ke: .rencanaKerjaSama),
            .catatTandaTangan(.rencanaKerjaSamaLN), .lanjut(ke: .persetujuanDPRD), .catatPersetujuan(.dprd),
            .lanjut(ke: .pertimbanganMendagri),
        ])
        s = try BantuSiklus.jalankan(s, [
            .kembali(ke: .persetujuanDPRD, alasan: "Menteri Dalam Negeri meminta rencana kerja sama diperbaiki"),
            .kembali(ke: .rencanaKerjaSama, alasan: "Perbaikan rencana kerja sama"),
        ])
        #expect(s.tahap == .rencanaKerjaSama)
        #expect(!s.persetujuan.contains(.dprd), "persetujuan DPRD atas rencana lama tidak berlaku lagi")
        // The signed LoI cannot be reopened.
        let diLoI = try BantuSiklus.jalankan(s, [.kembali(ke: .pernyataanKehendak, alasan: "Perbaikan")])
        let tolak = try #require(BantuSiklus.penolakan(diLoI, .kembali(ke: .konsultasiPusat, alasan: "Perbaikan")))
        #expect(tolak.pesan.contains("sudah ditandatangani"))
    }

    // MARK: - Sinergi

    @Test("Sinergi has no KB or PKS")
    func sinergiTanpaKBPKS() throws {
        for perlu in [false, true] {
            let alur = Tahap.alur(untuk: .sinergi, perluDPRD: perlu)
            #expect(alur.allSatisfy { ![.penyusunanKB, .penandatangananKB, .penyusunanPKS, .penandatangananPKS].contains($0) })
            #expect(alur.contains(.penandatangananNK))
        }
        #expect(!JenisKerjaSama.sinergi.dokumen.contains(.kesepakatanBersama))
        #expect(!JenisKerjaSama.sinergi.dokumen.contains(.perjanjianKerjaSama))
        #expect(JenisKerjaSama.sinergi.naskahPokok == [.notaKesepakatan, .rencanaKerja])

        var s = try SiklusKerjaSama.mulai(jenis: .sinergi).get()
        #expect(!s.perluDPRD)
        for e: PeristiwaSiklus in [
            .catatTandaTangan(.kesepakatanBersama), .catatTandaTangan(.perjanjianKerjaSama), .lanjut(ke: .penyusunanKB),
        ] {
            let p = try #require(BantuSiklus.penolakan(s, e))
            #expect(p.pesan.contains("Nota Kesepakatan dan Rencana Kerja"))
            #expect(p.dasarHukum == "PP 28/2018 Pasal 46 ayat (4)")
        }
        s = try BantuSiklus.jalankan(s, [
            .catatTandaTangan(.kak), .lanjut(ke: .penawaran), .catatTandaTangan(.suratPenawaran), .lanjut(ke: .penyusunanNK),
            .lanjut(ke: .penandatangananNK), .catatTandaTangan(.notaKesepakatan),
        ])
        // Both the NK and the RK are needed.
        let tanpaRK = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .pelaksanaan)))
        #expect(tanpaRK.yangKurang == ["Rencana Kerja belum ditandatangani"])
        s = try BantuSiklus.jalankan(s, [.catatTandaTangan(.rencanaKerja), .lanjut(ke: .pelaksanaan)])
        #expect(s.tahap == .pelaksanaan)
    }

    @Test("Sinergi with Otorita IKN computes the DPRD flag and asks for legal consultation")
    func sinergiOtoritaIKN() throws {
        let k = PersetujuanDPRD.perluPersetujuanDPRD(jenis: .sinergi, penilaian: KonfigurasiSiklus.iknMembebani)
        #expect(k.perlu)
        #expect(k.catatan?.contains("Otorita Ibu Kota Nusantara") == true)
        #expect(k.catatan?.contains("PP 27/2023") == true)
        let tanpaBeban = PersetujuanDPRD.perluPersetujuanDPRD(
            jenis: .sinergi,
            penilaian: PenilaianDPRD(membebaniMasyarakatDanDaerah: false, sudahDianggarkanAPBD: true, mitraOtoritaIKN: true))
        #expect(!tanpaBeban.perlu)
        #expect(tanpaBeban.catatan != nil)
        // KSDD with Otorita IKN: the same warning.
        let ksdd = PersetujuanDPRD.perluPersetujuanDPRD(jenis: .ksddWajib, penilaian: KonfigurasiSiklus.iknMembebani)
        #expect(ksdd.perlu && ksdd.catatan != nil)
        // Sinergi with a ministry: no DPRD approval.
        #expect(!PersetujuanDPRD.perluPersetujuanDPRD(jenis: .sinergi, penilaian: perluDPRD).perlu)

        let s = try SiklusKerjaSama.mulai(jenis: .sinergi, penilaianDPRD: KonfigurasiSiklus.iknMembebani).get()
        #expect(s.alur == [.persiapan, .penawaran, .penyusunanNK, .persetujuanDPRD, .penandatangananNK, .pelaksanaan,
            .penatausahaan, .pelaporan, .berakhir])
    }

    // MARK: - Ending

    @Test("Change of kepala daerah does not end a cooperation", arguments: KonfigurasiSiklus.dijalankan)
    func pergantianKepalaDaerah(k: KonfigurasiSiklus) throws {
        let pelaksanaan = try #require(try BantuSiklus.keadaanMasukTiapTahap(k)[.pelaksanaan])
        for alasan in [AlasanBerakhir.pergantianKepalaDaerah, .pergantianPejabatPenandatangan] {
            #expect(!alasan.berlakuUntuk(k.jenis))
            #expect(!AlasanBerakhir.daftar(untuk: k.jenis).contains(alasan))
            let p = try #require(BantuSiklus.penolakan(pelaksanaan, .akhiri(alasan)))
            #expect(p.pesan.contains("tidak mengakhiri kerja sama"))
            if k.jenis.isDesa {
                #expect(p.dasarHukum.contains("PP 43/2014 Pasal 147"))
            } else {
                #expect(p.dasarHukum.contains("PP 28/2018 Pasal 9 ayat (2)"))
            }
        }
    }

    @Test("A cooperation ends only with a reason allowed for its kind")
    func alasanMenurutJenis() throws {
        let ksdd = try #require(try BantuSiklus.keadaanMasukTiapTahap(KonfigurasiSiklus(jenis: .ksddWajib, penilaian: tanpaDPRD))[.pelaksanaan])
        let ksdpk = try #require(try BantuSiklus.keadaanMasukTiapTahap(KonfigurasiSiklus(jenis: .ksdpkInvestasi, penilaian: tanpaDPRD))[.pelaksanaan])
        // Court judgment and bankruptcy end a KSDPK (PP 28/2018 Pasal 22 ayat (2)), not a KSDD.
        for alasan in [AlasanBerakhir.putusanPengadilan, .pihakKetigaPailit] {
            let p = try #require(BantuSiklus.penolakan(ksdd, .akhiri(alasan)))
            #expect(p.pesan.contains("bukan alasan berakhirnya"))
            let s = try ksdpk.terapkan(.akhiri(alasan)).get()
            #expect(s.tahap == .berakhir && s.alasanBerakhir == alasan)
        }
        #expect(AlasanBerakhir.putusanPengadilan.dasarHukum(untuk: .ksdpkAset) == "PP 28/2018 Pasal 22 ayat (2) huruf a")
        #expect(AlasanBerakhir.pihakKetigaPailit.dasarHukum(untuk: .ksdpkAset) == "PP 28/2018 Pasal 22 ayat (2) huruf b")
        // PP 28/2018 Pasal 9 ayat (1) a–e.
        #expect(AlasanBerakhir.daftar(untuk: .ksddSukarela) == [
            .jangkaWaktuBerakhir, .tujuanTercapai, .kesepakatanParaPihak, .perubahanKebijakan, .objekHilangAtauMusnah,
            .tidakDilanjutkan,
        ])
        #expect(AlasanBerakhir.objekHilangAtauMusnah.dasarHukum(untuk: .ksddWajib) == "PP 28/2018 Pasal 9 ayat (1) huruf e")
        #expect(AlasanBerakhir.tujuanTercapai.dasarHukum(untuk: .ksdpkPelayananPublik)
            == "PP 28/2018 Pasal 9 ayat (1) huruf b jo. Pasal 22 ayat (1)")
        // PP 43/2014 Pasal 147 a–i for desa.
        let desa = AlasanBerakhir.daftar(untuk: .desaPihakKetiga)
        #expect(desa.count == 10)
        #expect(!desa.contains(.perubahanKebijakan) && !desa.contains(.putusanPengadilan))
        #expect(AlasanBerakhir.jangkaWaktuBerakhir.dasarHukum(untuk: .desaAntarDesa) == "PP 43/2014 Pasal 147 huruf i")
        #expect(AlasanBerakhir.merugikanKepentingan.dasarHukum(untuk: .desaAntarDesa) == "PP 43/2014 Pasal 147 huruf h")
        #expect(AlasanBerakhir.pelanggaranPerjanjian.dasarHukum(untuk: .ksddWajib) == nil)
        // Luar negeri and Sinergi: Pasal 9 by analogy, flagged as unverified.
        #expect(AlasanBerakhir.tujuanTercapai.dasarHukum(untuk: .ksdll)?.contains("analogi") == true)
        #expect(AlasanBerakhir.tujuanTercapai.dasarHukum(untuk: .sinergi)?.contains("[U]") == true)
        // Nothing for kemitraan lain.
        #expect(AlasanBerakhir.daftar(untuk: .kemitraanLain).isEmpty)
    }

    @Test("Before any agreement is signed, an initiative can only be stopped, not terminated")
    func sebelumNaskah() throws {
        let s = try ksddDiPenyusunanKB(tanpaDPRD)
        let p = try #require(BantuSiklus.penolakan(s, .akhiri(.kesepakatanParaPihak)))
        #expect(p.pesan.contains("Belum ada naskah kerja sama yang ditandatangani"))
        #expect(p.pesan.contains("tidak dilanjutkan"))
        let berhenti = try s.terapkan(.akhiri(.tidakDilanjutkan)).get()
        #expect(berhenti.tahap == .berakhir && berhenti.alasanBerakhir == .tidakDilanjutkan)

        let kbDitandatangani = try BantuSiklus.jalankan(s, [.lanjut(ke: .penandatangananKB), .catatTandaTangan(.kesepakatanBersama)])
        let tolak = try #require(BantuSiklus.penolakan(kbDitandatangani, .akhiri(.tidakDilanjutkan)))
        #expect(tolak.pesan.hasPrefix("Kesepakatan Bersama sudah ditandatangani"))
        #expect(try kbDitandatangani.terapkan(.akhiri(.kesepakatanParaPihak)).get().tahap == .berakhir)
    }

    @Test("A finished cooperation accepts no further events")
    func sudahBerakhir() throws {
        let k = KonfigurasiSiklus(jenis: .ksddSukarela, penilaian: tanpaDPRD)
        let pelaporan = try #require(try BantuSiklus.keadaanMasukTiapTahap(k)[.pelaporan])
        let akhir = try pelaporan.terapkan(.akhiri(.jangkaWaktuBerakhir)).get()
        #expect(akhir.sudahBerakhir)
        #expect(akhir.tahapBerikutnya == nil)
        for e in BantuSiklus.semuaPeristiwa {
            let p = try #require(BantuSiklus.penolakan(akhir, e))
            #expect(p.pesan.hasPrefix("Kerja sama ini telah berakhir karena jangka waktu kerja sama berakhir"))
            #expect(p.dasarHukum.contains("PP 28/2018 Pasal 9 ayat (1) huruf a"))
        }
        #expect(throws: PenolakanTransisi.self) {
            var salinan = akhir
            try salinan.jalankan(.lanjut(ke: .pelaksanaan))
        }
    }

    // MARK: - Stages

    @Test("Stages cannot be skipped")
    func tidakMelompat() throws {
        let s = try SiklusKerjaSama.mulai(jenis: .ksddWajib, penilaianDPRD: tanpaDPRD).get()
        let p = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .penyusunanKB)))
        #expect(p.pesan.hasPrefix(
            "Tahap tidak dapat dilompati: tahap Penyusunan Kesepakatan Bersama belum dapat dimulai karena tahap "
                + "Penawaran belum dilalui"))
        #expect(p.pesan.contains("tahap berikutnya adalah Penawaran"))
        #expect(p.yangKurang.first == "tahap Penawaran")
        #expect(p.yangKurang.contains("Kerangka Acuan Kerja belum dicatat"))
        // Ending is not a stage one moves to: it needs a reason.
        let akhir = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .berakhir)))
        #expect(akhir.yangKurang == ["alasan berakhirnya kerja sama"])
    }

    @Test("Going back one stage needs a reason, and a signed document cannot be reopened")
    func kembaliSatuTahap() throws {
        var s = try ksddDiPenyusunanKB(tanpaDPRD)
        let tanpaAlasan = try #require(BantuSiklus.penolakan(s, .kembali(ke: .penawaran, alasan: " ")))
        #expect(tanpaAlasan.yangKurang == ["alasan perbaikan"])
        let duaTahap = try #require(BantuSiklus.penolakan(s, .kembali(ke: .persiapan, alasan: "Revisi KAK")))
        #expect(duaTahap.pesan.contains("hanya dapat kembali satu tahap, yaitu ke tahap Penawaran"))

        // Going back to penawaran clears nothing recorded at penyusunanKB; going back from penawaran clears the
        // offer letter, which has to be sent again.
        s = try BantuSiklus.jalankan(s, [
            .kembali(ke: .penawaran, alasan: "Mitra meminta perubahan ruang lingkup"),
            .kembali(ke: .persiapan, alasan: "KAK direvisi"),
        ])
        #expect(s.tahap == .persiapan)
        #expect(!s.dokumenDitandatangani.contains(.suratPenawaran))
        #expect(s.dokumenDitandatangani.contains(.kak))
        #expect(s.riwayat.suffix(2).map(\.ke) == [.penawaran, .persiapan])

        // Signed KB: the signing stage cannot be reopened.
        s = try BantuSiklus.jalankan(s, [
            .lanjut(ke: .penawaran), .catatTandaTangan(.suratPenawaran), .lanjut(ke: .penyusunanKB),
            .lanjut(ke: .penandatangananKB), .catatTandaTangan(.kesepakatanBersama),
        ])
        let buka = try #require(BantuSiklus.penolakan(s, .kembali(ke: .penyusunanKB, alasan: "Salah ketik")))
        #expect(buka.pesan.hasPrefix("Kesepakatan Bersama sudah ditandatangani"))
        let duaKali = try #require(BantuSiklus.penolakan(s, .catatTandaTangan(.kesepakatanBersama)))
        #expect(duaKali.pesan.contains("perubahan dilakukan melalui adendum"))

        // In force: changes go through an adendum.
        s = try BantuSiklus.jalankan(s, [
            .lanjut(ke: .penyusunanPKS), .lanjut(ke: .penandatangananPKS), .catatTandaTangan(.perjanjianKerjaSama),
            .lanjut(ke: .pelaksanaan),
        ])
        let berlaku = try #require(BantuSiklus.penolakan(s, .kembali(ke: .penandatangananPKS, alasan: "Revisi")))
        #expect(berlaku.pesan.contains("melalui adendum"))
    }

    @Test("Re-assessing the DPRD flag before the DPRD stage changes the flow")
    func penilaianUlang() throws {
        var s = try ksddDiPenyusunanKB(tanpaDPRD)
        s = try BantuSiklus.jalankan(s, [.lanjut(ke: .penandatangananKB), .catatTandaTangan(.kesepakatanBersama)])
        #expect(s.tahapBerikutnya == .penyusunanPKS)
        s = try BantuSiklus.jalankan(s, [.nilaiUlangDPRD(KonfigurasiSiklus.belumDianggarkan)])
        #expect(s.perluDPRD)
        #expect(s.tahapBerikutnya == .persetujuanDPRD)
        #expect(s.keputusanDPRD.alasan.contains("belum dianggarkan"))

        // After the DPRD slot, one must go back first.
        s = try BantuSiklus.jalankan(s, [.lanjut(ke: .persetujuanDPRD), .catatPersetujuan(.dprd), .lanjut(ke: .penyusunanPKS)])
        let terlambat = try #require(BantuSiklus.penolakan(s, .nilaiUlangDPRD(tanpaDPRD)))
        #expect(terlambat.pesan.contains("hanya dapat diubah sebelum tahap Persetujuan DPRD"))

        // KSDD and KSDPK cannot start without an assessment.
        for jenis in [JenisKerjaSama.ksddWajib, .ksdpkLainnya] {
            guard case .failure(let p) = SiklusKerjaSama.mulai(jenis: jenis) else {
                Issue.record("\(jenis) tanpa penilaian seharusnya ditolak")
                continue
            }
            #expect(p.yangKurang == ["penilaian kebutuhan persetujuan DPRD"])
        }
    }

    // MARK: - Desa

    @Test("Kerja sama desa needs its musyawarah, and its end is deliberated with the parties", arguments: [JenisKerjaSama.desaAntarDesa, .desaPihakKetiga])
    func desa(jenis: JenisKerjaSama) throws {
        let musyawarah: JenisPersetujuan = jenis == .desaAntarDesa ? .musyawarahAntarDesa : .musyawarahDesa
        let naskah: JenisDokumen = jenis == .desaAntarDesa ? .peraturanBersamaDesa : .perjanjianBersamaDesa
        #expect(PersetujuanDPRD.perluPersetujuanDPRD(jenis: jenis, penilaian: perluDPRD).perlu == false)
        var s = try SiklusKerjaSama.mulai(jenis: jenis).get()
        #expect(s.alur == [.persiapan, .musyawarahDesa, .penyusunanNaskahDesa, .penandatangananNaskahDesa, .pelaksanaan,
            .pelaporan, .berakhir])
        s = try BantuSiklus.jalankan(s, [.lanjut(ke: .musyawarahDesa)])
        let p = try #require(BantuSiklus.penolakan(s, .catatTandaTangan(naskah)))
        #expect(p.dasarHukum.contains(jenis == .desaAntarDesa ? "UU 6/2014 Pasal 92 ayat (2)" : "UU 6/2014 Pasal 93 ayat (2)"))
        #expect(s.tahap.nama(untuk: jenis) == (jenis == .desaAntarDesa ? "Musyawarah Antar-Desa" : "Musyawarah Desa"))

        s = try BantuSiklus.jalankan(s, [
            .catatPersetujuan(musyawarah), .lanjut(ke: .penyusunanNaskahDesa),
        ])
        // The draft goes to signing only after the camat's facilitation (PP 43/2014 Pasal 143(5)).
        let camat = try #require(BantuSiklus.penolakan(s, .lanjut(ke: .penandatangananNaskahDesa)))
        #expect(camat.dasarHukum.contains("PP 43/2014 Pasal 143 ayat (5)"))
        #expect(camat.yangKurang.first?.contains("fasilitasi camat") == true)
        s = try BantuSiklus.jalankan(s, [
            .catatPersetujuan(.fasilitasiCamat), .lanjut(ke: .penandatangananNaskahDesa),
            .catatTandaTangan(naskah), .lanjut(ke: .pelaksanaan),
        ])
        // An adendum needs a deliberation with the parties (PP 43/2014 Pasal 145).
        s = try BantuSiklus.jalankan(s, [.mulaiAdendum])
        let adendum = try #require(BantuSiklus.penolakan(s, .catatTandaTangan(.adendum)))
        #expect(adendum.dasarHukum.contains("PP 43/2014 Pasal 145"))
        s = try BantuSiklus.jalankan(s, [.catatPersetujuan(.musyawarahParaPihakDesa), .catatTandaTangan(.adendum)])
        #expect(s.jumlahAdendum == 1 && !s.adendumBerjalan)
        #expect(!s.persetujuan.contains(.musyawarahParaPihakDesa), "musyawarah atas adendum bukan musyawarah pengakhiran")

        // Ending needs its own deliberation.
        let akhir = try #require(BantuSiklus.penolakan(s, .akhiri(.pelanggaranPerjanjian)))
        #expect(akhir.yangKurang == [JenisPersetujuan.musyawarahParaPihakDesa.nama])
        s = try BantuSiklus.jalankan(s, [.catatPersetujuan(.musyawarahParaPihakDesa), .akhiri(.pelanggaranPerjanjian)])
        #expect(s.alasanBerakhir == .pelanggaranPerjanjian)
    }

    // MARK: - Adendum

    @Test("An adendum needs the agreement in force and is counted")
    func adendum() throws {
        let k = KonfigurasiSiklus(jenis: .ksdpkPelayananPublik, penilaian: tanpaDPRD)
        let masuk = try BantuSiklus.keadaanMasukTiapTahap(k)
        let sebelum = try #require(BantuSiklus.penolakan(masuk[.penyusunanPKS]!, .mulaiAdendum))
        #expect(sebelum.yangKurang == ["Perjanjian Kerja Sama"])
        var s = masuk[.penatausahaan]!
        let belumMulai = try #require(BantuSiklus.penolakan(s, .catatTandaTangan(.adendum)))
        #expect(belumMulai.yangKurang == ["penyusunan adendum"])
        s = try BantuSiklus.jalankan(s, [.mulaiAdendum, .catatTandaTangan(.adendum), .mulaiAdendum])
        #expect(s.jumlahAdendum == 1 && s.adendumBerjalan)
        let ganda = try #require(BantuSiklus.penolakan(s, .mulaiAdendum))
        #expect(ganda.pesan.contains("sudah berjalan"))
        let tanpaAlasan = try #require(BantuSiklus.penolakan(s, .batalkanAdendum(alasan: "")))
        #expect(tanpaAlasan.yangKurang == ["alasan pembatalan"])
        s = try BantuSiklus.jalankan(s, [.batalkanAdendum(alasan: "Para pihak tidak sepakat"), .lanjut(ke: .pelaporan)])
        #expect(!s.adendumBerjalan && s.jumlahAdendum == 1 && s.tahap == .pelaporan)
    }

    // MARK: - Other partnerships

    @Test("Other partnerships (BMD, KPBU, PBJ) are not run by this machine, and it says so")
    func kemitraanLain() throws {
        #expect(!JenisKerjaSama.kemitraanLain.dijalankanSiklus)
        #expect(Tahap.alur(untuk: .kemitraanLain, perluDPRD: true).isEmpty)
        guard case .failure(let p) = SiklusKerjaSama.mulai(jenis: .kemitraanLain) else {
            Issue.record("kemitraan lain seharusnya ditolak")
            return
        }
        #expect(p.pesan.contains("tidak dijalankan oleh siklus kerja sama ini"))
        #expect(p.dasarHukum.contains("Permendagri 19/2016"))
        #expect(p.dasarHukum.contains("Perpres 38/2015"))
        #expect(JenisKerjaSama.kemitraanLain.alasanDiLuarSiklus?.contains("Perpres 16/2018") == true)
        let rusak = try BantuSiklus.keadaanBebas(jenis: .kemitraanLain, penilaian: nil, tahap: .pelaksanaan)
        let tolak = try #require(BantuSiklus.penolakan(rusak, .akhiri(.tujuanTercapai)))
        #expect(tolak.pesan.contains("tidak dijalankan"))
    }

    // MARK: - Happy paths, written out

    @Test(
        "Every kind can be driven from persiapan to berakhir with the right documents and approvals",
        arguments: [
            (JenisKerjaSama.ksddWajib, true), (.ksddSukarela, false), (.ksdpkPelayananPublik, true), (.ksdpkAset, false),
            (.ksdpkInvestasi, true), (.ksdpkLainnya, false), (.sinergi, false), (.ksdpl, true), (.ksdll, true),
            (.desaAntarDesa, false), (.desaPihakKetiga, false),
        ])
    func jalurBahagia(jenis: JenisKerjaSama, denganDPRD: Bool) throws {
        let penilaian: PenilaianDPRD? =
            (jenis.isKSDD || jenis.isKSDPK) ? (denganDPRD ? KonfigurasiSiklus.membebani : tanpaDPRD) : nil
        var s = try SiklusKerjaSama.mulai(jenis: jenis, penilaianDPRD: penilaian).get()
        let dprd: [PeristiwaSiklus] = denganDPRD ? [.lanjut(ke: .persetujuanDPRD), .catatPersetujuan(.dprd)] : []
        let akhir: [PeristiwaSiklus] = [.lanjut(ke: .pelaksanaan), .lanjut(ke: .penatausahaan), .lanjut(ke: .pelaporan)]
        let peristiwa: [PeristiwaSiklus]
        switch jenis.kelompok {
        case .ksdd, .ksdpk:
            let persiapan: [PeristiwaSiklus] = jenis.isKSDPK ? [.catatTandaTangan(.studiKelayakan)] : [.catatTandaTangan(.kak)]
            peristiwa = persiapan + [
                .lanjut(ke: .penawaran), .catatTandaTangan(.suratPenawaran), .lanjut(ke: .penyusunanKB),
                .lanjut(ke: .penandatangananKB), .catatTandaTangan(.kesepakatanBersama),
            ] + dprd + [
                .lanjut(ke: .penyusunanPKS), .lanjut(ke: .penandatangananPKS), .catatTandaTangan(.perjanjianKerjaSama),
            ] + akhir + [.akhiri(.jangkaWaktuBerakhir)]
        case .sinergi:
            peristiwa = [
                .catatTandaTangan(.kak), .lanjut(ke: .penawaran), .catatTandaTangan(.suratPenawaran),
                .lanjut(ke: .penyusunanNK), .lanjut(ke: .penandatangananNK), .catatTandaTangan(.notaKesepakatan),
                .catatTandaTangan(.rencanaKerja),
            ] + akhir + [.akhiri(.tujuanTercapai)]
        case .luarNegeri:
            peristiwa = [
                .lanjut(ke: .penjajakan), .lanjut(ke: .konsultasiPusat), .catatPersetujuan(.konsultasiMendagriMenlu),
                .lanjut(ke: .pernyataanKehendak), .catatTandaTangan(.pernyataanKehendak), .lanjut(ke: .rencanaKerjaSama),
                .catatTandaTangan(.rencanaKerjaSamaLN), .lanjut(ke: .persetujuanDPRD), .catatPersetujuan(.dprd),
                .lanjut(ke: .pertimbanganMendagri), .catatPersetujuan(.pertimbanganMendagri),
                .lanjut(ke: .penyusunanNaskahLN), .catatPersetujuan(.persetujuanMendagri), .lanjut(ke: .perundinganMenlu),
                .catatPersetujuan(.suratKonfirmasiMenlu), .lanjut(ke: .penandatangananNaskahLN),
                .catatTandaTangan(.naskahLN),
            ] + akhir + [.akhiri(.kesepakatanParaPihak)]
        case .desa:
            peristiwa = [
                .lanjut(ke: .musyawarahDesa),
                .catatPersetujuan(jenis == .desaAntarDesa ? .musyawarahAntarDesa : .musyawarahDesa),
                .lanjut(ke: .penyusunanNaskahDesa), .catatPersetujuan(.fasilitasiCamat), .lanjut(ke: .penandatangananNaskahDesa),
                .catatTandaTangan(jenis == .desaAntarDesa ? .peraturanBersamaDesa : .perjanjianBersamaDesa),
                .lanjut(ke: .pelaksanaan), .lanjut(ke: .pelaporan), .catatPersetujuan(.musyawarahParaPihakDesa),
                .akhiri(.jangkaWaktuBerakhir),
            ]
        case .kemitraanLain:
            peristiwa = []
        }
        s = try BantuSiklus.jalankan(s, peristiwa)
        #expect(s.tahap == .berakhir)
        #expect(s.riwayat.count == peristiwa.count)
        #expect(s.riwayat.map(\.peristiwa) == peristiwa)
        #expect(Set(s.riwayat.map(\.ke)).union([.persiapan]) == Set(s.alur), "setiap tahap dilalui")
        #expect(s.dokumenDitandatangani.isSuperset(of: jenis.naskahPokok))
    }

    // MARK: - Values

    @Test("The lifecycle value round-trips through JSON and import accepts what the machine produced")
    func json() throws {
        let k = KonfigurasiSiklus(jenis: .ksdpkAset, penilaian: KonfigurasiSiklus.membebani)
        let s = try BantuSiklus.jalankan(try #require(try BantuSiklus.keadaanMasukTiapTahap(k)[.pelaporan]), [.mulaiAdendum])
        let data = try JSONEncoder().encode(s)
        #expect(try JSONDecoder().decode(SiklusKerjaSama.self, from: data) == s)
        let impor = try SiklusKerjaSama.impor(
            jenis: s.jenis, penilaianDPRD: s.penilaianDPRD, tahap: s.tahap, dokumenDitandatangani: s.dokumenDitandatangani,
            persetujuan: s.persetujuan
        ).get()
        #expect(impor.tahap == .pelaporan && impor.riwayat.isEmpty)
        let penolakan = PenolakanTransisi(pesan: "Contoh (PP 28/2018 Pasal 6).", yangKurang: ["x"], dasarHukum: "PP 28/2018 Pasal 6")
        #expect(try JSONDecoder().decode(PenolakanTransisi.self, from: JSONEncoder().encode(penolakan)) == penolakan)
        #expect(penolakan.sebagaiKesalahanValidasi.pesan(untuk: "peristiwa") == penolakan.pesan)
    }

    @Test("Import of existing agreements refuses inconsistent records")
    func imporTidakKonsisten() throws {
        func gagal(_ r: Result<SiklusKerjaSama, PenolakanTransisi>) -> PenolakanTransisi? {
            if case .failure(let p) = r { return p }
            Issue.record("impor seharusnya ditolak")
            return nil
        }
        // Sinergi with a KB.
        let kb = try #require(gagal(SiklusKerjaSama.impor(
            jenis: .sinergi, tahap: .pelaksanaan, dokumenDitandatangani: [.kesepakatanBersama, .notaKesepakatan, .rencanaKerja],
            persetujuan: [])))
        #expect(kb.dasarHukum == "PP 28/2018 Pasal 46 ayat (4)")
        // PKS signed while still at penyusunanKB.
        let awal = try #require(gagal(SiklusKerjaSama.impor(
            jenis: .ksddSukarela, penilaianDPRD: tanpaDPRD, tahap: .penyusunanKB,
            dokumenDitandatangani: [.kak, .suratPenawaran, .perjanjianKerjaSama], persetujuan: [])))
        #expect(awal.pesan.contains("Perjanjian Kerja Sama tercatat"))
        // Ended without a reason, or with a leadership change.
        #expect(gagal(SiklusKerjaSama.impor(
            jenis: .ksdll, tahap: .berakhir, dokumenDitandatangani: [.naskahLN], persetujuan: [])) != nil)
        let ganti = try #require(gagal(SiklusKerjaSama.impor(
            jenis: .ksddWajib, penilaianDPRD: tanpaDPRD, tahap: .berakhir,
            dokumenDitandatangani: [.kesepakatanBersama, .perjanjianKerjaSama], persetujuan: [],
            alasanBerakhir: .pergantianKepalaDaerah)))
        #expect(ganti.dasarHukum.contains("Pasal 9 ayat (2)"))
        // A well-formed ended agreement is accepted.
        let baik = SiklusKerjaSama.impor(
            jenis: .ksddWajib, penilaianDPRD: tanpaDPRD, tahap: .berakhir,
            dokumenDitandatangani: [.kak, .suratPenawaran, .kesepakatanBersama, .perjanjianKerjaSama], persetujuan: [],
            jumlahAdendum: 2, alasanBerakhir: .jangkaWaktuBerakhir)
        #expect(try baik.get().jumlahAdendum == 2)
    }
}
