import Foundation

/// The plain-text form of a Pasal's body, for editing in a textarea without JavaScript and for the
/// word diff. One block per paragraph, separated by a blank line:
///
///     (1) Kesepakatan Bersama ini dimaksudkan sebagai …      ← ayat (numbered automatically)
///     (2) Ruang lingkup meliputi:
///         a. penyusunan rencana integrasi rute;              ← items under the ayat
///         b. pertukaran data.
///     a. jangka waktu berakhir;                              ← a lettered list
///     1. butir bernomor                                      ← a numbered list
///     | Kegiatan | Keluaran | Waktu |                        ← a table (first row: the header)
///     | Survei rute | Laporan | 2025 |
///     Paragraf biasa.
///
/// A line without a marker directly after a list item continues that item; after a blank line it
/// starts a paragraph. The numbers typed are not kept: the document numbers its ayat and items.
public enum TeksPasal {
    enum Penanda: Equatable {
        case ayat(String)
        case huruf(String)
        case angka(String)
        case tabel([String])
        case teks(String)
        case kosong
    }

    static func kenali(_ baris: Substring) -> Penanda {
        let t = baris.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return .kosong }
        if t.hasPrefix("|") {
            var sel = t.dropFirst()
            if sel.hasSuffix("|") { sel = sel.dropLast() }
            return .tabel(sel.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) })
        }
        let s = Substring(t)
        // (1) …
        if s.first == "(", let tutup = s.firstIndex(of: ")"), s.distance(from: s.startIndex, to: tutup) <= 4 {
            let angka = s[s.index(after: s.startIndex)..<tutup]
            if !angka.isEmpty, angka.allSatisfy(\.isASCII), angka.allSatisfy(\.isNumber) {
                return .ayat(s[s.index(after: tutup)...].trimmingCharacters(in: .whitespaces))
            }
        }
        // a. / a) …
        if s.count >= 2, let c = s.first, c.isASCII, c.isLowercase, c.isLetter {
            let kedua = s[s.index(after: s.startIndex)]
            if kedua == "." || kedua == ")" {
                let sisa = s.dropFirst(2)
                if sisa.isEmpty || sisa.first == " " { return .huruf(sisa.trimmingCharacters(in: .whitespaces)) }
            }
        }
        // 1. / 1) …
        var i = s.startIndex
        while i < s.endIndex, s[i].isASCII, s[i].isNumber, s.distance(from: s.startIndex, to: i) < 3 { i = s.index(after: i) }
        if i > s.startIndex, i < s.endIndex, s[i] == "." || s[i] == ")" {
            let sisa = s[s.index(after: i)...]
            if sisa.isEmpty || sisa.first == " " { return .angka(sisa.trimmingCharacters(in: .whitespaces)) }
        }
        return .teks(t)
    }

    /// Parses the textarea text into blocks.
    public static func urai(_ teks: String) -> [Unsur] {
        var hasil: [Unsur] = []
        enum Terbuka { case tidak, ayat, huruf, angka, paragraf, tabel }
        var terbuka = Terbuka.tidak
        var butir: [Butir] = []
        var paragraf = ""
        var tabel: [[String]] = []

        func tutup() {
            switch terbuka {
            case .ayat: if !butir.isEmpty { hasil.append(.ayat(butir)) }
            case .huruf: if !butir.isEmpty { hasil.append(.huruf(butir)) }
            case .angka: if !butir.isEmpty { hasil.append(.angka(butir)) }
            case .paragraf: if !paragraf.isEmpty { hasil.append(.paragraf(paragraf)) }
            case .tabel:
                if let kepala = tabel.first {
                    let n = tabel.map(\.count).max() ?? kepala.count
                    func pad(_ r: [String]) -> [String] { r + Array(repeating: "", count: max(0, n - r.count)) }
                    hasil.append(.tabel(TabelNaskah(kolom: pad(kepala), baris: tabel.dropFirst().map(pad))))
                }
            case .tidak: break
            }
            terbuka = .tidak
            butir = []
            paragraf = ""
            tabel = []
        }

        func sambung(_ a: String, _ b: String) -> String { a.isEmpty ? b : (b.isEmpty ? a : a + " " + b) }

        let normal = teks.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for baris in normal.split(separator: "\n", omittingEmptySubsequences: false) {
            let p = kenali(baris)
            switch p {
            case .kosong:
                tutup()
            case .ayat(let t):
                if terbuka != .ayat { tutup(); terbuka = .ayat }
                butir.append(Butir(t))
            case .huruf(let t):
                // Items under an open ayat or numbered list; otherwise a lettered list of its own.
                if terbuka == .ayat || terbuka == .angka, !butir.isEmpty {
                    butir[butir.count - 1].rincian.append(t)
                } else {
                    if terbuka != .huruf { tutup(); terbuka = .huruf }
                    butir.append(Butir(t))
                }
            case .angka(let t):
                if terbuka != .angka { tutup(); terbuka = .angka }
                butir.append(Butir(t))
            case .tabel(let sel):
                // A Markdown separator row (| --- | --- |) is skipped.
                if sel.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
                if terbuka != .tabel { tutup(); terbuka = .tabel }
                tabel.append(sel)
            case .teks(let t):
                switch terbuka {
                case .ayat, .huruf, .angka:
                    let k = butir.count - 1
                    if butir[k].rincian.isEmpty {
                        butir[k].teks = sambung(butir[k].teks, t)
                    } else {
                        butir[k].rincian[butir[k].rincian.count - 1] = sambung(butir[k].rincian.last!, t)
                    }
                case .paragraf:
                    paragraf = sambung(paragraf, t)
                case .tabel, .tidak:
                    tutup()
                    terbuka = .paragraf
                    paragraf = t
                }
            }
        }
        tutup()
        return hasil
    }

    /// Writes blocks back as text; `urai(tulis(x)) == x` for cleaned blocks.
    public static func tulis(_ isi: [Unsur]) -> String {
        var blok: [String] = []
        for u in isi {
            switch u {
            case .paragraf(let s):
                blok.append(s.replacingOccurrences(of: "\n", with: " "))
            case .ayat(let b):
                blok.append(b.enumerated().map { i, x in
                    (["(\(i + 1)) \(x.teks)"] + x.rincian.enumerated().map { j, r in "    \(huruf(j)). \(r)" }).joined(separator: "\n")
                }.joined(separator: "\n"))
            case .huruf(let b):
                blok.append(b.enumerated().map { i, x in "\(huruf(i)). \(x.teks)" }.joined(separator: "\n"))
            case .angka(let b):
                blok.append(b.enumerated().map { i, x in
                    (["\(i + 1). \(x.teks)"] + x.rincian.enumerated().map { j, r in "    \(huruf(j)). \(r)" }).joined(separator: "\n")
                }.joined(separator: "\n"))
            case .tabel(let t):
                let baris = [t.kolom] + t.baris
                blok.append(baris.map { "| " + $0.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: " | ") + " |" }.joined(separator: "\n"))
            }
        }
        return blok.joined(separator: "\n\n")
    }

    /// a, b, …, z, aa, bb, … (the way Indonesian legal drafting continues past z).
    public static func huruf(_ i: Int) -> String {
        let abjad = Array("abcdefghijklmnopqrstuvwxyz")
        return String(repeating: String(abjad[i % 26]), count: i / 26 + 1)
    }
}
