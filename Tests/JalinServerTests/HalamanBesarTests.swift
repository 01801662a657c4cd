import Fluent
import Foundation
import Testing
import VaporTesting

@testable import JalinServer

/// Issue 9.4: long lists come in pages; the load generator fills a pemda for it.
@Suite("Pages of long lists, on generated load data")
struct HalamanBesarTests {
    @Test("The generator is deterministic in size; the naskah list and the public page page by keyset")
    func halaman() async throws {
        try await denganJalin { app in
            let ukuran = DataBeban.Ukuran(
                pemda: 1, unitPerPemda: 2, pengguna: 5, usulan: 50, kerjaSama: 600, kewajiban: 50,
                periodeMonev: 1, naskah: 150, benih: 7)
            _ = try await DataBeban.buat(ukuran, on: app.db) { _ in }
            let kukar = try await app.pemda("64.02")
            #expect(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$judul, .custom("LIKE"), "%(beban %")
                    .count() == 600)
            #expect(try await NaskahRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).count() >= 150)
            #expect(try await VersiNaskahRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).count() >= 450)

            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            // The naskah list pages by keyset: 100 a page, newest change first, each naskah once.
            let p1 = try await b.get("/naskah").body.string
            let lanjut = try #require(RegisterTests.tautan(p1, "Berikutnya"))
            #expect(lanjut.hasPrefix("/naskah?setelah=") && !p1.contains("« Sebelumnya"))
            let p2 = try await b.get(lanjut)
            #expect(p2.status == .ok)
            let isi2 = p2.body.string
            #expect(isi2.contains("Halaman 2"))
            func ids(_ html: String) -> Set<String> {
                Set(
                    html.split(separator: "href=\"/naskah/").dropFirst().map { String($0.prefix(36)) }.filter {
                        UUID(uuidString: $0) != nil
                    })
            }
            #expect(ids(p1).count == NaskahAlur.perHalaman && ids(p1).isDisjoint(with: ids(isi2)))
            let kembali = try #require(RegisterTests.tautan(isi2, "Sebelumnya"))
            #expect(ids(try await b.get(kembali).body.string) == ids(p1))
            #expect(try await b.get("/naskah?halaman=99999999999999").status == .ok)  // a page number alone: the first page, no crash
            #expect(try await b.get("/naskah?setelah=bukan").body.string.contains("Penanda halaman tidak sah"))

            // The public page pages by keyset too: signed records only, the latest start first (records
            // without a start date last, on both databases), each once, forward and back.
            let ditandatangani = try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!)
                .filter(\.$tahap ~~ Transparansi.tahapDitandatangani).all()
            try await KerjaSamaRecord.query(on: app.db).filter(\.$id == ditandatangani[0].id!).set(\.$tanggalMulai, to: nil).update()
            ditandatangani[0].tanggalMulai = nil
            let harap = ditandatangani.sorted { a, b in
                (a.tanggalMulai ?? "") != (b.tanggalMulai ?? "")
                    ? (a.tanggalMulai ?? "") > (b.tanggalMulai ?? "") : a.id!.uuidString < b.id!.uuidString
            }.map(\.judul)
            #expect(harap.count > Transparansi.perHalaman)
            var anonim = Peramban(app)
            func judul(_ html: String) -> [String] {
                html.split(separator: "<tr><td>").dropFirst().map {
                    String($0.prefix { $0 != "<" })
                        .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
                            of: "&amp;", with: "&")
                }
            }
            var halaman: [String] = []
            var maju: [[String]] = []
            var url: String? = "/publik/64.02"
            while let u = url {
                let r = try await anonim.get(u)
                #expect(r.status == .ok)
                let html = r.body.string
                halaman.append(html)
                maju.append(judul(html))
                url = RegisterTests.tautan(html, "Berikutnya")
            }
            #expect(maju.flatMap { $0 } == harap)
            #expect(maju.dropLast().allSatisfy { $0.count == Transparansi.perHalaman })
            #expect(halaman[1].contains("Halaman 2") && !halaman[0].contains("« Sebelumnya"))
            let kembaliPublik = try #require(RegisterTests.tautan(halaman.last!, "Sebelumnya"))
            #expect(judul(try await anonim.get(kembaliPublik).body.string) == maju[maju.count - 2])
            #expect(try await anonim.get("/publik/64.02?setelah=bukan").status == .unprocessableEntity)
            #expect(try await b.get("/kerja-sama?halaman=9223372036854775807").status == .ok)
        }
    }
}
