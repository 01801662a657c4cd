import Fluent
import SQLKit

/// The audit log refuses TRUNCATE too. M010's PostgreSQL triggers are row-level (UPDATE, DELETE), and a
/// TRUNCATE fires no row trigger, so it emptied the log silently. A statement-level trigger closes that
/// (it also fires for a TRUNCATE reached through CASCADE). SQLite has no TRUNCATE: its `DELETE FROM` without
/// WHERE is caught by the row trigger already. The table owner can still drop or disable triggers: run the
/// app as a role that does not own the tables (docs/postgresql-peran.md).
struct M021AuditTanpaTruncate: AsyncMigration {
    func prepare(on db: any Database) async throws {
        guard db.isPostgres else { return }
        try await db.sql.raw("""
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
            """).run()
    }

    func revert(on db: any Database) async throws {
        guard db.isPostgres else { return }
        try await db.sql.raw("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log").run()
    }
}

extension Migrasi {
    /// Whether every migration is already recorded in `_fluent_migrations` (false when the table is missing).
    /// A role that does not own the tables (docs/postgresql-peran.md) cannot run Fluent's migrator, which
    /// always starts with `CREATE TABLE IF NOT EXISTS`; so the app skips it when there is nothing to do.
    static func semuaTerpasang(on db: any Database) async -> Bool {
        struct Baris: Decodable { let name: String }
        guard let ada = try? await db.sql.raw("SELECT name FROM _fluent_migrations").all(decoding: Baris.self) else { return false }
        let nama = Set(ada.map(\.name))
        return semua.allSatisfy { nama.contains($0.name) }
    }
}
