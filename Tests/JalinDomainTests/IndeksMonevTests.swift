import Foundation
import Testing
@testable import JalinDomain

/// The worked examples of docs/indeks-monev.md, number for number.
@Suite("Indeks monev")
struct IndeksMonevTests {
    let r = RubrikMonev.bawaan

    func j(_ n: [Int], _ rek: RekomendasiMonev = .lanjutkan) -> JawabanMonev {
        JawabanMonev(nilai: Dictionary(uniqueKeysWithValues: zip(["output", "anggaran", "waktu", "koordinasi", "manfaat", "relevansi"], n)),
                     rekomendasi: rek)
    }

    @Test("Worked example 1: three forms, obligations and the final assessment give 72.9")
    func contoh1() {
        let h = IndeksMonev.hitung(
            rubrik: r, jawaban: [.opd: j([4, 3, 4, 5, 4, 5]), .mitra: j([3, 3, 3, 3, 3, 3]), .tkksd: j([4, 4, 4, 4, 4, 4])],
            kewajiban: .init(selesai: 1, berjalan: 1, belum: 0), akhir: PenilaianAkhir(nilai: 4, rekomendasi: .lanjutkan))
        #expect(h.skorPihak["opd"] == 78.125)
        #expect(h.skorPihak["mitra"] == 50)
        #expect(h.skorPihak["tkksd"] == 75)
        #expect(abs(h.formulir! - 71.5625) < 1e-9)
        #expect(h.kewajiban == 75)
        #expect(h.akhir == 75)
        #expect(h.indeks == 72.9)
        #expect(h.kategori == "Baik")
    }

    @Test("Worked example 2: missing parties and components are left out and the weights renormalised")
    func contoh2() {
        let h = IndeksMonev.hitung(rubrik: r, jawaban: [.opd: j([4, 3, 4, 5, 4, 5]), .mitra: j([3, 3, 3, 3, 3, 3])],
                                   kewajiban: .init(selesai: 0, berjalan: 0, belum: 0), akhir: nil)
        #expect(h.kewajiban == nil && h.akhir == nil)
        #expect(h.indeks == 70.1)
        #expect(IndeksMonev.hitung(rubrik: r, jawaban: [:], kewajiban: .init(selesai: 0, berjalan: 0, belum: 0), akhir: nil).indeks == nil)
    }

    @Test("Several parties of a role: the role's score is the mean of its forms, one form per role gives the single-party result")
    func banyakPihak() {
        let k = IndeksMonev.Kewajiban(selesai: 1, berjalan: 1, belum: 0)
        let a = PenilaianAkhir(nilai: 4, rekomendasi: .lanjutkan)
        let tunggal = IndeksMonev.hitung(rubrik: r, jawaban: [.opd: j([4, 3, 4, 5, 4, 5]), .mitra: j([3, 3, 3, 3, 3, 3]), .tkksd: j([4, 4, 4, 4, 4, 4])],
                                         kewajiban: k, akhir: a)
        let perPihak = IndeksMonev.hitung(rubrik: r, isian: [.opd: [j([4, 3, 4, 5, 4, 5])], .mitra: [j([3, 3, 3, 3, 3, 3])], .tkksd: [j([4, 4, 4, 4, 4, 4])]],
                                          kewajiban: k, akhir: a)
        #expect(perPihak == tunggal)
        // Two partners rate 3 and 5 everywhere (S 50 and 100): the partner role scores 75, as one partner rating 4 would.
        let dua = IndeksMonev.hitung(rubrik: r, isian: [.opd: [j([4, 3, 4, 5, 4, 5])], .mitra: [j([3, 3, 3, 3, 3, 3]), j([5, 5, 5, 5, 5, 5])],
                                                        .tkksd: [j([4, 4, 4, 4, 4, 4])]], kewajiban: k, akhir: a)
        let satu = IndeksMonev.hitung(rubrik: r, jawaban: [.opd: j([4, 3, 4, 5, 4, 5]), .mitra: j([4, 4, 4, 4, 4, 4]), .tkksd: j([4, 4, 4, 4, 4, 4])],
                                      kewajiban: k, akhir: a)
        #expect(dua.skorPihak["mitra"] == 75)
        #expect(dua.formulir == satu.formulir)
        #expect(dua.indeks == satu.indeks)
        // The item means count every form once.
        #expect(dua.rataButir["output"] == 4)
    }

    @Test("Extremes map to 0 and 100")
    func ujung() {
        #expect(IndeksMonev.hitung(rubrik: r, jawaban: [.opd: j([5, 5, 5, 5, 5, 5])], kewajiban: .init(selesai: 3, berjalan: 0, belum: 0),
                                   akhir: PenilaianAkhir(nilai: 5, rekomendasi: .lanjutkan)).indeks == 100)
        #expect(IndeksMonev.hitung(rubrik: r, jawaban: [.opd: j([1, 1, 1, 1, 1, 1])], kewajiban: .init(selesai: 0, berjalan: 0, belum: 2),
                                   akhir: PenilaianAkhir(nilai: 1, rekomendasi: .akhiri)).indeks == 0)
        #expect(IndeksMonev.bulat(72.95) == 73.0)
        #expect(IndeksMonev.kategori(80) == "Sangat baik" && IndeksMonev.kategori(59.9) == "Cukup" && IndeksMonev.kategori(10) == "Kurang")
    }

    @Test("A rating of 7, a missing rating and an unknown recommendation are refused, naming the field")
    func validasi() {
        var n = ["output": "7", "anggaran": "3", "waktu": "3", "koordinasi": "3", "manfaat": "3"]
        do {
            _ = try JawabanMonev.periksa(IsianMonev(nilai: n, rekomendasi: "pindah"), rubrik: r)
            Issue.record("accepted")
        } catch {
            #expect(error.pesan(untuk: "n_output")?.contains("1 sampai 5") == true)
            #expect(error.pesan(untuk: "n_relevansi") != nil)
            #expect(error.pesan(untuk: "rekomendasi") != nil)
        }
        n["output"] = "2"
        n["relevansi"] = "4"
        #expect(throws: KesalahanValidasi.self) { try JawabanMonev.periksa(IsianMonev(nilai: n, rekomendasi: "lanjutkan"), rubrik: r) }
        let ok = try? JawabanMonev.periksa(IsianMonev(nilai: n, permasalahan: "Anggaran mitra terlambat.", rekomendasi: "adendum"), rubrik: r)
        #expect(ok?.rekomendasi == .adendum && ok?.nilai["output"] == 2)
    }

    @Test("A period or report range that ends before it starts is refused")
    func rentang() {
        #expect(throws: KesalahanValidasi.self) { try RentangMonev(mulai: "2026-07-01", selesai: "2026-06-30") }
        #expect((try? RentangMonev(mulai: "2026-01-01", selesai: "2026-06-30"))?.selesai.iso == "2026-06-30")
    }

    @Test("Aggregates are plain means per key; the trend is the change from the previous index; unevaluated ones are flagged")
    func agregat() {
        let a = IndeksMonev.agregat([.init(kunci: ["Dishub", "2.15"], indeks: 80), .init(kunci: ["Dishub"], indeks: 61), .init(kunci: ["Dinkes"], indeks: 50)])
        #expect(a.first == IndeksMonev.Agregat(kunci: "2.15", rata: 80, jumlah: 1))
        #expect(a.first { $0.kunci == "Dishub" } == IndeksMonev.Agregat(kunci: "Dishub", rata: 70.5, jumlah: 2))
        #expect(IndeksMonev.tren([60, nil, 72.5]) == 12.5)
        #expect(IndeksMonev.tren([60, 70, nil]) == nil)
        let x = UUID(), y = UUID()
        #expect(IndeksMonev.tidakDievaluasi(aktif: [x, y], dinilaiPeriodeTerakhir: [x]) == [y])
    }

    @Test("An edited rubric must keep unique codes, a rated item and sane weights")
    func rubrik() throws {
        try RubrikMonev.bawaan.periksa()
        var r2 = RubrikMonev.bawaan
        r2.butir[1].bobot = 0
        #expect(throws: KesalahanValidasi.self) { try r2.periksa() }
    }
}
