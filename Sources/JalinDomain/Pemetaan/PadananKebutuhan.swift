import Foundation

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
        guard bobot.menawarkanYangDibutuhkan > 0, bobot.menawarkanYangDibutuhkan + bobot.urusanSama > 0 else { return [] }
        var p = Pencocok(usulan: usulan, bobot: bobot, kataHenti: kataHenti, batasFrekuensiKata: batasFrekuensiKata ?? max(100, n / 10))
        var hasil: [(a: Int, b: Int, padanan: Padanan)] = []
        for a in 0..<n {
            for (b, skor) in p.terbaik(untuk: a, maksimum: maksimumPerUsulan) {
                hasil.append((a, b, p.padanan(a, b, skor: skor)))
            }
        }
        let kunci = p.kunci
        hasil.sort { x, y in
            if x.padanan.skor != y.padanan.skor { return x.padanan.skor > y.padanan.skor }
            if kunci[x.a] != kunci[y.a] { return kunci[x.a] < kunci[y.a] }
            return kunci[x.b] < kunci[y.b]
        }
        return hasil.map(\.padanan)
    }
}

/// The submissions coded once (words of what each has and needs, urusan bits), the postings of the words
/// they have, and the work buffers reused for every needing submission.
private struct Pencocok {
    let usulan: [RingkasUsulan]
    let bobotKata: Double
    let bobotUrusan: Double
    let total: Double
    let jenuh: Double
    /// Words offered by more submissions than this are not counted.
    let batas: Int
    /// Tie-break rank: position in the order of ids, so comparisons are on integers.
    let kunci: [Int]
    let kamus: KamusKata
    /// Per submission: sorted unique codes of `dimiliki`; unique codes of `dibutuhkan` in order of appearance.
    let milik: [[Int32]]
    let butuh: [[Int32]]
    let mask: [UInt64]
    /// Postings in CSR layout: the submissions having word `w` are `isi[awal[w]..<awal[w + 1]]`.
    let awal: [Int]
    let isi: [Int32]
    private var teksKata: [String?]
    private var hitung: [Int32]
    private var tersentuh: [Int32] = []
    private var kandidat: [(b: Int, skor: Int)] = []

    init(usulan: [RingkasUsulan], bobot: BobotRekomendasi, kataHenti: Set<String>, batasFrekuensiKata: Int) {
        let n = usulan.count
        self.usulan = usulan
        bobotKata = bobot.menawarkanYangDibutuhkan
        bobotUrusan = bobot.urusanSama
        total = bobotKata + bobotUrusan
        jenuh = Double(max(1, bobot.kataJenuh))
        batas = batasFrekuensiKata
        let teks = usulan.map(\.id.uuidString)
        var r = [Int](repeating: 0, count: n)
        for (posisi, i) in teks.indices.sorted(by: { teks[$0] < teks[$1] }).enumerated() { r[i] = posisi }
        kunci = r
        var kamus = KamusKata(kataHenti: kataHenti)
        var milik = [[Int32]](repeating: [], count: n)
        var butuh = [[Int32]](repeating: [], count: n)
        var mask = [UInt64](repeating: 0, count: n)
        var sementara: [Int32] = []
        for (i, u) in usulan.enumerated() {
            kamus.tambah(u.dimiliki, ke: &milik[i])
            KodeKata.urutkanUnik(&milik[i])
            sementara.removeAll(keepingCapacity: true)
            kamus.tambah(u.dibutuhkan, ke: &sementara)
            var lihat = Set<Int32>()
            butuh[i] = sementara.filter { lihat.insert($0).inserted }
            mask[i] = MaskUrusan.dari(u.urusan)
        }
        (awal, isi) = Self.postingan(milik, jumlahKata: kamus.jumlahEntri)
        self.kamus = kamus
        self.milik = milik
        self.butuh = butuh
        self.mask = mask
        teksKata = [String?](repeating: nil, count: kamus.jumlahEntri)
        hitung = [Int32](repeating: 0, count: n)
    }

    /// For each word, the submissions that have it (CSR layout).
    private static func postingan(_ milik: [[Int32]], jumlahKata: Int) -> (awal: [Int], isi: [Int32]) {
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
        return (awal, isi)
    }

    /// The best `maksimum` offering submissions for the needs of `a`, in order (score desc, id asc), found
    /// without sorting them all.
    mutating func terbaik(untuk a: Int, maksimum: Int) -> [(b: Int, skor: Int)] {
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
        kandidat.removeAll(keepingCapacity: true)
        let kunci = self.kunci
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
            if kandidat.count == maksimum {
                guard lebihBaik(kandidat[kandidat.count - 1]) else { continue }
                kandidat.removeLast()
            }
            var posisi = kandidat.count
            while posisi > 0 && lebihBaik(kandidat[posisi - 1]) { posisi -= 1 }
            kandidat.insert((b, skor), at: posisi)
        }
        return kandidat
    }

    /// The match of `a`'s needs with `b`'s resources, with its shared words, urusan and reasons.
    mutating func padanan(_ a: Int, _ b: Int, skor: Int) -> Padanan {
        var kata: [String] = []
        for w in butuh[a] where awal[Int(w) + 1] - awal[Int(w)] <= batas && KodeKata.memuat(milik[b], w) {
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
        return Padanan(
            pembutuh: usulan[a].id, penyedia: usulan[b].id, kata: kata, urusanSama: urusanSama,
            lintasPemda: lintas, skor: skor, alasan: alasan)
    }
}
