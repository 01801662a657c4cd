import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

@Suite("Tenancy, validation, versions and the audit log")
struct TenancyTests {
    @Test("Another pemda's admin sees only their own users and units")
    func pemdaTerpisah() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.samarinda")
            let r = try await b.get("/admin/pengguna")
            #expect(r.body.string.contains("admin.samarinda"))
            #expect(!r.body.string.contains("admin.kukar"))
            let token = try await app.tokenAPI(untuk: "admin.samarinda")
            try await app.testing().test(.GET, "/api/v1/unit", headers: bearer(token)) { res in
                #expect(res.status == .ok)
                let unit = try res.content.decode([ReferensiAPI.UnitJSON].self)
                #expect(unit.count == 2)
            }
            let kukarUnit = try #require(
                try await UnitKerjaRecord.query(on: app.db).filter(\.$nama == "Dinas Perhubungan")
                    .filter(\.$pemdaID == (try await app.pemda("64.02")).id!).first())
            try await app.testing().test(.GET, "/api/v1/unit/\(kukarUnit.id!)", headers: bearer(token)) { res in
                #expect(res.status == .notFound)
                #expect(!res.body.string.contains("Perhubungan"))
            }
            let r2 = try await b.post(
                "/admin/unit/\(kukarUnit.id!)", ["jenis": "opd", "nama": "Diambil alih", "urusan": "2.15", "version": "1"])
            #expect(r2.status == .notFound)
            #expect(try await UnitKerjaRecord.find(kukarUnit.id, on: app.db)?.nama == "Dinas Perhubungan")
        }
    }

    @Test("Bad input gets field messages in Bahasa Indonesia and stores nothing")
    func masukanBuruk() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            try await b.get("/admin/unit/baru")
            let sebelum = try await UnitKerjaRecord.query(on: app.db).count()
            let kasus: [([String: String], String)] = [
                (["jenis": "opd", "nama": "", "urusan": "2.15"], "Nama unit wajib diisi."),
                (["jenis": "opd", "nama": String(repeating: "a", count: 201), "urusan": "2.15"], "paling banyak 200 karakter"),
                (["jenis": "opd", "nama": "Dinas X", "urusan": "9.99"], "Kode urusan 9.99 tidak dikenal."),
                (["jenis": "opd", "nama": "Dinas X", "urusan": ""], "wajib memiliki setidaknya satu kode urusan"),
                (["jenis": "opd", "nama": "Dinas\u{7}X", "urusan": "2.15"], "karakter kendali"),
                (["jenis": "kecamatan", "nama": "Kecamatan Baru", "kode_wilayah": "64.72.01"], "tidak berada di wilayah"),
                (["jenis": "desa", "nama": "Desa Baru", "kode_wilayah": "64.02.13"], "bukan tingkat desa/kelurahan"),
                (["jenis": "opd", "nama": "Dinas Perhubungan", "urusan": "2.15"], "sudah ada"),
                (["jenis": "lain", "nama": "X"], "Pilih jenis unit kerja."),
            ]
            for (isian, pesan) in kasus {
                let r = try await b.post("/admin/unit/baru", isian)
                #expect(r.status == .unprocessableEntity, "\(isian)")
                #expect(r.body.string.contains(pesan), "\(pesan)")
            }
            #expect(try await UnitKerjaRecord.query(on: app.db).count() == sebelum)
            // The same through the API.
            let token = try await app.tokenAPI(untuk: "admin.kukar")
            try await app.testing().test(
                .POST, "/api/v1/unit", headers: bearer(token).menambah(.jsonBody),
                body: json(["jenis": "opd", "nama": ""])
            ) { res in
                #expect(res.status == .unprocessableEntity)
                let g = try res.content.decode(GalatAPI.self)
                #expect(g.error.isian?.contains { $0.field == "nama" } == true)
                #expect(g.error.isian?.contains { $0.field == "urusan" } == true)
            }
            try await app.testing().test(
                .POST, "/api/v1/unit", headers: bearer(token).menambah(.jsonBody),
                body: ByteBuffer(string: "{bukan json")
            ) { res in
                #expect(res.status == .badRequest)
                let g = try res.content.decode(GalatAPI.self)
                #expect(g.error.pesan.contains("tidak dapat dibaca"))
            }
            #expect(try await UnitKerjaRecord.query(on: app.db).count() == sebelum)
        }
    }

    @Test("Text is shown escaped on every page")
    func escaping() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            try await b.get("/admin/mitra/baru")
            let jahat = "<script>alert(\"x\")</script> ' onmouseover=\"y"
            let r = try await b.post(
                "/admin/mitra/baru", ["jenis": "pihakKetiga", "nama": jahat, "keterangan": "=HYPERLINK(\"http://x\")"])
            #expect(r.status == .seeOther)
            let daftar = try await b.get("/admin/mitra")
            #expect(!daftar.body.string.contains("<script>alert"))
            #expect(daftar.body.string.contains("&lt;script&gt;"))
            #expect(!daftar.body.string.contains("' onmouseover=\"y"))
        }
    }

    @Test("A stale save is refused with 409, shows the latest version and keeps what was typed")
    func versiUsang() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let unit = try #require(try await UnitKerjaRecord.query(on: app.db).filter(\.$nama == "Dinas Pariwisata").first())
            try await b.get("/admin/unit/\(unit.id!)")
            let ok = try await b.post(
                "/admin/unit/\(unit.id!)",
                ["jenis": "opd", "nama": "Dinas Pariwisata", "urusan": "3.26, 2.22", "aktif": "1", "version": "1"])
            #expect(ok.status == .seeOther)
            let basi = try await b.post(
                "/admin/unit/\(unit.id!)",
                ["jenis": "opd", "nama": "Dinas Pariwisata Lama", "urusan": "3.26", "aktif": "1", "version": "1"])
            #expect(basi.status == .conflict)
            #expect(basi.body.string.contains("telah diubah oleh pengguna lain"))
            #expect(basi.body.string.contains("Dinas Pariwisata Lama"))  // what was typed is kept
            let tersimpan = try #require(try await UnitKerjaRecord.find(unit.id, on: app.db))
            #expect(tersimpan.nama == "Dinas Pariwisata")
            #expect(tersimpan.version == 2)
            #expect(tersimpan.daftarUrusan == ["2.22", "3.26"])
            // API: the same rule.
            let token = try await app.tokenAPI(untuk: "admin.kukar")
            let masukan = ["jenis": "opd", "nama": "Dinas Pariwisata", "version": "1"]
            _ = masukan
            struct M: Encodable {
                let jenis = "opd"
                let nama = "Dinas Pariwisata API"
                let urusan = ["3.26"]
                let version: Int
            }
            try await app.testing().test(
                .PUT, "/api/v1/unit/\(unit.id!)", headers: bearer(token).menambah(.jsonBody), body: json(M(version: 1))
            ) { res in
                #expect(res.status == .conflict)
            }
            try await app.testing().test(
                .PUT, "/api/v1/unit/\(unit.id!)", headers: bearer(token).menambah(.jsonBody), body: json(M(version: 2))
            ) { res in
                #expect(res.status == .ok)
                let h7 = try res.content.decode(ReferensiAPI.UnitJSON.self)
                #expect(h7.version == 3)
            }
        }
    }

    @Test("Every change is in the audit log with before and after, and the log cannot be changed")
    func audit() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            try await b.get("/admin/unit/baru")
            _ = try await b.post("/admin/unit/baru", ["jenis": "opd", "nama": "Badan Riset Daerah", "urusan": "2.20"])
            let u = try #require(try await UnitKerjaRecord.query(on: app.db).filter(\.$nama == "Badan Riset Daerah").first())
            try await b.get("/admin/unit/\(u.id!)")
            _ = try await b.post(
                "/admin/unit/\(u.id!)",
                ["jenis": "opd", "nama": "Badan Riset dan Inovasi Daerah", "urusan": "2.20", "aktif": "1", "version": "1"])
            let catatan = try await CatatanAuditRecord.query(on: app.db).filter(\.$entitasID == u.id!.uuidString).sort(\.$waktu).all()
            #expect(catatan.map(\.aksi) == ["unit.buat", "unit.ubah"])
            #expect(catatan[1].sebelum?.contains("Badan Riset Daerah") == true)
            #expect(catatan[1].sesudah?.contains("Badan Riset dan Inovasi Daerah") == true)
            #expect(catatan[1].namaPengguna == "admin.kukar")
            let halaman = try await b.get("/admin/audit")
            #expect(halaman.body.string.contains("unit.ubah"))
            await #expect(throws: (any Error).self) {
                try await app.db.sql.raw("UPDATE audit_log SET aksi = 'dipalsukan'").run()
            }
            await #expect(throws: (any Error).self) {
                try await app.db.sql.raw("DELETE FROM audit_log").run()
            }
            #expect(try await CatatanAuditRecord.query(on: app.db).filter(\.$aksi == "dipalsukan").count() == 0)
        }
    }

    @Test("Security headers are on every response")
    func headerKeamanan() async throws {
        try await denganJalin(demo: false) { app in
            for path in ["/", "/masuk", "/tidak-ada", "/api/openapi.json"] {
                try await app.testing().test(.GET, path) { res in
                    #expect(res.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                    #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
                    #expect(res.headers.first(name: "Referrer-Policy") == "same-origin")
                }
            }
            try await app.testing().test(.GET, "/tidak-ada") { res in
                #expect(res.status == .notFound)
                #expect(res.body.string.contains("tidak ditemukan"))
            }
        }
    }
}

extension HTTPHeaders {
    func menambah(_ lain: HTTPHeaders) -> HTTPHeaders {
        var h = self
        for (k, v) in lain { h.replaceOrAdd(name: k, value: v) }
        return h
    }
}
