import Foundation
import JalinDomain
@testable import JalinNaskah
import Testing

/// The word diff stays exact and bounded whatever the input (issue #16.1).
@Suite("Word diff: exact, minimal and bounded")
struct DiffKataTests {
    /// A small seeded generator, so a failure can be replayed.
    struct Acak: RandomNumberGenerator {
        var s: UInt64
        mutating func next() -> UInt64 {
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func gabung(_ p: [DiffKata.Potongan], tanpa: DiffKata.Jenis) -> String {
        p.filter { $0.jenis != tanpa }.map(\.teks).joined()
    }

    /// Joined, sama + hapus give the old text and sama + tambah the new one; no empty or split runs.
    static func periksaUtuh(_ p: [DiffKata.Potongan], _ lama: String, _ baru: String) {
        #expect(gabung(p, tanpa: .tambah) == lama)
        #expect(gabung(p, tanpa: .hapus) == baru)
        #expect(p.allSatisfy { !$0.teks.isEmpty })
        #expect(zip(p, p.dropFirst()).allSatisfy { $0.jenis != $1.jenis })
    }

    /// Edit distance (insertions and deletions only) by dynamic programming, for small inputs.
    static func jarak(_ a: [Int32], _ b: [Int32]) -> Int {
        var prev = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] : min(prev[j], cur[j - 1]) + 1
            }
            prev = cur
        }
        return a.isEmpty ? b.count : prev[b.count]
    }

    @Test("Myers' script is valid and shortest on random sequences (against dynamic programming)")
    func skripMinimal() {
        var g = Acak(s: 16)
        for _ in 0..<400 {
            let abjad = Int32.random(in: 1...4, using: &g)
            let a = (0..<Int.random(in: 0...40, using: &g)).map { _ in Int32.random(in: 0..<abjad, using: &g) }
            let b = (0..<Int.random(in: 0...40, using: &g)).map { _ in Int32.random(in: 0..<abjad, using: &g) }
            var anggaran = DiffKata.Anggaran()
            let l = DiffKata.skrip(a[...], b[...], anggaran: &anggaran)
            let s = try? #require(l, "a=\(a) b=\(b)")
            guard let s else { continue }
            #expect(s.filter { $0 != .sama }.count == Self.jarak(a, b), "a=\(a) b=\(b)")
            // Replaying the script spells both sequences.
            var i = 0, j = 0, ra: [Int32] = [], rb: [Int32] = []
            for x in s {
                switch x {
                case .sama: ra.append(a[i]); rb.append(b[j]); i += 1; j += 1
                case .hapus: ra.append(a[i]); i += 1
                case .tambah: rb.append(b[j]); j += 1
                }
            }
            #expect(ra == a && rb == b)
        }
    }

    @Test("Random texts read back exactly from the diff, at every budget (words, lines, whole)")
    func teksUtuh() {
        var g = Acak(s: 2024)
        let kata = ["PARA", "PIHAK", "sepakat", " ", " ", "\n", ".", ",", "(1)", "ayat", "Pasal", "🙂", "é", "-", "tim/teknis", "  "]
        func teks() -> String { (0..<Int.random(in: 0...60, using: &g)).map { _ in kata.randomElement(using: &g)! }.joined() }
        for putaran in 0..<300 {
            let lama = teks()
            // Mostly an edit of the old text, sometimes an unrelated one.
            var baru = lama
            if putaran % 3 == 0 { baru = teks() } else {
                for _ in 0..<Int.random(in: 1...4, using: &g) {
                    var t = DiffKata.token(baru).map(String.init)
                    let i = Int.random(in: 0...t.count, using: &g)
                    if Bool.random(using: &g) || t.isEmpty { t.insert(kata.randomElement(using: &g)!, at: i) } else { t.remove(at: min(i, t.count - 1)) }
                    baru = t.joined()
                }
            }
            for sisa in [Int.max / 2, 200, 20, 0] {
                var anggaran = DiffKata.Anggaran(sisa: sisa)
                let (p, satuan) = DiffKata.bandingkan(lama, baru, anggaran: &anggaran)
                Self.periksaUtuh(p, lama, baru)
                if sisa == Int.max / 2 { #expect(satuan == nil) }
            }
        }
    }

    @Test("24,000 changed words: bounded work, coarser unit, still exact")
    func terburuk() {
        let lama = String(repeating: ". ", count: 24_000), baru = String(repeating: ", ", count: 24_000)
        var anggaran = DiffKata.Anggaran()
        let (p, satuan) = DiffKata.bandingkan(lama, baru, anggaran: &anggaran)
        Self.periksaUtuh(p, lama, baru)
        #expect(satuan == .baris)  // one line each: the whole line removed, the new one added
        // The edit distance (48,000) is above the cap, so the search stopped at jarakMaks: its work
        // is about jarakMaks² steps, far below the budget, and did not depend on the length.
        #expect(Anggaran.bawaan - anggaran.sisa < 3 * DiffKata.jarakMaks * DiffKata.jarakMaks)
        // Lines: each line changes a little, many lines, a large distance in words → compared by line.
        let barisLama = (0..<3_000).map { "Ayat \($0) berlaku . . . selama lima tahun\n" }.joined()
        let barisBaru = (0..<3_000).map { $0 % 5 == 0 ? "Ayat \($0) berlaku , , , selama enam tahun\n" : "Ayat \($0) berlaku . . . selama lima tahun\n" }.joined()
        var a2 = DiffKata.Anggaran()
        let (p2, s2) = DiffKata.bandingkan(barisLama, barisBaru, anggaran: &a2)
        Self.periksaUtuh(p2, barisLama, barisBaru)
        #expect(s2 == .baris)
        #expect(p2.contains { $0.jenis == .sama && $0.teks.hasPrefix("Ayat 1 berlaku . . . selama lima tahun\n") })
    }

    @Test("One budget for the whole naskah: many large Pasal do not multiply the work")
    func anggaranBersama() throws {
        var v1 = try ContohNaskah.kb()
        let panjang = String(repeating: "kata ", count: 9_000)
        v1.pasal = (1...40).map { Pasal(kunci: "p\($0)", judul: "KETENTUAN \($0)", isi: [.paragraf(panjang)]) }
        var v2 = v1
        for i in v2.pasal.indices { v2.pasal[i].isi = [.paragraf(String(repeating: "ubah ", count: 9_000))] }
        let anggaran = DiffKata.Anggaran(sisa: 1_000_000)
        let b = DiffKata.bandingkan(v1, v2, anggaran: anggaran)
        #expect(b.filter { $0.status == .diubah }.count == 40)
        #expect(b.filter { $0.satuan == .utuh }.count == 40)
        for (x, (pa, pb)) in zip(b.filter { $0.kunci.hasPrefix("p") && $0.kunci != "pembukaan" }, zip(v1.pasal, v2.pasal)) {
            Self.periksaUtuh(x.potongan, DiffKata.teksPasal(pa), DiffKata.teksPasal(pb))
        }
        // Small changes are still compared word by word.
        var v3 = v1
        v3.pasal[0].isi = [.paragraf(panjang + "tambahan")]
        let c = DiffKata.bandingkan(v1, v3)
        #expect(c.first { $0.kunci == "p1" }?.satuan == nil)
        #expect(c.first { $0.kunci == "p1" }?.potongan.contains { $0.jenis == .tambah && $0.teks.contains("tambahan") } == true)
    }
}

private typealias Anggaran = DiffKata.Anggaran
