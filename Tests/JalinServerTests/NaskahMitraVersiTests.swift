import Fluent
import Foundation
import JalinDomain
import JalinNaskah
@testable import JalinServer
import NIOHTTP1
import Testing
import VaporTesting

/// Issue #16.14: a partner reviewer reads what was shared with them — the versions from the
/// sharing on, the discussion since then — and never the internal notes of versions.
@Suite("Partner reviewers read a naskah from its sharing on")
struct NaskahMitraVersiTests {
    @Test("Versions, a version, diffs and comments before the sharing, and version notes, stay internal (API and pages)")
    func mitraSejakDibagikan() async throws {
        try await denganJalin { app in
            let tAdmin = try await app.tokenAPI(untuk: "admin.kukar")
            let tHukum = try await app.tokenAPI(untuk: "tkksd.hukum")
            let tMitra = try await app.tokenAPI(untuk: "mitra.ppu")
            // The demo PKS, drafted with PPU and not shared yet: version 1.
            let pks = try #require(try await NaskahRecord.query(on: app.db).filter(\.$jenis == "perjanjianKerjaSama").first())
            #expect(pks.mitraID != nil && !pks.dibagikan && pks.versiTerkini == 1)
            let id = pks.id!
            var version = pks.version
            func simpan(_ ubah: (inout Naskah) -> Void, catatan: String) async throws {
                var n = try NaskahAlur.isi(try #require(try await NaskahRecord.find(id, on: app.db)))
                ubah(&n)
                try await app.testing().test(.PUT, "/api/v1/naskah/\(id)", headers: bearer(tAdmin).menambah(.jsonBody),
                                              body: json(NaskahAPI.SimpanMasukan(isi: n, version: version, catatan: catatan))) { res in
                    #expect(res.status == .ok, "\(res.body.string.prefix(300)) version \(version)")
                    version = try res.content.decode(NaskahAPI.NaskahJSON.self).version
                }
            }
            func komentar(_ token: String, _ isi: String) async throws {
                try await app.testing().test(.POST, "/api/v1/naskah/\(id)/komentar", headers: bearer(token).menambah(.jsonBody),
                                              body: json(["pasal": "maksud-tujuan", "isi": isi])) { res in #expect(res.status == .created) }
            }
            // Internal drafting: version 2 with an internal note, and an internal comment, before sharing.
            try await simpan({ $0.tentang += " (rancangan internal)" }, catatan: "Catatan internal: posisi tawar kita paling lama 5 tahun")
            try await komentar(tHukum, "Komentar internal sebelum dibagikan")
            try await app.testing().test(.POST, "/api/v1/naskah/\(id)/aksi", headers: bearer(tAdmin).menambah(.jsonBody), body: json(["aksi": "bagikan"])) { res in
                #expect(res.status == .ok)
                version = try res.content.decode(NaskahAPI.NaskahJSON.self).version
            }
            // After sharing: version 3 and a comment for the partner.
            try await simpan({ $0.tentang += " disepakati" }, catatan: "Catatan internal setelah dibagikan")
            try await komentar(tHukum, "Komentar untuk mitra")

            func get<T: Decodable>(_ jalur: String, _ token: String, _ t: T.Type, status: HTTPStatus = .ok) async throws -> T? {
                var hasil: T?
                try await app.testing().test(.GET, jalur, headers: bearer(token)) { res in
                    #expect(res.status == status, "\(jalur)")
                    if res.status == .ok { hasil = try res.content.decode(T.self) }
                }
                return hasil
            }
            // The reviewer: versions 2 (current when shared) and 3, without notes.
            let daftar = try #require(try await get("/api/v1/naskah/\(id)/versi", tMitra, [NaskahAPI.VersiJSON].self))
            #expect(daftar.map(\.nomor) == [2, 3])
            #expect(daftar.allSatisfy { $0.catatan == nil })
            _ = try await get("/api/v1/naskah/\(id)/versi/1", tMitra, NaskahAPI.VersiJSON.self, status: .notFound)
            let v2 = try #require(try await get("/api/v1/naskah/\(id)/versi/2", tMitra, NaskahAPI.VersiJSON.self))
            #expect(v2.catatan == nil && v2.isi?.tentang.hasSuffix("(rancangan internal)") == true)
            // Diffs: with version 1 refused (naming the field); by default 2 → 3.
            try await app.testing().test(.GET, "/api/v1/naskah/\(id)/diff?dari=1&ke=3", headers: bearer(tMitra)) { res in
                #expect(res.status == .unprocessableEntity)
                let g = try res.content.decode(GalatAPI.self)
                #expect(g.error.isian?.first?.field == "dari")
                #expect(g.error.isian?.first?.pesan.contains("versi 2 sampai 3") == true)
            }
            let d = try #require(try await get("/api/v1/naskah/\(id)/diff", tMitra, NaskahAPI.DiffJSON.self))
            #expect(d.dari == 2 && d.ke == 3)
            // Comments: the discussion since sharing, not the one before.
            let k = try #require(try await get("/api/v1/naskah/\(id)/komentar", tMitra, [NaskahAPI.KomentarJSON].self))
            #expect(k.map(\.isi) == ["Komentar untuk mitra"])
            // The reviewer's page shows the same threads.
            var mitra = Peramban(app)
            _ = try await mitra.masuk("mitra.ppu")
            let halaman = try await mitra.get("/mitra/naskah/\(id)").body.string
            #expect(halaman.contains("Komentar untuk mitra"))
            #expect(!halaman.contains("Komentar internal sebelum dibagikan"))
            #expect(!halaman.contains("Catatan internal"))

            // Internal staff still read everything.
            let semua = try #require(try await get("/api/v1/naskah/\(id)/versi", tAdmin, [NaskahAPI.VersiJSON].self))
            #expect(semua.map(\.nomor) == [1, 2, 3])
            #expect(semua[1].catatan == "Catatan internal: posisi tawar kita paling lama 5 tahun")
            #expect(try await get("/api/v1/naskah/\(id)/komentar", tAdmin, [NaskahAPI.KomentarJSON].self)?.count == 2)
            _ = try await get("/api/v1/naskah/\(id)/diff?dari=1&ke=3", tAdmin, NaskahAPI.DiffJSON.self)
            var admin = Peramban(app)
            _ = try await admin.masuk("admin.kukar")
            #expect(try await admin.get("/naskah/\(id)/diff?dari=1&ke=3").status == .ok)

            // Stopped and shared again at version 4: the reviewer now starts from version 4.
            for aksi in ["hentikanBagikan", "bagikan"] {
                if aksi == "bagikan" { try await simpan({ $0.tentang += " lagi" }, catatan: "Versi 4") }
                try await app.testing().test(.POST, "/api/v1/naskah/\(id)/aksi", headers: bearer(tAdmin).menambah(.jsonBody), body: json(["aksi": aksi])) { res in
                    #expect(res.status == .ok)
                    version = try res.content.decode(NaskahAPI.NaskahJSON.self).version
                }
            }
            #expect(try await get("/api/v1/naskah/\(id)/versi", tMitra, [NaskahAPI.VersiJSON].self)?.map(\.nomor) == [4])
            #expect(try await get("/api/v1/naskah/\(id)/komentar", tMitra, [NaskahAPI.KomentarJSON].self)?.isEmpty == true)
        }
    }
}
