import Fluent
import Foundation
@testable import JalinServer
import Testing
import VaporTesting

/// Issue 9.4: long lists come in pages; the load generator fills a pemda for it.
@Suite("Pages of long lists, on generated load data")
struct HalamanBesarTests {
    @Test("The generator is deterministic in size; the naskah list and the public page are paged")
    func halaman() async throws {
        try await denganJalin { app in
            let ukuran = DataBeban.Ukuran(pemda: 1, unitPerPemda: 2, pengguna: 5, usulan: 50, kerjaSama: 600, kewajiban: 50,
                                          periodeMonev: 1, naskah: 150, benih: 7)
            _ = try await DataBeban.buat(ukuran, on: app.db) { _ in }
            let kukar = try await app.pemda("64.02")
            #expect(try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$judul, .custom("LIKE"), "%(beban %").count() == 600)
            #expect(try await NaskahRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).count() >= 150)
            #expect(try await VersiNaskah.query(on: app.db).filter(\.$pemdaID == kukar.id!).count() >= 450)

            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let p1 = try await b.get("/naskah").body.string
            #expect(p1.contains("/naskah?halaman=2"))
            let p2 = try await b.get("/naskah?halaman=2")
            #expect(p2.status == .ok)
            #expect(p2.body.string.contains("/naskah?halaman=1"))
            #expect(try await b.get("/naskah?halaman=99999999999999").status == .ok)  // past the end: an empty page, no crash

            var anonim = Peramban(app)
            let pub = try await anonim.get("/publik/64.02").body.string
            #expect(pub.contains("/publik/64.02?halaman=2"))
            #expect(try await anonim.get("/publik/64.02?halaman=2").status == .ok)
            #expect(try await b.get("/kerja-sama?halaman=9223372036854775807").status == .ok)
        }
    }
}
