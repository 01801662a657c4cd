import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import JalinNaskah
import Testing

/// Sample documents shared by the OOXML tests, and written to `$JALIN_OOXML_OUT` for CI, where
/// `Tests/ooxml_check.py` opens them with python-docx, openpyxl and LibreOffice.
enum Contoh {
    /// Text that tries to break XML, formulas and layout.
    static let jahat: [String] = [
        "<script>alert('x')</script>",
        "A & B \"kutip\" 'tunggal' ]]> <!-- -->",
        "nul\u{0}bel\u{7}bs\u{8}vt\u{B}ff\u{C}us\u{1F}del\u{7F}",
        "emoji 🤝🇮🇩 Kukar–IKN ½",
        "=HYPERLINK(\"http://jahat.example\",\"klik\")",
        "+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "-2+3",
        "\tdiawali tab",
        "  spasi di tepi  ",
        "\u{FFFE}\u{FFFF}non-karakter",
        "baris\nbaru\r\nlagi",
    ]

    /// A Kesepakatan Bersama shaped like `shared/domain/contoh-naskah.md`: title block, opening,
    /// three Pasal with ayat, a table, the signature table; A4, Arial, "SIMULASI" watermark.
    static func kesepakatanBersama() -> DokumenDOCX {
        var blok: [Blok] = [
            .judul("Kesepakatan Bersama"),
            .subjudul("ANTARA"),
            .judul("Pemerintah Kabupaten Kutai Kartanegara"),
            .subjudul("DAN"),
            .judul("Pemerintah Kabupaten Penajam Paser Utara"),
            .subjudul("TENTANG"),
            .judul("Integrasi Layanan Angkutan Sungai dan Darat\ndi Kawasan Penyangga Ibu Kota Nusantara"),
            .paragraf([], rata: .tengah),
            .subjudul("NOMOR : 100.3.7/12/KS/V/2024\nNOMOR : 180/45/Pem/2024"),
            .paragraf([], rata: .tengah),
            .paragraf([
                "Pada hari ini Jumat tanggal tiga bulan Mei tahun dua ribu dua puluh empat, bertempat di Samarinda, ",
                "yang bertanda tangan di bawah ini:",
            ], rata: .rataKiriKanan),
            .daftar([
                ["Nama Bupati Kutai Kartanegara, selaku Bupati Kutai Kartanegara, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten Kutai Kartanegara, selanjutnya disebut ", .tebal("PIHAK KESATU"), ";"],
                ["Nama Bupati Penajam Paser Utara, selaku Bupati Penajam Paser Utara, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten Penajam Paser Utara, selanjutnya disebut ", .tebal("PIHAK KEDUA"), ";"],
            ], jenis: .angka),
            .paragraf([
                "PIHAK KESATU dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut ", .tebal("PARA PIHAK"),
                ", sepakat untuk mengadakan Kesepakatan Bersama dengan ketentuan sebagai berikut:",
            ], rata: .rataKiriKanan),
            .heading("Pasal 1\nMAKSUD DAN TUJUAN", tingkat: 2),
            .daftar([
                ["Kesepakatan Bersama ini dimaksudkan sebagai pedoman bagi PARA PIHAK dalam integrasi layanan angkutan sungai dan darat."],
                ["Kesepakatan Bersama ini bertujuan untuk meningkatkan keterhubungan layanan angkutan di kawasan penyangga."],
            ], jenis: .ayat),
            .heading("Pasal 2\nRUANG LINGKUP", tingkat: 2),
            .daftar([
                ["Ruang lingkup Kesepakatan Bersama ini meliputi:"],
            ], jenis: .ayat),
            .daftar([
                ["penyusunan rencana integrasi rute angkutan sungai dan darat;"],
                ["pertukaran data dan informasi;"],
                ["peningkatan kapasitas sumber daya manusia."],
            ], jenis: .huruf, tingkat: 1),
            .daftar([
                ["Rincian kegiatan tercantum dalam tabel berikut."],
            ], jenis: .ayat, mulaiUlang: false),
            .tabel(Tabel(
                kolom: [KolomTabel("No", lebar: 1.2), KolomTabel("Kegiatan"), KolomTabel("Pelaksana", lebar: 5), KolomTabel("Tahun", lebar: 2)],
                baris: (1...3).map { i in
                    [SelTabel("\(i)", rata: .tengah), SelTabel("Kegiatan ke-\(i) integrasi rute"),
                     SelTabel("Dinas Perhubungan", warna: i == 2 ? "FFF2CC" : nil), SelTabel("\(2023 + i)", rata: .tengah)]
                })),
            .heading("Pasal 3\nJANGKA WAKTU", tingkat: 2),
            .daftar([
                ["Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal ditandatangani."],
                ["Kesepakatan Bersama ini dapat diperpanjang atas persetujuan PARA PIHAK."],
            ], jenis: .ayat),
            .paragraf([
                "Kesepakatan Bersama ini dibuat dalam rangkap 2 (dua) asli, masing-masing mempunyai kekuatan hukum yang sama.",
            ], rata: .rataKiriKanan),
            .tandaTangan([
                BlokTandaTangan(pihak: "PIHAK KEDUA,", jabatan: "BUPATI PENAJAM PASER UTARA,", nama: "NAMA BUPATI PPU"),
                BlokTandaTangan(pihak: "PIHAK KESATU,", jabatan: "BUPATI KUTAI KARTANEGARA,", nama: "NAMA BUPATI KUKAR"),
            ]),
        ]
        blok.append(.paragraf([Run("Paraf: Kabag Kerja Sama …… Kabag Hukum ……", miring: true)], rata: .kiri))
        return DokumenDOCX(
            ukuranKertas: .a4, font: "Arial", kepala: "Draf — dibuat oleh Jalin",
            tandaAir: "SIMULASI", judulDokumen: "Kesepakatan Bersama Kukar–PPU", pembuat: "Jalin", blok: blok)
    }

    /// F4, Bookman Old Style, hostile text everywhere (runs, heading, table, signatures, header,
    /// footer, watermark, properties) and a 5 MB paragraph when `besar`.
    static func dokumenJahat(besar: Bool) -> DokumenDOCX {
        let semua = jahat.joined(separator: " | ")
        var blok: [Blok] = [
            .judul(jahat[0]),
            .heading(jahat[1], tingkat: 1),
            .paragraf(jahat.map { Run($0) }, rata: .rataKiriKanan),
            .paragraf([Run(semua, tebal: true, miring: true, garisBawah: true)], rata: .kanan),
            .daftar(jahat.map { [Run($0)] }, jenis: .huruf),
            .tabel(Tabel(kolom: jahat.prefix(3).map { KolomTabel($0) },
                         baris: [jahat.prefix(3).map { SelTabel($0, warna: "\"/><evil/>") }, [], [SelTabel("")]])),
            .pemisahHalaman,
            .tandaTangan([BlokTandaTangan(pihak: jahat[0], jabatan: jahat[1], nama: jahat[4], nip: jahat[2],
                                          catatanMeterai: BlokTandaTangan.meterai)]),
        ]
        if besar {
            blok.append(.paragraf([Run(String(repeating: "Paragraf panjang <&> ", count: 5 * 1024 * 1024 / 21))], rata: .kiri))
        }
        return DokumenDOCX(
            ukuranKertas: .f4, font: "Bookman Old Style", kepala: semua, kaki: jahat[0],
            tandaAir: "SIMULASI \(jahat[0])", judulDokumen: semua, pembuat: jahat[1], blok: blok)
    }

    /// Two sheets: hostile text cells and typed values.
    static func bukuKerja() -> [LembarKerja] {
        let jahatBaris: [[Sel]] = jahat.enumerated().map { i, s in [.bilangan(i + 1), .teks(s), .teks("aman \(i)")] }
        let data: [[Sel]] = (1...50).map { i in
            [.bilangan(i), .teks("Kabupaten \(i)"), .angka(Double(i) * 1.5), .tanggal(tahun: 2024, bulan: 5, hari: 1 + i % 28),
             i % 5 == 0 ? .kosong : .teks("Tahap \(i % 4)")]
        }
        return [
            LembarKerja(nama: "Teks jahat [uji]: a/b*c?", kolom: [Kolom(judul: "No", lebar: 6), Kolom(judul: "Isi"), Kolom(judul: "Catatan")],
                        baris: jahatBaris),
            LembarKerja(nama: "Data kerja sama", kolom: ["No", "Daerah", "Nilai", "Tanggal", "Tahap"].map { Kolom(judul: $0) },
                        baris: data),
        ]
    }
}

/// XML helpers for the tests.
enum XMLUji {
    static func dokumen(_ data: Data) throws -> XMLDocument {
        try XMLDocument(data: data, options: [])
    }

    /// Nodes whose local name is `nama`, anywhere below the root.
    static func semua(_ doc: XMLDocument, _ nama: String) throws -> [XMLNode] {
        try doc.nodes(forXPath: "//*[local-name()='\(nama)']")
    }

    /// A part's text; fails the test when the part is missing or not UTF-8.
    static func utf8(_ data: Data?, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let data = try #require(data, sourceLocation: sourceLocation)
        return try #require(String(data: data, encoding: .utf8), sourceLocation: sourceLocation)
    }

    static func atribut(_ n: XMLNode, _ nama: String) -> String? {
        guard let e = n as? XMLElement else { return nil }
        return e.attributes?.first { $0.name == nama || $0.localName == nama }?.stringValue
    }

    /// Parses every `.xml` and `.rels` part; returns the parsed documents.
    static func semuaBagian(_ entri: [String: Data]) throws -> [String: XMLDocument] {
        var hasil: [String: XMLDocument] = [:]
        for (nama, isi) in entri where nama.hasSuffix(".xml") || nama.hasSuffix(".rels") {
            hasil[nama] = try dokumen(isi)
        }
        return hasil
    }
}

@Suite("OOXML samples for CI")
struct OOXMLContohTests {
    @Test("Samples build, and land in $JALIN_OOXML_OUT when it is set")
    func tulisContoh() throws {
        let kb = try DOCX.tulis(Contoh.kesepakatanBersama())
        let jahat = try DOCX.tulis(Contoh.dokumenJahat(besar: false))
        let xlsx = try XLSX.tulis(Contoh.bukuKerja(), judul: "Data <uji>", pembuat: "Jalin & co")
        for data in [kb, jahat, xlsx] {
            #expect(try XMLUji.semuaBagian(OOXMLBaca.entri(data)).count >= 8)
        }
        guard let folder = ProcessInfo.processInfo.environment["JALIN_OOXML_OUT"], !folder.isEmpty else { return }
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try kb.write(to: url.appendingPathComponent("contoh-kesepakatan-bersama.docx"))
        try jahat.write(to: url.appendingPathComponent("contoh-teks-jahat-f4.docx"))
        try xlsx.write(to: url.appendingPathComponent("contoh-data.xlsx"))
    }
}
