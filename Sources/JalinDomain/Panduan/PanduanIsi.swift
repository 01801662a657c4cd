import Foundation

// The text of the guidance lives in Markdown files, not in Swift, so that the people who write guidance
// never edit code: `Panduan/Isi/<kelompok>/NN-<id>.md`, one file per section, copied into the module's
// resource bundle and read once, at the first use of `Panduan`. The format is described in
// `Panduan/Isi/README.md`. Every rule cited there is in ksd-rules.md with the same tag.

extension Panduan {
    /// The sections of each group as written, in file-name order (`NN-` sets the order).
    static let isi: [Kelompok: [Bagian]] = IsiPanduan.muat()

    static var umum: [Bagian] { isi[.umum] ?? [] }
    static var formulir: [Bagian] { isi[.formulir] ?? [] }
    static var desa: [Bagian] { isi[.desa] ?? [] }

    /// The section of one stage. Every stage must have its file: a missing one stops the start.
    static func isiTahap(_ tahap: Tahap) -> Bagian {
        tertulis(.tahap, id: idBagian(tahap: tahap))
    }

    /// The section of one kind, with what is computed from the domain put in place of the file's
    /// placeholders: `{alur}` in the steps (the stages in Jalin) and in the links (the first three
    /// stages' guidance), `{dokumen-wajib}` in the checklist (`dokumenWajib`).
    static func isiJenis(_ jenis: JenisKerjaSama) -> Bagian {
        let b = tertulis(.jenis, id: idBagian(jenis: jenis))
        let alur = Tahap.alur(untuk: jenis, perluDPRD: true)
        let langkahAlur = alur.isEmpty ? [] : ["Alur di Jalin: " + alur.map { $0.nama(untuk: jenis) }.joined(separator: ", ") + "."]
        let tautanAlur = alur.filter { $0 != .berakhir }.prefix(3).map(t)
        func isi(_ daftar: [String], _ penanda: String, dengan nilai: [String]) -> [String] {
            daftar.flatMap { $0 == penanda ? nilai : [$0] }
        }
        return Bagian(
            id: b.id, kelompok: b.kelompok, judul: b.judul, ringkas: b.ringkas,
            langkah: isi(b.langkah, "{alur}", dengan: langkahAlur), dasarHukum: b.dasarHukum,
            daftarPeriksa: isi(b.daftarPeriksa, "{dokumen-wajib}", dengan: dokumenWajib(jenis)),
            tautan: isi(b.tautan, "{alur}", dengan: tautanAlur), kataKunci: b.kataKunci)
    }

    private static func tertulis(_ k: Kelompok, id: String) -> Bagian {
        guard let b = isi[k]?.first(where: { $0.id == id }) else {
            fatalError("Panduan: bagian \(id) tidak ada; tambahkan Panduan/Isi/\(k.rawValue)/NN-\(id).md")
        }
        return b
    }
}

/// Reads and parses the guidance files (`Panduan/Isi/README.md` describes the format).
enum IsiPanduan {
    struct Salah: Error, CustomStringConvertible {
        let berkas: String
        let pesan: String
        var description: String { "\(berkas): \(pesan)" }
    }

    /// Every section file of the bundle, by group. A malformed file stops the start with its name and reason.
    static func muat() -> [Panduan.Kelompok: [Panduan.Bagian]] {
        guard let akar = Bundle.module.url(forResource: "Isi", withExtension: nil) else {
            fatalError("Panduan: folder Isi tidak ada dalam bundel sumber daya JalinDomain")
        }
        var hasil: [Panduan.Kelompok: [Panduan.Bagian]] = [:]
        do {
            for k in Panduan.Kelompok.allCases {
                let folder = akar.appendingPathComponent(k.rawValue)
                let nama = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
                hasil[k] = try nama.map { n in
                    let teks = try String(contentsOf: folder.appendingPathComponent(n), encoding: .utf8)
                    let b = try urai(teks, berkas: "\(k.rawValue)/\(n)")
                    guard b.kelompok == k else { throw Salah(berkas: n, pesan: "kelompok \(b.kelompok.rawValue) di folder \(k.rawValue)") }
                    return b
                }
            }
        } catch {
            fatalError("Panduan: \(error)")
        }
        return hasil
    }

    /// One section from its Markdown text.
    static func urai(_ teks: String, berkas: String) throws -> Panduan.Bagian {
        let baris = teks.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard baris.first == "---", let tutup = baris.dropFirst().firstIndex(of: "---") else {
            throw Salah(berkas: berkas, pesan: "tidak diawali blok --- id/kelompok/judul ---")
        }
        var kepala: [String: String] = [:]
        for b in baris[1..<tutup] {
            guard let pisah = b.range(of: ": ") else { throw Salah(berkas: berkas, pesan: "baris kepala tanpa \"kunci: nilai\": \(b)") }
            kepala[String(b[..<pisah.lowerBound])] = String(b[pisah.upperBound...])
        }
        guard let id = kepala["id"], let judul = kepala["judul"], let k = kepala["kelompok"].flatMap(Panduan.Kelompok.init(rawValue:)) else {
            throw Salah(berkas: berkas, pesan: "kepala wajib memuat id, kelompok (umum, tahap, formulir, jenis, desa) dan judul")
        }
        var ringkas: [String] = []
        var daftar: [String: [String]] = [:]
        var bagianKini: String?
        for b in baris[(tutup + 1)...] {
            if b.hasPrefix("## ") {
                bagianKini = String(b.dropFirst(3))
                guard ["Langkah", "Dasar hukum", "Daftar periksa", "Tautan"].contains(bagianKini!) else {
                    throw Salah(berkas: berkas, pesan: "judul bagian tidak dikenal: \(b)")
                }
            } else if let kini = bagianKini {
                if b.isEmpty { continue }
                guard b.hasPrefix("- ") else { throw Salah(berkas: berkas, pesan: "di bawah ## \(kini) setiap baris diawali \"- \": \(b)") }
                daftar[kini, default: []].append(String(b.dropFirst(2)))
            } else {
                ringkas.append(b)
            }
        }
        let dasar = try (daftar["Dasar hukum"] ?? []).map { d in
            guard d.count > 4, d.hasPrefix("["), d.dropFirst(2).hasPrefix("] "), let tanda = d.dropFirst().first, "VSU".contains(tanda) else {
                throw Salah(berkas: berkas, pesan: "dasar hukum diawali [V], [S] atau [U]: \(d)")
            }
            return Panduan.Rujukan(String(d.dropFirst(4)), tanda: String(tanda))
        }
        return Panduan.Bagian(
            id: id, kelompok: k, judul: judul, ringkas: rapikan(ringkas.joined(separator: "\n")), langkah: daftar["Langkah"] ?? [],
            dasarHukum: dasar, daftarPeriksa: daftar["Daftar periksa"] ?? [], tautan: daftar["Tautan"] ?? [],
            kataKunci: kepala["kata-kunci"].map { $0.components(separatedBy: "; ") } ?? [])
    }

    /// Without the blank lines around it.
    private static func rapikan(_ s: String) -> String {
        var s = Substring(s)
        while s.first == "\n" { s = s.dropFirst() }
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
