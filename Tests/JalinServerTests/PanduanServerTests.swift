import Foundation
import JalinDomain
import JalinNaskah
@testable import JalinServer
import Testing
import VaporTesting

/// Scenario E.1: guidance for every stage with its legal basis, searchable, and the booklet.
@Suite("Panduan pages")
struct PanduanServerTests {
    @Test("A desa operator finds the guidance, searches it and opens every section")
    func halaman() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("operator.karyajaya")
            let indeks = try await b.get("/panduan")
            #expect(indeks.status == .ok)
            #expect(indeks.body.string.contains("Panduan Kerja Sama Daerah"))
            let cari = try await b.get("/panduan?q=dprd")
            #expect(cari.status == .ok)
            #expect(cari.body.string.contains(Panduan.cari("dprd").first!.judul))
            for bagian in Panduan.semua {
                let r = try await b.get("/panduan/\(bagian.id)")
                #expect(r.status == .ok, "\(bagian.id)")
                #expect(r.body.string.contains(bagian.dasarHukum.first?.teks ?? bagian.judul), "\(bagian.id)")
            }
            #expect(try await b.get("/panduan/tidak-ada").status == .notFound)
            // A guidance page links only to pages the reader's role can open.
            let impor = try #require(Panduan.semua.first { $0.tautan.contains("/kerja-sama/impor") })
            #expect(try await !b.get("/panduan/\(impor.id)").body.string.contains("href=\"/kerja-sama/impor\""))
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            #expect(try await admin.get("/panduan/\(impor.id)").body.string.contains("href=\"/kerja-sama/impor\""))
        }
    }

    @Test("The booklet and the example documents are real DOCX files")
    func buku() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("tkksd.kukar")
            let buku = try await b.get("/panduan/buku.docx")
            #expect(buku.status == .ok)
            let dok = String(decoding: try #require(try OOXMLBaca.entri(Data(buku.body.readableBytesView))["word/document.xml"]), as: UTF8.self)
            #expect(dok.contains(Panduan.semua[0].judul))
            #expect(!PanduanPage.jenisContoh.isEmpty)
            for j in PanduanPage.jenisContoh {
                let r = try await b.get("/panduan/contoh/\(j.rawValue).docx")
                #expect(r.status == .ok, "\(j.rawValue)")
                #expect(try OOXMLBaca.entri(Data(r.body.readableBytesView))["word/document.xml"] != nil)
            }
            #expect(try await b.get("/panduan/contoh/bukan-jenis.docx").status == .notFound)
        }
    }
}
