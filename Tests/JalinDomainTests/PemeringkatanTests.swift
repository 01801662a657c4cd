import Foundation
import Testing
import JalinDomain

/// SplitMix64: a tiny fixed-seed generator so shuffles and random data are reproducible.
private struct AcakPeringkat: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private func kesalahan(_ f: () throws(KesalahanValidasi) -> Void) -> [KesalahanIsian] {
    do {
        try f()
        return []
    } catch {
        return error.daftar
    }
}

/// Items with integer-valued scores (so many exact ties) or continuous ones.
private func itemAcak(_ n: Int, k: Int, bulat: Bool, _ rng: inout AcakPeringkat) -> [ItemSkor] {
    (0..<n).map { i in
        ItemSkor(
            id: "u\(i)",
            skor: (0..<k).map { _ in
                bulat ? Double(Int.random(in: 1...5, using: &rng)) : Double.random(in: 1...5, using: &rng)
            }
        )
    }
}

@Suite("Member scores, group result, ranking and sensitivity")
struct PemeringkatanTests {
    static let bobotContoh = [0.27, 0.18, 0.12, 0.19, 0.08, 0.05, 0.11]

    // MARK: Member scores

    @Test("A member's score must be between 1 and 5")
    func nilaiDiLuarRentang() {
        for v in [0, 0.99, 5.01, 6, -1, .nan, .infinity] {
            #expect(
                kesalahan { () throws(KesalahanValidasi) in
                    _ = try NilaiAnggota(anggota: "ani", usulan: "u1", nilai: ["tujuan": 3, "urgensi": v])
                } == [KesalahanIsian(field: "nilai.urgensi", pesan: "Nilai harus antara 1 dan 5.")]
            )
        }
        #expect(kesalahan { () throws(KesalahanValidasi) in
            _ = try NilaiAnggota(anggota: "ani", usulan: "u1", nilai: ["tujuan": 1, "urgensi": 5, "ikn": 2.5])
        }.isEmpty)
    }

    @Test("A member score needs the member, the submission and at least one criterion")
    func nilaiWajib() {
        #expect(
            kesalahan { () throws(KesalahanValidasi) in
                _ = try NilaiAnggota(anggota: "  ", usulan: "", nilai: [:])
            }.map(\.field) == ["anggota", "usulan", "nilai"]
        )
    }

    @Test("Scores for criteria that are not in the round are refused by the check")
    func kriteriaTidakDikenal() throws {
        let n = try NilaiAnggota(anggota: "ani", usulan: "u1", nilai: ["tujuan": 3, "pariwisata": 4])
        #expect(
            kesalahan { () throws(KesalahanValidasi) in try n.periksa(kriteria: KriteriaBawaan.semua) }
                == [KesalahanIsian(field: "nilai.pariwisata", pesan: "Kriteria \"pariwisata\" tidak dikenal dalam putaran pemetaan ini.")]
        )
    }

    @Test("Member scores and rationale survive a JSON round trip; invalid JSON scores are refused")
    func nilaiCodable() throws {
        let n = try NilaiAnggota(anggota: "ani", usulan: "u1", nilai: ["tujuan": 4], alasan: "Sejalan dengan RPJMD.")
        #expect(try JSONDecoder().decode(NilaiAnggota.self, from: JSONEncoder().encode(n)) == n)
        let buruk = Data(#"{"anggota":"ani","usulan":"u1","nilai":{"tujuan":9}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(NilaiAnggota.self, from: buruk) }
    }

    // MARK: Group result

    @Test("The group score per criterion is the geometric mean over the members who scored it")
    func nilaiKelompok() throws {
        let kriteria = Array(KriteriaBawaan.semua.prefix(3))
        let daftar = [
            try NilaiAnggota(anggota: "ani", usulan: "b", nilai: ["tujuan": 2, "kapasitas": 1], alasan: "Cukup."),
            try NilaiAnggota(anggota: "budi", usulan: "b", nilai: ["tujuan": 4, "kapasitas": 3]),
            try NilaiAnggota(anggota: "cici", usulan: "b", nilai: ["kapasitas": 5, "lainnya": 1]),
            try NilaiAnggota(anggota: "ani", usulan: "a", nilai: ["tujuan": 5]),
        ]
        let hasil = PenilaianKelompok.gabung(daftar, kriteria: kriteria)
        #expect(hasil.map(\.id) == ["a", "b"])
        #expect(hasil[0].skor == [5, 0, 0])
        #expect(hasil[0].jumlahPenilai == [1, 0, 0])
        #expect(hasil[0].kriteriaTanpaNilai == [1, 2])
        #expect(abs(hasil[1].skor[0] - 8.0.squareRoot()) < 1e-12)
        #expect(abs(hasil[1].skor[1] - cbrt(15)) < 1e-12)
        #expect(hasil[1].skor[2] == 0)
        #expect(hasil[1].jumlahPenilai == [2, 3, 0])
    }

    @Test("When a member scored the same submission twice, the last entry counts")
    func nilaiGanda() throws {
        let kriteria = [KriteriaBawaan.tujuan]
        let daftar = [
            try NilaiAnggota(anggota: "ani", usulan: "a", nilai: ["tujuan": 1]),
            try NilaiAnggota(anggota: "budi", usulan: "a", nilai: ["tujuan": 4]),
            try NilaiAnggota(anggota: "ani", usulan: "a", nilai: ["tujuan": 4]),
        ]
        let hasil = PenilaianKelompok.gabung(daftar, kriteria: kriteria)
        #expect(hasil[0].skor == [4])
        #expect(hasil[0].jumlahPenilai == [2])

        // Also among many members.
        var banyak = try (0..<40).map { a in
            try NilaiAnggota(anggota: "m\(a)", usulan: "a", nilai: ["tujuan": 2])
        }
        banyak.insert(try NilaiAnggota(anggota: "m7", usulan: "a", nilai: ["tujuan": 5]), at: 0)
        let h = PenilaianKelompok.gabung(banyak, kriteria: kriteria)
        #expect(abs(h[0].skor[0] - 2) < 1e-12)
        #expect(h[0].jumlahPenilai == [40])
    }

    @Test("The group result does not depend on the order of the members' entries, to the last bit")
    func kelompokTidakBergantungUrutan() throws {
        var rng = AcakPeringkat(seed: 5)
        let kriteria = KriteriaBawaan.semua
        var daftar: [NilaiAnggota] = []
        for u in 0..<200 {
            for a in 0..<Int.random(in: 1...30, using: &rng) {
                var nilai: [String: Double] = [:]
                for k in kriteria where Bool.random(using: &rng) { nilai[k.kode] = Double.random(in: 1...5, using: &rng) }
                nilai["tujuan"] = 3
                daftar.append(try NilaiAnggota(anggota: "m\(a)", usulan: "u\(u)", nilai: nilai))
            }
        }
        let dasar = PenilaianKelompok.gabung(daftar, kriteria: kriteria)
        for _ in 0..<5 {
            #expect(PenilaianKelompok.gabung(daftar.shuffled(using: &rng), kriteria: kriteria) == dasar)
        }
    }

    // MARK: Ranking

    @Test("Ranking orders by weighted total, then by id, with weights normalised to sum 1")
    func urutanPeringkat() throws {
        let items = [
            ItemSkor(id: "c", skor: [3, 3]),
            ItemSkor(id: "a", skor: [5, 1]),
            ItemSkor(id: "b", skor: [1, 5]),
            ItemSkor(id: "d", skor: [4, 4]),
        ]
        let hasil = try Pemeringkatan.peringkat(items: items, bobot: [2, 2])
        #expect(hasil.map(\.id) == ["d", "a", "b", "c"])
        #expect(hasil.map(\.peringkat) == [1, 2, 3, 4])
        #expect(hasil.map(\.total) == [4, 3, 3, 3])
        let condong = try Pemeringkatan.peringkat(items: items, bobot: [0.75, 0.25])
        #expect(condong.map(\.id) == ["a", "d", "c", "b"])
        #expect(condong[0].total == 4)
    }

    @Test("Ranking is invariant to the order of the input")
    func peringkatTidakBergantungUrutan() throws {
        var rng = AcakPeringkat(seed: 2026)
        for bulat in [true, false] {
            let items = itemAcak(2_000, k: 7, bulat: bulat, &rng)
            let dasar = try Pemeringkatan.peringkat(items: items, bobot: Self.bobotContoh)
            let sens = try Pemeringkatan.sensitivitas(items: items, bobot: Self.bobotContoh, topN: 10)
            for _ in 0..<5 {
                let acak = items.shuffled(using: &rng)
                #expect(try Pemeringkatan.peringkat(items: acak, bobot: Self.bobotContoh) == dasar)
                #expect(try Pemeringkatan.teratas(items: acak, bobot: Self.bobotContoh, topN: 25)
                    == Array(dasar.prefix(25)))
                #expect(try Pemeringkatan.sensitivitas(items: acak, bobot: Self.bobotContoh, topN: 10) == sens)
            }
        }
    }

    @Test("The top N by partial selection equals the head of the full ranking")
    func teratasSamaDenganAwalPeringkat() throws {
        var rng = AcakPeringkat(seed: 9)
        let items = itemAcak(500, k: 3, bulat: true, &rng)
        let penuh = try Pemeringkatan.peringkat(items: items, bobot: [1, 2, 3])
        for n in [1, 2, 7, 10, 499, 500, 800] {
            #expect(try Pemeringkatan.teratas(items: items, bobot: [1, 2, 3], topN: n) == Array(penuh.prefix(n)))
        }
    }

    @Test("Ranking refuses mismatched, negative or all-zero weights, bad scores and repeated ids")
    func peringkatTidakSah() throws {
        let items = [ItemSkor(id: "a", skor: [1, 2]), ItemSkor(id: "b", skor: [1, 2, 3])]
        #expect(kesalahan { () throws(KesalahanValidasi) in
            _ = try Pemeringkatan.peringkat(items: items, bobot: [0.5, 0.5])
        } == [KesalahanIsian(field: "items[1].skor", pesan: "Jumlah skor (3) harus sama dengan jumlah bobot kriteria (2).")])
        #expect(kesalahan { () throws(KesalahanValidasi) in
            _ = try Pemeringkatan.peringkat(items: [], bobot: [0.5, -0.1, .nan])
        }.map(\.field) == ["bobot[1]", "bobot[2]"])
        #expect(kesalahan { () throws(KesalahanValidasi) in
            _ = try Pemeringkatan.peringkat(items: [], bobot: [0, 0])
        } == [KesalahanIsian(field: "bobot", pesan: "Jumlah bobot harus lebih besar dari nol.")])
        #expect(kesalahan { () throws(KesalahanValidasi) in
            _ = try Pemeringkatan.peringkat(items: [ItemSkor(id: "a", skor: [.nan])], bobot: [1])
        }.map(\.field) == ["items[0].skor[0]"])
        #expect(kesalahan { () throws(KesalahanValidasi) in
            _ = try Pemeringkatan.peringkat(
                items: [ItemSkor(id: "x", skor: [1]), ItemSkor(id: "y", skor: [1]), ItemSkor(id: "x", skor: [2])],
                bobot: [1]
            )
        } == [KesalahanIsian(field: "items[2].id", pesan: "Usulan \"x\" tercantum lebih dari sekali.")])
        #expect(kesalahan { () throws(KesalahanValidasi) in
            _ = try Pemeringkatan.sensitivitas(items: [], bobot: [1], topN: 0, perubahan: [0.1, -1])
        }.map(\.field) == ["topN", "perubahan[1]"])
        #expect(try Pemeringkatan.peringkat(items: [], bobot: [1]).isEmpty)
    }

    // MARK: Sensitivity

    /// A and B trade places at ±25 % but not at ±10 %: with weights (0.5, 0.5) and the first weight
    /// scaled by (1 + Δ), A − B ∝ (1 + Δ)·1 − 0.85, which turns negative only for Δ < −0.15; with the
    /// second weight scaled, A − B ∝ 1 − 0.85·(1 + Δ), negative only for Δ > 0.176.
    static let itemPeka = [
        ItemSkor(id: "A", skor: [3, 2]),
        ItemSkor(id: "B", skor: [2, 2.85]),
        ItemSkor(id: "C", skor: [1, 1]),
        ItemSkor(id: "D", skor: [1.5, 1.2]),
    ]

    @Test("A submission enters and another leaves the top N at ±25 % but not at ±10 %")
    func sensitivitasKasusDirancang() throws {
        let hasil = try Pemeringkatan.sensitivitas(items: Self.itemPeka, bobot: [0.5, 0.5], topN: 1)
        #expect(hasil.count == 2 * 4)
        #expect(hasil.map(\.kriteria) == [0, 0, 0, 0, 1, 1, 1, 1])
        #expect(hasil.map(\.perubahan) == [-0.25, -0.10, 0.10, 0.25, -0.25, -0.10, 0.10, 0.25])
        #expect(hasil.map(\.stabil) == [false, true, true, true, true, true, true, false])
        for h in hasil where !h.stabil {
            #expect(h.masuk == ["B"])
            #expect(h.keluar == ["A"])
            #expect(h.teratas == ["B"])
        }
        for h in hasil where h.stabil {
            #expect(h.masuk.isEmpty && h.keluar.isEmpty && h.teratas == ["A"] && h.urutanTetap)
        }
        // Weights are renormalised: −25 % on the first of (0.5, 0.5) gives (0.375, 0.5) / 0.875.
        #expect(abs(hasil[0].bobot[0] - 0.375 / 0.875) < 1e-15)
        #expect(abs(hasil[0].bobot.reduce(0, +) - 1) < 1e-15)

        let nama = ["Kesamaan tujuan", "Urgensi"]
        #expect(
            hasil[0].uraian(namaKriteria: nama, namaUsulan: { "\"\($0)\"" })
                == "Jika bobot Kesamaan tujuan turun 25 %, usulan \"B\" masuk 1 besar, sedangkan \"A\" keluar."
        )
        #expect(hasil[2].uraian(namaKriteria: nama) == "Jika bobot Kesamaan tujuan naik 10 %, 1 besar tidak berubah.")
    }

    @Test("A change of order inside a stable top N is reported")
    func sensitivitasUrutanBerubah() throws {
        let hasil = try Pemeringkatan.sensitivitas(items: Self.itemPeka, bobot: [0.5, 0.5], topN: 2)
        let h = try #require(hasil.first { $0.kriteria == 0 && $0.perubahan == -0.25 })
        #expect(h.stabil && !h.urutanTetap)
        #expect(h.teratas == ["B", "A"])
        #expect(
            h.uraian(namaKriteria: ["Kesamaan tujuan", "Urgensi"])
                == "Jika bobot Kesamaan tujuan turun 25 %, anggota 2 besar tetap sama, tetapi urutannya berubah."
        )
    }

    @Test("Each sensitivity scenario agrees with a full re-ranking under its weights")
    func sensitivitasSesuaiPeringkatUlang() throws {
        var rng = AcakPeringkat(seed: 31)
        let items = itemAcak(3_000, k: 7, bulat: true, &rng)
        let dasar = try Pemeringkatan.peringkat(items: items, bobot: Self.bobotContoh)
        let sekitar = Set(dasar.prefix(10).map(\.id))
        for h in try Pemeringkatan.sensitivitas(items: items, bobot: Self.bobotContoh, topN: 10) {
            let ulang = try Pemeringkatan.peringkat(items: items, bobot: h.bobot).prefix(10).map(\.id)
            #expect(h.teratas == ulang)
            #expect(Set(h.masuk) == Set(ulang).subtracting(sekitar))
            #expect(Set(h.keluar) == sekitar.subtracting(ulang))
            #expect(h.stabil == h.masuk.isEmpty)
        }
    }

    @Test("100,000 submissions are ranked and checked for sensitivity in one pass")
    func skalaBesar() throws {
        var rng = AcakPeringkat(seed: 100_000)
        let items = itemAcak(100_000, k: 7, bulat: false, &rng)
        let peringkat = try Pemeringkatan.peringkat(items: items, bobot: Self.bobotContoh)
        let sens = try Pemeringkatan.sensitivitas(items: items, bobot: Self.bobotContoh, topN: 10)
        #expect(peringkat.count == 100_000)
        #expect(sens.count == 7 * 4)
        #expect(sens.allSatisfy { $0.teratas.count == 10 })
    }
}
