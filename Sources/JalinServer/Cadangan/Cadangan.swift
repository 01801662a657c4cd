import Fluent
import Foundation
import SQLKit
import Vapor
import ZIPFoundation

/// Backup and restore of a whole installation: a consistent snapshot of the database (SQLite
/// `VACUUM INTO`, or `pg_dump` on PostgreSQL), every uploaded file, and a manifest of SHA-256 sums
/// that restore checks before it touches anything. With `JALIN_BACKUP_KEY` the manifest also carries
/// an HMAC-SHA256 (entry `manifest.hmac`), so a restore can tell a tampered backup from a damaged one.
/// Entries are streamed in chunks, never read whole into memory.
enum Cadangan {
    struct Entri: Codable, Sendable, Equatable {
        let jalur: String
        let sha256: String
        let ukuran: Int
    }

    struct Manifes: Codable, Sendable {
        let format: String
        let versi: Int
        let dibuat: Date
        let basisData: String
        let entri: [Entri]

        /// The database entry's name for this kind of backup (nil for an unknown kind).
        var namaBasisData: String? {
            switch basisData {
            case "sqlite": "jalin.sqlite"
            case "postgresql": "jalin.pgdump"
            default: nil
            }
        }
    }

    /// The outcome of a restore: the manifest, and whether its HMAC was checked with `JALIN_BACKUP_KEY`.
    struct Hasil: Sendable {
        let manifes: Manifes
        let diautentikasi: Bool
    }

    static let namaManifes = "manifest.json"
    static let namaHMAC = "manifest.hmac"
    static let variabelKunci = "JALIN_BACKUP_KEY"
    /// Chunk size for streaming entries in and out of the archive.
    static let ukuranPotongan = 1 << 20
    /// The manifest and its HMAC are small; anything bigger is not one of ours.
    static let batasManifes = 64 << 20

    struct Gagal: Error, CustomStringConvertible {
        let description: String
    }

    // MARK: - The key

    /// The HMAC key from `JALIN_BACKUP_KEY` (nil when unset or empty); a short key is refused.
    static func kunci(dari nilai: String?) throws -> SymmetricKey? {
        guard let nilai, !nilai.isEmpty else { return nil }
        guard nilai.utf8.count >= 32 else {
            throw Gagal(description: "\(variabelKunci) terlalu pendek: gunakan paling sedikit 32 karakter acak (misalnya keluaran `openssl rand -hex 32`).")
        }
        return SymmetricKey(data: Data(nilai.utf8))
    }

    static func kunciLingkungan() throws -> SymmetricKey? {
        try kunci(dari: ProcessInfo.processInfo.environment[variabelKunci])
    }

    static func hmac(_ data: Data, kunci: SymmetricKey) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: data, using: kunci)).hex
    }

    // MARK: - Streaming helpers

    /// SHA-256 and size of a file, read in chunks.
    static func sidik(_ url: URL) throws -> (sha256: String, ukuran: Int) {
        let h = try FileHandle(forReadingFrom: url)
        defer { try? h.close() }
        var hasher = SHA256()
        var n = 0
        while let d = try h.read(upToCount: ukuranPotongan), !d.isEmpty {
            hasher.update(data: d)
            n += d.count
        }
        return (hasher.finalize().hex, n)
    }

    static func sha(_ url: URL) throws -> String { try sidik(url).sha256 }

    /// Streams one entry through `tulis`, hashing on the way; throws unless the SHA-256 and size match the manifest.
    static func alirkan(_ x: Entri, dari arsip: Archive, ke tulis: (Data) throws -> Void) throws {
        guard let e = arsip[x.jalur] else { throw Gagal(description: "Cadangan tidak memuat \(x.jalur). Tidak ada yang dipulihkan.") }
        guard e.type == .file, e.uncompressedSize == Int64(x.ukuran) else { throw tidakCocok(x.jalur) }
        var hasher = SHA256()
        var n = 0
        do {
            _ = try arsip.extract(e, bufferSize: ukuranPotongan, skipCRC32: false) { d in
                hasher.update(data: d)
                n += d.count
                try tulis(d)
            }
        } catch let g as Gagal {
            throw g
        } catch {
            throw tidakCocok(x.jalur)
        }
        guard n == x.ukuran, hasher.finalize().hex == x.sha256 else { throw tidakCocok(x.jalur) }
    }

    static func tidakCocok(_ jalur: String) -> Gagal {
        Gagal(description: "Sidik SHA-256 \(jalur) tidak cocok dengan manifes: cadangan rusak atau diubah. Tidak ada yang dipulihkan.")
    }

    /// Reads a small entry (the manifest, its HMAC) whole.
    static func bacaKecil(_ nama: String, dari arsip: Archive) throws -> Data? {
        guard let e = arsip[nama] else { return nil }
        guard e.type == .file, e.uncompressedSize <= Int64(batasManifes) else { throw Gagal(description: "Manifes cadangan tidak sah.") }
        var d = Data()
        do {
            _ = try arsip.extract(e, bufferSize: ukuranPotongan, skipCRC32: false) { d.append($0) }
        } catch {
            throw Gagal(description: "Manifes cadangan rusak.")
        }
        return d
    }

    /// Extracts one entry into `tujuan` through a temporary file beside it, renamed only when the bytes match.
    static func pasang(_ x: Entri, dari arsip: Archive, ke tujuan: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: tujuan.deletingLastPathComponent(), withIntermediateDirectories: true)
        let sementara = URL(fileURLWithPath: tujuan.path + ".tmp-\(UUID().uuidString)")
        guard fm.createFile(atPath: sementara.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw Gagal(description: "Tidak dapat menulis \(tujuan.path).")
        }
        var selesai = false
        defer { if !selesai { try? fm.removeItem(at: sementara) } }
        let h = try FileHandle(forWritingTo: sementara)
        do {
            try alirkan(x, dari: arsip, ke: { try h.write(contentsOf: $0) })
            try h.synchronize()
            try h.close()
        } catch {
            try? h.close()
            throw error
        }
        if fm.fileExists(atPath: tujuan.path) { try fm.removeItem(at: tujuan) }
        try fm.moveItem(at: sementara, to: tujuan)
        selesai = true
    }

    // MARK: - Backup

    /// Writes the backup zip to `tujuan`; with `kunci`, also the manifest's HMAC.
    static func buat(app: Application, tujuan: String, kunci: SymmetricKey? = nil) async throws -> Manifes {
        let k = app.konfigurasi
        let kerja = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-cadangan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: kerja, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: kerja) }
        var entri: [Entri] = []
        let basisData: String
        if let url = k.databaseURL {
            basisData = "postgresql"
            let keluar = kerja.appendingPathComponent("jalin.pgdump")
            try jalankanPG("pg_dump", url: url, ["--format=custom", "--no-owner", "--no-privileges", "--file", keluar.path], kerja: kerja)
        } else {
            basisData = "sqlite"
            let keluar = kerja.appendingPathComponent("jalin.sqlite")
            // A consistent online snapshot, even while the server writes (WAL).
            try await app.db.sql.raw("VACUUM INTO \(bind: keluar.path)").run()
        }
        let db = kerja.appendingPathComponent(basisData == "sqlite" ? "jalin.sqlite" : "jalin.pgdump")
        let s = try sidik(db)
        entri.append(Entri(jalur: db.lastPathComponent, sha256: s.sha256, ukuran: s.ukuran))
        // Uploaded files are content-addressed: copy each as berkas/<aa>/<sha>.
        let berkas = URL(fileURLWithPath: k.berkasDir)
        if let e = FileManager.default.enumerator(at: berkas, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let f as URL in e where (try? f.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                guard !f.lastPathComponent.contains(".tmp-") else { continue }
                let rel = "berkas/" + f.path.dropFirst(berkas.path.count + 1)
                let s = try sidik(f)
                entri.append(Entri(jalur: rel, sha256: s.sha256, ukuran: s.ukuran))
            }
        }
        let manifes = Manifes(format: "jalin-cadangan", versi: 1, dibuat: app.jam.sekarang, basisData: basisData, entri: entri.sorted { $0.jalur < $1.jalur })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        enc.dateEncodingStrategy = .iso8601
        let sementara = tujuan + ".tmp-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: sementara) }
        let arsip = try Archive(url: URL(fileURLWithPath: sementara), accessMode: .create)
        func tambah(_ nama: String, _ data: Data) throws {
            try arsip.addEntry(with: nama, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, n in
                data.subdata(in: Int(pos)..<Int(pos) + n)
            }
        }
        let manifesData = try enc.encode(manifes)
        try tambah(namaManifes, manifesData)
        if let kunci { try tambah(namaHMAC, Data(hmac(manifesData, kunci: kunci).utf8)) }
        for x in manifes.entri {
            let asal = x.jalur.hasPrefix("berkas/") ? berkas.appendingPathComponent(String(x.jalur.dropFirst("berkas/".count))) : db
            try arsip.addEntry(with: x.jalur, fileURL: asal, compressionMethod: .deflate, bufferSize: ukuranPotongan)
        }
        // The backup appears only when complete.
        if FileManager.default.fileExists(atPath: tujuan) { try FileManager.default.removeItem(atPath: tujuan) }
        try FileManager.default.moveItem(atPath: sementara, toPath: tujuan)
        return manifes
    }

    // MARK: - Restore

    /// A path inside the backup: the database entry, or `berkas/...` without `..`, empty or absolute parts.
    static func jalurSah(_ jalur: String, basisData: String) -> Bool {
        if jalur == basisData { return true }
        guard jalur.hasPrefix("berkas/"), !jalur.contains("\\"), !jalur.contains("\u{0}") else { return false }
        let bagian = jalur.split(separator: "/", omittingEmptySubsequences: false)
        return bagian.count >= 2 && bagian.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Opens the backup, authenticates the manifest (when a key is given) and checks its shape; touches nothing.
    static func bukaManifes(_ asal: String, kunci: SymmetricKey?) throws -> (Archive, Manifes) {
        let arsip: Archive
        do {
            arsip = try Archive(url: URL(fileURLWithPath: asal), accessMode: .read, pathEncoding: nil)
        } catch {
            throw Gagal(description: "Berkas cadangan tidak dapat dibuka (bukan arsip zip).")
        }
        guard let data = try bacaKecil(namaManifes, dari: arsip) else { throw Gagal(description: "Cadangan tidak memuat manifes.") }
        // The HMAC first: nothing of a manifest is believed before it is authenticated.
        if let kunci {
            guard let tanda = try bacaKecil(namaHMAC, dari: arsip) else {
                throw Gagal(description: "Cadangan tidak memuat HMAC manifes, padahal \(variabelKunci) diatur. Tidak ada yang dipulihkan.")
            }
            let hex = String(decoding: tanda, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let kode = Data(hexEncoded: hex), HMAC<SHA256>.isValidAuthenticationCode(kode, authenticating: data, using: kunci) else {
                throw Gagal(description: "HMAC manifes tidak cocok dengan \(variabelKunci): cadangan diubah atau dibuat dengan kunci lain. Tidak ada yang dipulihkan.")
            }
        }
        let dec = JSONDecoder()
        dec.dateDecodingStrategy = .iso8601
        guard let m = try? dec.decode(Manifes.self, from: data), m.format == "jalin-cadangan", let namaDB = m.namaBasisData else {
            throw Gagal(description: "Manifes cadangan tidak sah.")
        }
        guard m.entri.filter({ $0.jalur == namaDB }).count == 1 else {
            throw Gagal(description: "Cadangan tidak memuat \(namaDB). Tidak ada yang dipulihkan.")
        }
        guard Set(m.entri.map(\.jalur)).count == m.entri.count else { throw Gagal(description: "Manifes cadangan tidak sah (entri ganda).") }
        for x in m.entri {
            guard jalurSah(x.jalur, basisData: namaDB), x.ukuran >= 0 else {
                throw Gagal(description: "Jalur tidak sah di cadangan: \(x.jalur.prefix(200))")
            }
        }
        return (arsip, m)
    }

    /// Checks every entry against the manifest by streaming it; returns the manifest, touching nothing.
    static func periksa(_ asal: String, kunci: SymmetricKey? = nil) throws -> Manifes {
        let (arsip, m) = try bukaManifes(asal, kunci: kunci)
        for x in m.entri { try alirkan(x, dari: arsip, ke: { _ in }) }
        return m
    }

    /// Restores into an empty data directory (SQLite) or an empty database (PostgreSQL).
    /// Everything is checked (HMAC when `kunci` is given, then every entry's SHA-256) before anything is written.
    @discardableResult
    static func pulihkan(asal: String, konfigurasi k: Konfigurasi, kunci: SymmetricKey? = nil) throws -> Hasil {
        let (arsip, m) = try bukaManifes(asal, kunci: kunci)
        if m.basisData == "sqlite" {
            guard k.databaseURL == nil else { throw Gagal(description: "Cadangan SQLite dipulihkan tanpa DATABASE_URL.") }
            if FileManager.default.fileExists(atPath: k.sqlitePath) {
                throw Gagal(description: "\(k.sqlitePath) sudah ada. Pulihkan ke JALIN_DATA_DIR yang kosong agar data yang ada tidak tertimpa.")
            }
        } else if k.databaseURL == nil {
            throw Gagal(description: "Cadangan PostgreSQL memerlukan DATABASE_URL ke basis data kosong.")
        }
        // First pass: every entry streamed and hashed, nothing written.
        for x in m.entri { try alirkan(x, dari: arsip, ke: { _ in }) }
        // Second pass: each entry written through a temporary file and checked again as it is written.
        let dir = URL(fileURLWithPath: k.dataDir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("berkas"), withIntermediateDirectories: true)
        for x in m.entri where x.jalur.hasPrefix("berkas/") {
            try pasang(x, dari: arsip, ke: dir.appendingPathComponent(x.jalur))
        }
        guard let namaDB = m.namaBasisData, let db = m.entri.first(where: { $0.jalur == namaDB }) else {
            throw Gagal(description: "Manifes cadangan tidak sah.")
        }
        if let url = k.databaseURL {
            let kerja = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-pulih-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: kerja, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            defer { try? FileManager.default.removeItem(at: kerja) }
            let dump = kerja.appendingPathComponent("jalin.pgdump")
            try pasang(db, dari: arsip, ke: dump)
            try jalankanPG("pg_restore", url: url, ["--no-owner", "--no-privileges", "--exit-on-error", dump.path], kerja: kerja)
        } else {
            try pasang(db, dari: arsip, ke: URL(fileURLWithPath: k.sqlitePath))
        }
        return Hasil(manifes: m, diautentikasi: kunci != nil)
    }

    // MARK: - pg_dump / pg_restore

    /// How a PostgreSQL tool is invoked: the connection URL without its password in the arguments, and the
    /// password in a `.pgpass` file (mode 0600) named by `PGPASSFILE`, never on the command line (`ps` shows it).
    struct PerintahPG: Sendable {
        let argumen: [String]
        let lingkungan: [String: String]
        /// The `.pgpass` line to write before running (nil when the URL has no password).
        let pgpass: String?
    }

    static func perintahPG(_ program: String, url: String, _ argumen: [String], pgpassFile: String) throws -> PerintahPG {
        guard var c = URLComponents(string: url), let skema = c.scheme, ["postgres", "postgresql"].contains(skema) else {
            throw Gagal(description: "DATABASE_URL bukan URL PostgreSQL yang sah.")
        }
        let sandi = c.password.map { $0.removingPercentEncoding ?? $0 }
        c.password = nil
        guard let tanpaSandi = c.string else { throw Gagal(description: "DATABASE_URL bukan URL PostgreSQL yang sah.") }
        var lingkungan = ProcessInfo.processInfo.environment
        var baris: String?
        if let sandi, !sandi.isEmpty {
            // PGPASSWORD would win over the file.
            lingkungan["PGPASSWORD"] = nil
            // This file serves this one invocation only, so every field is a wildcard.
            let lolos = sandi.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ":", with: "\\:")
            baris = "*:*:*:*:\(lolos)\n"
            lingkungan["PGPASSFILE"] = pgpassFile
        }
        return PerintahPG(argumen: [program] + argumen + ["--dbname", tanpaSandi], lingkungan: lingkungan, pgpass: baris)
    }

    static func jalankanPG(_ program: String, url: String, _ argumen: [String], kerja: URL) throws {
        let pgpass = kerja.appendingPathComponent("pgpass-\(UUID().uuidString)")
        let p = try perintahPG(program, url: url, argumen, pgpassFile: pgpass.path)
        if let baris = p.pgpass {
            guard FileManager.default.createFile(atPath: pgpass.path, contents: Data(baris.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw Gagal(description: "Tidak dapat menulis berkas sandi sementara untuk \(program).")
            }
        }
        defer { try? FileManager.default.removeItem(at: pgpass) }
        try jalankan(p.argumen, lingkungan: p.lingkungan)
    }

    static func jalankan(_ argumen: [String], lingkungan: [String: String]? = nil) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = argumen
        if let lingkungan { p.environment = lingkungan }
        let galat = Pipe()
        p.standardError = galat
        try p.run()
        // Read before waiting: a child that fills the pipe would otherwise never exit.
        let pesan = String(decoding: galat.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Gagal(description: "\(argumen.first ?? "") gagal: \(pesan.prefix(500))")
        }
    }
}

extension Data {
    /// Bytes from lowercase or uppercase hex (nil for anything else).
    init?(hexEncoded s: String) {
        guard s.utf8.count % 2 == 0 else { return nil }
        var hasil = Data(capacity: s.utf8.count / 2)
        var tinggi: UInt8?
        for c in s.utf8 {
            let v: UInt8
            switch c {
            case 0x30...0x39: v = c - 0x30
            case 0x61...0x66: v = c - 0x61 + 10
            case 0x41...0x46: v = c - 0x41 + 10
            default: return nil
            }
            if let t = tinggi { hasil.append(t << 4 | v); tinggi = nil } else { tinggi = v }
        }
        self = hasil
    }
}
