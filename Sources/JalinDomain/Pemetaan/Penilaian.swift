import Foundation

/// One TKKSD member's scores for one submission (usulan), given on their own, with the rationale.
///
/// `nilai` maps a criterion code to a score from 1 (very low) to 5 (very high). A member may leave a
/// criterion unscored. The rationale is stored and shown next to the group result.
public struct NilaiAnggota: Sendable, Equatable {
    /// The member who scored (user id or name), trimmed.
    public let anggota: String
    /// The id of the submission scored, trimmed.
    public let usulan: String
    /// Criterion code → score 1…5.
    public let nilai: [String: Double]
    /// The member's rationale (may be empty).
    public let alasan: String

    public static let nilaiMinimum = 1.0
    public static let nilaiMaksimum = 5.0
    static let panjangIdMaksimum = 200
    static let panjangAlasanMaksimum = 4000

    /// Validates and builds the scores. Errors name `anggota`, `usulan`, `alasan`, `nilai` or the
    /// criterion, e.g. `nilai.urgensi` with "Nilai harus antara 1 dan 5.".
    public init(anggota: String, usulan: String, nilai: [String: Double], alasan: String = "") throws(KesalahanValidasi) {
        var pemeriksa = Pemeriksa()
        let a = Teks.bersihkan(
            anggota, field: "anggota", label: "Anggota penilai", wajib: true, maks: Self.panjangIdMaksimum, ke: &pemeriksa
        )
        let u = Teks.bersihkan(
            usulan, field: "usulan", label: "Usulan yang dinilai", wajib: true, maks: Self.panjangIdMaksimum, ke: &pemeriksa
        )
        let r = Teks.bersihkan(
            alasan, field: "alasan", label: "Alasan penilaian", wajib: false, maks: Self.panjangAlasanMaksimum,
            banyakBaris: true, ke: &pemeriksa
        )
        if nilai.isEmpty {
            pemeriksa.tambah("nilai", "Paling sedikit satu kriteria harus dinilai.")
        }
        // Written so that NaN fails too; codes are sorted only when reporting, for a stable order.
        let diLuarRentang = { (v: Double) in !(v >= Self.nilaiMinimum && v <= Self.nilaiMaksimum) }
        if nilai.values.contains(where: diLuarRentang) {
            for (kode, v) in nilai.sorted(by: { $0.key < $1.key }) where diLuarRentang(v) {
                pemeriksa.tambah("nilai.\(kode)", "Nilai harus antara 1 dan 5.")
            }
        }
        try pemeriksa.selesai()
        self.anggota = a ?? ""
        self.usulan = u ?? ""
        self.nilai = nilai
        self.alasan = r ?? ""
    }

    /// Checks the scores against the round's criteria: every code must be one of them.
    public func periksa(kriteria: [Kriteria]) throws(KesalahanValidasi) {
        let dikenal = Set(kriteria.map(\.kode))
        var pemeriksa = Pemeriksa()
        for kode in nilai.keys.sorted() where !dikenal.contains(kode) {
            pemeriksa.tambah("nilai.\(kode)", "Kriteria \"\(kode)\" tidak dikenal dalam putaran pemetaan ini.")
        }
        try pemeriksa.selesai()
    }
}

extension NilaiAnggota: Codable {
    private enum CodingKeys: String, CodingKey { case anggota, usulan, nilai, alasan }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(anggota, forKey: .anggota)
        try c.encode(usulan, forKey: .usulan)
        try c.encode(nilai, forKey: .nilai)
        try c.encode(alasan, forKey: .alasan)
    }

    /// Decoding validates like `init(anggota:usulan:nilai:alasan:)`; invalid input fails with
    /// `DecodingError.dataCorrupted` carrying the Bahasa messages.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let anggota = try c.decode(String.self, forKey: .anggota)
        let usulan = try c.decode(String.self, forKey: .usulan)
        let nilai = try c.decode([String: Double].self, forKey: .nilai)
        let alasan = try c.decodeIfPresent(String.self, forKey: .alasan) ?? ""
        do {
            try self.init(anggota: anggota, usulan: usulan, nilai: nilai, alasan: alasan)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: c.codingPath, debugDescription: error.description)
            )
        }
    }
}

/// The group score of one submission: per criterion (in criteria order), the geometric mean of the
/// scores of the members who scored it.
public struct ItemSkor: Sendable, Codable, Equatable {
    /// The submission id.
    public var id: String
    /// Group score per criterion, 1…5; 0 where no member scored that criterion (so an unscored
    /// criterion contributes nothing to the total).
    public var skor: [Double]
    /// How many members scored each criterion (empty when not known, e.g. for hand-built items).
    public var jumlahPenilai: [Int]

    public init(id: String, skor: [Double], jumlahPenilai: [Int] = []) {
        self.id = id
        self.skor = skor
        self.jumlahPenilai = jumlahPenilai
    }

    /// Indexes of the criteria no member scored.
    public var kriteriaTanpaNilai: [Int] {
        jumlahPenilai.indices.filter { jumlahPenilai[$0] == 0 }
    }
}

/// Aggregation of the members' individual scores into the group result.
public enum PenilaianKelompok {
    /// One `ItemSkor` per submission that has at least one member score, sorted by id.
    ///
    /// - Per criterion the group score is the geometric mean over the members who scored it
    ///   (0 when nobody did).
    /// - When the same member scored the same submission more than once, the last entry counts.
    /// - Codes not in `kriteria` are ignored (use `NilaiAnggota.periksa(kriteria:)` to refuse them).
    /// - The result is identical, bit for bit, whatever the order of `daftar`.
    public static func gabung(_ daftar: [NilaiAnggota], kriteria: [Kriteria]) -> [ItemSkor] {
        let k = kriteria.count
        // Criterion codes are short, so a linear scan with `==` beats hashing for a handful of criteria.
        let kodeKriteria = kriteria.map(\.kode)
        var indeksKriteria: [String: Int] = [:]
        for (c, kode) in kodeKriteria.enumerated() where indeksKriteria[kode] == nil {
            indeksKriteria[kode] = c
        }
        let pindaiLinear = k <= 16
        @inline(__always) func cariKriteria(_ kode: String) -> Int? {
            if pindaiLinear {
                for c in 0..<k where kodeKriteria[c] == kode { return c }
                return nil
            }
            return indeksKriteria[kode]
        }

        // Map each entry to its submission; entries usually arrive grouped, so try the previous one first.
        var indeksUsulan: [String: Int] = [:]
        var ids: [String] = []
        var milik = [Int](repeating: 0, count: daftar.count)
        // Scores copied once into flat storage (entry-major, NaN = not scored): a tight first pass over
        // the dictionaries, then the aggregation below touches only arrays.
        var datar = [Double](repeating: .nan, count: daftar.count * k)
        var sebelumnya = -1
        for (e, n) in daftar.enumerated() {
            for (kode, v) in n.nilai {
                if let c = cariKriteria(kode) { datar[e * k + c] = v }
            }
            if sebelumnya >= 0, ids[sebelumnya] == n.usulan {
                milik[e] = sebelumnya
            } else if let u = indeksUsulan[n.usulan] {
                milik[e] = u
                sebelumnya = u
            } else {
                milik[e] = ids.count
                sebelumnya = ids.count
                indeksUsulan[n.usulan] = ids.count
                ids.append(n.usulan)
            }
        }
        let jumlahUsulan = ids.count

        // Group entries per submission (counting sort, keeps input order within a submission).
        var awal = [Int](repeating: 0, count: jumlahUsulan + 1)
        for u in milik { awal[u + 1] += 1 }
        for u in 0..<jumlahUsulan { awal[u + 1] += awal[u] }
        var posisi = awal
        var urutan = [Int](repeating: 0, count: daftar.count)
        for (e, u) in milik.enumerated() {
            urutan[posisi[u]] = e
            posisi[u] += 1
        }

        var hasil: [ItemSkor] = []
        hasil.reserveCapacity(jumlahUsulan)
        var hasilKali = [Double](repeating: 1, count: k)
        var jumlahLog = [Double](repeating: 0, count: k)
        var jumlah = [Int](repeating: 0, count: k)
        var anggotaItem: [Int] = []

        for u in 0..<jumlahUsulan {
            for c in 0..<k {
                hasilKali[c] = 1
                jumlahLog[c] = 0
                jumlah[c] = 0
            }
            // Members in a canonical order (by member, latest entry first), so the floating-point
            // product, and thus the result, does not depend on the order of the input; a member's
            // older entries follow their latest one and are skipped.
            anggotaItem.removeAll(keepingCapacity: true)
            anggotaItem.append(contentsOf: urutan[awal[u]..<awal[u + 1]])
            if anggotaItem.count > 1 {
                anggotaItem.sort { x, y in
                    let (a, b) = (daftar[x].anggota, daftar[y].anggota)
                    return a == b ? x > y : a < b
                }
            }
            for (p, e) in anggotaItem.enumerated() {
                if p > 0, daftar[anggotaItem[p - 1]].anggota == daftar[e].anggota { continue }
                for c in 0..<k {
                    let v = datar[e * k + c]
                    if v.isNaN { continue }
                    hasilKali[c] *= v
                    jumlah[c] += 1
                    // Scores are ≤ 5, so the product only grows; fold it into a log before overflow.
                    if hasilKali[c] > 1e250 {
                        jumlahLog[c] += log(hasilKali[c])
                        hasilKali[c] = 1
                    }
                }
            }
            var skor = [Double](repeating: 0, count: k)
            for c in 0..<k where jumlah[c] > 0 {
                if jumlah[c] == 1 && jumlahLog[c] == 0 {
                    skor[c] = hasilKali[c]
                } else if jumlahLog[c] == 0 {
                    skor[c] = pow(hasilKali[c], 1 / Double(jumlah[c]))
                } else {
                    skor[c] = exp((jumlahLog[c] + log(hasilKali[c])) / Double(jumlah[c]))
                }
            }
            hasil.append(ItemSkor(id: ids[u], skor: skor, jumlahPenilai: jumlah))
        }
        hasil.sort { $0.id < $1.id }
        return hasil
    }
}
