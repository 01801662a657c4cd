import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import JalinNaskah
import JalinDomain
import Testing

@Suite("Buku panduan (DOCX)")
struct BukuPanduanTests {
    static let judul = "Buku Panduan Kerja Sama Daerah"

    static func xml(_ bagian: [Panduan.Bagian], judul: String = judul, tandaAir: String? = nil) throws -> [String: XMLDocument] {
        try XMLUji.semuaBagian(OOXMLBaca.entri(BukuPanduan.docx(bagian, judul: judul, tandaAir: tandaAir)))
    }

    /// The text of every paragraph with the given style, in order.
    static func paragraf(_ doc: XMLDocument, gaya: String) throws -> [String] {
        try XMLUji.semua(doc, "p").filter { p in
            (try? p.nodes(forXPath: ".//*[local-name()='pStyle']").contains { XMLUji.atribut($0, "val") == gaya }) ?? false
        }.map { $0.stringValue ?? "" }
    }

    @Test("Satu judul bab per kelompok dan satu judul bernomor per bagian panduan")
    func judulBagian() throws {
        let doc = try #require(Self.xml(Panduan.semua)["word/document.xml"])
        let h1 = try Self.paragraf(doc, gaya: "Heading1")
        let h2 = try Self.paragraf(doc, gaya: "Heading2")
        #expect(h1.first == "DAFTAR ISI")
        #expect(h1.count == 1 + Panduan.Kelompok.allCases.count)
        #expect(h2.count == Panduan.semua.count)
        let g = Panduan.menurutKelompok()
        #expect(h2.first == "1.1  \(g[0].bagian[0].judul)")
        #expect(h2.contains { $0.hasSuffix(Panduan.bagian(tahap: .persetujuanDPRD).judul) })
        let isi = doc.rootElement()?.stringValue ?? ""
        // The table of contents lists every section; every legal basis is printed with its tag.
        for b in Panduan.semua { #expect(isi.contains(b.judul)) }
        #expect(isi.contains("PP 28/2018 Pasal 30"))
        #expect(isi.contains("Belum terverifikasi; periksa peraturan terbaru"))
        #expect(isi.contains("\u{2610}  "))
    }

    @Test("Tanda air hanya bila diminta; judul di kepala halaman; keluaran yang sama untuk masukan yang sama")
    func tandaAirDanReproduksi() throws {
        let dengan = try Self.xml(Array(Panduan.semua.prefix(3)), tandaAir: "CONTOH")
        #expect(try XMLUji.semua(#require(dengan["word/header1.xml"]), "textpath").contains { XMLUji.atribut($0, "string") == "CONTOH" })
        let tanpa = try Self.xml(Array(Panduan.semua.prefix(3)), tandaAir: nil)
        #expect(try XMLUji.semua(#require(tanpa["word/header1.xml"]), "textpath").isEmpty)
        #expect(try #require(tanpa["word/header1.xml"]).rootElement()?.stringValue?.contains(Self.judul) == true)
        let a = try BukuPanduan.docx(Panduan.semua, judul: Self.judul, tandaAir: nil)
        let b = try BukuPanduan.docx(Panduan.semua, judul: Self.judul, tandaAir: nil)
        #expect(a == b)
    }

    @Test("Teks yang mencoba merusak XML tetap menjadi teks biasa")
    func teksJahat() throws {
        let jahat = Contoh.jahat
        let x = Panduan.Bagian(
            id: "umum-jahat", kelompok: .umum, judul: jahat[0], ringkas: jahat[1], langkah: jahat, dasarHukum: [.init(jahat[1], tanda: "U")],
            daftarPeriksa: jahat, tautan: ["/pemetaan?q=<x>&y=\"z\""], kataKunci: jahat)
        let xml = try Self.xml([x], judul: jahat[1], tandaAir: jahat[0])
        let isi = try #require(xml["word/document.xml"]).rootElement()?.stringValue ?? ""
        #expect(isi.contains("<script>alert('x')</script>"))
        #expect(isi.contains("A & B \"kutip\" 'tunggal' ]]> <!-- -->"))
        #expect(!isi.contains("\u{0}"))
    }

    @Test("Bagian tanpa dasar hukum dinyatakan sebagai pengaturan aplikasi")
    func tanpaDasar() throws {
        let b = try #require(Panduan.semua.first { $0.dasarHukum.isEmpty })
        let isi = try #require(Self.xml([b])["word/document.xml"]).rootElement()?.stringValue ?? ""
        #expect(isi.contains("bukan ketentuan peraturan"))
    }
}
