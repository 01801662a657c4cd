import Foundation

/// The monev index: 0–100 per cooperation, with its breakdown. The formula is documented in
/// `docs/indeks-monev.md` and tested there number for number (IndeksMonevTests).
///
/// 1. Each party's form:  S_p = 100 · Σ_i w_i · (n_i − 1) / 4  /  Σ_i w_i   over the rubric's rated items.
/// 2. The forms combined:  F = Σ_p W_p · S_p / Σ_p W_p   over the roles with at least one filled form,
///    with W_opd = 0.5, W_tkksd = 0.3, W_mitra = 0.2; a role with several parties (two partners, two
///    implementing units, several TKKSD members) takes the mean of their S.
/// 3. Obligations met:  K = 100 · (selesai + ½ · berjalan) / jumlah   (left out when there are none).
/// 4. The admin's final assessment:  A = 100 · (a − 1) / 4   (left out until the period is closed).
/// 5. Index = (0.6 · F + 0.2 · K + 0.2 · A) / (sum of the weights of the components present),
///    rounded half up to one decimal. Without any component there is no index.
public enum IndeksMonev {
    public static let bobotPihak: [PeranPenilai: Double] = [.opd: 0.5, .tkksd: 0.3, .mitra: 0.2]
    public static let bobotFormulir = 0.6
    public static let bobotKewajiban = 0.2
    public static let bobotAkhir = 0.2

    /// Obligation items of the cooperation by status.
    public struct Kewajiban: Sendable, Codable, Hashable {
        public var selesai: Int
        public var berjalan: Int
        public var belum: Int

        public init(selesai: Int, berjalan: Int, belum: Int) {
            self.selesai = selesai
            self.berjalan = berjalan
            self.belum = belum
        }

        public var jumlah: Int { selesai + berjalan + belum }

        /// K, or nil without obligations.
        public var skor: Double? {
            jumlah == 0 ? nil : 100 * (Double(selesai) + 0.5 * Double(berjalan)) / Double(jumlah)
        }
    }

    /// The breakdown of one index.
    public struct Rincian: Sendable, Codable, Hashable {
        /// S_p of each role with a filled form (the mean over its parties' forms), keyed by role.
        public var skorPihak: [String: Double]
        /// The item averages over the parties (1–5), for the report.
        public var rataButir: [String: Double]
        public var formulir: Double?
        public var kewajiban: Double?
        public var akhir: Double?
        public var indeks: Double?
        public var kategori: String?

        public init(skorPihak: [String: Double], rataButir: [String: Double], formulir: Double?, kewajiban: Double?, akhir: Double?,
                    indeks: Double?, kategori: String?) {
            self.skorPihak = skorPihak
            self.rataButir = rataButir
            self.formulir = formulir
            self.kewajiban = kewajiban
            self.akhir = akhir
            self.indeks = indeks
            self.kategori = kategori
        }
    }

    /// S_p of one form.
    public static func skorFormulir(_ j: JawabanMonev, rubrik: RubrikMonev) -> Double? {
        var atas = 0.0, bawah = 0.0
        for b in rubrik.skala {
            guard let n = j.nilai[b.kode] else { continue }
            atas += b.bobot * Double(n - 1) / 4
            bawah += b.bobot
        }
        return bawah > 0 ? 100 * atas / bawah : nil
    }

    /// One form per role (the single-party case).
    public static func hitung(rubrik: RubrikMonev, jawaban: [PeranPenilai: JawabanMonev], kewajiban: Kewajiban,
                              akhir: PenilaianAkhir?) -> Rincian {
        hitung(rubrik: rubrik, isian: jawaban.mapValues { [$0] }, kewajiban: kewajiban, akhir: akhir)
    }

    /// Any number of forms per role: two partners, two implementing units or several TKKSD members each fill
    /// their own. A role's S_p is the plain mean of its parties' scores (each party counts once), so the role
    /// weights W_p keep their meaning; with one form per role this is exactly the single-party formula.
    public static func hitung(rubrik: RubrikMonev, isian: [PeranPenilai: [JawabanMonev]], kewajiban: Kewajiban,
                              akhir: PenilaianAkhir?) -> Rincian {
        var skor: [String: Double] = [:]
        var atas = 0.0, bawah = 0.0
        for p in PeranPenilai.allCases {
            let s = (isian[p] ?? []).compactMap { skorFormulir($0, rubrik: rubrik) }
            guard !s.isEmpty else { continue }
            let rataPihak = s.reduce(0, +) / Double(s.count)
            skor[p.rawValue] = rataPihak
            atas += bobotPihak[p]! * rataPihak
            bawah += bobotPihak[p]!
        }
        let f = bawah > 0 ? atas / bawah : nil
        var rata: [String: Double] = [:]
        let semua = PeranPenilai.allCases.flatMap { isian[$0] ?? [] }
        for b in rubrik.skala {
            let n = semua.compactMap { $0.nilai[b.kode] }
            if !n.isEmpty { rata[b.kode] = Double(n.reduce(0, +)) / Double(n.count) }
        }
        let k = kewajiban.skor
        let a = akhir.map { 100 * Double($0.nilai - 1) / 4 }
        var t = 0.0, w = 0.0
        if let f { t += bobotFormulir * f; w += bobotFormulir }
        if let k { t += bobotKewajiban * k; w += bobotKewajiban }
        if let a { t += bobotAkhir * a; w += bobotAkhir }
        let indeks = w > 0 ? bulat(t / w) : nil
        return Rincian(skorPihak: skor, rataButir: rata, formulir: f, kewajiban: k, akhir: a, indeks: indeks, kategori: indeks.map(kategori))
    }

    /// Rounds half away from zero to one decimal (72.95 → 73.0), guarding against binary noise.
    public static func bulat(_ x: Double) -> Double {
        let tanda = x < 0 ? -1.0 : 1.0
        return tanda * (abs(x) * 10 + 0.5 + 1e-9).rounded(.down) / 10
    }

    /// 80–100 Sangat baik, 60–<80 Baik, 40–<60 Cukup, <40 Kurang.
    public static func kategori(_ x: Double) -> String {
        switch x {
        case 80...: "Sangat baik"
        case 60..<80: "Baik"
        case 40..<60: "Cukup"
        default: "Kurang"
        }
    }

    // MARK: - Aggregation

    /// One cooperation's index with the keys it is counted under (its OPD, urusan, partners or kind).
    public struct Titik: Sendable, Hashable {
        public var kunci: [String]
        public var indeks: Double

        public init(kunci: [String], indeks: Double) {
            self.kunci = kunci
            self.indeks = indeks
        }
    }

    public struct Agregat: Sendable, Hashable, Codable {
        public var kunci: String
        public var rata: Double
        public var jumlah: Int
    }

    /// The plain mean per key; a cooperation with two OPDs (or urusan, partners) counts under each. Sorted by mean, then key.
    public static func agregat(_ titik: [Titik]) -> [Agregat] {
        var jumlah: [String: (Double, Int)] = [:]
        for t in titik {
            for k in Set(t.kunci) where !k.isEmpty {
                let x = jumlah[k] ?? (0, 0)
                jumlah[k] = (x.0 + t.indeks, x.1 + 1)
            }
        }
        return jumlah.map { Agregat(kunci: $0.key, rata: bulat($0.value.0 / Double($0.value.1)), jumlah: $0.value.1) }
            .sorted { $0.rata != $1.rata ? $0.rata > $1.rata : $0.kunci < $1.kunci }
    }

    /// Trend of one subject across periods in order (oldest first): the change from the previous period that has an index.
    public static func tren(_ nilai: [Double?]) -> Double? {
        let ada = nilai.compactMap { $0 }
        guard ada.count >= 2, let akhir = nilai.last ?? nil else { return nil }
        return bulat(akhir - ada[ada.count - 2])
    }

    /// "Tidak dievaluasi pada periode terakhir": active cooperation without an index in the latest closed period.
    public static func tidakDievaluasi(aktif: Set<UUID>, dinilaiPeriodeTerakhir: Set<UUID>) -> Set<UUID> {
        aktif.subtracting(dinilaiPeriodeTerakhir)
    }
}
