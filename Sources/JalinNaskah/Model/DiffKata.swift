import Foundation
import JalinDomain

/// A word-level comparison of two versions of a naskah, Pasal by Pasal, with the standard library's
/// `CollectionDifference` over word tokens (whitespace stays attached to the words, so the text
/// reads back exactly).
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
    /// and the common beginning and end are set aside first, so `CollectionDifference` only compares
    /// the part that changed.
    public static func bandingkan(_ lama: String, _ baru: String) -> [Potongan] {
        if lama == baru { return lama.isEmpty ? [] : [Potongan(jenis: .sama, teks: lama)] }
        let a = token(lama), b = token(baru)
        var kamus: [Substring: Int] = [:]
        kamus.reserveCapacity(a.count + b.count)
        func id(_ t: Substring) -> Int {
            if let x = kamus[t] { return x }
            let x = kamus.count
            kamus[t] = x
            return x
        }
        let ia = a.map(id), ib = b.map(id)
        var awal = 0
        while awal < ia.count && awal < ib.count && ia[awal] == ib[awal] { awal += 1 }
        var akhir = 0
        while akhir < ia.count - awal && akhir < ib.count - awal && ia[ia.count - 1 - akhir] == ib[ib.count - 1 - akhir] { akhir += 1 }
        let tengahA = ia[awal..<(ia.count - akhir)], tengahB = ib[awal..<(ib.count - akhir)]
        var hapus = Set<Int>(), tambah = Set<Int>()
        for c in tengahB.difference(from: tengahA) {
            switch c {
            case .remove(let o, _, _): hapus.insert(o + awal)
            case .insert(let o, _, _): tambah.insert(o + awal)
            }
        }
        var out: [Potongan] = []
        func tambahkan(_ j: Jenis, _ s: Substring) {
            if let last = out.last, last.jenis == j {
                out[out.count - 1] = Potongan(jenis: j, teks: last.teks + s)
            } else {
                out.append(Potongan(jenis: j, teks: String(s)))
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count && hapus.contains(i) {
                tambahkan(.hapus, a[i]); i += 1
            } else if j < b.count && tambah.contains(j) {
                tambahkan(.tambah, b[j]); j += 1
            } else if i < a.count && j < b.count {
                tambahkan(.sama, b[j]); i += 1; j += 1
            } else if i < a.count {
                tambahkan(.hapus, a[i]); i += 1
            } else {
                tambahkan(.tambah, b[j]); j += 1
            }
        }
        return out
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
    /// are compared with themselves), deleted Pasal last, then the lampiran.
    public static func bandingkan(_ lama: Naskah, _ baru: Naskah) -> [Bagian] {
        var out: [Bagian] = []
        func bagian(_ kunci: String, _ label: String, _ a: String?, _ b: String?) {
            let status: Status = a == nil ? .ditambah : (b == nil ? .dihapus : (a == b ? .tetap : .diubah))
            out.append(Bagian(kunci: kunci, label: label, status: status, potongan: bandingkan(a ?? "", b ?? "")))
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

