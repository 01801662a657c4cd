import Fluent
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The sandboxes of the training mode. Every participant has a database of their own: an SQLite file
/// under `<data>/simulasi/`, copied from a template seeded with the demo pemda (the same data as
/// `jalin serve` seeds), and a folder for their uploads. Isolation is physical — a sandbox request
/// never reaches the main database's records, whatever the main database is (SQLite or PostgreSQL) —
/// and deleting a participant deletes their files.
enum KotakSimulasi {
    static func folder(_ app: Application) -> String {
        (app.konfigurasi.dataDir as NSString).appendingPathComponent("simulasi")
    }

    static func jalur(_ app: Application, peserta: UUID) -> String {
        (folder(app) as NSString).appendingPathComponent("\(peserta.uuidString.lowercased()).sqlite")
    }

    static func berkasDir(_ app: Application, peserta: UUID) -> String {
        (folder(app) as NSString).appendingPathComponent("\(peserta.uuidString.lowercased())-berkas")
    }

    static func dbID(_ peserta: UUID) -> DatabaseID { DatabaseID(string: "sim-\(peserta.uuidString.lowercased())") }

    /// The template's name carries the number of migrations, so a newer build seeds a new one.
    static func jalurTemplat(_ app: Application) -> String {
        (folder(app) as NSString).appendingPathComponent("templat-m\(Migrasi.semua.count).sqlite")
    }

    /// Serialises the template's creation.
    private static let kunci = KunciAsync()
    /// One lock per participant: registering, copying and deleting one sandbox never overlap, while
    /// different participants proceed in parallel (115 first logins at once).
    private static let kunciDaftar = NIOLockedValueBox<[UUID: KunciAsync]>([:])

    private static func kunciPeserta(_ peserta: UUID) -> KunciAsync {
        kunciDaftar.withLockedValue { d in
            if let k = d[peserta] { return k }
            let k = KunciAsync()
            d[peserta] = k
            return k
        }
    }

    /// The database of a participant, registered (and migrated) on first use in this process.
    static func database(_ app: Application, peserta: UUID, on el: (any EventLoop)? = nil, logger: Logger? = nil) async throws -> any Database {
        let id = dbID(peserta)
        if app.databases.configuration(for: id) == nil {
            try await kunciPeserta(peserta).dengan {
                if app.databases.configuration(for: id) == nil {
                    guard FileManager.default.fileExists(atPath: jalur(app, peserta: peserta)) else {
                        throw Tolak(.notFound, "Ruang simulasi peserta ini tidak ditemukan.")
                    }
                    try await daftarkan(app, id: id, jalur: jalur(app, peserta: peserta))
                }
            }
        }
        return app.databases.database(id, logger: logger ?? app.logger, on: el ?? app.eventLoopGroup.any())!
    }

    private static func daftarkan(_ app: Application, id: DatabaseID, jalur: String, wal: Bool = true) async throws {
        app.databases.use(.sqlite(.file(jalur), sqlLogLevel: .debug), as: id, isDefault: false)
        let db = app.databases.database(id, logger: app.logger, on: app.eventLoopGroup.any())!
        if wal { _ = try await db.sql.raw("PRAGMA journal_mode=WAL").all() }
        // Files made by an older build get the newer migrations.
        let m = Migrations()
        m.add(Migrasi.semua, to: id)
        let migrator = Migrator(databases: app.databases, migrations: m, logger: app.logger, on: app.eventLoopGroup.any(),
                                migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// Makes (once) the template: a fresh database with the reference data and the demo pemda.
    private static func pastikanTemplat(_ app: Application) async throws -> String {
        let jalur = jalurTemplat(app)
        if FileManager.default.fileExists(atPath: jalur) { return jalur }
        try FileManager.default.createDirectory(atPath: folder(app), withIntermediateDirectories: true)
        let sementara = jalur + ".baru"
        hapusBerkas(sementara)
        let id = DatabaseID(string: "sim-templat-\(UUID().uuidString.lowercased())")
        try await daftarkan(app, id: id, jalur: sementara)
        let db = app.databases.database(id, logger: app.logger, on: app.eventLoopGroup.any())!
        try await ReferensiSeed.pastikan(on: db)
        try await DemoSeed.pastikan(app: app, on: db)
        // Closing the last connection checkpoints the WAL into the file: one self-contained file.
        _ = try await db.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").all()
        app.databases.reinitialize(id)
        try await Task.sleep(for: .milliseconds(50))
        for akhiran in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sementara + akhiran) }
        try FileManager.default.moveItem(atPath: sementara, toPath: jalur)
        return jalur
    }

    /// (Re)creates a participant's sandbox from the template: their earlier work is gone.
    static func siapkan(_ app: Application, peserta: UUID) async throws {
        let templat = try await kunci.dengan { try await pastikanTemplat(app) }
        try await kunciPeserta(peserta).dengan {
            let id = dbID(peserta)
            if app.databases.configuration(for: id) != nil { app.databases.reinitialize(id) }
            let tujuan = jalur(app, peserta: peserta)
            hapusBerkas(tujuan)
            try? FileManager.default.removeItem(atPath: berkasDir(app, peserta: peserta))
            try FileManager.default.copyItem(atPath: templat, toPath: tujuan)
            try FileManager.default.createDirectory(atPath: berkasDir(app, peserta: peserta), withIntermediateDirectories: true)
        }
    }

    /// Deletes a participant's sandbox: database file and uploads.
    static func hapus(_ app: Application, peserta: UUID) async throws {
        try await kunciPeserta(peserta).dengan {
            let id = dbID(peserta)
            if app.databases.configuration(for: id) != nil { app.databases.reinitialize(id) }
            hapusBerkas(jalur(app, peserta: peserta))
            try? FileManager.default.removeItem(atPath: berkasDir(app, peserta: peserta))
        }
    }

    private static func hapusBerkas(_ jalur: String) {
        for akhiran in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: jalur + akhiran) }
    }
}

/// A mutual-exclusion lock for async code (one holder at a time, FIFO).
final class KunciAsync: @unchecked Sendable {
    private let lock = NIOLock()
    private var sibuk = false
    private var antre: [CheckedContinuation<Void, Never>] = []

    func dengan<T>(_ kerja: () async throws -> T) async throws -> T {
        await ambil()
        defer { lepas() }
        return try await kerja()
    }

    private func ambil() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let segera = lock.withLock { () -> Bool in
                if !sibuk { sibuk = true; return true }
                antre.append(c)
                return false
            }
            if segera { c.resume() }
        }
    }

    private func lepas() {
        let berikut = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            if antre.isEmpty { sibuk = false; return nil }
            return antre.removeFirst()
        }
        berikut?.resume()
    }
}

/// What a request knows when it runs inside a sandbox.
struct KonteksSimulasi: Sendable {
    let pesertaID: UUID
    let kelasID: UUID
    let kelasNama: String
    let nomor: Int
    let namaPengguna: String
}

extension Request {
    private struct SimulasiKey: StorageKey { typealias Value = KonteksSimulasi }

    /// Set by the session middleware when the session belongs to a sandbox.
    var simulasi: KonteksSimulasi? {
        get { storage[SimulasiKey.self] }
        set { storage[SimulasiKey.self] = newValue }
    }

    /// Where this request's uploads are stored.
    var berkasDir: String {
        guard let s = simulasi else { return application.konfigurasi.berkasDir }
        return KotakSimulasi.berkasDir(application, peserta: s.pesertaID)
    }

    /// The watermark of every document made here: "SIMULASI" in a sandbox.
    var tandaAirSimulasi: String? { simulasi == nil ? nil : "SIMULASI" }
}
