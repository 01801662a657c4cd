import Foundation
import JalinDomain

/// An obligation of one party, taken from the "hak dan kewajiban" Pasal, to be followed up in monev.
public struct KewajibanTerlacak: Sendable, Codable, Equatable {
    /// "PIHAK KESATU"
    public let sebutan: String
    /// The party that owes it: "Pemerintah Kabupaten Kutai Kartanegara".
    public let pemilik: String
    public let uraian: String
    /// A date written in the text ("paling lambat tanggal 31 Desember 2025"), else nil: due throughout the term.
    public let batasWaktu: Tanggal?
    public let pasal: String
}

public enum Kewajiban {
    /// Every obligation written as "PIHAK X berkewajiban: a. …; b. …" in the hak dan kewajiban Pasal.
    public static func daftar(_ n: Naskah) -> [KewajibanTerlacak] {
        var out: [KewajibanTerlacak] = []
        for p in n.pasal where p.klausul?.kode == "hak-kewajiban" || p.judul.uppercased().contains("KEWAJIBAN") {
            for u in p.isi {
                guard case .ayat(let butir) = u else { continue }
                for b in butir where b.teks.lowercased().contains("kewajiban") || b.teks.lowercased().contains("berkewajiban") {
                    guard let i = (1...max(n.pihak.count, 1)).first(where: { b.teks.uppercased().contains(UrutanPihak.sebutan($0)) }) else { continue }
                    let sebutan = UrutanPihak.sebutan(i)
                    let pemilik = i <= n.pihak.count ? n.pihak[i - 1].instansi : sebutan
                    for r in b.rincian {
                        let uraian = r.trimmingCharacters(in: CharacterSet(charactersIn: " ;.")).replacingOccurrences(of: "; dan", with: "")
                            .replacingOccurrences(of: "; atau", with: "")
                        out.append(KewajibanTerlacak(sebutan: sebutan, pemilik: pemilik, uraian: uraian, batasWaktu: tanggal(dalam: r), pasal: p.kunci))
                    }
                }
            }
        }
        return out
    }

    /// "… paling lambat tanggal 31 Desember 2025 …" → 2025-12-31.
    static func tanggal(dalam s: String) -> Tanggal? {
        let kata = s.split(whereSeparator: { $0.isWhitespace }).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard kata.count >= 3 else { return nil }
        for i in 0..<(kata.count - 2) {
            guard let h = Int(kata[i]), let b = NamaBulan.allCases.first(where: { $0.nama.lowercased() == kata[i + 1].lowercased() }),
                  let t = Int(kata[i + 2]) else { continue }
            if let x = try? Tanggal(tahun: t, bulan: b.rawValue, hari: h) { return x }
        }
        return nil
    }
}
