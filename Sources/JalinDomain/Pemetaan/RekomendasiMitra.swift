import Foundation

// MARK: - Inputs

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

// MARK: - Words

/// Indonesian stopwords dropped before matching: function words, and words every cooperation text uses
/// (kerja, sama, daerah, pengembangan…), which would match everything with everything.
public enum KataHenti {
    public static let umum: Set<String> = [
        "dan", "yang", "di", "ke", "dari", "untuk", "dengan", "atau", "serta", "pada", "dalam", "ini", "itu",
        "adalah", "akan", "oleh", "sebagai", "juga", "tidak", "bagi", "atas", "antar", "antara", "secara",
        "karena", "sudah", "telah", "masih", "dapat", "bisa", "harus", "para", "tersebut", "agar", "supaya",
        "namun", "tetapi", "hingga", "sampai", "sejak", "lebih", "sangat", "belum", "kepada", "terhadap",
        "melalui", "tentang", "setiap", "semua", "seluruh", "berbagai", "beberapa", "banyak", "lain", "lainnya",
        "baik", "maupun", "yaitu", "yakni", "ialah", "merupakan", "adanya", "perlu", "masing", "guna", "sehingga",
        "bahwa", "jika", "bila", "apabila", "kami", "kita", "mereka", "sendiri", "saat", "terkait", "berupa",
        "menjadi", "memiliki", "mempunyai", "dimiliki", "dibutuhkan", "membutuhkan", "kebutuhan", "tersedia",
        "sekitar", "mana", "jadi", "lalu", "kemudian", "tanpa", "begitu", "demikian", "tahun", "sedang", "hanya",
        "saja", "pula", "bersama", "terutama", "khususnya", "misalnya", "antaranya",
    ]
    public static let domain: Set<String> = [
        "kerja", "sama", "kerjasama", "daerah", "pemerintah", "pemerintahan", "pemda", "kabupaten", "kota",
        "provinsi", "program", "kegiatan", "pengembangan", "peningkatan", "pembangunan", "pengelolaan",
        "penyediaan", "pelaksanaan", "masyarakat", "potensi", "usulan", "mitra", "pihak", "urusan",
    ]
    public static let bawaan: Set<String> = umum.union(domain)
}

/// Splits free text into the words used for matching: lowercase, split on anything that is not a letter,
/// the clitic "-nya" removed when at least four letters remain, words under four letters dropped, then
/// stopwords dropped. No other stemming: Indonesian affixes ("-an", "pe-…-an") change meaning too often
/// (jalan ≠ jal, layanan ≠ pelayanan) for a blind suffix stripper.
public enum PemenggalKata {
    public static let panjangMinimum = 4
    /// Longer "words" (no real word is) are dropped as noise, e.g. a pasted hash or URL.
    public static let panjangMaksimumByte = 64

    /// The match words of `teks`, without duplicates, in order of first appearance.
    public static func kata(_ teks: String, kataHenti: Set<String> = KataHenti.bawaan) -> [String] {
        let henti = Set(kataHenti.map { $0.lowercased() })
        var hasil: [String] = []
        var terlihat = Set<String>()
        telusuri(teks) { b in
            let w = String(decoding: b, as: UTF8.self)
            if !henti.contains(w) && terlihat.insert(w).inserted { hasil.append(w) }
        }
        return hasil
    }

    /// Calls `badan` with the UTF-8 bytes of every candidate word (lowercased, "-nya" removed, at least four
    /// letters, at most `panjangMaksimumByte` bytes), before stopwords are removed. One pass over the UTF-8
    /// bytes with an ASCII fast path, one stack buffer, no allocation per word.
    static func telusuri(_ teks: String, _ badan: (UnsafeBufferPointer<UInt8>) -> Void) {
        var salinan = teks
        salinan.withUTF8 { masuk in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: panjangMaksimumByte + 8) { buf in
                telusuri(masuk, buf, badan)
            }
        }
    }

    private static func telusuri(
        _ masuk: UnsafeBufferPointer<UInt8>, _ buf: UnsafeMutableBufferPointer<UInt8>,
        _ badan: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let batas = panjangMaksimumByte
        var n = 0
        var huruf = 0
        var kepanjangan = false
        @inline(__always) func tambah(_ b: UInt8) {
            if n < batas { buf[n] = b; n += 1 } else { kepanjangan = true }
        }
        @inline(__always) func selesai() {
            if huruf >= panjangMinimum && !kepanjangan {
                var m = n
                if huruf - 3 >= panjangMinimum, m >= 3, buf[m - 3] == 0x6E, buf[m - 2] == 0x79, buf[m - 1] == 0x61 {
                    m -= 3
                }
                badan(UnsafeBufferPointer(rebasing: buf[0..<m]))
            }
            n = 0
            huruf = 0
            kepanjangan = false
        }
        var i = 0
        let jumlah = masuk.count
        while i < jumlah {
            let b = masuk[i]
            if b < 0x80 {
                if b >= 0x61 && b <= 0x7A {
                    tambah(b)
                    huruf += 1
                } else if b >= 0x41 && b <= 0x5A {
                    tambah(b &+ 32)
                    huruf += 1
                } else if huruf > 0 || n > 0 {
                    selesai()
                }
                i += 1
                continue
            }
            // A multi-byte scalar (the string is valid UTF-8).
            let panjang = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + panjang <= jumlah else { break }
            var v = UInt32(b) & (panjang == 2 ? 0x1F : panjang == 3 ? 0x0F : 0x07)
            for k in 1..<panjang { v = (v << 6) | (UInt32(masuk[i + k]) & 0x3F) }
            if let s = Unicode.Scalar(v) {
                if s.properties.isAlphabetic {
                    for x in s.properties.lowercaseMapping.utf8 { tambah(x) }
                    huruf += 1
                } else if s.properties.generalCategory == .nonspacingMark && huruf > 0 {
                    for k in 0..<panjang { tambah(masuk[i + k]) }
                } else {
                    selesai()
                }
            }
            i += panjang
        }
        selesai()
    }
}

/// A word dictionary on raw UTF-8 bytes: open addressing with FNV-1a hashing over one byte arena, so
/// coding a word allocates nothing and hashes a few bytes (a `[String: Int32]` costs a String and a
/// SipHash per word, about three times slower on 100,000 submissions). Stopwords are entries too, marked,
/// so one lookup both filters and codes. Codes are entry numbers.
struct KamusKata: Sendable {
    private var arena: [UInt8] = []
    private var awal: [Int32] = []
    private var panjang: [UInt8] = []
    private var hash: [UInt64] = []
    private var henti: [Bool] = []
    /// Entry number + 1; 0 = empty. Size is a power of two, at most half full.
    private var slot: [Int32]
    /// Entries that are not stopwords.
    private(set) var jumlahKata = 0
    /// All entries, stopwords included (codes are below this).
    var jumlahEntri: Int { awal.count }

    init(kataHenti: Set<String>) {
        slot = [Int32](repeating: 0, count: 1 << 12)
        for w in kataHenti.sorted() {
            var kecil = w.lowercased()
            kecil.withUTF8 { b in
                if b.count <= PemenggalKata.panjangMaksimumByte {
                    let h = Self.fnv(b)
                    if let e = cari(b, h) { henti[Int(e)] = true } else { _ = masukkan(b, h, henti: true) }
                }
            }
        }
    }

    @inline(__always)
    private static func fnv(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for x in b {
            h ^= UInt64(x)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    @inline(__always)
    private func sama(_ e: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = Int(panjang[e])
        guard n == b.count else { return false }
        let a = Int(awal[e])
        for k in 0..<n where arena[a + k] != b[k] { return false }
        return true
    }

    private func cari(_ b: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int32? {
        let topeng = slot.count - 1
        var i = Int(truncatingIfNeeded: h) & topeng
        while true {
            let s = slot[i]
            if s == 0 { return nil }
            let e = Int(s - 1)
            if hash[e] == h && sama(e, b) { return Int32(e) }
            i = (i + 1) & topeng
        }
    }

    private mutating func masukkan(_ b: UnsafeBufferPointer<UInt8>, _ h: UInt64, henti stop: Bool) -> Int32 {
        let e = Int32(awal.count)
        awal.append(Int32(arena.count))
        panjang.append(UInt8(b.count))
        arena.append(contentsOf: b)
        hash.append(h)
        henti.append(stop)
        if !stop { jumlahKata += 1 }
        if awal.count * 2 > slot.count {
            slot = [Int32](repeating: 0, count: slot.count * 2)
            let topeng = slot.count - 1
            for (k, hk) in hash.enumerated() {
                var i = Int(truncatingIfNeeded: hk) & topeng
                while slot[i] != 0 { i = (i + 1) & topeng }
                slot[i] = Int32(k + 1)
            }
        } else {
            let topeng = slot.count - 1
            var i = Int(truncatingIfNeeded: h) & topeng
            while slot[i] != 0 { i = (i + 1) & topeng }
            slot[i] = e + 1
        }
        return e
    }

    /// Codes of the words of `teks` (stopwords left out, duplicates kept), adding new words.
    mutating func tambah(_ teks: String, ke hasil: inout [Int32]) {
        PemenggalKata.telusuri(teks) { b in
            let h = Self.fnv(b)
            if let e = cari(b, h) {
                if !henti[Int(e)] { hasil.append(e) }
            } else {
                hasil.append(masukkan(b, h, henti: false))
            }
        }
    }

    /// Codes of the known words of `teks`, without duplicates, in order of first appearance.
    func kenali(_ teks: String) -> [Int32] {
        var hasil: [Int32] = []
        PemenggalKata.telusuri(teks) { b in
            if let e = cari(b, Self.fnv(b)), !henti[Int(e)], !hasil.contains(e) { hasil.append(e) }
        }
        return hasil
    }

    /// The word of a code.
    func kata(_ e: Int32) -> String {
        let a = Int(awal[Int(e)])
        return String(decoding: arena[a..<(a + Int(panjang[Int(e)]))], as: UTF8.self)
    }
}

/// Sorts and removes duplicates in place.
private func urutkanUnik(_ a: inout [Int32]) {
    guard a.count > 1 else { return }
    a.sort()
    var tulis = 1
    for baca in 1..<a.count where a[baca] != a[tulis - 1] {
        a[tulis] = a[baca]
        tulis += 1
    }
    a.removeSubrange(tulis...)
}

/// Binary search in a sorted array.
@inline(__always)
private func memuat(_ a: [Int32], _ x: Int32) -> Bool {
    var lo = 0
    var hi = a.count
    while lo < hi {
        let mid = (lo &+ hi) >> 1
        let v = a[mid]
        if v == x { return true }
        if v < x { lo = mid + 1 } else { hi = mid }
    }
    return false
}

/// Bit `i` for the i-th bidang of `KatalogUrusan.semua` (32 bidang fit in 64 bits).
enum MaskUrusan {
    static let indeks: [String: Int] = {
        var h: [String: Int] = [:]
        for (i, b) in KatalogUrusan.semua.enumerated() { h[b.kode] = i }
        return h
    }()

    /// "2.15 Perhubungan" for each bit.
    static let label: [String] = KatalogUrusan.semua.map { "\($0.kode) \($0.nama)" }

    static func dari(_ kode: [String]) -> UInt64 {
        var m: UInt64 = 0
        for k in kode {
            if let i = indeks[k] ?? indeks[k.trimmingCharacters(in: .whitespacesAndNewlines)] { m |= 1 << UInt64(i) }
        }
        return m
    }
}

// MARK: - The index

/// The candidates and the other pemda's submissions, tokenised once and reused for every query.
///
/// A daerah candidate's offers are its own `menawarkan` plus the `dimiliki` of every submission of the pemda
/// with its kode wilayah; its needs are `membutuhkan` plus their `dibutuhkan`; its urusan the union of all.
/// Submissions of a pemda that is not among the candidates are ignored. Build it when the data change (a
/// new submission, a new partner), not per request.
public struct IndeksTeks: Sendable {
    public let calon: [CalonMitra]
    /// How many submissions were folded into some candidate.
    public let jumlahUsulanTerpakai: Int
    let kamus: KamusKata
    /// Per candidate, sorted word codes.
    let tawaran: [[Int32]]
    let kebutuhan: [[Int32]]
    let urusan: [UInt64]

    public init(calon: [CalonMitra], usulanLain: [RingkasUsulan] = [], kataHenti: Set<String> = KataHenti.bawaan) {
        var kamus = KamusKata(kataHenti: kataHenti)
        var tawaran = [[Int32]](repeating: [], count: calon.count)
        var kebutuhan = [[Int32]](repeating: [], count: calon.count)
        var urusan = [UInt64](repeating: 0, count: calon.count)
        var menurutPemda: [KodeWilayah: [Int]] = [:]
        for (i, c) in calon.enumerated() {
            kamus.tambah(c.menawarkan, ke: &tawaran[i])
            kamus.tambah(c.membutuhkan, ke: &kebutuhan[i])
            urusan[i] = MaskUrusan.dari(c.urusan)
            if c.jenis == .daerah, let k = c.kodeWilayah { menurutPemda[k, default: []].append(i) }
        }
        var terpakai = 0
        var sementaraT: [Int32] = []
        var sementaraK: [Int32] = []
        for u in usulanLain {
            guard let tujuan = menurutPemda[u.kodePemda] else { continue }
            terpakai += 1
            sementaraT.removeAll(keepingCapacity: true)
            sementaraK.removeAll(keepingCapacity: true)
            kamus.tambah(u.dimiliki, ke: &sementaraT)
            kamus.tambah(u.dibutuhkan, ke: &sementaraK)
            let m = MaskUrusan.dari(u.urusan)
            for i in tujuan {
                tawaran[i].append(contentsOf: sementaraT)
                kebutuhan[i].append(contentsOf: sementaraK)
                urusan[i] |= m
            }
        }
        for i in calon.indices {
            urutkanUnik(&tawaran[i])
            urutkanUnik(&kebutuhan[i])
        }
        self.calon = calon
        self.jumlahUsulanTerpakai = terpakai
        self.kamus = kamus
        self.tawaran = tawaran
        self.kebutuhan = kebutuhan
        self.urusan = urusan
    }

    /// The number of distinct words known.
    public var jumlahKata: Int { kamus.jumlahKata }
}

// MARK: - Recommendations

/// One recommended partner.
public struct Rekomendasi: Sendable, Codable, Equatable, Hashable {
    public var mitraID: UUID?
    public var kodeWilayah: KodeWilayah?
    public var nama: String
    public var jenisMitra: JenisMitra
    /// 0–100.
    public var skor: Int
    /// Why, in Bahasa Indonesia, strongest first: border, what it offers, what it needs, urusan, history.
    public var alasan: [String]
    /// The kind of cooperation that would apply (`nil` when it is to be chosen, e.g. Otorita IKN).
    public var jenisKerjaSama: JenisKerjaSama?
    /// The full eligibility verdict for this partner.
    public var kelayakan: HasilKelayakan
}

/// Ranked partner recommendations for one submission (Scenario A step 6).
public enum RekomendasiMitra {
    /// The best `jumlah` candidates with a score above 0, by score (descending), then name, then id / kode
    /// wilayah — the same list whatever the order of the input. Candidates that are the proposing daerah
    /// itself or lie inside it are left out. Costs one pass over the candidates with a few binary searches
    /// each; the eligibility verdict and the reasons are built for the returned ones only.
    public static func rekomendasikan(
        usulan: UsulanPotensi, kodePemda: KodeWilayah, unit: JenisUnit = .opd, indeks: IndeksTeks,
        batas: PetaBatas = .kosong, mitraTerdahulu: Set<UUID> = [], wilayahTerdahulu: Set<KodeWilayah> = [],
        namaWilayah: [KodeWilayah: String] = [:], penilaianDPRD: PenilaianDPRD? = nil,
        bobot: BobotRekomendasi = .bawaan, aturan: AturanKelayakan = .bawaan, jumlah: Int = 20
    ) -> [Rekomendasi] {
        let total = bobot.total
        guard total > 0, jumlah > 0 else { return [] }
        let jenuh = Double(max(1, bobot.kataJenuh))

        // The query, coded once.
        let butuh = indeks.kamus.kenali(usulan.sumberDayaDibutuhkan ?? "")
        let milik = indeks.kamus.kenali(usulan.sumberDayaDimiliki ?? "")
        let maskQ = MaskUrusan.dari(usulan.urusan)
        let jumlahUrusanQ = maskQ.nonzeroBitCount
        let iknBerbatasan = batas.berbatasanDenganIKN(kodePemda)

        func berbatasan(_ c: CalonMitra) -> Bool {
            switch c.jenis {
            case .daerah:
                guard let k = c.kodeWilayah else { return false }
                if batas.berbatasan(kodePemda, k) { return true }
                if aturan.provinsiBerbatasanDenganKabKotaDiWilayahnya.nilai {
                    if k.tingkat == .provinsi && k.mengandung(kodePemda) && kodePemda.tingkat == .kabupatenKota {
                        return true
                    }
                    if kodePemda.tingkat == .provinsi && kodePemda.mengandung(k) && k.tingkat == .kabupatenKota {
                        return true
                    }
                }
                return false
            case .otoritaIKN:
                return iknBerbatasan
            case .desa:
                guard let k = c.kodeWilayah else { return false }
                return usulan.lokasi.contains { batas.berbatasan($0, k) }
            default:
                return false
            }
        }

        struct Nilai {
            let i: Int
            let skor: Int
        }
        var terpilih: [Nilai] = []
        terpilih.reserveCapacity(indeks.calon.count)
        for (i, c) in indeks.calon.enumerated() {
            if c.jenis == .daerah, let k = c.kodeWilayah, k == kodePemda || kodePemda.mengandung(k) { continue }
            var s = 0.0
            if berbatasan(c) {
                s += bobot.berbatasan
                if usulan.eksternalitas && (c.jenis == .daerah || c.jenis == .otoritaIKN) {
                    s += bobot.eksternalitasBerbatasan
                }
            }
            let tw = indeks.tawaran[i]
            var nT = 0
            for q in butuh where memuat(tw, q) { nT += 1 }
            let kb = indeks.kebutuhan[i]
            var nK = 0
            for q in milik where memuat(kb, q) { nK += 1 }
            s += bobot.menawarkanYangDibutuhkan * min(1, Double(nT) / jenuh)
            s += bobot.membutuhkanYangDimiliki * min(1, Double(nK) / jenuh)
            if jumlahUrusanQ > 0 {
                s += bobot.urusanSama * Double((indeks.urusan[i] & maskQ).nonzeroBitCount) / Double(jumlahUrusanQ)
            }
            if pernah(c, mitraTerdahulu, wilayahTerdahulu) { s += bobot.pernahBekerjaSama }
            let skor = Int((100 * s / total).rounded())
            if skor > 0 { terpilih.append(Nilai(i: i, skor: skor)) }
        }
        terpilih.sort { x, y in
            if x.skor != y.skor { return x.skor > y.skor }
            return sebelum(indeks.calon[x.i], indeks.calon[y.i])
        }

        let masukan = MasukanKelayakan(
            usulan: usulan, unit: unit, kodePemda: kodePemda, mitra: [], batas: batas, penilaianDPRD: penilaianDPRD,
            namaWilayah: namaWilayah)
        let konteks = Kelayakan.Konteks(masukan, aturan: aturan)
        return terpilih.prefix(jumlah).map { n in
            let c = indeks.calon[n.i]
            var alasan: [String] = []
            if berbatasan(c) {
                switch c.jenis {
                case .daerah:
                    if let k = c.kodeWilayah, let u = konteks.perbatasan(k).uraian { alasan.append(u) }
                case .otoritaIKN:
                    if let u = konteks.perbatasanIKN().uraian { alasan.append(u) }
                case .desa:
                    if let k = c.kodeWilayah {
                        let titik = usulan.lokasi.filter { batas.berbatasan($0, k) }
                        alasan.append("berbatasan langsung dengan \(Kelayakan.daftarKalimat(titik.map(konteks.nama)))")
                    }
                default:
                    break
                }
                if usulan.eksternalitas && (c.jenis == .daerah || c.jenis == .otoritaIKN) {
                    alasan.append("ada eksternalitas lintas daerah dengan daerah yang berbatasan: calon kerja sama wajib")
                }
            }
            let kataT = butuh.filter { memuat(indeks.tawaran[n.i], $0) }.map { indeks.kamus.kata($0) }
            if !kataT.isEmpty { alasan.append("menawarkan yang dibutuhkan: \(ringkasKata(kataT))") }
            let kataK = milik.filter { memuat(indeks.kebutuhan[n.i], $0) }.map { indeks.kamus.kata($0) }
            if !kataK.isEmpty { alasan.append("membutuhkan yang dimiliki: \(ringkasKata(kataK))") }
            let sama = usulan.urusan.filter { k in
                MaskUrusan.indeks[k].map { indeks.urusan[n.i] & (1 << UInt64($0)) != 0 } ?? false
            }
            if !sama.isEmpty {
                let teks = sama.map { k in KatalogUrusan.cari(kode: k).map { "\($0.kode) \($0.nama)" } ?? k }
                alasan.append("urusan yang sama: \(teks.joined(separator: ", "))")
            }
            if pernah(c, mitraTerdahulu, wilayahTerdahulu) { alasan.append("sudah pernah bekerja sama") }
            let hasil = Kelayakan.nilai(jenis: c.jenis, kodeWilayah: c.kodeWilayah, nama: c.nama, masukan: masukan, aturan: aturan)
            return Rekomendasi(
                mitraID: c.mitraID, kodeWilayah: c.kodeWilayah, nama: c.nama, jenisMitra: c.jenis, skor: n.skor,
                alasan: alasan, jenisKerjaSama: hasil.jenis, kelayakan: hasil)
        }
    }

    private static func pernah(_ c: CalonMitra, _ ids: Set<UUID>, _ wilayah: Set<KodeWilayah>) -> Bool {
        if let id = c.mitraID, ids.contains(id) { return true }
        if let k = c.kodeWilayah, wilayah.contains(k) { return true }
        return false
    }

    /// Name, then id, then kode wilayah: a total order on distinct candidates.
    private static func sebelum(_ a: CalonMitra, _ b: CalonMitra) -> Bool {
        if a.nama != b.nama { return a.nama < b.nama }
        let ia = a.mitraID?.uuidString ?? ""
        let ib = b.mitraID?.uuidString ?? ""
        if ia != ib { return ia < ib }
        let ka = a.kodeWilayah?.nilai ?? ""
        let kb = b.kodeWilayah?.nilai ?? ""
        if ka != kb { return ka < kb }
        if a.jenis != b.jenis { return a.jenis.rawValue < b.jenis.rawValue }
        if a.menawarkan != b.menawarkan { return a.menawarkan < b.menawarkan }
        return a.membutuhkan < b.membutuhkan
    }

    /// "dermaga, armada" — at most six words, then "dan N kata lain".
    static func ringkasKata(_ kata: [String]) -> String {
        if kata.count <= 6 { return kata.joined(separator: ", ") }
        return kata.prefix(6).joined(separator: ", ") + ", dan \(kata.count - 6) kata lain"
    }
}

// MARK: - Needs–offers match across submissions

/// One match: what `pembutuh` needs, `penyedia` has.
public struct Padanan: Sendable, Codable, Equatable, Hashable {
    /// The submission whose `dibutuhkan` matches.
    public var pembutuh: UUID
    /// The submission whose `dimiliki` matches.
    public var penyedia: UUID
    /// The shared words, in the order of the need text.
    public var kata: [String]
    /// Shared bidang urusan codes, in catalogue order.
    public var urusanSama: [String]
    /// The two submissions belong to different pemda.
    public var lintasPemda: Bool
    /// 0–100.
    public var skor: Int
    public var alasan: [String]
}

/// The needs–offers match over a set of submissions (a pemda's round, or the whole installation for
/// Scenario E step 3): every pair where one's `dibutuhkan` shares words with another's `dimiliki`.
public enum PadananKebutuhan {
    /// Pairs ordered by score (descending), then need id, then offer id — the same list whatever the input
    /// order. Score: `menawarkanYangDibutuhkan` for the shared words (full at `kataJenuh`) plus `urusanSama`
    /// when the two share a bidang, scaled to 0–100. At most `maksimumPerUsulan` pairs per needing
    /// submission (the best ones). Words offered by more than `batasFrekuensiKata` submissions (default:
    /// the larger of 100 and a tenth of the list) are too common to tell anything and are not counted,
    /// which also keeps the work near-linear on large lists.
    public static func cari(
        usulan: [RingkasUsulan], bobot: BobotRekomendasi = .bawaan, kataHenti: Set<String> = KataHenti.bawaan,
        maksimumPerUsulan: Int = 10, batasFrekuensiKata: Int? = nil
    ) -> [Padanan] {
        let n = usulan.count
        guard n > 1, maksimumPerUsulan > 0 else { return [] }
        let bobotKata = bobot.menawarkanYangDibutuhkan
        let bobotUrusan = bobot.urusanSama
        let total = bobotKata + bobotUrusan
        guard bobotKata > 0, total > 0 else { return [] }
        let jenuh = Double(max(1, bobot.kataJenuh))

        // Tie-break rank: position in the order of ids, so comparisons are on integers.
        let kunci: [Int] = {
            let teks = usulan.map(\.id.uuidString)
            var r = [Int](repeating: 0, count: n)
            for (posisi, i) in teks.indices.sorted(by: { teks[$0] < teks[$1] }).enumerated() { r[i] = posisi }
            return r
        }()
        var kamus = KamusKata(kataHenti: kataHenti)
        var milik = [[Int32]](repeating: [], count: n)
        var butuh = [[Int32]](repeating: [], count: n)  // unique, in order of appearance
        var mask = [UInt64](repeating: 0, count: n)
        var sementara: [Int32] = []
        for (i, u) in usulan.enumerated() {
            kamus.tambah(u.dimiliki, ke: &milik[i])
            urutkanUnik(&milik[i])
            sementara.removeAll(keepingCapacity: true)
            kamus.tambah(u.dibutuhkan, ke: &sementara)
            var lihat = Set<Int32>()
            butuh[i] = sementara.filter { lihat.insert($0).inserted }
            mask[i] = MaskUrusan.dari(u.urusan)
        }

        // Postings: for each word, the submissions that have it (CSR layout).
        let jumlahKata = kamus.jumlahEntri
        var awal = [Int](repeating: 0, count: jumlahKata + 1)
        for m in milik { for w in m { awal[Int(w) + 1] += 1 } }
        for w in 0..<jumlahKata { awal[w + 1] += awal[w] }
        var isi = [Int32](repeating: 0, count: awal[jumlahKata])
        var tulis = awal
        for (i, m) in milik.enumerated() {
            for w in m {
                isi[tulis[Int(w)]] = Int32(i)
                tulis[Int(w)] += 1
            }
        }
        let batas = batasFrekuensiKata ?? max(100, n / 10)

        var teksKata = [String?](repeating: nil, count: jumlahKata)
        var hitung = [Int32](repeating: 0, count: n)
        var tersentuh: [Int32] = []
        var kandidat: [(b: Int, skor: Int)] = []
        var hasil: [(a: Int, b: Int, padanan: Padanan)] = []
        for a in 0..<n {
            tersentuh.removeAll(keepingCapacity: true)
            for w in butuh[a] {
                let lo = awal[Int(w)]
                let hi = awal[Int(w) + 1]
                if hi - lo > batas { continue }
                for j in lo..<hi {
                    let b = isi[j]
                    if Int(b) == a { continue }
                    if hitung[Int(b)] == 0 { tersentuh.append(b) }
                    hitung[Int(b)] += 1
                }
            }
            guard !tersentuh.isEmpty else { continue }
            // Keep the best `maksimumPerUsulan` in order (score desc, id asc) without sorting them all.
            kandidat.removeAll(keepingCapacity: true)
            for b32 in tersentuh {
                let b = Int(b32)
                let k = Double(hitung[b])
                hitung[b] = 0
                let urusanSama = mask[a] & mask[b] != 0
                let s = bobotKata * min(1, k / jenuh) + (urusanSama ? bobotUrusan : 0)
                let skor = Int((100 * s / total).rounded())
                func lebihBaik(_ x: (b: Int, skor: Int)) -> Bool {
                    skor != x.skor ? skor > x.skor : kunci[b] < kunci[x.b]
                }
                if kandidat.count == maksimumPerUsulan {
                    guard lebihBaik(kandidat[kandidat.count - 1]) else { continue }
                    kandidat.removeLast()
                }
                var posisi = kandidat.count
                while posisi > 0 && lebihBaik(kandidat[posisi - 1]) { posisi -= 1 }
                kandidat.insert((b, skor), at: posisi)
            }
            for (b, skor) in kandidat {
                var kata: [String] = []
                for w in butuh[a] where awal[Int(w) + 1] - awal[Int(w)] <= batas && memuat(milik[b], w) {
                    if teksKata[Int(w)] == nil { teksKata[Int(w)] = kamus.kata(w) }
                    kata.append(teksKata[Int(w)]!)
                }
                let bersama = mask[a] & mask[b]
                var urusanSama: [String] = []
                var labelSama: [String] = []
                if bersama != 0 {
                    for (i, bidang) in KatalogUrusan.semua.enumerated() where bersama & (1 << UInt64(i)) != 0 {
                        urusanSama.append(bidang.kode)
                        labelSama.append(MaskUrusan.label[i])
                    }
                }
                let lintas = usulan[a].kodePemda != usulan[b].kodePemda
                var alasan = ["menyediakan yang dibutuhkan: \(RekomendasiMitra.ringkasKata(kata))"]
                if !labelSama.isEmpty { alasan.append("urusan yang sama: \(labelSama.joined(separator: ", "))") }
                if lintas { alasan.append("usulan dari daerah lain (\(usulan[b].kodePemda.nilai))") }
                let p = Padanan(
                    pembutuh: usulan[a].id, penyedia: usulan[b].id, kata: kata, urusanSama: urusanSama,
                    lintasPemda: lintas, skor: skor, alasan: alasan)
                hasil.append((a, b, p))
            }
        }
        hasil.sort { x, y in
            if x.padanan.skor != y.padanan.skor { return x.padanan.skor > y.padanan.skor }
            if kunci[x.a] != kunci[y.a] { return kunci[x.a] < kunci[y.a] }
            return kunci[x.b] < kunci[y.b]
        }
        return hasil.map(\.padanan)
    }
}
