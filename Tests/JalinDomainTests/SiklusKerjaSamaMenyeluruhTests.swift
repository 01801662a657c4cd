import Foundation
import Testing
import JalinDomain

/// Every kind × every stage × every event: each result is either a legal transition or a refusal that explains
/// itself in Bahasa Indonesia and cites its basis.
@Suite("Lifecycle machine, exhaustively: every kind × stage × event")
struct SiklusKerjaSamaMenyeluruhTests {
    /// The states to try at one stage: on entering it, with its requirements recorded, and (after signing)
    /// with an amendment under way or the desa parties' deliberation recorded.
    private func keadaanPada(_ k: KonfigurasiSiklus, _ tahap: Tahap) throws -> [SiklusKerjaSama] {
        guard k.jenis.dijalankanSiklus else {
            return [try BantuSiklus.keadaanBebas(jenis: k.jenis, penilaian: k.penilaian, tahap: tahap)]
        }
        guard k.alur.contains(tahap) else {
            return [try BantuSiklus.keadaanBebas(jenis: k.jenis, penilaian: k.penilaian, tahap: tahap)]
        }
        let masuk = try BantuSiklus.keadaanMasukTiapTahap(k)
        if tahap == .berakhir {
            let terakhir = masuk[.pelaporan]!
            var alasan: [PeristiwaSiklus] = []
            if k.jenis.isDesa { alasan.append(.catatPersetujuan(.musyawarahParaPihakDesa)) }
            alasan.append(.akhiri(.tujuanTercapai))
            return [
                try BantuSiklus.jalankan(terakhir, alasan),
                try BantuSiklus.jalankan(try k.mulai(), [.akhiri(.tidakDilanjutkan)]),
            ]
        }
        let awal = masuk[tahap]!
        let lengkap = try BantuSiklus.jalankan(awal, BantuSiklus.catatSyarat(awal))
        var hasil = [awal, lengkap]
        if tahap.isSetelahPenandatanganan {
            hasil.append(try BantuSiklus.jalankan(lengkap, [.mulaiAdendum]))
            if k.jenis.isDesa {
                hasil.append(try BantuSiklus.jalankan(lengkap, [.catatPersetujuan(.musyawarahParaPihakDesa)]))
                hasil.append(
                    try BantuSiklus.jalankan(lengkap, [.mulaiAdendum, .catatPersetujuan(.musyawarahParaPihakDesa)]))
            }
        }
        return hasil
    }

    @Test(
        "Every event at every stage of every kind is a legal transition or an explained refusal",
        arguments: KonfigurasiSiklus.semua, Tahap.allCases)
    func setiapPeristiwa(k: KonfigurasiSiklus, tahap: Tahap) throws {
        for s in try keadaanPada(k, tahap) {
            var diterima = 0
            for e in BantuSiklus.semuaPeristiwa {
                switch s.terapkan(e) {
                case .failure(let p):
                    BantuSiklus.periksaPenolakan(p)
                case .success(let baru):
                    diterima += 1
                    periksaTransisi(dari: s, peristiwa: e, ke: baru)
                }
            }
            let bukanSiklus = !k.jenis.dijalankanSiklus || !k.alur.contains(tahap) || tahap == .berakhir
            if bukanSiklus {
                #expect(diterima == 0, "\(k.testDescription) @ \(tahap): tidak boleh ada peristiwa yang diterima")
            } else {
                #expect(diterima > 0, "\(k.testDescription) @ \(tahap): sedikitnya satu peristiwa harus diterima")
            }
        }
    }

    /// What a legal transition must look like.
    private func periksaTransisi(dari s: SiklusKerjaSama, peristiwa e: PeristiwaSiklus, ke baru: SiklusKerjaSama) {
        let konteks = "\(s.jenis.singkatan) @ \(s.tahap) + \(e)"
        #expect(baru.riwayat.count == s.riwayat.count + 1, "\(konteks)")
        #expect(baru.riwayat.last == LangkahRiwayat(peristiwa: e, dari: s.tahap, ke: baru.tahap), "\(konteks)")
        #expect(baru.jenis == s.jenis)
        #expect(baru.alur.contains(baru.tahap), "\(konteks): tahap baru di luar alur")
        let i = s.alur.firstIndex(of: s.tahap)!
        switch e {
        case .lanjut(let t):
            #expect(t == s.alur[i + 1] && t != .berakhir, "\(konteks): hanya tahap berikutnya")
            #expect(s.kekurangan(untukMasuk: t).isEmpty, "\(konteks): syarat belum lengkap")
            #expect(baru.tahap == t)
        case .kembali(let t, let alasan):
            #expect(i > 0 && t == s.alur[i - 1], "\(konteks): hanya satu tahap ke belakang")
            #expect(!alasan.trimmingCharacters(in: .whitespaces).isEmpty, "\(konteks): alasan wajib")
            #expect(s.tahap != .pelaksanaan, "\(konteks): naskah sudah berlaku")
            #expect(baru.tahap == t)
        case .akhiri(let a):
            #expect(baru.tahap == .berakhir && baru.alasanBerakhir == a, "\(konteks)")
            #expect(a.berlakuUntuk(s.jenis) && !a.bukanAlasanBerakhir, "\(konteks)")
            #expect((a == .tidakDilanjutkan) != s.naskahMengikatDitandatangani, "\(konteks)")
        default:
            #expect(baru.tahap == s.tahap, "\(konteks): pencatatan tidak memindahkan tahap")
        }
        // Every reachable value is one that import accepts.
        let impor = SiklusKerjaSama.impor(
            jenis: baru.jenis, penilaianDPRD: baru.penilaianDPRD, tahap: baru.tahap,
            dokumenDitandatangani: baru.dokumenDitandatangani, persetujuan: baru.persetujuan,
            jumlahAdendum: baru.jumlahAdendum, alasanBerakhir: baru.alasanBerakhir)
        if case .failure(let p) = impor {
            Issue.record("\(konteks): keadaan hasil transisi tidak konsisten: \(p.pesan)")
        }
    }

    @Test("Moving on is accepted exactly when the next stage's requirements are recorded", arguments: KonfigurasiSiklus.dijalankan)
    func lanjutTepatKetikaSyaratLengkap(k: KonfigurasiSiklus) throws {
        for (tahap, awal) in try BantuSiklus.keadaanMasukTiapTahap(k) {
            guard let berikut = awal.tahapBerikutnya else { continue }
            let syarat = BantuSiklus.catatSyarat(awal)
            if syarat.isEmpty {
                #expect(throws: Never.self) { try awal.terapkan(.lanjut(ke: berikut)).get() }
                continue
            }
            // Missing any one requirement blocks the next stage and names it.
            for dihilangkan in syarat.indices {
                var sebagian = syarat
                sebagian.remove(at: dihilangkan)
                let s = try BantuSiklus.jalankan(awal, sebagian)
                let p = try #require(BantuSiklus.penolakan(s, .lanjut(ke: berikut)), "\(k.testDescription) @ \(tahap)")
                #expect(p.yangKurang.count == 1)
                #expect(p.pesan.contains("belum dapat dimulai"))
            }
            let lengkap = try BantuSiklus.jalankan(awal, syarat)
            #expect(throws: Never.self) { try lengkap.terapkan(.lanjut(ke: berikut)).get() }
        }
    }

    @Test("Every flow runs from persiapan to berakhir and names its stages in Bahasa", arguments: KonfigurasiSiklus.dijalankan)
    func alurLengkap(k: KonfigurasiSiklus) throws {
        let alur = k.alur
        #expect(alur.first == .persiapan)
        #expect(alur.last == .berakhir)
        #expect(Set(alur).count == alur.count, "tahap tidak boleh berulang")
        #expect(alur.contains(.pelaksanaan))
        for t in alur {
            #expect(!t.nama(untuk: k.jenis).isEmpty)
        }
        let masuk = try BantuSiklus.keadaanMasukTiapTahap(k)
        #expect(Set(masuk.keys) == Set(alur.dropLast()), "jalur bahagia melewati setiap tahap kerja")
    }
}
