import Foundation

/// One submission's place in the ranking.
public struct HasilPeringkat: Sendable, Codable, Equatable {
    /// 1 for the best.
    public let peringkat: Int
    public let id: String
    /// Weighted total Σ bobot[c] · skor[c], weights normalised to sum 1 (so on the 0…5 score scale).
    public let total: Double
}

/// What happens to the top N when one criterion's weight changes by `perubahan` (e.g. −0.25).
public struct HasilSensitivitas: Sendable, Codable, Equatable {
    /// Index of the criterion whose weight changed (criteria order).
    public let kriteria: Int
    /// Relative change applied to that weight before renormalising, e.g. 0.10 for +10 %.
    public let perubahan: Double
    /// The weights used, renormalised to sum 1.
    public let bobot: [Double]
    /// N of the top N.
    public let topN: Int
    /// The new top N ids, best first.
    public let teratas: [String]
    /// Ids that enter the top N, in their new order.
    public let masuk: [String]
    /// Ids that leave the top N, in their old order.
    public let keluar: [String]
    /// The top N holds the same submissions as with the original weights.
    public let stabil: Bool
    /// The top N holds the same submissions in the same order.
    public let urutanTetap: Bool

    /// One sentence in Bahasa Indonesia for the report, e.g. "Jika bobot Urgensi naik 25 %, usulan
    /// A dan B masuk 10 besar, sedangkan C dan D keluar."
    public func uraian(namaKriteria: [String], namaUsulan: (String) -> String = { $0 }) -> String {
        let nama = kriteria < namaKriteria.count ? namaKriteria[kriteria] : "kriteria \(kriteria + 1)"
        let arah = perubahan >= 0 ? "naik" : "turun"
        let persen = persenTeks(abs(perubahan) * 100)
        let awal = "Jika bobot \(nama) \(arah) \(persen) %"
        if urutanTetap {
            return "\(awal), \(topN) besar tidak berubah."
        }
        if stabil {
            return "\(awal), anggota \(topN) besar tetap sama, tetapi urutannya berubah."
        }
        return "\(awal), usulan \(daftarTeks(masuk.map(namaUsulan))) masuk \(topN) besar, "
            + "sedangkan \(daftarTeks(keluar.map(namaUsulan))) keluar."
    }
}

/// "A", "A dan B", "A, B, dan C".
private func daftarTeks(_ s: [String]) -> String {
    switch s.count {
    case 0: return ""
    case 1: return s[0]
    case 2: return "\(s[0]) dan \(s[1])"
    default: return s.dropLast().joined(separator: ", ") + ", dan " + s[s.count - 1]
    }
}

/// "10", "2,5" — up to two decimals, decimal comma, locale independent.
private func persenTeks(_ x: Double) -> String {
    var s = String(format: "%.2f", x)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s.replacingOccurrences(of: ".", with: ",")
}

/// Weighted-sum ranking of submissions and the weight sensitivity check of the top N.
///
/// Order is by total descending, then id ascending, so the result does not depend on the order of
/// the input. Totals are computed per item in criteria order, identically in `peringkat`, `teratas`
/// and `sensitivitas`, so the three always agree.
public enum Pemeringkatan {
    /// The default changes tried by the sensitivity check: −25 %, −10 %, +10 %, +25 %.
    public static let perubahanBawaan: [Double] = [-0.25, -0.10, 0.10, 0.25]

    /// The full ranking. `bobot` is normalised to sum 1 first.
    public static func peringkat(items: [ItemSkor], bobot: [Double]) throws(KesalahanValidasi) -> [HasilPeringkat] {
        let tabel = try Tabel(items: items, bobot: bobot)
        var total = [Double](repeating: 0, count: tabel.n)
        tabel.hitungTotal(bobot: tabel.bobot, ke: &total)
        let urutan = total.withUnsafeBufferPointer { t in
            tabel.urutanId.withUnsafeBufferPointer { r in
                (0..<tabel.n).sorted { a, b in t[a] > t[b] || (t[a] == t[b] && r[a] < r[b]) }
            }
        }
        return urutan.enumerated().map { p, i in HasilPeringkat(peringkat: p + 1, id: tabel.ids[i], total: total[i]) }
    }

    /// The best `topN` only (partial selection, no full sort).
    public static func teratas(items: [ItemSkor], bobot: [Double], topN: Int) throws(KesalahanValidasi) -> [HasilPeringkat] {
        try periksaTopN(topN)
        let tabel = try Tabel(items: items, bobot: bobot)
        var total = [Double](repeating: 0, count: tabel.n)
        let pilihan = tabel.pilihTeratas(bobot: tabel.bobot, topN: topN, total: &total)
        return pilihan.enumerated().map { p, i in HasilPeringkat(peringkat: p + 1, id: tabel.ids[i], total: total[i]) }
    }

    /// For each criterion and each change Δ in `perubahan`: multiply that weight by (1 + Δ),
    /// renormalise all weights to sum 1, re-rank, and report which ids enter and leave the top N.
    /// Results are ordered by criterion, then by the order of `perubahan`.
    public static func sensitivitas(
        items: [ItemSkor], bobot: [Double], topN: Int, perubahan: [Double] = perubahanBawaan
    ) throws(KesalahanValidasi) -> [HasilSensitivitas] {
        var pemeriksa = Pemeriksa()
        if topN < 1 { pemeriksa.tambah("topN", "Jumlah usulan teratas (N) paling sedikit 1.") }
        for (k, d) in perubahan.enumerated() where !(d.isFinite && d > -1) {
            pemeriksa.tambah("perubahan[\(k)]", "Perubahan bobot harus berupa angka lebih besar dari −100 %.")
        }
        try pemeriksa.selesai()

        let tabel = try Tabel(items: items, bobot: bobot)
        var total = [Double](repeating: 0, count: tabel.n)
        let dasar = tabel.pilihTeratas(bobot: tabel.bobot, topN: topN, total: &total)
        var diDasar = [Bool](repeating: false, count: tabel.n)
        for i in dasar { diDasar[i] = true }
        var diBaru = [Bool](repeating: false, count: tabel.n)

        var hasil: [HasilSensitivitas] = []
        hasil.reserveCapacity(tabel.k * perubahan.count)
        var w = tabel.bobot
        for c in 0..<tabel.k {
            for d in perubahan {
                for x in 0..<tabel.k { w[x] = tabel.bobot[x] }
                w[c] *= 1 + d
                let s = w.reduce(0, +)
                for x in 0..<tabel.k { w[x] /= s }

                let baru = tabel.pilihTeratas(bobot: w, topN: topN, total: &total)
                for i in baru { diBaru[i] = true }
                let masuk = baru.filter { !diDasar[$0] }
                let keluar = dasar.filter { !diBaru[$0] }
                for i in baru { diBaru[i] = false }

                hasil.append(
                    HasilSensitivitas(
                        kriteria: c,
                        perubahan: d,
                        bobot: w,
                        topN: topN,
                        teratas: baru.map { tabel.ids[$0] },
                        masuk: masuk.map { tabel.ids[$0] },
                        keluar: keluar.map { tabel.ids[$0] },
                        stabil: masuk.isEmpty,
                        urutanTetap: baru == dasar
                    )
                )
            }
        }
        return hasil
    }

    private static func periksaTopN(_ topN: Int) throws(KesalahanValidasi) {
        if topN < 1 { throw KesalahanValidasi(field: "topN", pesan: "Jumlah usulan teratas (N) paling sedikit 1.") }
    }

    /// Items as flat storage: scores row-major n × k, and each id's position in ascending id order
    /// (the tie-break), so the hot loops touch only numbers.
    private struct Tabel {
        let n: Int
        let k: Int
        let ids: [String]
        let skor: [Double]
        let urutanId: [Int]
        /// Normalised to sum 1.
        let bobot: [Double]

        init(items: [ItemSkor], bobot masukan: [Double]) throws(KesalahanValidasi) {
            var pemeriksa = Pemeriksa()
            let k = masukan.count
            if masukan.isEmpty {
                pemeriksa.tambah("bobot", "Bobot kriteria wajib diisi.")
            }
            var jumlahBobot = 0.0
            for (c, w) in masukan.enumerated() {
                if !(w.isFinite && w >= 0) {
                    pemeriksa.tambah("bobot[\(c)]", "Bobot harus berupa angka yang tidak negatif.")
                } else {
                    jumlahBobot += w
                }
            }
            if !masukan.isEmpty, pemeriksa.kesalahan.isEmpty, !(jumlahBobot > 0) {
                pemeriksa.tambah("bobot", "Jumlah bobot harus lebih besar dari nol.")
            }

            let n = items.count
            var skor = [Double](repeating: 0, count: n * k)
            var ids = [String]()
            ids.reserveCapacity(n)
            var salahItem = 0
            for (i, item) in items.enumerated() {
                ids.append(item.id)
                guard salahItem < 10 else { continue }
                if item.skor.count != k {
                    salahItem += 1
                    pemeriksa.tambah(
                        "items[\(i)].skor",
                        "Jumlah skor (\(item.skor.count)) harus sama dengan jumlah bobot kriteria (\(k))."
                    )
                    continue
                }
                for (c, v) in item.skor.enumerated() {
                    if !(v.isFinite && v >= 0) {
                        salahItem += 1
                        pemeriksa.tambah("items[\(i)].skor[\(c)]", "Skor harus berupa angka yang tidak negatif.")
                    } else {
                        skor[i * k + c] = v
                    }
                }
            }

            // Tie-break order: position of each id in ascending order; equal neighbours are duplicates.
            let menurutId = (0..<n).sorted { ids[$0] < ids[$1] }
            var urutanId = [Int](repeating: 0, count: n)
            var duplikat = 0
            for (p, i) in menurutId.enumerated() {
                urutanId[i] = p
                if p > 0, ids[menurutId[p - 1]] == ids[i], duplikat < 10 {
                    duplikat += 1
                    pemeriksa.tambah("items[\(i)].id", "Usulan \"\(ids[i])\" tercantum lebih dari sekali.")
                }
            }
            try pemeriksa.selesai()

            self.n = n
            self.k = k
            self.ids = ids
            self.skor = skor
            self.urutanId = urutanId
            // Weights that already sum to 1 (as AHP and `sensitivitas` produce them) are used as given,
            // so re-ranking with a scenario's reported weights reproduces it bit for bit.
            self.bobot = abs(jumlahBobot - 1) <= 1e-12 ? masukan : masukan.map { $0 / jumlahBobot }
        }

        /// total[i] = Σ_c bobot[c] · skor[i][c], summed in criteria order.
        func hitungTotal(bobot: [Double], ke total: inout [Double]) {
            let k = self.k
            skor.withUnsafeBufferPointer { s in
                bobot.withUnsafeBufferPointer { w in
                    total.withUnsafeMutableBufferPointer { t in
                        for i in 0..<n {
                            let baris = i * k
                            var jumlah = 0.0
                            for c in 0..<k { jumlah += w[c] * s[baris + c] }
                            t[i] = jumlah
                        }
                    }
                }
            }
        }

        /// The best `topN` indexes, best first, by a bounded heap whose root is the worst kept item.
        /// Also fills `total` for every item.
        func pilihTeratas(bobot: [Double], topN: Int, total: inout [Double]) -> [Int] {
            hitungTotal(bobot: bobot, ke: &total)
            let m = min(topN, n)
            guard m > 0 else { return [] }
            var heap = [Int](repeating: 0, count: m)
            total.withUnsafeBufferPointer { t in
                urutanId.withUnsafeBufferPointer { r in
                    heap.withUnsafeMutableBufferPointer { h in
                        @inline(__always) func lebihBaik(_ a: Int, _ b: Int) -> Bool {
                            t[a] > t[b] || (t[a] == t[b] && r[a] < r[b])
                        }
                        // Sift down: parents are worse than their children.
                        @inline(__always) func turun(_ awal: Int) {
                            var p = awal
                            while true {
                                let kiri = 2 * p + 1
                                if kiri >= m { break }
                                var terburuk = kiri
                                let kanan = kiri + 1
                                if kanan < m, lebihBaik(h[kiri], h[kanan]) { terburuk = kanan }
                                if lebihBaik(h[terburuk], h[p]) { break }
                                h.swapAt(p, terburuk)
                                p = terburuk
                            }
                        }
                        for i in 0..<m { h[i] = i }
                        for p in stride(from: m / 2 - 1, through: 0, by: -1) { turun(p) }
                        var i = m
                        while i < n {
                            if lebihBaik(i, h[0]) {
                                h[0] = i
                                turun(0)
                            }
                            i += 1
                        }
                    }
                }
            }
            return total.withUnsafeBufferPointer { t in
                urutanId.withUnsafeBufferPointer { r in
                    heap.sorted { a, b in t[a] > t[b] || (t[a] == t[b] && r[a] < r[b]) }
                }
            }
        }
    }
}
