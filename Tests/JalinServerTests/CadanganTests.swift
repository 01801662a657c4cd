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

    // MARK: - Issue 16: no crash on a hostile manifest, an authenticated manifest, no password in argv

    static let kunci = "kunci-uji-cadangan-0123456789abcdef0123456789"

    static func sementara(_ awalan: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(awalan)-\(UUID().uuidString)").path
    }

    /// Replaces one entry of a backup with other bytes (the manifest or a file).
    static func ganti(_ nama: String, dengan data: Data, di jalur: String) throws {
        let arsip = try Archive(url: URL(fileURLWithPath: jalur), accessMode: .update)
        if let e = arsip[nama] { try arsip.remove(e) }
        try arsip.addEntry(with: nama, type: .file, uncompressedSize: Int64(data.count)) { pos, n in data.subdata(in: Int(pos)..<Int(pos) + n) }
    }

    static func manifes(_ jalur: String) throws -> Cadangan.Manifes {
        let arsip = try Archive(url: URL(fileURLWithPath: jalur), accessMode: .read)
        var d = Data()
        _ = try arsip.extract(try #require(arsip[Cadangan.namaManifes])) { d.append($0) }
        let dec = JSONDecoder()
        dec.dateDecodingStrategy = .iso8601
        return try dec.decode(Cadangan.Manifes.self, from: d)
    }

    static func tulis(_ m: Cadangan.Manifes, ke jalur: String) throws {
        let enc = JSONEncoder()
        enc.dateEncodingStrategy = .iso8601
        try ganti(Cadangan.namaManifes, dengan: try enc.encode(m), di: jalur)
    }

    @Test("A manifest that lists no database entry is refused with a message, not a crash, and nothing is written")
    func tanpaBasisData() async throws {
        try await denganJalin { app in
            guard app.konfigurasi.databaseURL == nil else { return }
            let tujuan = Self.sementara("jalin-cadangan") + ".zip"
            defer { try? FileManager.default.removeItem(atPath: tujuan) }
            _ = try Unggah.simpan(Data("%PDF-1.4\n% tanpa basis data\n".utf8), dir: app.konfigurasi.berkasDir)
            _ = try await Cadangan.buat(app: app, tujuan: tujuan)
            // Drop the database from the manifest (and from the archive): every listed entry still matches.
            let m = try Self.manifes(tujuan)
            try Self.tulis(Cadangan.Manifes(format: m.format, versi: m.versi, dibuat: m.dibuat, basisData: m.basisData,
                                            entri: m.entri.filter { $0.jalur != "jalin.sqlite" }), ke: tujuan)
            let arsip = try Archive(url: URL(fileURLWithPath: tujuan), accessMode: .update)
            try arsip.remove(try #require(arsip["jalin.sqlite"]))
            var k = app.konfigurasi
            k.dataDir = Self.sementara("jalin-pulih")
            defer { try? FileManager.default.removeItem(atPath: k.dataDir) }
            let galat = #expect(throws: Cadangan.Gagal.self) { try Cadangan.pulihkan(asal: tujuan, konfigurasi: k) }
            #expect(galat?.description.contains("jalin.sqlite") == true)
            #expect(!FileManager.default.fileExists(atPath: k.dataDir))
            // An unknown kind of database, and a path escaping the data directory, are refused the same way.
            try Self.tulis(Cadangan.Manifes(format: m.format, versi: m.versi, dibuat: m.dibuat, basisData: "mysql", entri: m.entri), ke: tujuan)
            #expect(throws: Cadangan.Gagal.self) { try Cadangan.pulihkan(asal: tujuan, konfigurasi: k) }
            try Self.tulis(Cadangan.Manifes(format: m.format, versi: m.versi, dibuat: m.dibuat, basisData: "sqlite",
                                            entri: m.entri + [Cadangan.Entri(jalur: "berkas/../../luar", sha256: "00", ukuran: 0)]), ke: tujuan)
            #expect(throws: Cadangan.Gagal.self) { try Cadangan.pulihkan(asal: tujuan, konfigurasi: k) }
            #expect(!FileManager.default.fileExists(atPath: k.dataDir))
        }
    }

    @Test("With JALIN_BACKUP_KEY a consistently tampered manifest is refused before anything is written; the right key restores")
    func hmacManifes() async throws {
        try await denganJalin { app in
            guard app.konfigurasi.databaseURL == nil else { return }
            let kunci = try #require(try Cadangan.kunci(dari: Self.kunci))
            let asli = Data("%PDF-1.4\n% asli\n".utf8)
            let sha = try Unggah.simpan(asli, dir: app.konfigurasi.berkasDir)
            let tujuan = Self.sementara("jalin-cadangan") + ".zip"
            defer { try? FileManager.default.removeItem(atPath: tujuan) }
            _ = try await Cadangan.buat(app: app, tujuan: tujuan, kunci: kunci)
            // The right key: restored, and said to be authenticated.
            var k = app.konfigurasi
            k.dataDir = Self.sementara("jalin-pulih")
            defer { try? FileManager.default.removeItem(atPath: k.dataDir) }
            let h = try Cadangan.pulihkan(asal: tujuan, konfigurasi: k, kunci: kunci)
            #expect(h.diautentikasi)
            #expect(FileManager.default.contents(atPath: Unggah.jalur(sha, dir: k.berkasDir)) == asli)

            // An attacker replaces the file and rewrites its sum in the manifest: SHA-256 alone cannot tell.
            let palsu = Data("%PDF-1.4\n% palsu\n".utf8)
            let jalurBerkas = "berkas/\(sha.prefix(2))/\(sha)"
            try Self.ganti(jalurBerkas, dengan: palsu, di: tujuan)
            let m = try Self.manifes(tujuan)
            try Self.tulis(Cadangan.Manifes(format: m.format, versi: m.versi, dibuat: m.dibuat, basisData: m.basisData, entri: m.entri.map {
                $0.jalur == jalurBerkas ? Cadangan.Entri(jalur: $0.jalur, sha256: SHA256.hash(data: palsu).hex, ukuran: palsu.count) : $0
            }), ke: tujuan)
            var k2 = app.konfigurasi
            k2.dataDir = Self.sementara("jalin-pulih")
            defer { try? FileManager.default.removeItem(atPath: k2.dataDir) }
            let galat = #expect(throws: Cadangan.Gagal.self) { try Cadangan.pulihkan(asal: tujuan, konfigurasi: k2, kunci: kunci) }
            #expect(galat?.description.contains("HMAC") == true)
            #expect(!FileManager.default.fileExists(atPath: k2.dataDir))
            // A wrong key is refused the same way.
            let lain = try #require(try Cadangan.kunci(dari: String(Self.kunci.reversed())))
            #expect(throws: Cadangan.Gagal.self) { try Cadangan.periksa(tujuan, kunci: lain) }
            // Without the key the tampered backup passes the sums: that is the case the HMAC exists for.
            let tanpa = try Cadangan.pulihkan(asal: tujuan, konfigurasi: k2)
            #expect(!tanpa.diautentikasi)

            // A backup made without the key is refused when the key is set (no HMAC to check).
            let polos = Self.sementara("jalin-cadangan") + ".zip"
            defer { try? FileManager.default.removeItem(atPath: polos) }
            _ = try await Cadangan.buat(app: app, tujuan: polos)
            let g2 = #expect(throws: Cadangan.Gagal.self) { try Cadangan.periksa(polos, kunci: kunci) }
            #expect(g2?.description.contains("HMAC") == true)
            // A short key is refused outright; an empty one means no key.
            #expect(throws: Cadangan.Gagal.self) { try Cadangan.kunci(dari: "pendek") }
            #expect(try Cadangan.kunci(dari: "") == nil)
        }
    }

    @Test("pg_dump and pg_restore never get the database password on their command line")
    func sandiPGTidakDiArgumen() throws {
        let p = try Cadangan.perintahPG("pg_restore", url: "postgres://jalin:rah%3Asia%5Cku@db.example:5432/jalin?sslmode=require",
                                        ["--no-owner", "/tmp/x.pgdump"], pgpassFile: "/tmp/pgpass-uji")
        #expect(!p.argumen.joined(separator: " ").contains("rah"))
        #expect(p.argumen.first == "pg_restore")
        #expect(p.argumen.contains("postgres://jalin@db.example:5432/jalin?sslmode=require"))
        #expect(p.lingkungan["PGPASSFILE"] == "/tmp/pgpass-uji")
        #expect(p.lingkungan["PGPASSWORD"] == nil)
        // The .pgpass escapes ':' and '\\'.
        #expect(p.pgpass == "*:*:*:*:rah\\:sia\\\\ku\n")
        // No password: no password file.
        let q = try Cadangan.perintahPG("pg_dump", url: "postgresql://jalin@/jalin", [], pgpassFile: "/tmp/x")
        #expect(q.pgpass == nil && q.lingkungan["PGPASSFILE"] == nil)
        #expect(throws: Cadangan.Gagal.self) { try Cadangan.perintahPG("pg_dump", url: "mysql://a:b@c/d", [], pgpassFile: "/tmp/x") }
    }
}

