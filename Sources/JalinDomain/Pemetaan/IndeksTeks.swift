import Foundation

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

/// Operations on sorted word-code lists, shared by the index, the recommendation and the match.
enum KodeKata {
    /// Sorts and removes duplicates in place.
    static func urutkanUnik(_ a: inout [Int32]) {
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
    static func memuat(_ a: [Int32], _ x: Int32) -> Bool {
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
            KodeKata.urutkanUnik(&tawaran[i])
            KodeKata.urutkanUnik(&kebutuhan[i])
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
