import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

@Suite("Admin pages")
struct AdminTests {
    @Test("The admin creates an operator for a desa, who can then log in")
    func buatOperator() async throws {
        try await denganJalin { app in
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            try await b.get("/admin/pengguna/baru")
            let desa = try #require(try await UnitKerjaRecord.query(on: app.db).filter(\.$nama == "Desa Bakungan").first())
            var r = try await b.post(
                "/admin/pengguna/baru",
                [
                    "nama_pengguna": "operator.bakungan", "nama_lengkap": "Operator Bakungan",
                    "peran": "operator", "aktif": "1", "sandi": "lemah",
                ])
            #expect(r.status == .unprocessableEntity)
            #expect(r.body.string.contains("Operator wajib terikat pada satu unit kerja"))
            #expect(r.body.string.contains("minimal 10 karakter"))
            #expect(r.body.string.contains("Operator Bakungan"))  // nothing typed is lost
            r = try await b.post(
                "/admin/pengguna/baru",
                [
                    "nama_pengguna": "operator.bakungan", "nama_lengkap": "Operator Bakungan",
                    "peran": "operator", "unit_id": desa.id!.uuidString, "aktif": "1",
                    "sandi": "Bakungan#2026!",
                ])
            #expect(r.status == .seeOther)
            var c = Peramban(app)
            let h8 = try await c.masuk("operator.bakungan", sandi: "Bakungan#2026!")
            #expect(h8.status == .seeOther)
            // The password the admin chose is replaced first (#16.8).
            #expect(h8.headers.first(name: .location) == "/akun")
            try await c.post(
                "/akun/sandi", ["sandi_lama": "Bakungan#2026!", "sandi_baru": "Sendiri#2026!", "sandi_ulang": "Sendiri#2026!"])
            let h9 = try await c.get("/admin/pengguna")
            #expect(h9.status == .forbidden)
            // A unit of another pemda cannot be assigned.
            let lain = try #require(
                try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == (try await app.pemda("64.72")).id!).first())
            r = try await b.post(
                "/admin/pengguna/baru",
                [
                    "nama_pengguna": "operator.x", "nama_lengkap": "X", "peran": "operator",
                    "unit_id": lain.id!.uuidString, "sandi": "Bakungan#2026!",
                ])
            #expect(r.status == .unprocessableEntity)
        }
    }

    @Test("Deactivating a user ends their sessions; an admin cannot lock themselves out")
    func nonaktif() async throws {
        try await denganJalin { app in
            var op = Peramban(app)
            try await op.masuk("operator.dishub")
            var b = Peramban(app)
            try await b.masuk("admin.kukar")
            let u = try await app.pengguna("operator.dishub")
            try await b.get("/admin/pengguna/\(u.id!)")
            let r = try await b.post(
                "/admin/pengguna/\(u.id!)",
                [
                    "nama_lengkap": u.namaLengkap, "peran": "operator",
                    "unit_id": u.unitID!.uuidString, "version": "\(u.version)",
                ])
            #expect(r.status == .seeOther)
            let h10 = try await op.get("/beranda")
            #expect(h10.status == .seeOther)
            var c = Peramban(app)
            let h11 = try await c.masuk("operator.dishub")
            #expect(h11.status == .unauthorized)
            let admin = try await app.pengguna("admin.kukar")
            let r2 = try await b.post(
                "/admin/pengguna/\(admin.id!)", ["nama_lengkap": "Admin", "peran": "tkksd", "version": "\(admin.version)"])
            #expect(r2.status == .unprocessableEntity)
            #expect(r2.body.string.contains("Anda tidak dapat menonaktifkan akun Anda sendiri."))
        }
    }

    @Test("Every page renders for the roles that may open it")
    func halaman() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            for path in [
                "/beranda", "/pemetaan", "/naskah", "/kerja-sama", "/monev", "/panduan", "/wilayah", "/akun", "/admin",
                "/admin/pengguna", "/admin/pengguna/baru", "/admin/unit", "/admin/unit/baru", "/admin/mitra",
                "/admin/mitra/baru", "/admin/urusan", "/admin/wilayah", "/admin/tetangga", "/admin/audit",
            ] {
                let r = try await admin.get(path)
                #expect(r.status == .ok, "\(path)")
                #expect(r.body.string.contains("<h1>"), "\(path)")
                #expect(r.body.string.contains("<nav"), "\(path)")
            }
            var mitra = Peramban(app)
            try await mitra.masuk("mitra.ppu")
            let h12 = try await mitra.get("/mitra")
            #expect(h12.status == .ok)
            #expect(h12.body.string.contains("Kesepakatan Bersama tentang Integrasi Layanan Angkutan Sungai dan Darat"))
            let h13 = try await mitra.get("/beranda")
            #expect(h13.status == .forbidden)
            var anon = Peramban(app)
            let publik = try await anon.get("/")
            #expect(publik.status == .ok)
            #expect(publik.body.string.contains("Masuk"))
        }
    }
}
