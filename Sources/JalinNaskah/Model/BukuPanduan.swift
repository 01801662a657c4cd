import Foundation
import JalinDomain

/// The printable booklet of the built-in guidance (Panduan): a cover with the legend of the tags, a table of
/// contents, then one chapter per group and one numbered section per `Panduan.Bagian` with its summary, steps,
/// checklist, legal basis (with tags; [U] rules say they are unverified) and the app pages it refers to.
///
/// The table of contents lists section numbers and titles without page numbers (the DOCX writer has no TOC
/// field); the numbers are repeated in the headings, and the headings are real Word headings, so the
/// navigation pane and a PDF's outline show them.
public enum BukuPanduan {
    /// The `.docx` bytes of the booklet. The same input gives the same bytes.
    public static func docx(_ bagian: [Panduan.Bagian], judul: String, tandaAir: String?) throws -> Data {
        try DOCX.tulis(dokumen(bagian, judul: judul, tandaAir: tandaAir))
    }

    /// The booklet as a DOCX document model (A4, Arial 11, page numbers).
    public static func dokumen(_ bagian: [Panduan.Bagian], judul: String, tandaAir: String?) -> DokumenDOCX {
        DokumenDOCX(
            ukuranKertas: .a4, margin: .bawaan, font: "Arial", ukuranFont: 11, spasiBaris: 1.15, kepala: judul, kaki: nil,
            nomorHalaman: true, tandaAir: tandaAir, judulDokumen: judul, pembuat: "Jalin", dibuat: nil,
            blok: blok(bagian, judul: judul))
    }

    /// The blocks of the booklet.
    public static func blok(_ bagian: [Panduan.Bagian], judul: String) -> [Blok] {
        let kelompok = Panduan.menurutKelompok(bagian)
        var b: [Blok] = []

        // Cover.
        for _ in 0..<6 { b.append(.paragraf([], rata: .tengah)) }
        b.append(.judul(judul))
        b.append(.paragraf([], rata: .tengah))
        b.append(.subjudul("Panduan Tahapan, Formulir, dan Dokumen Kerja Sama Daerah"))
        b.append(.paragraf([], rata: .tengah))
        b.append(.paragraf(
            [Run("Disusun dari panduan bawaan aplikasi Jalin. Setiap dasar hukum diberi tanda tingkat kepastiannya:")],
            rata: .tengah))
        b.append(.tabel(Tabel(
            kolom: [KolomTabel("Tanda", lebar: 2), KolomTabel("Nama", lebar: 4), KolomTabel("Keterangan")],
            baris: Panduan.penjelasanTanda.map { [SelTabel($0.tanda, rata: .tengah), SelTabel($0.nama), SelTabel($0.arti)] })))
        b.append(.paragraf([], rata: .tengah))
        b.append(.paragraf(
            [Run("Panduan ini bukan pengganti peraturan. Ketentuan bertanda U belum terverifikasi; periksa peraturan terbaru sebelum dijadikan pegangan.", miring: true)],
            rata: .tengah))
        b.append(.pemisahHalaman)

        // Table of contents.
        b.append(.heading("DAFTAR ISI", tingkat: 1))
        for (i, k) in kelompok.enumerated() {
            b.append(.paragraf([Run("\(i + 1). \(k.nama)", tebal: true)], rata: .kiri))
            for (j, x) in k.bagian.enumerated() {
                b.append(.paragraf([Run("\t\(i + 1).\(j + 1)  \(x.judul)")], rata: .kiri))
            }
        }

        // Chapters.
        for (i, k) in kelompok.enumerated() {
            b.append(.pemisahHalaman)
            b.append(.heading("\(i + 1). \(k.nama.uppercased())", tingkat: 1))
            b.append(.paragraf([Run(k.uraian)], rata: .rataKiriKanan))
            for (j, x) in k.bagian.enumerated() {
                b += bagianBlok(x, nomor: "\(i + 1).\(j + 1)")
            }
        }
        return b
    }

    /// One section: heading, summary, steps, checklist, legal basis, app pages.
    static func bagianBlok(_ x: Panduan.Bagian, nomor: String) -> [Blok] {
        var b: [Blok] = [.heading("\(nomor)  \(x.judul)", tingkat: 2), .paragraf([Run(x.ringkas)], rata: .rataKiriKanan)]
        if !x.langkah.isEmpty {
            b.append(.heading("Langkah", tingkat: 3))
            b.append(.daftar(x.langkah.map { [Run($0)] }, jenis: .angka, mulaiUlang: true))
        }
        if !x.daftarPeriksa.isEmpty {
            b.append(.heading("Daftar periksa", tingkat: 3))
            for d in x.daftarPeriksa {
                b.append(.paragraf([Run(d.hasSuffix(":") ? d : "\u{2610}  " + d)], rata: .kiri))
            }
        }
        b.append(.heading("Dasar hukum", tingkat: 3))
        if x.dasarHukum.isEmpty {
            b.append(.paragraf([Run("Bagian ini menjelaskan pengaturan aplikasi Jalin, bukan ketentuan peraturan.", miring: true)], rata: .kiri))
        } else {
            b.append(.tabel(Tabel(
                kolom: [KolomTabel("Ketentuan"), KolomTabel("Tanda", lebar: 4.5)],
                baris: x.dasarHukum.map { r in
                    var tanda = [Run("\(r.tanda) ", tebal: true), Run(r.namaTanda)]
                    if let p = r.peringatan { tanda.append(Run("\n" + p, miring: true)) }
                    return [SelTabel(r.teks), SelTabel(tanda, warna: r.tanda == "U" ? "FFF2CC" : nil)]
                })))
        }
        if !x.tautan.isEmpty {
            b.append(.paragraf([], rata: .kiri))
            b.append(.paragraf(
                [Run("Di Jalin: ", tebal: true), Run(x.tautan.map { "\(Panduan.namaTautan($0)) (\($0))" }.joined(separator: "; "))],
                rata: .kiri))
        }
        return b
    }
}
