import Fluent
import Foundation
import JalinDomain
@testable import JalinServer
import Testing
import VaporTesting
import ZIPFoundation

@Suite("Backup and restore")
struct CadanganTests {
    @Test("A backup restored into a fresh data directory reproduces every record and file byte for byte")
    func pulangPergi() async throws {
        try await denganJalin { app in
            guard app.konfigurasi.databaseURL == nil else { return }  // the PostgreSQL round trip runs in .ci/run
            // An uploaded file to carry along.
            let pdf = Data("%PDF-1.4\n% cadangan\n".utf8)
            let sha = try Unggah.simpan(pdf, dir: app.konfigurasi.berkasDir)
            let tujuan = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-cadangan-\(UUID().uuidString).zip").path
            defer { try? FileManager.default.removeItem(atPath: tujuan) }
            let m = try await Cadangan.buat(app: app, tujuan: tujuan)
            #expect(m.entri.contains { $0.sha256 == sha })
            var k = app.konfigurasi
            k.dataDir = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-pulih-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: k.dataDir) }
            _ = try Cadangan.pulihkan(asal: tujuan, konfigurasi: k)
            #expect(FileManager.default.contents(atPath: Unggah.jalur(sha, dir: k.berkasDir)) == pdf)
            // Every table has the same rows.
            let pulih = try await Application.make(.testing)
            pulih.logger.logLevel = .warning
            do {
                try await configure(pulih, konfigurasi: k)
                for t in ["pemda", "pengguna", "unit_kerja", "mitra", "wilayah", "usulan_potensi", "riwayat_usulan", "nilai_usulan", "kerja_sama",
                          "penandatanganan", "kewajiban", "audit_log"] {
                    struct N: Decodable { let n: Int }
                    let a = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(ident: t)").first(decoding: N.self)?.n
                    let b = try await pulih.db.sql.raw("SELECT COUNT(*) AS n FROM \(ident: t)").first(decoding: N.self)?.n
                    #expect(a == b, "\(t)")
                    #expect((a ?? 0) > 0 || t == "kewajiban", "\(t)")
                }
            } catch {
                try? await pulih.asyncShutdown()
                throw error
            }
            try await pulih.asyncShutdown()
            // Restoring over existing data is refused.
            #expect(throws: Cadangan.Gagal.self) { try Cadangan.pulihkan(asal: tujuan, konfigurasi: k) }
        }
    }

    @Test("A tampered backup is refused before anything is written")
    func rusak() async throws {
        try await denganJalin { app in
            guard app.konfigurasi.databaseURL == nil else { return }
            let tujuan = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-cadangan-\(UUID().uuidString).zip").path
            defer { try? FileManager.default.removeItem(atPath: tujuan) }
            _ = try await Cadangan.buat(app: app, tujuan: tujuan)
            // Replace the database entry with other bytes.
            let arsip = try Archive(url: URL(fileURLWithPath: tujuan), accessMode: .update)
            try arsip.remove(try #require(arsip["jalin.sqlite"]))
            let palsu = Data("bukan basis data".utf8)
            try arsip.addEntry(with: "jalin.sqlite", type: .file, uncompressedSize: Int64(palsu.count)) { pos, n in palsu.subdata(in: Int(pos)..<Int(pos) + n) }
            var k = app.konfigurasi
            k.dataDir = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-pulih-\(UUID().uuidString)").path
            #expect(throws: Cadangan.Gagal.self) { try Cadangan.pulihkan(asal: tujuan, konfigurasi: k) }
            #expect(!FileManager.default.fileExists(atPath: k.dataDir))
        }
    }
}
