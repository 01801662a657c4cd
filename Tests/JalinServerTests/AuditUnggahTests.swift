import Fluent
import Foundation
import JalinDomain
import SQLKit
import Testing
import VaporTesting

@testable import JalinServer

@Suite("Audit log: append-only on both databases; a refused save with an upload leaves no trace")
struct AuditUnggahTests {
    struct N: Decodable { let n: Int }

    static func jumlahAudit(_ app: Application) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM audit_log").first(decoding: N.self)?.n ?? -1
    }

    @Test("TRUNCATE, DELETE and UPDATE of audit_log are refused by the database itself")
    func tanpaTruncate() async throws {
        try await denganJalin { app in
            let sebelum = try await Self.jumlahAudit(app)
            #expect(sebelum > 0)
            if app.konfigurasi.databaseURL != nil {
                await #expect(throws: (any Error).self) { try await app.db.sql.raw("TRUNCATE audit_log").run() }
                // A TRUNCATE reaching the table through CASCADE fires the statement trigger too.
                await #expect(throws: (any Error).self) { try await app.db.sql.raw("TRUNCATE audit_log CASCADE").run() }
            }
            await #expect(throws: (any Error).self) { try await app.db.sql.raw("DELETE FROM audit_log").run() }
            await #expect(throws: (any Error).self) { try await app.db.sql.raw("UPDATE audit_log SET aksi = 'x'").run() }
            #expect(try await Self.jumlahAudit(app) == sebelum)
        }
    }

    /// Posts an obligation's status with an evidence file (multipart), as the detail page's form does.
    static func kirimBukti(
        _ app: Application, _ b: inout Peramban, ks: UUID, kw: UUID, versi: Int, berkas: Data
    ) async throws -> TestingHTTPResponse {
        try await b.get("/kerja-sama/\(ks)")
        let batas = "----jalin\(UUID().uuidString)"
        var body = Data()
        for (k, v) in ["_csrf": b.csrf, "status": "selesai", "version": String(versi)] {
            body += Data("--\(batas)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8)
        }
        body += Data(
            "--\(batas)\r\nContent-Disposition: form-data; name=\"bukti\"; filename=\"bukti.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                .utf8)
        body += berkas + Data("\r\n--\(batas)--\r\n".utf8)
        var h = b.headerCookie
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(batas)")
        var hasil: TestingHTTPResponse?
        try await app.testing().test(.POST, "/kerja-sama/\(ks)/kewajiban/\(kw)", headers: h, body: ByteBuffer(data: body)) { hasil = $0 }
        return try #require(hasil)
    }

    @Test("A save refused for a stale version stores no file, no attachment row and no audit entry; the current version stores all three")
    func unggahDitolakTanpaJejak() async throws {
        try await denganJalin { app in
            var admin = Peramban(app)
            try await admin.masuk("admin.kukar")
            let kukar = try await app.pemda("64.02")
            let ks = try #require(
                try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).filter(\.$tahap == "pelaksanaan").first())
            let k = KewajibanRecord()
            k.pemdaID = kukar.id!
            k.kerjaSamaID = ks.id!
            k.uraian = "Laporan triwulan"
            k.pemilik = "Pihak Pertama"
            k.status = "belum"
            k.version = 1
            try await k.create(on: app.db)
            let pdf = Data("%PDF-1.4\n% bukti \(UUID().uuidString)\n".utf8)
            let sha = SHA256.hash(data: pdf).hex
            let file = Unggah.jalur(sha, dir: app.konfigurasi.berkasDir)
            let auditSebelum = try await Self.jumlahAudit(app)

            // Someone else saved meanwhile: version 0 is stale.
            let r = try await Self.kirimBukti(app, &admin, ks: ks.id!, kw: k.id!, versi: 0, berkas: pdf)
            #expect(r.status == .conflict)
            #expect(try await LampiranRecord.query(on: app.db).filter(\.$sha256 == sha).count() == 0)
            #expect(try await Self.jumlahAudit(app) == auditSebelum)
            #expect(!FileManager.default.fileExists(atPath: file))
            #expect(try await KewajibanRecord.find(k.id, on: app.db)?.status == "belum")

            // The current version: the file, its row and the audit entries, together.
            let ok = try await Self.kirimBukti(app, &admin, ks: ks.id!, kw: k.id!, versi: 1, berkas: pdf)
            #expect(ok.status == .seeOther)
            let l = try #require(try await LampiranRecord.query(on: app.db).filter(\.$sha256 == sha).first())
            #expect(try await KewajibanRecord.find(k.id, on: app.db)?.buktiID == l.id)
            #expect(FileManager.default.contents(atPath: file) == pdf)
            #expect(
                try await CatatanAuditRecord.query(on: app.db).filter(\.$aksi == "lampiran.unggah").filter(\.$entitasID == k.id!.uuidString)
                    .count() == 1)
        }
    }

    @Test("Every migration recorded: serve does not start the migrator (a non-owner role may run the app)")
    func migrasiTerpasang() async throws {
        try await denganJalin { app in
            #expect(await Migrasi.semuaTerpasang(on: app.db))
            try await app.db.sql.raw("DELETE FROM _fluent_migrations WHERE name = \(bind: M021AuditTanpaTruncate().name)").run()
            #expect(await !Migrasi.semuaTerpasang(on: app.db))
        }
    }
}
