import Foundation
import JalinDomain

/// A word-level comparison of two versions of a naskah, Pasal by Pasal, with Myers' algorithm over
/// word tokens (whitespace stays attached to the words, so the text reads back exactly). Its time
/// and memory are bounded whatever the input (`Anggaran`, `jarakMaks`): a change too large to
/// compare word by word is compared by line, or shown as the whole text replaced.
public enum DiffKata {
    public enum Jenis: String, Sendable, Codable { case sama, tambah, hapus }

    public struct Potongan: Sendable, Codable, Equatable {
        public let jenis: Jenis
        public let teks: String
    }

    public enum Status: String, Sendable, Codable { case tetap, diubah, ditambah, dihapus }

    public struct Bagian: Sendable, Codable, Equatable {
        /// The Pasal's anchor ("pembukaan" for everything before the Pasal, "lampiran-N" for lampiran).
        public let kunci: String
        /// "Pasal 3 PELAKSANAAN" in the newer version (or the older, when deleted).
        public let label: String
        public let status: Status
        public let potongan: [Potongan]
        /// Nil when compared word by word; otherwise the coarser unit the change is shown in.
        public var satuan: Satuan? = nil
        public var jumlahTambah: Int { potongan.filter { $0.jenis == .tambah }.count }
        public var jumlahHapus: Int { potongan.filter { $0.jenis == .hapus }.count }
    }

    /// Splits into tokens: a word (letters and digits, with inner hyphens and slashes; any non-ASCII
    /// character counts as a letter), a run of whitespace, or one ASCII punctuation character. Joined
    /// back, the tokens give the text again. Works on UTF-8 bytes: a token never splits a character,
    /// since multi-byte characters are always word bytes.
    public static func token(_ s: String) -> [Substring] {
        let u = s.utf8
        @inline(__always) func kelas(_ b: UInt8) -> UInt8 {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D: 0  // whitespace
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2F, 0x80...0xFF: 1  // word
            default: 2  // punctuation, one per token
            }
        }
        var out: [Substring] = []
        out.reserveCapacity(u.count / 4)
        var awal = u.startIndex
        var kini: UInt8 = 255
        var i = u.startIndex
        while i != u.endIndex {
            let k = kelas(u[i])
            if kini != 255 && (kini != k || k == 2) {
                out.append(s[awal..<i])
                awal = i
            }
            kini = k
            u.formIndex(after: &i)
        }
        if awal != u.endIndex { out.append(s[awal..<u.endIndex]) }
        return out
    }

    /// The word diff of two texts, merged into runs of the same kind. Tokens are interned as integers
    /// and the common beginning and end are set aside first, so Myers' algorithm only compares the
    /// part that changed. Joined, the `sama` and `hapus` runs give `lama` and the `sama` and
    /// `tambah` runs give `baru`, whatever the budget.
    public static func bandingkan(_ lama: String, _ baru: String) -> [Potongan] {
        var anggaran = Anggaran()
        return bandingkan(lama, baru, anggaran: &anggaran).potongan
    }

    public static func bandingkan(_ lama: String, _ baru: String, anggaran: inout Anggaran) -> (potongan: [Potongan], satuan: Satuan?) {
        if lama == baru { return (lama.isEmpty ? [] : [Potongan(jenis: .sama, teks: lama)], nil) }
        let a = token(lama), b = token(baru)
        var kamus = Kamus()
        let ia = a.map { kamus.id($0) }, ib = b.map { kamus.id($0) }
        var awal = 0
        while awal < ia.count && awal < ib.count && ia[awal] == ib[awal] { awal += 1 }
        var akhir = 0
        while akhir < ia.count - awal && akhir < ib.count - awal && ia[ia.count - 1 - akhir] == ib[ib.count - 1 - akhir] { akhir += 1 }
        var s = Susunan()
        s.tambah(.sama, Susunan.teks(a[...], 0..<awal))
        let ta = awal..<(a.count - akhir), tb = awal..<(b.count - akhir)
        var satuan: Satuan?
        if let l = skrip(ia[ta], ib[tb], anggaran: &anggaran) {
            s.terapkan(l, a[ta], b[tb])
        } else {
            // Too large a change to compare word by word: compare the changed stretch by line.
            let teksA = Susunan.teks(a[...], ta), teksB = Susunan.teks(b[...], tb)
            let la = baris(teksA), lb = baris(teksB)
            var kamusBaris = Kamus()
            if let l = skrip(la.map { kamusBaris.id($0) }[...], lb.map { kamusBaris.id($0) }[...], anggaran: &anggaran) {
                s.terapkan(l, la[...], lb[...])
                satuan = .baris
            } else {
                s.tambah(.hapus, teksA)
                s.tambah(.tambah, teksB)
                satuan = .utuh
            }
        }
        s.tambah(.sama, Susunan.teks(b[...], (b.count - akhir)..<b.count))
        return (s.potongan, satuan)
    }

    /// The unit a Bagian was compared in: words (nil, the usual case), lines when the change is too
    /// large to compare word by word within the budget, or the whole text as replaced.
    public enum Satuan: String, Sendable, Codable { case baris, utuh }

    /// The work one comparison of two versions may do, shared by all its Pasal. A step is one
    /// diagonal visited, one pair of tokens compared or one trace entry kept by Myers' algorithm.
    /// When it runs out, the remaining changes are compared by line, then shown as whole
    /// replacements — still exact, only coarser. Tokenising is linear and not counted.
    public struct Anggaran: Sendable {
        public var sisa: Int
        /// About 20 ms of CPU in a release build (BENCHMARKS: "Diff kata terburuk").
        public static let bawaan = 10_000_000
        public init(sisa: Int = Anggaran.bawaan) { self.sisa = sisa }
    }

    /// The greatest edit distance searched for in one text: the trace of Myers' algorithm keeps
    /// d²/2 entries, so at most 1.1 million (4.5 MB) whatever the input.
    public static let jarakMaks = 1_500

    enum Langkah: UInt8 { case sama, hapus, tambah }

    /// Myers' O(ND) shortest edit script of two interned sequences (greedy forward pass keeping the
    /// furthest point of every diagonal after each step, then walking back), or nil when the edit
    /// distance exceeds `jarakMaks` or the budget runs out. The script is checked before it is
    /// returned: a wrong one would be nil, never a wrong diff.
    static func skrip(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, anggaran: inout Anggaran) -> [Langkah]? {
        let n = a.count, m = b.count
        if n == 0 { return Array(repeating: .tambah, count: m) }
        if m == 0 { return Array(repeating: .hapus, count: n) }
        let a0 = a.startIndex, b0 = b.startIndex
        let batas = min(n + m, jarakMaks)
        let off = batas + 1
        var v = [Int](repeating: 0, count: 2 * batas + 3)
        // For step d ≥ 1: the furthest x of diagonals -(d-1), -(d-1)+2 … d-1 after step d-1, from awalJejak[d].
        var jejak: [Int32] = []
        var awalJejak: [Int] = [0]
        for d in 0...batas {
            if d > 0 {
                anggaran.sisa -= d
                if anggaran.sisa < 0 { return nil }
                awalJejak.append(jejak.count)
                for k in stride(from: -(d - 1), through: d - 1, by: 2) { jejak.append(Int32(v[off + k])) }
            }
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1
                var y = x - k
                let x0 = x
                while x < n && y < m && a[a0 + x] == b[b0 + y] { x += 1; y += 1 }
                anggaran.sisa -= 1 + x - x0
                v[off + k] = x
                if x >= n && y >= m { return jalanBalik(a, b, d: d, jejak: jejak, awalJejak: awalJejak) }
                if anggaran.sisa < 0 { return nil }
            }
        }
        return nil
    }

    /// Walks the trace back from (n, m) to (0, 0); nil if the path does not fit the sequences.
    private static func jalanBalik(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, d jarak: Int, jejak: [Int32], awalJejak: [Int]) -> [Langkah]? {
        let n = a.count, m = b.count
        var out: [Langkah] = []
        out.reserveCapacity(n + m)
        var x = n, y = m, d = jarak
        while d > 0 {
            let k = x - y
            guard k >= -d && k <= d && (k + d) % 2 == 0 else { return nil }
            let awal = awalJejak[d]
            func vp(_ kk: Int) -> Int { Int(jejak[awal + (kk + d - 1) / 2]) }
            let turun = k == -d || (k != d && vp(k - 1) < vp(k + 1))
            let pk = turun ? k + 1 : k - 1
            let px = vp(pk), py = px - pk
            let sx = turun ? px : px + 1, sy = turun ? py + 1 : py
            guard px >= 0, py >= 0, sx <= x, x - sx == y - sy else { return nil }
            for _ in 0..<(x - sx) { out.append(.sama) }
            out.append(turun ? .tambah : .hapus)
            x = px; y = py; d -= 1
        }
        guard x == y, x >= 0 else { return nil }
        for _ in 0..<x { out.append(.sama) }
        out.reverse()
        // The script must spell both sequences.
        var i = a.startIndex, j = b.startIndex
        for l in out {
            switch l {
            case .sama:
                guard i < a.endIndex, j < b.endIndex, a[i] == b[j] else { return nil }
                i += 1; j += 1
            case .hapus:
                guard i < a.endIndex else { return nil }
                i += 1
            case .tambah:
                guard j < b.endIndex else { return nil }
                j += 1
            }
        }
        return i == a.endIndex && j == b.endIndex ? out : nil
    }

    /// Interns tokens as integers (equal tokens, equal numbers).
    struct Kamus {
        var peta: [Substring: Int32] = [:]
        mutating func id(_ t: Substring) -> Int32 {
            if let x = peta[t] { return x }
            let x = Int32(peta.count)
            peta[t] = x
            return x
        }
    }

    /// Splits into lines, each with its line break; joined back, the lines give the text again.
    static func baris(_ s: Substring) -> [Substring] {
        var out: [Substring] = []
        var awal = s.startIndex
        var i = s.utf8.startIndex
        while i != s.utf8.endIndex {
            let berikut = s.utf8.index(after: i)
            if s.utf8[i] == 0x0A {
                out.append(s[awal..<berikut])
                awal = berikut
            }
            i = berikut
        }
        if awal != s.endIndex { out.append(s[awal..<s.endIndex]) }
        return out
    }

    /// Builds the runs of a diff: consecutive runs of one kind are merged, and within a changed
    /// stretch everything removed comes before everything added.
    struct Susunan {
        var potongan: [Potongan] = []

        mutating func tambah(_ j: Jenis, _ s: Substring) {
            guard !s.isEmpty else { return }
            if let last = potongan.last, last.jenis == j {
                potongan[potongan.count - 1] = Potongan(jenis: j, teks: last.teks + s)
            } else {
                potongan.append(Potongan(jenis: j, teks: String(s)))
            }
        }

        /// The text of tokens `r` of `t` (consecutive slices of one string).
        static func teks(_ t: ArraySlice<Substring>, _ r: Range<Int>) -> Substring {
            guard let awal = r.first, let akhir = r.last else { return "" }
            return t[awal].base[t[awal].startIndex..<t[akhir].endIndex]
        }

        mutating func terapkan(_ langkah: [Langkah], _ a: ArraySlice<Substring>, _ b: ArraySlice<Substring>) {
            var i = a.startIndex, j = b.startIndex
            var hapusDari = i, tambahDari = j
            func tutup() {
                tambah(.hapus, Susunan.teks(a, hapusDari..<i))
                tambah(.tambah, Susunan.teks(b, tambahDari..<j))
            }
            for l in langkah {
                switch l {
                case .sama:
                    tutup()
                    tambah(.sama, b[j])
                    i += 1; j += 1
                    hapusDari = i; tambahDari = j
                case .hapus: i += 1
                case .tambah: j += 1
                }
            }
            tutup()
        }
    }

    /// Everything before the Pasal as one text: title, numbers, date and place, parties, considerations.
    public static func teksPembukaan(_ n: Naskah) -> String {
        var s = ["\(n.judul) tentang \(n.tentang)"]
        s += n.pihak.enumerated().map { i, p in
            "\(UrutanPihak.sebutan(i + 1)): \(p.instansi); \(p.nama), \(p.jabatan); \(p.alamat); Nomor \(p.nomorDokumen ?? "-")"
        }
        s.append("Tanggal \(n.tanggal?.panjang ?? "-"), tempat \(n.tempat ?? "-")")
        s += n.pertimbangan.enumerated().map { "\(TeksPasal.huruf($0.offset)). \($0.element)" }
        s += n.mengingat.enumerated().map { "\($0.offset + 1). \($0.element)" }
        return s.joined(separator: "\n")
    }

    public static func teksPasal(_ p: Pasal) -> String { p.judul + "\n" + TeksPasal.tulis(p.isi) }

    /// The diff of two versions: the opening, then every Pasal matched by its anchor (moved Pasal
    /// are compared with themselves), deleted Pasal last, then the lampiran. All of them share one
    /// budget, so the whole comparison is bounded, not each Pasal.
    public static func bandingkan(_ lama: Naskah, _ baru: Naskah, anggaran awalAnggaran: Anggaran = Anggaran()) -> [Bagian] {
        var out: [Bagian] = []
        var anggaran = awalAnggaran
        func bagian(_ kunci: String, _ label: String, _ a: String?, _ b: String?) {
            let status: Status = a == nil ? .ditambah : (b == nil ? .dihapus : (a == b ? .tetap : .diubah))
            let (potongan, satuan) = bandingkan(a ?? "", b ?? "", anggaran: &anggaran)
            out.append(Bagian(kunci: kunci, label: label, status: status, potongan: potongan, satuan: satuan))
        }
        bagian("pembukaan", "Judul, para pihak dan pertimbangan", teksPembukaan(lama), teksPembukaan(baru))
        let indeksLama = Dictionary(lama.pasal.enumerated().map { ($0.element.kunci, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var dipakai = Set<String>()
        for (i, p) in baru.pasal.enumerated() {
            let label = [baru.labelPasal(i), p.judul].filter { !$0.isEmpty }.joined(separator: " ")
            let lamaP = indeksLama[p.kunci].map { lama.pasal[$0] }
            if lamaP != nil { dipakai.insert(p.kunci) }
            bagian(p.kunci, label, lamaP.map(teksPasal), teksPasal(p))
        }
        for (i, p) in lama.pasal.enumerated() where !dipakai.contains(p.kunci) {
            bagian(p.kunci, [lama.labelPasal(i), p.judul].filter { !$0.isEmpty }.joined(separator: " "), teksPasal(p), nil)
        }
        for i in 0..<max(lama.lampiran.count, baru.lampiran.count) {
            let a = i < lama.lampiran.count ? lama.lampiran[i].judul + "\n" + TeksPasal.tulis(lama.lampiran[i].isi) : nil
            let b = i < baru.lampiran.count ? baru.lampiran[i].judul + "\n" + TeksPasal.tulis(baru.lampiran[i].isi) : nil
            bagian("lampiran-\(i + 1)", "Lampiran \(i + 1)", a, b)
        }
        return out
    }
}

