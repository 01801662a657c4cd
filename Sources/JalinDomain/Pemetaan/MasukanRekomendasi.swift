import Foundation

// MARK: - Inputs of recommendation and matching

/// A candidate partner for recommendations: a registered partner (`mitraID`) or a daerah known only by
/// its kode wilayah (every provinsi and kabupaten/kota can be a candidate before it is registered).
public struct CalonMitra: Sendable, Codable, Hashable {
    public var mitraID: UUID?
    public var jenis: JenisMitra
    public var kodeWilayah: KodeWilayah?
    public var nama: String
    /// What the candidate offers (resources, products, services), free text.
    public var menawarkan: String
    /// What the candidate needs, free text.
    public var membutuhkan: String
    /// Bidang urusan the candidate works in.
    public var urusan: [String]

    public init(
        mitraID: UUID? = nil, jenis: JenisMitra, kodeWilayah: KodeWilayah? = nil, nama: String,
        menawarkan: String = "", membutuhkan: String = "", urusan: [String] = []
    ) {
        self.mitraID = mitraID
        self.jenis = jenis
        self.kodeWilayah = kodeWilayah
        self.nama = nama
        self.menawarkan = menawarkan
        self.membutuhkan = membutuhkan
        self.urusan = urusan
    }

    public init(profil: ProfilMitra, menawarkan: String = "", membutuhkan: String = "", urusan: [String] = []) {
        self.init(
            mitraID: profil.id, jenis: profil.jenis, kodeWilayah: profil.kodeWilayah, nama: profil.nama,
            menawarkan: menawarkan, membutuhkan: membutuhkan, urusan: urusan)
    }
}

/// A submission reduced to what matching needs (any pemda on the installation).
public struct RingkasUsulan: Sendable, Codable, Hashable {
    public var id: UUID
    /// The pemda that owns it, e.g. 64.09.
    public var kodePemda: KodeWilayah
    public var jenis: JenisUsulan
    public var judul: String
    public var urusan: [String]
    public var dimiliki: String
    public var dibutuhkan: String

    public init(
        id: UUID, kodePemda: KodeWilayah, jenis: JenisUsulan, judul: String = "", urusan: [String],
        dimiliki: String, dibutuhkan: String
    ) {
        self.id = id
        self.kodePemda = kodePemda
        self.jenis = jenis
        self.judul = judul
        self.urusan = urusan
        self.dimiliki = dimiliki
        self.dibutuhkan = dibutuhkan
    }
}

extension UsulanPotensi {
    /// This submission reduced for matching. A draft without a jenis counts as potensi.
    public func ringkas(id: UUID, kodePemda: KodeWilayah) -> RingkasUsulan {
        RingkasUsulan(
            id: id, kodePemda: kodePemda, jenis: jenis ?? .potensi, judul: judul, urusan: urusan,
            dimiliki: sumberDayaDimiliki ?? "", dibutuhkan: sumberDayaDibutuhkan ?? "")
    }
}

// MARK: - Weights

/// The weights of a recommendation score, editable per pemda. The score is
/// `100 × Σ earned / Σ weights`, rounded, so it is 0–100 whatever the weights' scale:
///
/// - `berbatasan`: the candidate shares a border with the proposing daerah (or, for Otorita IKN, one of
///   the kecamatan named in UU 21/2023 Pasal 6 ayat (2) lies in it);
/// - `eksternalitasBerbatasan`: on top of that, the submission declares a cross-border externality — a
///   candidate for kerja sama wajib (UU 23/2014 Pasal 364 ayat (1));
/// - `menawarkanYangDibutuhkan`: words of the submission's needs that the candidate offers, full weight at
///   `kataJenuh` words;
/// - `membutuhkanYangDimiliki`: words of the submission's resources that the candidate needs, same scale;
/// - `urusanSama`: share of the submission's urusan the candidate also works in;
/// - `pernahBekerjaSama`: an earlier cooperation with this partner (PP 28/2018 and Kukar's bimtek stress
///   openness and trust).
///
/// `PadananKebutuhan` uses `menawarkanYangDibutuhkan`, `urusanSama` and `kataJenuh`.
public struct BobotRekomendasi: Sendable, Codable, Equatable {
    public var berbatasan: Double
    public var eksternalitasBerbatasan: Double
    public var menawarkanYangDibutuhkan: Double
    public var membutuhkanYangDimiliki: Double
    public var urusanSama: Double
    public var pernahBekerjaSama: Double
    public var kataJenuh: Int

    public init(
        berbatasan: Double, eksternalitasBerbatasan: Double, menawarkanYangDibutuhkan: Double,
        membutuhkanYangDimiliki: Double, urusanSama: Double, pernahBekerjaSama: Double, kataJenuh: Int
    ) {
        self.berbatasan = berbatasan
        self.eksternalitasBerbatasan = eksternalitasBerbatasan
        self.menawarkanYangDibutuhkan = menawarkanYangDibutuhkan
        self.membutuhkanYangDimiliki = membutuhkanYangDimiliki
        self.urusanSama = urusanSama
        self.pernahBekerjaSama = pernahBekerjaSama
        self.kataJenuh = kataJenuh
    }

    /// 20 + 10 + 30 + 20 + 10 + 10 = 100: what the partner brings to the need counts most, then the
    /// border, then what it needs from us; three matching words earn the full text weight.
    public static let bawaan = BobotRekomendasi(
        berbatasan: 20, eksternalitasBerbatasan: 10, menawarkanYangDibutuhkan: 30, membutuhkanYangDimiliki: 20,
        urusanSama: 10, pernahBekerjaSama: 10, kataJenuh: 3)

    private enum CodingKeys: String, CodingKey {
        case berbatasan, eksternalitasBerbatasan, menawarkanYangDibutuhkan, membutuhkanYangDimiliki, urusanSama,
            pernahBekerjaSama, kataJenuh
    }

    /// Tolerant like `AturanKSD`: a stored configuration missing a key takes the default for it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let b = BobotRekomendasi.bawaan
        func nilai(_ k: CodingKeys, _ d: Double) throws -> Double { try c.decodeIfPresent(Double.self, forKey: k) ?? d }
        berbatasan = try nilai(.berbatasan, b.berbatasan)
        eksternalitasBerbatasan = try nilai(.eksternalitasBerbatasan, b.eksternalitasBerbatasan)
        menawarkanYangDibutuhkan = try nilai(.menawarkanYangDibutuhkan, b.menawarkanYangDibutuhkan)
        membutuhkanYangDimiliki = try nilai(.membutuhkanYangDimiliki, b.membutuhkanYangDimiliki)
        urusanSama = try nilai(.urusanSama, b.urusanSama)
        pernahBekerjaSama = try nilai(.pernahBekerjaSama, b.pernahBekerjaSama)
        kataJenuh = try c.decodeIfPresent(Int.self, forKey: .kataJenuh) ?? b.kataJenuh
    }

    var total: Double {
        berbatasan + eksternalitasBerbatasan + menawarkanYangDibutuhkan + membutuhkanYangDimiliki + urusanSama
            + pernahBekerjaSama
    }

    /// Checks edited weights; errors name the field.
    public func periksa() throws(KesalahanValidasi) {
        var p = Pemeriksa()
        let daftar: [(String, Double)] = [
            ("berbatasan", berbatasan), ("eksternalitasBerbatasan", eksternalitasBerbatasan),
            ("menawarkanYangDibutuhkan", menawarkanYangDibutuhkan), ("membutuhkanYangDimiliki", membutuhkanYangDimiliki),
            ("urusanSama", urusanSama), ("pernahBekerjaSama", pernahBekerjaSama),
        ]
        for (f, v) in daftar where !v.isFinite || v < 0 || v > 1000 {
            p.tambah(f, "Bobot harus angka antara 0 dan 1000.")
        }
        if p.kesalahan.isEmpty && total <= 0 {
            p.tambah("bobot", "Paling sedikit satu bobot harus lebih dari 0.")
        }
        if !(1...50).contains(kataJenuh) {
            p.tambah("kataJenuh", "Jumlah kata untuk bobot penuh harus antara 1 dan 50.")
        }
        try p.selesai()
    }
}
