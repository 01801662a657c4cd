import Foundation
import JalinDomain

/// A laid-out block and, for the heading of a Pasal, the Pasal's anchor (pages link comments to it).
public struct BlokNaskah: Sendable, Equatable {
    public let blok: Blok
    public let pasal: String?

    public init(_ blok: Blok, pasal: String? = nil) {
        self.blok = blok
        self.pasal = pasal
    }
}

/// Rendering options chosen at download time.
public struct OpsiCetak: Sendable, Equatable {
    public var kertas: UkuranKertas
    public var font: String
    /// "SIMULASI", "RANCANGAN" …; nil for none.
    public var tandaAir: String?
    /// Small text in the page header, e.g. "Rancangan versi 3".
    public var kepala: String?

    public init(kertas: UkuranKertas = .a4, font: String = "Arial", tandaAir: String? = nil, kepala: String? = nil) {
        self.kertas = kertas
        self.font = font
        self.tandaAir = tandaAir
        self.kepala = kepala
    }
}

/// Lays out a naskah as blocks (title block, opening, komparisi, considerations, Pasal, closing,
/// signatures, lampiran on new pages). The DOCX, the HTML print view and the Markdown export all
/// render these same blocks, so they cannot drift apart.
public enum SusunNaskah {
    static let k = Templat.kosong

    public static func blok(_ n: Naskah) -> [BlokNaskah] {
        var out: [BlokNaskah] = []
        func t(_ b: Blok) { out.append(BlokNaskah(b)) }
        switch n.gaya {
        case .perjanjian: perjanjian(n, &out)
        case .peraturan: peraturan(n, &out)
        case .bab: bab(n, &out)
        case .surat: surat(n, &out)
        case .beritaAcara: beritaAcara(n, &out)
        }
        for l in n.lampiran {
            t(.pemisahHalaman)
            t(.paragraf([Run("LAMPIRAN", tebal: true)], rata: .kiri))
            let nomor = n.pihak.compactMap(\.nomorDokumen).filter { !$0.isEmpty }
            t(.paragraf([Run("\(n.judul) \(n.pihak.count > 1 ? "ANTARA " + n.pihak.map { $0.instansi.uppercased() }.joined(separator: " DAN ") + " " : "")TENTANG \(n.tentang.uppercased())"
                             + (nomor.isEmpty ? "" : "\nNOMOR : " + nomor.joined(separator: "\nNOMOR : ")))], rata: .kiri))
            t(.judul(l.judul))
            t(.paragraf([], rata: .tengah))
            for b in isi(l.isi) { t(b) }
        }
        return out
    }

    /// The DOCX document: the blocks with the page setup, the footer with the paraf and page numbers.
    public static func dokumen(_ n: Naskah, opsi: OpsiCetak = OpsiCetak(), dibuat: Date? = nil) -> DokumenDOCX {
        let paraf = n.paraf.isEmpty ? nil : "Paraf: " + n.paraf.map { "\($0) ……" }.joined(separator: "   ")
        return DokumenDOCX(
            ukuranKertas: opsi.kertas, margin: .bawaan, font: opsi.font, ukuranFont: 12, spasiBaris: 1.15, kepala: opsi.kepala, kaki: paraf,
            nomorHalaman: true, tandaAir: opsi.tandaAir, judulDokumen: "\(n.judul) tentang \(n.tentang)", pembuat: "Jalin",
            dibuat: dibuat, blok: blok(n).map(\.blok))
    }

    /// The `.docx` bytes.
    public static func docx(_ n: Naskah, opsi: OpsiCetak = OpsiCetak(), dibuat: Date? = nil) throws -> Data {
        try DOCX.tulis(dokumen(n, opsi: opsi, dibuat: dibuat))
    }

    // MARK: Pieces

    static func kalimatPembukaan(_ n: Naskah, penutup: String) -> String {
        let hari = n.tanggal?.kalimatPembukaan ?? "Pada hari ini \(k) tanggal \(k) bulan \(k) tahun \(k)"
        return "\(hari), bertempat di \((n.tempat ?? "").ifEmpty(k)), \(penutup)"
    }

    static func nomor(_ n: Naskah, _ t: (Blok) -> Void) {
        let baris = n.pihak.map { "NOMOR : \(($0.nomorDokumen ?? "").ifEmpty(k))" }
        if !baris.isEmpty { t(.subjudul(baris.joined(separator: "\n"))) }
    }

    /// "Nama, selaku Jabatan, dalam hal ini bertindak untuk dan atas nama Instansi, berkedudukan di …,
    /// selanjutnya disebut PIHAK KESATU;"
    static func komparisi(_ n: Naskah) -> Blok {
        let butir = n.pihak.enumerated().map { i, p -> [Run] in
            var s = "\(p.nama.ifEmpty(k)), selaku \(p.jabatan.ifEmpty(k)), dalam hal ini bertindak untuk dan atas nama \(p.instansi)"
            if let d = p.dasarKewenangan, !d.isEmpty { s += ", \(d)" }
            s += ", berkedudukan di \(p.alamat.ifEmpty(k)), selanjutnya disebut "
            return [Run(s), Run(UrutanPihak.sebutan(i + 1), tebal: true), Run(";")]
        }
        return .daftar(butir, jenis: .angka)
    }

    /// The first "PARA PIHAK" in bold, as in contoh-naskah.md.
    static func tebalkan(_ s: String, _ kata: String = "PARA PIHAK") -> [Run] {
        guard let r = s.range(of: kata) else { return [Run(s)] }
        return [Run(String(s[..<r.lowerBound])), Run(kata, tebal: true), Run(String(s[r.upperBound...]))].filter { !$0.teks.isEmpty }
    }

    static func tandaTangan(_ n: Naskah, labelPihak: Bool) -> Blok {
        let urutan = n.urutanTandaTangan.filter { n.pihak.indices.contains($0) }
        return .tandaTangan(urutan.map { i in
            let p = n.pihak[i]
            return BlokTandaTangan(
                pihak: labelPihak ? UrutanPihak.sebutan(i + 1) + "," : nil, jabatan: p.jabatan.uppercased() + ",",
                nama: p.nama.isEmpty ? k : p.nama.uppercased(), nip: p.nip.map { "NIP. \($0)" },
                catatanMeterai: p.pemerintah ? nil : BlokTandaTangan.meterai)
        })
    }

    static func pasal(_ n: Naskah, _ out: inout [BlokNaskah], judulTampil: Bool = true, tingkat: Int = 2) {
        for (i, p) in n.pasal.enumerated() {
            let label = n.labelPasal(i)
            if judulTampil {
                let teks = [label, p.judul].filter { !$0.isEmpty }.joined(separator: "\n")
                if !teks.isEmpty { out.append(BlokNaskah(.heading(teks, tingkat: tingkat), pasal: p.kunci)) }
            } else if !p.judul.isEmpty {
                out.append(BlokNaskah(.heading(p.judul, tingkat: 3), pasal: p.kunci))
            }
            for b in isi(p.isi) { out.append(BlokNaskah(b)) }
        }
    }

    /// A Pasal's body as blocks. Items under an ayat become a lettered list indented below it; the
    /// ayat numbering continues after them.
    public static func isi(_ xs: [Unsur]) -> [Blok] {
        var out: [Blok] = []
        func daftar(_ b: [Butir], _ jenis: JenisDaftar, _ sub: JenisDaftar) {
            var kelompok: [[Run]] = []
            var pertama = true
            func keluarkan() {
                if !kelompok.isEmpty {
                    out.append(.daftar(kelompok, jenis: jenis, mulaiUlang: pertama))
                    pertama = false
                    kelompok = []
                }
            }
            for x in b {
                kelompok.append([Run(x.teks)])
                if !x.rincian.isEmpty {
                    keluarkan()
                    out.append(.daftar(x.rincian.map { [Run($0)] }, jenis: sub, mulaiUlang: true, tingkat: 1))
                }
            }
            keluarkan()
        }
        for u in xs {
            switch u {
            case .paragraf(let s): out.append(.paragraf([Run(s)], rata: .rataKiriKanan))
            case .ayat(let b): daftar(b, .ayat, .huruf)
            case .huruf(let b): daftar(b, .huruf, .angka)
            case .angka(let b): daftar(b, .angka, .huruf)
            case .tabel(let t):
                let n = max(t.kolom.count, t.baris.map(\.count).max() ?? 0)
                let kolom = (0..<n).map { KolomTabel($0 < t.kolom.count ? t.kolom[$0] : "", lebar: $0 == 0 && t.kolom.first == "No" ? 1.2 : nil) }
                out.append(.tabel(Tabel(kolom: kolom, baris: t.baris.map { $0.map { SelTabel($0) } })))
            }
        }
        return out
    }

    // MARK: Layouts

    static func judulAntara(_ n: Naskah, _ t: (Blok) -> Void) {
        t(.judul(n.judul))
        if n.pihak.count >= 2 {
            t(.subjudul("ANTARA"))
            for (i, p) in n.pihak.enumerated() {
                if i == n.pihak.count - 1 { t(.subjudul("DAN")) }
                t(.judul(p.instansi.uppercased() + (i < n.pihak.count - 2 ? "," : "")))
            }
        } else if let p = n.pihak.first {
            t(.judul(p.instansi.uppercased()))
        }
        if !n.tentang.isEmpty {
            t(.subjudul("TENTANG"))
            t(.judul(n.tentang.uppercased()))
        }
    }

    static func perjanjian(_ n: Naskah, _ out: inout [BlokNaskah]) {
        func t(_ b: Blok) { out.append(BlokNaskah(b)) }
        judulAntara(n, t)
        t(.paragraf([], rata: .tengah))
        nomor(n, t)
        t(.paragraf([], rata: .tengah))
        t(.paragraf([Run(kalimatPembukaan(n, penutup: "yang bertanda tangan di bawah ini:"))], rata: .rataKiriKanan))
        if !n.pihak.isEmpty { t(komparisi(n)) }
        if let s = n.pengantarPertimbangan { t(.paragraf(tebalkan(s), rata: .rataKiriKanan)) }
        if !n.pertimbangan.isEmpty { t(.daftar(n.pertimbangan.map { [Run($0)] }, jenis: .huruf)) }
        if !n.mengingat.isEmpty {
            t(.paragraf([Run("Mengingat:")], rata: .kiri))
            t(.daftar(n.mengingat.map { [Run($0)] }, jenis: .angka))
        }
        if let s = n.pengantarPasal { for baris in s.split(separator: "\n") { t(.paragraf([Run(String(baris))], rata: .rataKiriKanan)) } }
        pasal(n, &out)
        if let s = n.penutup { t(.paragraf([Run(s)], rata: .rataKiriKanan)) }
        t(.paragraf([], rata: .kiri))
        t(tandaTangan(n, labelPihak: true))
    }

    static func peraturan(_ n: Naskah, _ out: inout [BlokNaskah]) {
        func t(_ b: Blok) { out.append(BlokNaskah(b)) }
        t(.judul(n.judul))
        for (i, p) in n.pihak.enumerated() {
            if i > 0 { t(.subjudul("DAN")) }
            t(.judul(p.jabatan.uppercased()))
        }
        t(.paragraf([], rata: .tengah))
        nomor(n, t)
        t(.paragraf([], rata: .tengah))
        t(.subjudul("TENTANG"))
        t(.judul(n.tentang.uppercased()))
        t(.paragraf([], rata: .tengah))
        t(.subjudul("DENGAN RAHMAT TUHAN YANG MAHA ESA"))
        t(.paragraf([], rata: .tengah))
        if let s = n.pengantarPertimbangan { t(.subjudul(s)) }
        if !n.pertimbangan.isEmpty {
            t(.paragraf([Run("Menimbang:")], rata: .kiri))
            t(.daftar(n.pertimbangan.map { [Run($0)] }, jenis: .huruf))
        }
        if !n.mengingat.isEmpty {
            t(.paragraf([Run("Mengingat:")], rata: .kiri))
            t(.daftar(n.mengingat.map { [Run($0)] }, jenis: .angka))
        }
        if let s = n.pengantarPasal {
            for baris in s.split(separator: "\n").map(String.init) {
                if baris == baris.uppercased() && baris.hasSuffix(":") { t(.subjudul(baris)) } else { t(.paragraf([Run(baris)], rata: .rataKiriKanan)) }
            }
        }
        pasal(n, &out)
        if let s = n.penutup { t(.paragraf([Run(s)], rata: .rataKiriKanan)) }
        t(.paragraf([Run("Ditetapkan di \((n.tempat ?? "").ifEmpty(k))\npada tanggal \(n.tanggal?.panjang ?? k)")], rata: .kanan))
        t(tandaTangan(n, labelPihak: false))
    }

    static func bab(_ n: Naskah, _ out: inout [BlokNaskah]) {
        func t(_ b: Blok) { out.append(BlokNaskah(b)) }
        t(.judul(n.judul))
        if !n.tentang.isEmpty { t(.judul(n.tentang.uppercased())) }
        if let p = n.pihak.first { t(.subjudul(p.instansi.uppercased())) }
        if let r = n.rujukan { t(.paragraf([Run("Rujukan: \(r.uraian)", miring: true)], rata: .tengah)) }
        t(.paragraf([], rata: .tengah))
        pasal(n, &out, tingkat: 1)
        if let s = n.penutup { t(.paragraf([Run(s)], rata: .rataKiriKanan)) }
        t(.paragraf([Run("\((n.tempat ?? "").ifEmpty(k)), \(n.tanggal?.panjang ?? k)")], rata: .kanan))
        t(tandaTangan(n, labelPihak: false))
    }

    static func surat(_ n: Naskah, _ out: inout [BlokNaskah]) {
        func t(_ b: Blok) { out.append(BlokNaskah(b)) }
        let pengirim = n.pihak.first
        t(.judul(n.judul))
        if let a = pengirim?.alamat, !a.isEmpty { t(.subjudul(a)) }
        t(.paragraf([], rata: .kiri))
        t(.paragraf([Run("\((n.tempat ?? "").ifEmpty(k)), \(n.tanggal?.panjang ?? k)")], rata: .kanan))
        let s = n.surat ?? KepalaSurat(perihal: n.tentang, kepada: k)
        let baris: [(String, String)] = [("Nomor", (pengirim?.nomorDokumen ?? "").ifEmpty(k)), ("Sifat", s.sifat), ("Lampiran", s.lampiran), ("Perihal", s.perihal)]
        t(.tabel(Tabel(kolom: [KolomTabel("", lebar: 2.5), KolomTabel("", lebar: 0.5), KolomTabel("")],
                       baris: baris.map { [SelTabel($0.0), SelTabel(":"), SelTabel($0.1)] }, warnaKepala: nil, garis: false, kepalaTampil: false)))
        t(.paragraf([Run("Kepada\n" + s.kepada)], rata: .kiri))
        pasal(n, &out, judulTampil: false)
        if let p = n.penutup { t(.paragraf([Run(p)], rata: .rataKiriKanan)) }
        var ttd = tandaTangan(n, labelPihak: false)
        if case .tandaTangan(let x) = ttd, x.count == 1 { ttd = .tandaTangan([BlokTandaTangan(jabatan: "", nama: "")] + x) }
        t(ttd)
        if !n.tembusan.isEmpty {
            t(.paragraf([Run("Tembusan:", garisBawah: true)], rata: .kiri))
            t(.daftar(n.tembusan.map { [Run($0)] }, jenis: .angka))
        }
    }

    static func beritaAcara(_ n: Naskah, _ out: inout [BlokNaskah]) {
        func t(_ b: Blok) { out.append(BlokNaskah(b)) }
        t(.judul(n.judul))
        if !n.tentang.isEmpty { t(.judul(n.tentang.uppercased())) }
        t(.paragraf([], rata: .tengah))
        nomor(n, t)
        t(.paragraf([], rata: .tengah))
        t(.paragraf([Run(kalimatPembukaan(n, penutup: "kami yang bertanda tangan di bawah ini:"))], rata: .rataKiriKanan))
        if !n.pihak.isEmpty { t(komparisi(n)) }
        if let s = n.pengantarPasal { t(.paragraf([Run(s)], rata: .rataKiriKanan)) }
        pasal(n, &out, judulTampil: false)
        if let s = n.penutup { t(.paragraf([Run(s)], rata: .rataKiriKanan)) }
        t(.paragraf([], rata: .kiri))
        t(tandaTangan(n, labelPihak: true))
    }
}
