import Foundation

/// One laid-out block for an HTML template (Leaf): plain fields only, every text still unescaped
/// (the template escapes it).
public struct BlokTampil: Sendable, Encodable, Equatable {
    public struct Potong: Sendable, Encodable, Equatable {
        public let teks: String
        public let tebal: Bool
        public let miring: Bool
        public let garis: Bool
    }

    public struct Butir: Sendable, Encodable, Equatable {
        public let nomor: String
        public let isi: [Potong]
    }

    public struct Ttd: Sendable, Encodable, Equatable {
        public let pihak: String?
        public let jabatan: String
        public let nama: String
        public let nip: String?
        public let meterai: String?
    }

    /// judul, subjudul, heading, paragraf, daftar, tabel, ttd, halaman
    public let jenis: String
    public let teks: String?
    public let tingkat: Int
    public let rata: String
    public let isi: [Potong]
    public let butir: [Butir]
    /// ayat, huruf, angka
    public let daftar: String?
    public let indentasi: Bool
    public let kolom: [String]
    public let kepalaTampil: Bool
    public let baris: [[String]]
    public let garis: Bool
    public let ttd: [Ttd]
    /// The anchor of a Pasal heading ("pasal-<kunci>").
    public let jangkar: String?
}

public enum TampilanNaskah {
    static func potong(_ r: [Run]) -> [BlokTampil.Potong] {
        r.map { BlokTampil.Potong(teks: $0.teks, tebal: $0.tebal, miring: $0.miring, garis: $0.garisBawah) }
    }

    static func nomor(_ j: JenisDaftar, _ i: Int) -> String {
        switch j {
        case .ayat: "(\(i))"
        case .huruf: TeksPasal.huruf(i - 1) + "."
        case .angka: "\(i)."
        }
    }

    static func namaRata(_ r: Rata) -> String {
        switch r {
        case .kiri: "kiri"
        case .tengah: "tengah"
        case .kanan: "kanan"
        case .rataKiriKanan: "rata"
        }
    }

    static func namaDaftar(_ j: JenisDaftar) -> String {
        switch j {
        case .ayat: "ayat"
        case .huruf: "huruf"
        case .angka: "angka"
        }
    }

    /// Blocks for the HTML view; list numbers are computed here (lists that continue keep counting).
    public static func blok(_ xs: [BlokNaskah]) -> [BlokTampil] {
        var hitung: [JenisDaftar: Int] = [:]
        return xs.map { x in
            func b(_ jenis: String, teks: String? = nil, tingkat: Int = 0, rata: String = "kiri", isi: [BlokTampil.Potong] = [],
                   butir: [BlokTampil.Butir] = [], daftar: String? = nil, indentasi: Bool = false, kolom: [String] = [],
                   kepalaTampil: Bool = true, baris: [[String]] = [], garis: Bool = true, ttd: [BlokTampil.Ttd] = []) -> BlokTampil {
                BlokTampil(jenis: jenis, teks: teks, tingkat: tingkat, rata: rata, isi: isi, butir: butir, daftar: daftar, indentasi: indentasi,
                           kolom: kolom, kepalaTampil: kepalaTampil, baris: baris, garis: garis, ttd: ttd, jangkar: x.pasal.map { "pasal-\($0)" })
            }
            switch x.blok {
            case .judul(let s): return b("judul", teks: s.uppercased())
            case .subjudul(let s): return b("subjudul", teks: s)
            case let .heading(s, tingkat): return b("heading", teks: s, tingkat: tingkat)
            case let .paragraf(r, rata):
                return b("paragraf", rata: namaRata(rata), isi: potong(r))
            case let .daftar(items, jenis, mulaiUlang, tingkat):
                let awal = mulaiUlang ? 0 : (hitung[jenis] ?? 0)
                hitung[jenis] = awal + items.count
                let nama = namaDaftar(jenis)
                return b("daftar", butir: items.enumerated().map { BlokTampil.Butir(nomor: nomor(jenis, awal + $0.offset + 1), isi: potong($0.element)) },
                         daftar: nama, indentasi: tingkat > 0)
            case .tabel(let t):
                return b("tabel", kolom: t.kolom.map(\.judul), kepalaTampil: t.kepalaTampil && !t.kolom.isEmpty,
                         baris: t.baris.map { $0.map { $0.isi.map(\.teks).joined() } }, garis: t.garis)
            case .pemisahHalaman: return b("halaman")
            case .tandaTangan(let t):
                return b("ttd", ttd: t.map { .init(pihak: $0.pihak, jabatan: $0.jabatan, nama: $0.nama, nip: $0.nip, meterai: $0.catatanMeterai) })
            }
        }
    }
}

/// Markdown of a laid-out naskah (for pandoc, and for pasting into other tools).
public enum MarkdownNaskah {
    static func teks(_ r: [Run]) -> String {
        r.map { x -> String in
            let t = x.teks.replacingOccurrences(of: "\n", with: "  \n")
            if t.trimmingCharacters(in: .whitespaces).isEmpty { return t }
            if x.tebal { return "**\(t)**" }
            if x.miring { return "*\(t)*" }
            return t
        }.joined()
    }

    static func sel(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    public static func tulis(_ n: Naskah) -> String { tulis(SusunNaskah.blok(n).map(\.blok)) }

    public static func tulis(_ blok: [Blok]) -> String {
        var out: [String] = []
        var hitung: [JenisDaftar: Int] = [:]
        for b in blok {
            switch b {
            case .judul(let s): out.append("**\(s.uppercased().replacingOccurrences(of: "\n", with: " "))**")
            case .subjudul(let s): out.append(s.replacingOccurrences(of: "\n", with: "  \n"))
            case let .heading(s, tingkat): out.append(String(repeating: "#", count: min(tingkat + 1, 4)) + " " + s.replacingOccurrences(of: "\n", with: " — "))
            case .paragraf(let r, _):
                let t = teks(r)
                if !t.trimmingCharacters(in: .whitespaces).isEmpty { out.append(t) }
            case let .daftar(items, jenis, mulaiUlang, tingkat):
                let awal = mulaiUlang ? 0 : (hitung[jenis] ?? 0)
                hitung[jenis] = awal + items.count
                let indent = String(repeating: " ", count: tingkat * 4)
                out.append(items.enumerated().map { i, r in
                    indent + TampilanNaskah.nomor(jenis, awal + i + 1) + " " + teks(r)
                }.joined(separator: "\n"))
            case .tabel(let t):
                let n = max(t.kolom.count, t.baris.map(\.count).max() ?? 0)
                guard n > 0 else { continue }
                let kepala = (0..<n).map { $0 < t.kolom.count && t.kepalaTampil ? sel(t.kolom[$0].judul) : " " }
                var rows = ["| " + kepala.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: n)]
                for r in t.baris { rows.append("| " + (0..<n).map { $0 < r.count ? sel(r[$0].isi.map(\.teks).joined()) : "" }.joined(separator: " | ") + " |") }
                out.append(rows.joined(separator: "\n"))
            case .pemisahHalaman:
                out.append("\\newpage")
            case .tandaTangan(let t):
                let kolom = t.map { sel(($0.pihak ?? "") + " " + $0.jabatan) }
                out.append((["| " + kolom.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: t.count),
                              "| " + t.map { sel($0.catatanMeterai ?? " ") }.joined(separator: " | ") + " |",
                              "| " + t.map { sel($0.nama) }.joined(separator: " | ") + " |"]).joined(separator: "\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }
}
