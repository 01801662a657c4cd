import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import JalinServer

/// Existing installations keep working: databases made by earlier releases (demo data only, checked in under
/// `Fixtures/peningkatan/`) migrate to this code, and every main page of every demo role answers.
@Suite("Upgrade: databases of earlier releases")
struct PeningkatanTests {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/peningkatan", isDirectory: true)
    }

    /// Every fixture release, by name (`2026-12-07`).
    static var rilis: [String] {
        let nama = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return nama.filter { $0.hasSuffix(".sqlite") }.map { String($0.dropLast(7)) }.sorted()
    }

    /// The main pages of each demo role (the landing page, and the capability pages it reaches).
    static let halaman: [(String, [String])] = [
        (
            "admin.kukar",
            [
                "/beranda", "/pemetaan", "/kerja-sama", "/naskah", "/monev", "/monev/dasbor", "/admin", "/admin/audit",
                "/admin/pengguna", "/admin/unit", "/admin/mitra", "/admin/tetangga", "/panduan", "/akun", "/notifikasi",
            ]
        ),
        ("tkksd.kukar", ["/beranda", "/pemetaan", "/kerja-sama", "/naskah", "/monev"]),
        ("operator.dishub", ["/beranda", "/pemetaan", "/kerja-sama", "/naskah", "/monev"]),
        ("operator.karyajaya", ["/beranda", "/pemetaan"]),
        ("pimpinan.kukar", ["/monev/dasbor", "/kerja-sama"]),  // /beranda leads the pimpinan to the dashboard
        ("mitra.ppu", ["/mitra"]),
        ("admin.samarinda", ["/beranda", "/pemetaan", "/kerja-sama"]),
    ]

    @Test("Each SQLite database of an earlier release migrates, and every main page of every demo role answers", arguments: rilis)
    func sqlite(_ rilis: String) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-naik-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var k = Konfigurasi(seedDemo: false, bcryptCost: 4, logLevel: .warning)
        k.dataDir = dir
        try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent("\(rilis).sqlite").path, toPath: k.sqlitePath)
        try await Self.periksa(k)
    }

    @Test("Each PostgreSQL dump of an earlier release migrates, and every main page of every demo role answers", arguments: rilis)
    func postgres(_ rilis: String) async throws {
        guard let url = ProcessInfo.processInfo.environment["JALIN_TEST_DATABASE_URL"], !url.isEmpty else {
            print("PeningkatanTests.postgres: skipped (JALIN_TEST_DATABASE_URL is not set; CI sets it)")
            return
        }
        let psql = ["/usr/bin/psql", "/usr/local/bin/psql"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(psql != nil, "psql is needed to load the PostgreSQL fixture")
        let skema = "naik_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        // The dump names the public schema; it is loaded into a schema of its own.
        let sql = try String(contentsOf: Self.folder.appendingPathComponent("\(rilis)-postgres.sql"), encoding: .utf8)
            .replacingOccurrences(of: "public.", with: "\(skema).")
            .replacingOccurrences(of: "SELECT pg_catalog.set_config('search_path', '', false);", with: "")
        let berkas = FileManager.default.temporaryDirectory.appendingPathComponent("\(skema).sql")
        try ("CREATE SCHEMA \(skema);\nSET search_path TO \(skema);\n" + sql).write(to: berkas, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: berkas) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: psql!)
        p.arguments = ["-q", "-v", "ON_ERROR_STOP=1", "-f", berkas.path, url]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "loading the fixture with psql failed")
        var k = Konfigurasi(seedDemo: false, bcryptCost: 4, logLevel: .warning)
        k.dataDir = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-naik-\(UUID().uuidString)").path
        k.databaseURL = url
        k.skemaPostgres = skema
        defer { try? FileManager.default.removeItem(atPath: k.dataDir) }
        do {
            try await Self.periksa(k)
        } catch {
            try? await Self.hapusSkema(url, skema)
            throw error
        }
        try await Self.hapusSkema(url, skema)
    }

    static func hapusSkema(_ url: String, _ skema: String) async throws {
        var k = Konfigurasi(seedDemo: false, bcryptCost: 4, logLevel: .warning)
        k.databaseURL = url
        let app = try await Application.make(.testing)
        try await configure(app, konfigurasi: k)
        try? await app.db.sql.raw("DROP SCHEMA IF EXISTS \(ident: skema) CASCADE").run()
        try await app.asyncShutdown()
    }

    /// Migrates the database `k` names with this code, then logs in as every demo role and opens its pages.
    static func periksa(_ k: Konfigurasi) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await configure(app, konfigurasi: k)
            try await siapkanDatabase(app)
            #expect(
                try await PemdaRecord.query(on: app.db).filter(\.$kodeWilayah == "64.02").first() != nil, "the demo pemda of the fixture")
            for (nama, jalur) in halaman {
                var b = Peramban(app)
                let masuk = try await b.masuk(nama)
                #expect(masuk.status == .seeOther, "\(nama) logs in with the password of the earlier release")
                for j in jalur {
                    let r = try await b.get(j)
                    #expect(r.status == .ok, "\(nama) \(j): \(r.status.code)")
                }
            }
            var anonim = Peramban(app)
            #expect(try await anonim.get("/publik/64.02").status == .ok)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
