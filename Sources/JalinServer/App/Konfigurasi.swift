import Foundation
import Vapor

/// The application's configuration, read once from the environment (see `.env.example`).
public struct Konfigurasi: Sendable {
    /// `postgres://…` to run on PostgreSQL; nil for the embedded SQLite file.
    public var databaseURL: String?
    /// Folder for the SQLite file and uploaded files. Default `./data`.
    public var dataDir: String
    /// Public base URL; when it starts with https the session cookie is marked `Secure`.
    public var baseURL: String?
    /// SMTP server for e-mail reminders (used by later capabilities).
    public var smtpURL: String?
    /// Seed the demo pemda on start. `dariLingkungan` sets it only for an explicit `JALIN_DEMO=1`;
    /// `jalin serve` decides the unset case from its listening address (`KeputusanDemo`).
    public var seedDemo: Bool
    /// `JALIN_DEMO` as given: true for `1`, false for `0`, nil when unset (or not understood).
    public var pilihanDemo: Bool?
    /// Reverse proxies whose `X-Forwarded-For` is believed: addresses or CIDR networks
    /// (`JALIN_TRUSTED_PROXIES`, comma- or space-separated); none by default.
    public var proksiTepercaya: [String] = []
    /// Bcrypt cost for new password hashes (tests lower it).
    public var bcryptCost: Int
    /// Log level of the app.
    public var logLevel: Logger.Level?
    /// PostgreSQL schema to use instead of `public` (tests isolate themselves this way).
    public var skemaPostgres: String?
    /// LibreOffice's `soffice` for PDF output: nil finds it in PATH, "" turns PDF off (`JALIN_SOFFICE`).
    public var soffice: String?
    /// PostgreSQL connections per event loop (`JALIN_PG_KONEKSI`, default 8).
    public var koneksiPostgres: Int = 8
    /// Seconds from start to the reminder job's first run (`JALIN_PENGINGAT_JEDA`, default 30); it then
    /// runs every hour.
    public var jedaPengingat: Int = 30

    public init(
        databaseURL: String? = nil, dataDir: String = "data", baseURL: String? = nil, smtpURL: String? = nil,
        seedDemo: Bool = true, bcryptCost: Int = 12, logLevel: Logger.Level? = nil, soffice: String? = nil
    ) {
        self.soffice = soffice
        self.databaseURL = databaseURL
        self.dataDir = dataDir
        self.baseURL = baseURL
        self.smtpURL = smtpURL
        self.seedDemo = seedDemo
        self.bcryptCost = bcryptCost
        self.logLevel = logLevel
    }

    public static func dariLingkungan(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Konfigurasi {
        func nonEmpty(_ k: String) -> String? {
            guard let v = env[k]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        return Konfigurasi(
            databaseURL: nonEmpty("DATABASE_URL"),
            dataDir: nonEmpty("JALIN_DATA_DIR") ?? "data",
            baseURL: nonEmpty("JALIN_BASE_URL"),
            smtpURL: nonEmpty("JALIN_SMTP_URL"),
            seedDemo: pilihan(nonEmpty("JALIN_DEMO")) == true,
            bcryptCost: nonEmpty("JALIN_BCRYPT_COST").flatMap(Int.init).map { min(max($0, 4), 16) } ?? 12,
            logLevel: nonEmpty("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)),
            soffice: env["JALIN_SOFFICE"].map { $0 == "0" ? "" : $0 }
        ).dengan {
            $0.koneksiPostgres = nonEmpty("JALIN_PG_KONEKSI").flatMap(Int.init).map { min(max($0, 1), 64) } ?? 8
            $0.jedaPengingat = nonEmpty("JALIN_PENGINGAT_JEDA").flatMap(Int.init).map { min(max($0, 0), 86_400) } ?? 30
            $0.pilihanDemo = pilihan(nonEmpty("JALIN_DEMO"))
            $0.proksiTepercaya = nonEmpty("JALIN_TRUSTED_PROXIES").map { [$0] } ?? []
        }
    }

    /// A yes/no setting: `1`/`true`/`ya`/`on` or `0`/`false`/`tidak`/`off`; nil otherwise.
    static func pilihan(_ v: String?) -> Bool? {
        switch v?.lowercased() {
        case "1", "true", "yes", "ya", "on": true
        case "0", "false", "no", "tidak", "off": false
        default: nil
        }
    }

    func dengan(_ ubah: (inout Konfigurasi) -> Void) -> Konfigurasi {
        var k = self
        ubah(&k)
        return k
    }

    /// Whether cookies must carry the `Secure` attribute.
    public var cookieAman: Bool { baseURL?.lowercased().hasPrefix("https://") ?? false }

    public var sqlitePath: String { (dataDir as NSString).appendingPathComponent("jalin.sqlite") }
    public var berkasDir: String { (dataDir as NSString).appendingPathComponent("berkas") }
}

extension Application {
    private struct KonfigurasiKey: StorageKey { typealias Value = Konfigurasi }

    public var konfigurasi: Konfigurasi {
        get { storage[KonfigurasiKey.self] ?? Konfigurasi() }
        set { storage[KonfigurasiKey.self] = newValue }
    }
}
