import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Leaf
import LeafKit
import Vapor

/// Configures databases, migrations, templates, middleware and routes.
public func configure(_ app: Application, konfigurasi: Konfigurasi = .dariLingkungan()) async throws {
    app.konfigurasi = konfigurasi
    app.proksiTepercaya = try ProksiTepercaya(daftar: konfigurasi.proksiTepercaya)
    if let level = konfigurasi.logLevel { app.logger.logLevel = level }

    // Database: PostgreSQL when DATABASE_URL is set, else the embedded SQLite file.
    if let url = konfigurasi.databaseURL {
        var cfg = try SQLPostgresConfiguration(url: url)
        if let skema = konfigurasi.skemaPostgres { cfg.searchPath = [skema] }
        // Several connections per event loop: with one, concurrent requests queue behind a single query.
        app.databases.use(.postgres(configuration: cfg, maxConnectionsPerEventLoop: konfigurasi.koneksiPostgres, sqlLogLevel: .debug), as: .psql)
    } else {
        try FileManager.default.createDirectory(atPath: konfigurasi.dataDir, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(konfigurasi.sqlitePath), sqlLogLevel: .debug), as: .sqlite)
    }
    try FileManager.default.createDirectory(atPath: konfigurasi.berkasDir, withIntermediateDirectories: true)
    app.migrations.add(Migrasi.semua)

    app.passwords.use(.bcrypt(cost: konfigurasi.bcryptCost))
    app.hashSandiSemu = try app.password.hash(Rahasia.acak())

    // Templates and static files ship as resources, so the binary works from any directory.
    // Leaf's own provider switches the shared template cache off on every render in the development
    // environment (the default of `jalin serve`); this one leaves it on. Templates are copied into the
    // bundle at build time, so a changed template needs a rebuild anyway: each is parsed once.
    app.views.use { app in
        var info = app.leaf.userInfo
        info["application"] = app
        return LeafRenderer(configuration: app.leaf.configuration, tags: app.leaf.tags, cache: app.leaf.cache,
                            sources: app.leaf.sources, eventLoop: app.eventLoopGroup.next(), userInfo: info)
    }
    app.leaf.configuration = .init(rootDirectory: Sumber.views)
    // The bundle may sit under a hidden folder (.build): keep the sandbox, drop the visible-files limit.
    app.leaf.sources = .singleSource(NIOLeafFiles(
        fileio: app.fileio, limits: [.toSandbox, .requireExtensions, .onlyLeafExtensions],
        sandboxDirectory: Sumber.views, viewDirectory: Sumber.views))
    app.routes.defaultMaxBodySize = "2mb"
    app.routes.caseInsensitive = false

    app.middleware = Middlewares()
    app.permintaanBerjalan = PermintaanBerjalan()
    app.lifecycle.use(TungguPermintaanSelesai())
    app.middleware.use(PermintaanBerjalanMiddleware())
    app.cacheHalaman = CacheHalaman()
    app.cetakPDF = CetakPDF()
    app.ingatanPilihan = IngatanData()
    app.middleware.use(CacheHalamanMiddleware())
    app.middleware.use(WaktuServerMiddleware())
    app.middleware.use(HeaderKeamananMiddleware())
    app.middleware.use(GalatMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: Sumber.publik, defaultFile: nil))
    app.middleware.use(SesiMiddleware())
    app.middleware.use(WajibGantiSandiMiddleware())
    app.middleware.use(CSRFCookieMiddleware())

    try rute(app)
}

/// Runs the migrations and, when enabled, the demo seed. Used by `serve` and by tests.
public func siapkanDatabase(_ app: Application) async throws {
    if app.konfigurasi.databaseURL == nil {
        // WAL: readers do not block the writer; persistent in the file.
        _ = try await app.db.sql.raw("PRAGMA journal_mode=WAL").all()
    }
    if let skema = app.konfigurasi.skemaPostgres {
        try await app.db.sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: skema)").run()
    }
    // Nothing pending: no migrator, so the app can run as a role that does not own the tables.
    if await !Migrasi.semuaTerpasang(on: app.db) { try await app.autoMigrate() }
    try await ReferensiSeed.pastikan(on: app.db)
    if app.konfigurasi.seedDemo {
        try await DemoSeed.pastikan(app: app)
    }
}

/// Where the bundled resources are.
enum Sumber {
    static var views: String { Bundle.module.bundleURL.appendingPathComponent("Views").path + "/" }
    static var publik: String { Bundle.module.bundleURL.appendingPathComponent("Public").path + "/" }
}
