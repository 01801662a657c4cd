import Foundation
import Testing
import JalinDomain

/// SplitMix64: a tiny fixed-seed generator so the property tests are reproducible.
private struct AcakAHP: RandomNumberGenerator {
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

/// Saaty's fundamental scale and its reciprocals.
private let skalaSaaty: [Double] = (1...9).map(Double.init) + (2...9).map { 1 / Double($0) }

/// A random reciprocal matrix of size n with judgments drawn from Saaty's scale.
private func matriksAcak(_ n: Int, _ rng: inout AcakAHP) throws -> MatriksPerbandingan {
    let atas: [[Double]] = (0..<max(n - 1, 0)).map { i in
        (0..<(n - 1 - i)).map { _ in skalaSaaty.randomElement(using: &rng)! }
    }
    return try MatriksPerbandingan(ukuran: n, atas: atas)
}

/// The field of the first problem in a thrown `KesalahanValidasi`, and its message.
private func kesalahanPertama(_ f: () throws(KesalahanValidasi) -> Void) -> KesalahanIsian? {
    do {
        try f()
        return nil
    } catch {
        return error.daftar.first
    }
}

@Suite("AHP: weights and consistency from pairwise comparisons")
struct AHPTests {
    // Published worked example.
    //
    // T. L. Saaty, "How to make a decision: The Analytic Hierarchy Process", European Journal of
    // Operational Research 48 (1990) 9–26, the house-buying example: Table 2, the pairwise comparison
    // of the eight criteria (1 size of house, 2 transportation, 3 neighborhood, 4 age of house,
    // 5 yard space, 6 modern facilities, 7 general condition, 8 financing).
    // Published: priority vector 0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333;
    // λmax = 9.669, C.I. = 0.238, C.R. = 0.169 (RI for n = 8: 1.41).
    // Independently recomputed with numpy.linalg.eig (principal eigenvector, normalised to sum 1):
    // 0.17301747, 0.05397572, 0.18811030, 0.01750791, 0.03104374, 0.03632220, 0.16683367, 0.33318898;
    // λmax = 9.66888731711815, CI = 0.238412474, CR = 0.169086861. Every published digit is the
    // numpy value rounded to 3 decimals.
    static let matriksRumah: [[Double]] = [
        [1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4],
        [1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7],
        [1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5],
        [1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8],
        [1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6],
        [1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6],
        [3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2],
        [4, 7, 5, 8, 6, 6, 2, 1],
    ]

    static func bulat3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    @Test("Weights, λmax, CI and CR match Saaty (1990) Table 2 to 3 decimals")
    func contohSaaty1990() throws {
        let hasil = AHP.hitung(try MatriksPerbandingan(baris: Self.matriksRumah))

        #expect(hasil.bobot.map(Self.bulat3) == [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333])
        #expect(Self.bulat3(hasil.lambdaMaks) == 9.669)
        #expect(Self.bulat3(hasil.ci) == 0.238)
        #expect(Self.bulat3(hasil.cr) == 0.169)
        #expect(hasil.ri == 1.41)
        #expect(!hasil.konsisten)

        let numpy = [0.17301747, 0.05397572, 0.18811030, 0.01750791, 0.03104374, 0.03632220, 0.16683367, 0.33318898]
        for (w, n) in zip(hasil.bobot, numpy) { #expect(abs(w - n) < 1e-8) }
        #expect(abs(hasil.lambdaMaks - 9.66888731711815) < 1e-9)
    }

    @Test("The warning names the most inconsistent judgments, with decimal commas")
    func peringatanContohSaaty() throws {
        let hasil = AHP.hitung(try MatriksPerbandingan(baris: Self.matriksRumah))
        // numpy: |ln(a_ij w_j / w_i)| is largest for (3,7) = 6 vs w3/w7 ≈ 1.128, then (1,3) = 3 vs
        // 0.920, then (7,1) = 3 vs 0.964.
        #expect(hasil.pasanganTakKonsisten.map { [$0.i, $0.j] } == [[2, 6], [0, 2], [6, 0]])
        #expect(hasil.pasanganTakKonsisten[0].nilaiDiisi == 6)
        #expect(abs(hasil.pasanganTakKonsisten[0].nilaiKonsisten - 1.1275319590381112) < 1e-8)

        let nama = [
            "Ukuran rumah", "Transportasi", "Lingkungan", "Usia rumah", "Halaman", "Fasilitas modern",
            "Kondisi umum", "Pembiayaan",
        ]
        #expect(
            hasil.peringatan(nama: nama)
                == "Rasio konsistensi 0,17 melebihi 0,10. Perbandingan yang paling tidak konsisten: "
                + "Lingkungan – Kondisi umum (diisi 6, konsisten ≈ 1,1); "
                + "Ukuran rumah – Lingkungan (diisi 3, konsisten ≈ 0,92); "
                + "Kondisi umum – Ukuran rumah (diisi 3, konsisten ≈ 0,96). "
                + "Mohon tinjau kembali perbandingan tersebut."
        )
        #expect(hasil.peringatan?.hasPrefix("Rasio konsistensi 0,17 melebihi 0,10.") == true)
        #expect(hasil.peringatan?.contains("Kriteria 3 – Kriteria 7 (diisi 6") == true)
    }

    @Test("A CR just above 0.10 is printed with enough decimals to show it exceeds the limit")
    func peringatanDekatBatas() throws {
        // Search a one-parameter family for a matrix with 0.10 < CR < 0.105.
        var ditemukan: HasilAHP?
        var x = 1.0
        while x <= 9 && ditemukan == nil {
            let h = AHP.hitung(try MatriksPerbandingan(ukuran: 3, atas: [[x, 1], [1]]))
            if h.cr > 0.10 && h.cr < 0.105 { ditemukan = h }
            x += 0.001
        }
        let h = try #require(ditemukan)
        let teks = try #require(h.peringatan)
        #expect(!teks.hasPrefix("Rasio konsistensi 0,10 "))
        #expect(teks.hasPrefix("Rasio konsistensi 0,10"))
    }

    @Test("For a 3×3 matrix λmax equals the closed form 1 + r^(1/3) + r^(−1/3), r = a12·a23/a13")
    func bentukTertutup3x3() throws {
        var rng = AcakAHP(seed: 3)
        for _ in 0..<200 {
            let m = try matriksAcak(3, &rng)
            let r = m[0, 1] * m[1, 2] / m[0, 2]
            let lambda = 1 + cbrt(r) + 1 / cbrt(r)
            let h = AHP.hitung(m)
            #expect(abs(h.lambdaMaks - lambda) < 1e-9)
            #expect(abs(h.cr - (lambda - 3) / 2 / 0.58) < 1e-9)
        }
    }

    @Test("Weights are positive, sum to 1 and satisfy A·w = λmax·w for random reciprocal matrices")
    func propertiBobot() throws {
        var rng = AcakAHP(seed: 20_260_501)
        for _ in 0..<300 {
            let n = Int.random(in: 1...12, using: &rng)
            let m = try matriksAcak(n, &rng)
            let h = AHP.hitung(m)
            #expect(h.bobot.count == n)
            #expect(abs(h.bobot.reduce(0, +) - 1) < 1e-9)
            #expect(h.bobot.allSatisfy { $0 > 0 })
            #expect(h.lambdaMaks >= Double(n) - 1e-9)
            #expect(h.ci >= 0 && h.cr >= 0)
            #expect(h.konsisten == (h.cr <= 0.10))
            for i in 0..<n {
                let aw = (0..<n).reduce(0.0) { $0 + m[i, $1] * h.bobot[$1] }
                #expect(abs(aw - h.lambdaMaks * h.bobot[i]) < 1e-9)
            }
        }
    }

    @Test("A consistent matrix (a_ij = w_i / w_j) has CR = 0 and returns w")
    func matriksKonsisten() throws {
        var rng = AcakAHP(seed: 77)
        for _ in 0..<300 {
            let n = Int.random(in: 1...15, using: &rng)
            // w in [1, 9] keeps every ratio on Saaty's scale.
            let w = (0..<n).map { _ in Double.random(in: 1...9, using: &rng) }
            let baris = (0..<n).map { i in (0..<n).map { j in w[i] / w[j] } }
            let h = AHP.hitung(try MatriksPerbandingan(baris: baris))
            let s = w.reduce(0, +)
            #expect(abs(h.cr) < 1e-9)
            #expect(abs(h.lambdaMaks - Double(n)) < 1e-9)
            for i in 0..<n { #expect(abs(h.bobot[i] - w[i] / s) < 1e-9) }
            #expect(h.konsisten)
            #expect(h.pasanganTakKonsisten.isEmpty)
            #expect(h.peringatan == nil)
        }
    }

    @Test("With one or two criteria the consistency ratio is 0")
    func ukuranKecil() throws {
        let satu = AHP.hitung(try MatriksPerbandingan(ukuran: 1, atas: []))
        #expect(satu.bobot == [1])
        #expect(satu.cr == 0)
        let dua = AHP.hitung(try MatriksPerbandingan(ukuran: 2, atas: [[3]]))
        #expect(abs(dua.bobot[0] - 0.75) < 1e-12 && abs(dua.bobot[1] - 0.25) < 1e-12)
        #expect(dua.cr == 0)
        #expect(dua.konsisten)
        #expect(AHP.indeksAcak.count == 15)
    }

    @Test("Upper-triangle, full-matrix and pair inputs build the same reciprocal matrix")
    func bentukMasukan() throws {
        let atas = try MatriksPerbandingan(ukuran: 3, atas: [[3, 5], [1.0 / 2]])
        let penuh = try MatriksPerbandingan(baris: [[1, 3, 5], [0.333, 1, 0.5], [0.2, 2, 1]])
        let pasangan = try MatriksPerbandingan(ukuran: 3, pasangan: [
            PerbandinganPasangan(i: 2, j: 1, nilai: 2),
            PerbandinganPasangan(i: 0, j: 1, nilai: 3),
            PerbandinganPasangan(i: 2, j: 0, nilai: 1.0 / 5),
        ])
        #expect(atas == penuh)
        #expect(atas == pasangan)
        #expect(atas[1, 0] == 1.0 / 3)
        #expect(atas[2, 1] == 2)
        #expect(atas.baris == [[1, 3, 5], [1.0 / 3, 1, 0.5], [0.2, 2, 1]])
        // A trailing empty row for the last criterion is tolerated.
        #expect(try MatriksPerbandingan(ukuran: 3, atas: [[3, 5], [1.0 / 2], []]) == atas)
    }

    @Test("Zero, negative, NaN and values beyond 9 are refused with the cell named")
    func nilaiTidakSah() {
        let kasus: [(Double, String)] = [
            (0, "Nilai perbandingan tidak boleh nol."),
            (-3, "Nilai perbandingan tidak boleh negatif."),
            (.nan, "Nilai perbandingan harus berupa angka."),
            (.infinity, "Nilai perbandingan harus berupa angka."),
            (10, "Nilai perbandingan harus berada pada skala Saaty, yaitu antara 1/9 dan 9."),
            (0.1, "Nilai perbandingan harus berada pada skala Saaty, yaitu antara 1/9 dan 9."),
        ]
        for (nilai, pesan) in kasus {
            let e = kesalahanPertama { () throws(KesalahanValidasi) in
                _ = try MatriksPerbandingan(ukuran: 4, atas: [[1, nilai, 2], [1, 1], [1]])
            }
            #expect(e == KesalahanIsian(field: "perbandingan[0][2]", pesan: pesan))
        }
        let e = kesalahanPertama { () throws(KesalahanValidasi) in
            _ = try MatriksPerbandingan(baris: [[1, 2, 3], [0.5, 1, 1], [1.0 / 3, -1, 1]])
        }
        #expect(e == KesalahanIsian(field: "perbandingan[2][1]", pesan: "Nilai perbandingan tidak boleh negatif."))
    }

    @Test("Every bad cell is reported at once")
    func semuaKesalahan() {
        do {
            _ = try MatriksPerbandingan(ukuran: 3, atas: [[0, .nan], [12]])
            Issue.record("should throw")
        } catch {
            #expect(error.daftar.map(\.field) == ["perbandingan[0][1]", "perbandingan[0][2]", "perbandingan[1][2]"])
        }
    }

    @Test("Non-square matrices, wrong row counts and sizes out of range are refused")
    func bentukTidakSah() {
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in
                _ = try MatriksPerbandingan(baris: [[1, 2, 3], [0.5, 1], [1.0 / 3, 1, 1]])
            } == KesalahanIsian(
                field: "perbandingan[1]",
                pesan: "Matriks perbandingan harus persegi: baris ke-2 berisi 2 nilai, seharusnya 3."
            )
        )
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in
                _ = try MatriksPerbandingan(ukuran: 4, atas: [[1, 2, 3], [1, 1]])
            } == KesalahanIsian(
                field: "perbandingan",
                pesan: "Jumlah baris perbandingan harus 3 untuk 4 kriteria (saat ini 2)."
            )
        )
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in
                _ = try MatriksPerbandingan(ukuran: 3, atas: [[1, 2, 3], [1]])
            } == KesalahanIsian(
                field: "perbandingan[0]",
                pesan: "Baris perbandingan ke-1 harus berisi 2 nilai (saat ini 3)."
            )
        )
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in _ = try MatriksPerbandingan(baris: []) }?.field
                == "perbandingan"
        )
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in
                _ = try MatriksPerbandingan.setara(ukuran: 16)
            }?.pesan == "Matriks perbandingan paling banyak memuat 15 kriteria (saat ini 16)."
        )
    }

    @Test("A full matrix must have 1 on the diagonal and reciprocal pairs")
    func matriksPenuhTidakResiprokal() {
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in
                _ = try MatriksPerbandingan(baris: [[1, 3], [3, 1]])
            } == KesalahanIsian(
                field: "perbandingan[1][0]",
                pesan: "Nilai perbandingan harus kebalikan dari perbandingan[0][1], yaitu 1/3."
            )
        )
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in
                _ = try MatriksPerbandingan(baris: [[1, 0.25], [2, 1]])
            }?.pesan == "Nilai perbandingan harus kebalikan dari perbandingan[0][1], yaitu 4."
        )
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in
                _ = try MatriksPerbandingan(baris: [[2, 3], [1.0 / 3, 1]])
            } == KesalahanIsian(field: "perbandingan[0][0]", pesan: "Nilai diagonal matriks perbandingan harus 1.")
        )
    }

    @Test("Pairwise input refuses missing, repeated and self comparisons")
    func pasanganTidakSah() {
        do {
            _ = try MatriksPerbandingan(ukuran: 3, pasangan: [
                PerbandinganPasangan(i: 0, j: 1, nilai: 3),
                PerbandinganPasangan(i: 1, j: 0, nilai: 2),
                PerbandinganPasangan(i: 2, j: 2, nilai: 1),
                PerbandinganPasangan(i: 0, j: 3, nilai: 1),
            ])
            Issue.record("should throw")
        } catch {
            #expect(error.daftar == [
                KesalahanIsian(field: "pasangan[1]", pesan: "Perbandingan kriteria 0 dan 1 diisi lebih dari sekali."),
                KesalahanIsian(field: "pasangan[2]", pesan: "Kriteria tidak dapat dibandingkan dengan dirinya sendiri."),
                KesalahanIsian(field: "pasangan[3]", pesan: "Nomor kriteria harus antara 0 dan 2."),
                KesalahanIsian(field: "perbandingan[0][2]", pesan: "Perbandingan ini belum diisi."),
                KesalahanIsian(field: "perbandingan[1][2]", pesan: "Perbandingan ini belum diisi."),
            ])
        }
    }

    @Test("Group aggregation of identical matrices returns the same matrix")
    func gabungIdentik() throws {
        var rng = AcakAHP(seed: 11)
        for _ in 0..<100 {
            let m = try matriksAcak(Int.random(in: 1...10, using: &rng), &rng)
            #expect(try AHP.gabung([m, m, m]) == m)
            #expect(try AHP.gabung([m]) == m)
        }
    }

    @Test("Group aggregation is the element-wise geometric mean and stays reciprocal")
    func gabungRataRataGeometrik() throws {
        var rng = AcakAHP(seed: 12)
        for _ in 0..<100 {
            let n = Int.random(in: 2...9, using: &rng)
            let anggota = try (0..<Int.random(in: 2...7, using: &rng)).map { _ in try matriksAcak(n, &rng) }
            let g = try AHP.gabung(anggota)
            for i in 0..<n {
                #expect(g[i, i] == 1)
                for j in 0..<n where i != j {
                    let log = anggota.reduce(0.0) { $0 + Foundation.log($1[i, j]) } / Double(anggota.count)
                    #expect(abs(g[i, j] - exp(log)) < 1e-12 * max(1, g[i, j]))
                    #expect(abs(g[i, j] * g[j, i] - 1) < 1e-12)
                    #expect(g[i, j] >= 1.0 / 9 && g[i, j] <= 9)
                }
            }
        }
        // Two members, 3 and 1/3: the group is indifferent.
        let a = try MatriksPerbandingan(ukuran: 2, atas: [[3]])
        let b = try MatriksPerbandingan(ukuran: 2, atas: [[1.0 / 3]])
        #expect(abs(try AHP.gabung([a, b])[0, 1] - 1) < 1e-15)
    }

    @Test("Group aggregation refuses an empty list and matrices of different sizes")
    func gabungTidakSah() throws {
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in _ = try AHP.gabung([]) }?.field == "matriks"
        )
        let dua = try MatriksPerbandingan.setara(ukuran: 2)
        let tiga = try MatriksPerbandingan.setara(ukuran: 3)
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in _ = try AHP.gabung([dua, dua, tiga]) }
                == KesalahanIsian(
                    field: "matriks[2]",
                    pesan: "Ukuran matriks perbandingan (3 kriteria) berbeda dari matriks pertama (2 kriteria)."
                )
        )
    }

    @Test("A matrix survives a JSON round trip, and an invalid one cannot be decoded")
    func codable() throws {
        let m = try MatriksPerbandingan(baris: Self.matriksRumah)
        let data = try JSONEncoder().encode(m)
        #expect(try JSONDecoder().decode(MatriksPerbandingan.self, from: data) == m)
        let buruk = Data(#"{"ukuran":2,"baris":[[1,0],[0,1]]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(MatriksPerbandingan.self, from: buruk) }
        let h = AHP.hitung(m)
        #expect(try JSONDecoder().decode(HasilAHP.self, from: JSONEncoder().encode(h)) == h)
    }

    @Test("The default criteria are the seven from the mapping scenario, and the list is validated")
    func kriteriaBawaan() {
        #expect(
            KriteriaBawaan.semua.map(\.kode)
                == ["tujuan", "kapasitas", "komplementer", "kepercayaan", "perencanaan", "ikn", "urgensi"]
        )
        #expect(kesalahanPertama { () throws(KesalahanValidasi) in try Kriteria.periksa(KriteriaBawaan.semua) } == nil)
        let buruk = [
            Kriteria(kode: "tujuan", nama: "Tujuan", keterangan: ""),
            Kriteria(kode: "tujuan", nama: "", keterangan: ""),
            Kriteria(kode: "Peluang IKN", nama: "Peluang IKN", keterangan: ""),
        ]
        do {
            try Kriteria.periksa(buruk)
            Issue.record("should throw")
        } catch {
            #expect(error.daftar.map(\.field) == ["kriteria[1].kode", "kriteria[1].nama", "kriteria[2].kode"])
        }
        #expect(
            kesalahanPertama { () throws(KesalahanValidasi) in try Kriteria.periksa([]) }?.pesan
                == "Daftar kriteria paling sedikit berisi satu kriteria."
        )
    }
}
