import Foundation

// MARK: - Pairwise comparison matrix

/// One pairwise judgment: criterion `i` compared with criterion `j` (0-based, in criteria order).
/// `nilai` > 1 means `i` is more important than `j`, `1/nilai` the reverse (Saaty's 1/9…9 scale).
public struct PerbandinganPasangan: Sendable, Hashable, Codable {
    public var i: Int
    public var j: Int
    public var nilai: Double

    public init(i: Int, j: Int, nilai: Double) {
        self.i = i
        self.j = j
        self.nilai = nilai
    }
}

/// A validated n×n positive reciprocal matrix of pairwise comparisons (AHP).
///
/// Invariants: diagonal 1, every cell on Saaty's scale 1/9…9, and `a[j][i] == 1 / a[i][j]` exactly
/// (the lower triangle is always derived from the upper one). Fields in error messages name the cell
/// with 0-based matrix indices, e.g. `perbandingan[2][5]`.
public struct MatriksPerbandingan: Sendable, Equatable {
    /// Number of criteria compared (n).
    public let ukuran: Int
    /// Row-major n×n cells.
    public let elemen: [Double]

    /// Smallest and largest values of Saaty's fundamental scale.
    public static let nilaiMinimum = 1.0 / 9.0
    public static let nilaiMaksimum = 9.0
    /// Largest matrix accepted (Saaty's random index is tabulated up to 15).
    public static let ukuranMaksimum = 15
    /// Relative slack on the scale bounds, so that 1/9 typed as 0.111 is still accepted (and clamped).
    static let toleransiSkala = 1e-3
    /// Relative slack when a full matrix is given: `a[i][j] * a[j][i]` must be within 1 % of 1.
    static let toleransiResiprokal = 1e-2

    public subscript(i: Int, j: Int) -> Double { elemen[i * ukuran + j] }

    /// The matrix as rows, e.g. for display or JSON.
    public var baris: [[Double]] {
        (0..<ukuran).map { i in Array(elemen[(i * ukuran)..<((i + 1) * ukuran)]) }
    }

    /// Builds the matrix from the upper-triangle judgments: `atas[i]` holds a[i][i+1] … a[i][n-1]
    /// (n − 1 − i values). `atas` has n − 1 rows; an extra empty last row is tolerated.
    public init(ukuran n: Int, atas: [[Double]]) throws(KesalahanValidasi) {
        try Self.periksaUkuran(n)
        var pemeriksa = Pemeriksa()
        var barisAtas = atas
        if barisAtas.count == n, barisAtas.last?.isEmpty == true { barisAtas.removeLast() }
        guard barisAtas.count == max(n - 1, 0) else {
            throw KesalahanValidasi(
                field: "perbandingan",
                pesan: "Jumlah baris perbandingan harus \(max(n - 1, 0)) untuk \(n) kriteria (saat ini \(atas.count))."
            )
        }
        var segitiga = [Double](repeating: 1, count: n * n)
        for (i, baris) in barisAtas.enumerated() {
            let seharusnya = n - 1 - i
            guard baris.count == seharusnya else {
                pemeriksa.tambah(
                    "perbandingan[\(i)]",
                    "Baris perbandingan ke-\(i + 1) harus berisi \(seharusnya) nilai (saat ini \(baris.count))."
                )
                continue
            }
            for (k, nilai) in baris.enumerated() {
                let j = i + 1 + k
                if let v = Self.periksaSel(nilai, field: "perbandingan[\(i)][\(j)]", ke: &pemeriksa) {
                    segitiga[i * n + j] = v
                }
            }
        }
        try pemeriksa.selesai()
        self.init(ukuran: n, segitigaAtas: segitiga)
    }

    /// Builds the matrix from a full n×n array. Every row must have n cells, the diagonal must be 1 and
    /// each pair must be reciprocal (within 1 %); the value ≥ 1 of each pair is kept and its
    /// reciprocal derived, so 3 and 0.333 become exactly 3 and 1/3.
    public init(baris: [[Double]]) throws(KesalahanValidasi) {
        let n = baris.count
        try Self.periksaUkuran(n)
        var pemeriksa = Pemeriksa()
        for (i, b) in baris.enumerated() where b.count != n {
            pemeriksa.tambah(
                "perbandingan[\(i)]",
                "Matriks perbandingan harus persegi: baris ke-\(i + 1) berisi \(b.count) nilai, seharusnya \(n)."
            )
        }
        try pemeriksa.selesai()

        var sah = [Double](repeating: .nan, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                let field = "perbandingan[\(i)][\(j)]"
                if i == j {
                    let d = baris[i][i]
                    if !(d.isFinite && abs(d - 1) <= 1e-9) {
                        pemeriksa.tambah(field, "Nilai diagonal matriks perbandingan harus 1.")
                    }
                } else if let v = Self.periksaSel(baris[i][j], field: field, ke: &pemeriksa) {
                    sah[i * n + j] = v
                }
            }
        }
        var segitiga = [Double](repeating: 1, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let a = sah[i * n + j], b = sah[j * n + i]
                guard !a.isNaN, !b.isNaN else { continue }
                if abs(a * b - 1) > Self.toleransiResiprokal {
                    let kebalikan = a >= 1 ? "1/\(formatAngka(a, desimalMaks: 3))" : formatAngka(1 / a, desimalMaks: 3)
                    pemeriksa.tambah(
                        "perbandingan[\(j)][\(i)]",
                        "Nilai perbandingan harus kebalikan dari perbandingan[\(i)][\(j)], yaitu \(kebalikan)."
                    )
                    continue
                }
                segitiga[i * n + j] = a >= 1 ? a : 1 / b
            }
        }
        try pemeriksa.selesai()
        self.init(ukuran: n, segitigaAtas: segitiga)
    }

    /// Builds the matrix from one judgment per pair. Every pair i ≠ j must be given exactly once (as
    /// (i, j) or (j, i)); a pair given as (j, i) with value v is stored as a[i][j] = 1/v. Errors about
    /// a pair name `pasangan[k]`, errors about its value name the cell `perbandingan[i][j]`.
    public init(ukuran n: Int, pasangan: [PerbandinganPasangan]) throws(KesalahanValidasi) {
        try Self.periksaUkuran(n)
        var pemeriksa = Pemeriksa()
        var segitiga = [Double](repeating: 1, count: n * n)
        var terisi = [Bool](repeating: false, count: n * n)
        for (k, p) in pasangan.enumerated() {
            guard (0..<n).contains(p.i), (0..<n).contains(p.j) else {
                pemeriksa.tambah("pasangan[\(k)]", "Nomor kriteria harus antara 0 dan \(n - 1).")
                continue
            }
            guard p.i != p.j else {
                pemeriksa.tambah("pasangan[\(k)]", "Kriteria tidak dapat dibandingkan dengan dirinya sendiri.")
                continue
            }
            let (i, j) = (min(p.i, p.j), max(p.i, p.j))
            guard !terisi[i * n + j] else {
                pemeriksa.tambah("pasangan[\(k)]", "Perbandingan kriteria \(i) dan \(j) diisi lebih dari sekali.")
                continue
            }
            terisi[i * n + j] = true
            if let v = Self.periksaSel(p.nilai, field: "perbandingan[\(p.i)][\(p.j)]", ke: &pemeriksa) {
                segitiga[i * n + j] = p.i < p.j ? v : 1 / v
            }
        }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) where !terisi[i * n + j] {
                pemeriksa.tambah("perbandingan[\(i)][\(j)]", "Perbandingan ini belum diisi.")
            }
        }
        try pemeriksa.selesai()
        self.init(ukuran: n, segitigaAtas: segitiga)
    }

    /// The all-ones matrix (every criterion equally important): the starting point of a new form.
    public static func setara(ukuran n: Int) throws(KesalahanValidasi) -> MatriksPerbandingan {
        try periksaUkuran(n)
        return MatriksPerbandingan(ukuran: n, segitigaAtas: [Double](repeating: 1, count: n * n))
    }

    /// Trusted builder: takes the upper triangle of `segitigaAtas` (already validated and on scale)
    /// and derives diagonal and lower triangle.
    init(ukuran n: Int, segitigaAtas: [Double]) {
        var e = [Double](repeating: 1, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let v = segitigaAtas[i * n + j]
                e[i * n + j] = v
                e[j * n + i] = 1 / v
            }
        }
        self.ukuran = n
        self.elemen = e
    }

    static func periksaUkuran(_ n: Int) throws(KesalahanValidasi) {
        guard n >= 1 else {
            throw KesalahanValidasi(field: "perbandingan", pesan: "Matriks perbandingan paling sedikit berukuran 1 × 1.")
        }
        guard n <= ukuranMaksimum else {
            throw KesalahanValidasi(
                field: "perbandingan",
                pesan: "Matriks perbandingan paling banyak memuat \(ukuranMaksimum) kriteria (saat ini \(n))."
            )
        }
    }

    /// Checks one off-diagonal cell; returns the value clamped to the scale, or nil after recording
    /// the problem.
    static func periksaSel(_ x: Double, field: String, ke pemeriksa: inout Pemeriksa) -> Double? {
        if x.isNaN || x.isInfinite {
            pemeriksa.tambah(field, "Nilai perbandingan harus berupa angka.")
            return nil
        }
        if x == 0 {
            pemeriksa.tambah(field, "Nilai perbandingan tidak boleh nol.")
            return nil
        }
        if x < 0 {
            pemeriksa.tambah(field, "Nilai perbandingan tidak boleh negatif.")
            return nil
        }
        if x < nilaiMinimum * (1 - toleransiSkala) || x > nilaiMaksimum * (1 + toleransiSkala) {
            pemeriksa.tambah(field, "Nilai perbandingan harus berada pada skala Saaty, yaitu antara 1/9 dan 9.")
            return nil
        }
        return Swift.min(Swift.max(x, nilaiMinimum), nilaiMaksimum)
    }
}

extension MatriksPerbandingan: Codable {
    private enum CodingKeys: String, CodingKey { case ukuran, baris }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ukuran, forKey: .ukuran)
        try c.encode(baris, forKey: .baris)
    }

    /// Decoding validates like `init(baris:)`; an invalid matrix fails with `DecodingError.dataCorrupted`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let baris = try c.decode([[Double]].self, forKey: .baris)
        do {
            try self.init(baris: baris)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: c.codingPath + [CodingKeys.baris], debugDescription: error.description)
            )
        }
        if let n = try c.decodeIfPresent(Int.self, forKey: .ukuran), n != ukuran {
            throw DecodingError.dataCorruptedError(
                forKey: .ukuran, in: c, debugDescription: "ukuran \(n) tidak sesuai dengan jumlah baris \(ukuran)"
            )
        }
    }
}

// MARK: - Result

/// A judgment that disagrees most with the derived weights. Oriented so that `nilaiDiisi` ≥ 1
/// ("`i` is `nilaiDiisi` times as important as `j`").
public struct PasanganTakKonsisten: Sendable, Codable, Equatable {
    public let i: Int
    public let j: Int
    /// The judgment given, a[i][j].
    public let nilaiDiisi: Double
    /// The value consistent with the weights, w[i] / w[j].
    public let nilaiKonsisten: Double
    /// |ln(a[i][j] · w[j] / w[i])|: 0 for a judgment that agrees with the weights.
    public let deviasi: Double
}

/// Priorities and consistency of one pairwise comparison matrix.
public struct HasilAHP: Sendable, Codable, Equatable {
    /// Principal right eigenvector, normalised to sum 1, in criteria order.
    public let bobot: [Double]
    /// Principal eigenvalue λmax (≥ n).
    public let lambdaMaks: Double
    /// Consistency index (λmax − n) / (n − 1).
    public let ci: Double
    /// Saaty's random index for this n.
    public let ri: Double
    /// Consistency ratio CI / RI; 0 for n ≤ 2.
    public let cr: Double
    /// `cr` ≤ 0.10, Saaty's threshold.
    public let konsisten: Bool
    /// Up to three judgments with the largest deviation from the weights, worst first (empty when the
    /// matrix is consistent).
    public let pasanganTakKonsisten: [PasanganTakKonsisten]
    /// Power-iteration steps taken.
    public let iterasi: Int

    /// The warning shown when CR exceeds 0.10, naming criteria as "Kriteria 1", "Kriteria 2", …
    public var peringatan: String? {
        peringatan(nama: bobot.indices.map { "Kriteria \($0 + 1)" })
    }

    /// The warning shown when CR exceeds 0.10, naming criteria by `nama` (criteria order), e.g.
    /// "Rasio konsistensi 0,14 melebihi 0,10. Perbandingan yang paling tidak konsisten: Kapasitas
    /// daerah – Urgensi (diisi 7, konsisten ≈ 2,1); … Mohon tinjau kembali perbandingan tersebut."
    /// Nil when the matrix is acceptably consistent.
    public func peringatan(nama: [String]) -> String? {
        guard !konsisten else { return nil }
        func label(_ k: Int) -> String { k < nama.count ? nama[k] : "Kriteria \(k + 1)" }
        var teks = "Rasio konsistensi \(formatRasio(cr)) melebihi \(formatAngka(AHP.batasRasioKonsistensi, desimal: 2))."
        if !pasanganTakKonsisten.isEmpty {
            let daftar = pasanganTakKonsisten.map { p in
                let konsisten = formatAngka(p.nilaiKonsisten, desimal: p.nilaiKonsisten >= 1 ? 1 : 2)
                return "\(label(p.i)) – \(label(p.j)) (diisi \(formatAngka(p.nilaiDiisi, desimalMaks: 2)), konsisten ≈ \(konsisten))"
            }
            teks += " Perbandingan yang paling tidak konsisten: " + daftar.joined(separator: "; ") + "."
        }
        teks += " Mohon tinjau kembali perbandingan tersebut."
        return teks
    }
}

/// The CR with enough decimals that a value just above 0.10 does not print as "0,10".
private func formatRasio(_ cr: Double) -> String {
    for d in 2...6 {
        let skala = pow(10.0, Double(d))
        if (cr * skala).rounded() / skala > AHP.batasRasioKonsistensi || d == 6 {
            return formatAngka(cr, desimal: d)
        }
    }
    return formatAngka(cr, desimal: 2)
}

/// Fixed decimals with a decimal comma, independent of the process locale.
fileprivate func formatAngka(_ x: Double, desimal: Int) -> String {
    var s = String(format: "%.\(desimal)f", x)
    if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { s.removeFirst() }
    return s.replacingOccurrences(of: ".", with: ",")
}

/// Up to `desimalMaks` decimals, trailing zeros removed ("7", "2,5", "3,17"), decimal comma.
fileprivate func formatAngka(_ x: Double, desimalMaks: Int) -> String {
    var s = formatAngka(x, desimal: desimalMaks)
    if s.contains(",") {
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(",") { s.removeLast() }
    }
    return s
}

// MARK: - Computation

/// Analytic Hierarchy Process: weights from a pairwise comparison matrix by the principal
/// eigenvector (Saaty), the consistency ratio, and group aggregation of members' matrices.
public enum AHP {
    /// Saaty's threshold for an acceptable consistency ratio.
    public static let batasRasioKonsistensi = 0.10
    /// Stopping tolerance of the power iteration (max-norm change of the normalised vector).
    public static let toleransi = 1e-12
    static let iterasiMaksimum = 10_000

    /// Saaty's random consistency index RI for n = 1…15 (index n − 1), as tabulated in T. L. Saaty,
    /// *The Analytic Hierarchy Process*, McGraw-Hill, 1980 (the table most software uses).
    public static let indeksAcak: [Double] = [
        0.00, 0.00, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
    ]

    /// Weights (principal eigenvector by power iteration to 1e-12, normalised to sum 1), λmax, CI,
    /// CR and the most inconsistent judgments.
    public static func hitung(_ m: MatriksPerbandingan) -> HasilAHP {
        let n = m.ukuran
        let a = m.elemen

        // Start from the normalised row geometric means: exact for a consistent matrix, and close to
        // the eigenvector otherwise, so few iterations are needed.
        var w = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var s = 0.0
            for j in 0..<n { s += log(a[i * n + j]) }
            w[i] = exp(s / Double(n))
        }
        normalkan(&w)

        var y = [Double](repeating: 0, count: n)
        var iterasi = 0
        while iterasi < iterasiMaksimum {
            iterasi += 1
            kali(a, n, w, ke: &y)
            normalkan(&y)
            var beda = 0.0
            for i in 0..<n { beda = max(beda, abs(y[i] - w[i])) }
            swap(&w, &y)
            if beda < toleransi { break }
        }

        // With sum(w) = 1, λmax = sum(A w).
        kali(a, n, w, ke: &y)
        let lambda = y.reduce(0, +)
        let ci = n > 1 ? max(0, (lambda - Double(n)) / Double(n - 1)) : 0
        let ri = indeksAcak[n - 1]
        let cr = n <= 2 || ri == 0 ? 0 : ci / ri

        var pasangan: [PasanganTakKonsisten] = []
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let aij = a[i * n + j]
                let dev = abs(log(aij * w[j] / w[i]))
                guard dev > 1e-9 else { continue }
                if aij >= 1 {
                    pasangan.append(.init(i: i, j: j, nilaiDiisi: aij, nilaiKonsisten: w[i] / w[j], deviasi: dev))
                } else {
                    pasangan.append(.init(i: j, j: i, nilaiDiisi: a[j * n + i], nilaiKonsisten: w[j] / w[i], deviasi: dev))
                }
            }
        }
        pasangan.sort { p, q in
            if p.deviasi != q.deviasi { return p.deviasi > q.deviasi }
            let (pi, pj, qi, qj) = (min(p.i, p.j), max(p.i, p.j), min(q.i, q.j), max(q.i, q.j))
            return (pi, pj) < (qi, qj)
        }

        return HasilAHP(
            bobot: w,
            lambdaMaks: lambda,
            ci: ci,
            ri: ri,
            cr: cr,
            konsisten: cr <= batasRasioKonsistensi,
            pasanganTakKonsisten: Array(pasangan.prefix(3)),
            iterasi: iterasi
        )
    }

    /// Group judgment: the element-wise geometric mean of the members' matrices (Aczél & Saaty 1983),
    /// which keeps the result reciprocal and on scale. A cell on which all members agree keeps that
    /// exact value.
    public static func gabung(_ matriks: [MatriksPerbandingan]) throws(KesalahanValidasi) -> MatriksPerbandingan {
        guard let pertama = matriks.first else {
            throw KesalahanValidasi(field: "matriks", pesan: "Belum ada perbandingan berpasangan dari anggota untuk digabungkan.")
        }
        let n = pertama.ukuran
        var pemeriksa = Pemeriksa()
        for (k, m) in matriks.enumerated() where m.ukuran != n {
            pemeriksa.tambah(
                "matriks[\(k)]",
                "Ukuran matriks perbandingan (\(m.ukuran) kriteria) berbeda dari matriks pertama (\(n) kriteria)."
            )
        }
        try pemeriksa.selesai()

        let jumlah = Double(matriks.count)
        var segitiga = [Double](repeating: 1, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let idx = i * n + j
                let v0 = pertama.elemen[idx]
                var sama = true
                var s = 0.0
                for m in matriks {
                    let v = m.elemen[idx]
                    if v != v0 { sama = false }
                    s += log(v)
                }
                let g = sama ? v0 : exp(s / jumlah)
                segitiga[idx] = min(max(g, MatriksPerbandingan.nilaiMinimum), MatriksPerbandingan.nilaiMaksimum)
            }
        }
        return MatriksPerbandingan(ukuran: n, segitigaAtas: segitiga)
    }

    private static func kali(_ a: [Double], _ n: Int, _ x: [Double], ke y: inout [Double]) {
        for i in 0..<n {
            var s = 0.0
            for j in 0..<n { s += a[i * n + j] * x[j] }
            y[i] = s
        }
    }

    private static func normalkan(_ v: inout [Double]) {
        let s = v.reduce(0, +)
        for i in v.indices { v[i] /= s }
    }
}
