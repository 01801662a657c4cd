import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

/// Scenario E.3 / issue 7.6: a new pemda joins the installation.
@Suite("Onboarding pemda baru")
struct OnboardingTests {
    static let header = "jenis,nama,singkatan,kode_wilayah,urusan\n"

    static func jalankan(_ app: Application, kode: String, admin: String = "admin.ppu", unit: String?) async throws -> OnboardingPemda.Hasil
    {
        try await OnboardingPemda.jalankan(
            kode: kode, admin: admin, namaAdmin: "Admin Bagian Kerja Sama PPU", email: nil,
            berkasUnit: unit.map { Data($0.utf8) }, on: app.db, hash: { try app.password.hash($0) })
    }

    @Test("A new pemda from the kode wilayah list, its units from a spreadsheet, its first admin logs in to an empty tenant")
    func pemdaBaru() async throws {
        try await denganJalin { app in
            let csv = Self.header + "opd,Dinas Perhubungan,Dishub,,2.15\nopd,Dinas Pariwisata,Dispar,,3.26\n"
            let h = try await Self.jalankan(app, kode: "64.09", unit: csv)
            #expect(h.pemda == "Kabupaten Penajam Paser Utara")
            #expect(h.unit == 2)
            let pemda = try await app.pemda("64.09")
            #expect(try await UnitKerjaRecord.query(on: app.db).filter(\.$pemdaID == pemda.id!).count() == 2)
            var b = Peramban(app)
            let r = try await b.masuk("admin.ppu", sandi: h.sandi)
            #expect(r.status == .seeOther)
            // The one-time password is replaced first (#16.8).
            #expect(r.headers.first(name: .location) == "/akun")
            try await b.post("/akun/sandi", ["sandi_lama": h.sandi, "sandi_baru": "PPU#Sendiri2026", "sandi_ulang": "PPU#Sendiri2026"])
            let unit = try await b.get("/admin/unit").body.string
            #expect(unit.contains("Dinas Pariwisata"))
            #expect(!unit.contains("Dinas Kesehatan"))  // Kukar's units are not there
            #expect(try await !b.get("/kerja-sama").body.string.contains("Festival Erau"))
        }
    }

    @Test("Bad onboarding input is refused with the line and field, and nothing is created")
    func ditolak() async throws {
        try await denganJalin { app in
            let sebelum = try await PemdaRecord.query(on: app.db).count()
            await #expect(throws: KesalahanValidasi.self) { try await Self.jalankan(app, kode: "64.02", unit: nil) }  // exists
            await #expect(throws: KesalahanValidasi.self) { try await Self.jalankan(app, kode: "64.02.13", unit: nil) }  // a kecamatan
            await #expect(throws: KesalahanValidasi.self) { try await Self.jalankan(app, kode: "64.09", admin: "admin.kukar", unit: nil) }
            await #expect(throws: KesalahanValidasi.self) { try await Self.jalankan(app, kode: "64.09", unit: "nama,jenis\nDishub,opd\n") }
            do {
                _ = try await Self.jalankan(
                    app, kode: "64.09", unit: Self.header + "opd,Dinas Perhubungan,Dishub,,2.15\nopd,Dinas Entah,DE,,9.99\n")
                Issue.record("a unit with an unknown urusan was accepted")
            } catch let v as KesalahanValidasi {
                #expect(v.daftar.contains { $0.pesan.hasPrefix("Baris 3, kolom urusan") })
            }
            #expect(try await PemdaRecord.query(on: app.db).count() == sebelum)
            #expect(try await PenggunaRecord.query(on: app.db).filter(\.$namaPengguna == "admin.ppu").count() == 0)
        }
    }
}
