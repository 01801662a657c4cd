import Fluent
import Foundation
import SQLKit
import Vapor
import ZIPFoundation

/// Backup and restore of a whole installation: a consistent snapshot of the database (SQLite
/// `VACUUM INTO`, or `pg_dump` on PostgreSQL), every uploaded file, and a manifest of SHA-256 sums
/// that restore checks before it touches anything.
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
    }

    static let namaManifes = "manifest.json"

    struct Gagal: Error, CustomStringConvertible {
        let description: String
    }

    static func sha(_ url: URL) throws -> String {
        SHA256.hash(data: try Data(contentsOf: url)).hex
    }

    /// Writes the backup zip to `tujuan`.
    static func buat(app: Application, tujuan: String) async throws -> Manifes {
        let k = app.konfigurasi
        let kerja = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-cadangan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: kerja, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: kerja) }
        var entri: [Entri] = []
        let basisData: String
        if let url = k.databaseURL {
            basisData = "postgresql"
            let keluar = kerja.appendingPathComponent("jalin.pgdump")
            try jalankan("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", keluar.path, "--dbname", url])
        } else {
            basisData = "sqlite"
            let keluar = kerja.appendingPathComponent("jalin.sqlite")
            // A consistent online snapshot, even while the server writes (WAL).
            try await app.db.sql.raw("VACUUM INTO \(bind: keluar.path)").run()
        }
        let db = kerja.appendingPathComponent(basisData == "sqlite" ? "jalin.sqlite" : "jalin.pgdump")
        entri.append(Entri(jalur: db.lastPathComponent, sha256: try sha(db), ukuran: try Data(contentsOf: db).count))
        // Uploaded files are content-addressed: copy each as berkas/<aa>/<sha>.
        let berkas = URL(fileURLWithPath: k.berkasDir)
        if let e = FileManager.default.enumerator(at: berkas, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let f as URL in e where (try? f.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                guard !f.lastPathComponent.contains(".tmp-") else { continue }
                let rel = "berkas/" + f.path.dropFirst(berkas.path.count + 1)
                entri.append(Entri(jalur: rel, sha256: try sha(f), ukuran: try Data(contentsOf: f).count))
            }
        }
        let manifes = Manifes(format: "jalin-cadangan", versi: 1, dibuat: Date(), basisData: basisData, entri: entri.sorted { $0.jalur < $1.jalur })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        enc.dateEncodingStrategy = .iso8601
        let sementara = tujuan + ".tmp-\(UUID().uuidString)"
        let arsip = try Archive(url: URL(fileURLWithPath: sementara), accessMode: .create)
        let manifesData = try enc.encode(manifes)
        try arsip.addEntry(with: namaManifes, type: .file, uncompressedSize: Int64(manifesData.count), compressionMethod: .deflate) { pos, n in
            manifesData.subdata(in: Int(pos)..<Int(pos) + n)
        }
        for x in manifes.entri {
            let asal = x.jalur.hasPrefix("berkas/") ? berkas.appendingPathComponent(String(x.jalur.dropFirst("berkas/".count))) : db
            try arsip.addEntry(with: x.jalur, fileURL: asal, compressionMethod: .deflate)
        }
        // The backup appears only when complete.
        if FileManager.default.fileExists(atPath: tujuan) { try FileManager.default.removeItem(atPath: tujuan) }
        try FileManager.default.moveItem(atPath: sementara, toPath: tujuan)
        return manifes
    }

    /// Checks every entry against the manifest; returns the manifest and the verified bytes, touching nothing.
    static func periksa(_ asal: String) throws -> (Manifes, [String: Data]) {
        guard let arsip = try? Archive(url: URL(fileURLWithPath: asal), accessMode: .read) else {
            throw Gagal(description: "Berkas cadangan tidak dapat dibuka (bukan arsip zip).")
        }
        func baca(_ nama: String) throws -> Data {
            guard let e = arsip[nama] else { throw Gagal(description: "Cadangan tidak memuat \(nama).") }
            guard e.uncompressedSize < 20 * 1024 * 1024 * 1024 else { throw Gagal(description: "Entri \(nama) terlalu besar.") }
            var d = Data()
            _ = try arsip.extract(e, skipCRC32: false) { d.append($0) }
            return d
        }
        let dec = JSONDecoder()
        dec.dateDecodingStrategy = .iso8601
        guard let m = try? dec.decode(Manifes.self, from: try baca(namaManifes)), m.format == "jalin-cadangan" else {
            throw Gagal(description: "Manifes cadangan tidak sah.")
        }
        var isi: [String: Data] = [:]
        for x in m.entri {
            guard !x.jalur.contains(".."), !x.jalur.hasPrefix("/") else { throw Gagal(description: "Jalur tidak sah di cadangan: \(x.jalur)") }
            let d = try baca(x.jalur)
            guard SHA256.hash(data: d).hex == x.sha256, d.count == x.ukuran else {
                throw Gagal(description: "Sidik SHA-256 \(x.jalur) tidak cocok dengan manifes: cadangan rusak atau diubah. Tidak ada yang dipulihkan.")
            }
            isi[x.jalur] = d
        }
        return (m, isi)
    }

    /// Restores into an empty data directory (SQLite) or an empty database (PostgreSQL).
    static func pulihkan(asal: String, konfigurasi k: Konfigurasi) throws -> Manifes {
        let (m, isi) = try periksa(asal)
        let dir = URL(fileURLWithPath: k.dataDir)
        if m.basisData == "sqlite" {
            guard k.databaseURL == nil else { throw Gagal(description: "Cadangan SQLite dipulihkan tanpa DATABASE_URL.") }
            if FileManager.default.fileExists(atPath: k.sqlitePath) {
                throw Gagal(description: "\(k.sqlitePath) sudah ada. Pulihkan ke JALIN_DATA_DIR yang kosong agar data yang ada tidak tertimpa.")
            }
        } else if k.databaseURL == nil {
            throw Gagal(description: "Cadangan PostgreSQL memerlukan DATABASE_URL ke basis data kosong.")
        }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("berkas"), withIntermediateDirectories: true)
        for x in m.entri where x.jalur.hasPrefix("berkas/") {
            let t = dir.appendingPathComponent(x.jalur)
            try FileManager.default.createDirectory(at: t.deletingLastPathComponent(), withIntermediateDirectories: true)
            try isi[x.jalur]!.write(to: t, options: .atomic)
        }
        if m.basisData == "sqlite" {
            try isi["jalin.sqlite"]!.write(to: URL(fileURLWithPath: k.sqlitePath), options: .atomic)
        } else {
            let dump = FileManager.default.temporaryDirectory.appendingPathComponent("jalin-\(UUID().uuidString).pgdump")
            try isi["jalin.pgdump"]!.write(to: dump)
            defer { try? FileManager.default.removeItem(at: dump) }
            try jalankan("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", k.databaseURL!, dump.path])
        }
        return m
    }

    static func jalankan(_ program: String, _ argumen: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [program] + argumen
        let galat = Pipe()
        p.standardError = galat
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            let pesan = String(decoding: galat.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Gagal(description: "\(program) gagal: \(pesan.prefix(500))")
        }
    }
}

/// `jalin backup FILE.zip`
struct CadanganCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "berkas", help: "Berkas cadangan yang dibuat (zip)") var berkas: String
    }

    var help: String { "Membuat cadangan konsisten basis data dan semua berkas unggahan, dengan manifes SHA-256." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let m = try await Cadangan.buat(app: context.application, tujuan: signature.berkas)
        context.console.print("Cadangan \(signature.berkas) dibuat: basis data \(m.basisData), \(m.entri.count - 1) berkas unggahan, \(m.entri.reduce(0) { $0 + $1.ukuran }) bita.")
    }
}

/// `jalin restore FILE.zip`
struct PulihkanCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "berkas", help: "Berkas cadangan (zip) dari jalin backup") var berkas: String
    }

    var help: String { "Memulihkan cadangan ke JALIN_DATA_DIR kosong (atau DATABASE_URL kosong) setelah memeriksa manifesnya." }

    func run(using context: CommandContext, signature: Signature) async throws {
        do {
            let m = try Cadangan.pulihkan(asal: signature.berkas, konfigurasi: context.application.konfigurasi)
            context.console.print("Dipulihkan: basis data \(m.basisData) dan \(m.entri.count - 1) berkas unggahan, semua sidik SHA-256 cocok.")
        } catch let g as Cadangan.Gagal {
            context.console.error(g.description)
            throw PerintahGagal(pesan: "pemulihan ditolak")
        }
    }
}
