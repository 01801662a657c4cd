import Fluent
import SQLKit

/// All migrations, numbered and registered in order.
///
/// Every Fluent model lives in `Persistence/Models/` and every migration in `Persistence/Migrations/`
/// (one file per area). The numbering rule for a new migration:
/// - take the next free number, `MNNN` (after the last entry below), and append it at the end of this list;
/// - one migration per change of the schema or data; never edit a migration that has shipped, add a new one;
/// - never renumber, rename or reorder an existing migration, and never give it a custom `name`: Fluent
///   records each migration by its type name (`JalinServer.M012Lampiran`) in every installed database,
///   so a renamed type runs again on existing installations. Moving its file is harmless.
/// Two historical entries share M013 (`M013KerjaSama`, `M013Naskah`); they keep their names.
enum Migrasi {
    static let semua: [any AsyncMigration] = [
        M001Pemda(), M002Urusan(), M003Wilayah(), M004UnitKerja(), M005Mitra(), M006Pengguna(),
        M007Sesi(), M008TokenAPI(), M009PercobaanMasuk(), M010Audit(), M011Pemetaan(), M012Lampiran(), M013KerjaSama(), M013Naskah(),
        M014Monev(), M015Simulasi(), M016IndeksDasbor(), M017IndeksHalamanNaskah(),
        M018KaitKerjaSama(),
        M019IsianMonevPerPihak(),
        M020NaskahDibagikanSejak(),
        M021AuditTanpaTruncate(),
        M022WajibGantiSandi(),
        M023NaskahKerjaSama(),
        M024Kabar(),
        M025NaskahDiterima(),
    ]
}

struct M001Pemda: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("pemda").id()
            .field("kode_wilayah", .string, .required).unique(on: "kode_wilayah")
            .field("nama", .string, .required)
            .field("demo", .bool, .required)
            .field("dibuat_pada", .datetime)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("pemda").delete() }
}

struct M002Urusan: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("urusan")
            .field("kode", .string, .identifier(auto: false))
            .field("nama", .string, .required)
            .field("kelompok", .int, .required)
            .field("edisi", .string, .required)
            .field("aktif", .bool, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("urusan").delete() }
}

struct M003Wilayah: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("wilayah")
            .field("kode", .string, .identifier(auto: false))
            .field("nama", .string, .required)
            .field("tingkat", .int, .required)
            .field("induk", .string)
            .field("edisi", .string, .required)
            .field("pensiun", .bool, .required)
            .create()
        try await db.buatIndeks("idx_wilayah_induk", pada: "wilayah", kolom: ["induk"])
        try await db.buatIndeks("idx_wilayah_tingkat", pada: "wilayah", kolom: ["tingkat"])
        try await db.schema("impor_wilayah").id()
            .field("edisi", .string, .required)
            .field("nama_berkas", .string, .required)
            .field("sha256", .string, .required)
            .field("jumlah_baris", .int, .required)
            .field("ditambah", .int, .required)
            .field("diubah", .int, .required)
            .field("dipensiunkan", .int, .required)
            .field("diaktifkan", .int, .required)
            .field("waktu", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws {
        try await db.schema("impor_wilayah").delete()
        try await db.schema("wilayah").delete()
    }
}

struct M004UnitKerja: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("unit_kerja").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("jenis", .string, .required)
            .field("nama", .string, .required)
            .field("singkatan", .string)
            .field("kode_wilayah", .string)
            .field("urusan", .string, .required)
            .field("contoh", .bool, .required)
            .field("aktif", .bool, .required)
            .field("version", .int, .required)
            .field("dibuat_pada", .datetime)
            .field("diubah_pada", .datetime)
            .unique(on: "pemda_id", "nama")
            .create()
        try await db.buatIndeks("idx_unit_pemda_jenis", pada: "unit_kerja", kolom: ["pemda_id", "jenis"])
    }
    func revert(on db: any Database) async throws { try await db.schema("unit_kerja").delete() }
}

struct M005Mitra: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("mitra").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("jenis", .string, .required)
            .field("nama", .string, .required)
            .field("kode_wilayah", .string)
            .field("alamat", .string)
            .field("keterangan", .string)
            .field("contoh", .bool, .required)
            .field("version", .int, .required)
            .field("dibuat_pada", .datetime)
            .unique(on: "pemda_id", "nama")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mitra").delete() }
}

struct M006Pengguna: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("pengguna").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("nama_pengguna", .string, .required).unique(on: "nama_pengguna")
            .field("nama_lengkap", .string, .required)
            .field("email", .string)
            .field("hash_sandi", .string, .required)
            .field("peran", .string, .required)
            .field("unit_id", .uuid, .references("unit_kerja", "id"))
            .field("mitra_id", .uuid, .references("mitra", "id"))
            .field("aktif", .bool, .required)
            .field("version", .int, .required)
            .field("dibuat_pada", .datetime)
            .field("diubah_pada", .datetime)
            .field("masuk_terakhir", .datetime)
            .create()
        try await db.buatIndeks("idx_pengguna_pemda", pada: "pengguna", kolom: ["pemda_id", "peran"])
    }
    func revert(on db: any Database) async throws { try await db.schema("pengguna").delete() }
}

struct M007Sesi: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("sesi").id()
            .field("token_hash", .string, .required).unique(on: "token_hash")
            .field("pengguna_id", .uuid, .required, .references("pengguna", "id", onDelete: .cascade))
            .field("pemda_id", .uuid, .required)
            .field("csrf", .string, .required)
            .field("dibuat_pada", .datetime, .required)
            .field("dilihat_pada", .datetime, .required)
            .field("kedaluwarsa", .datetime, .required)
            .field("ip", .string)
            .create()
        try await db.buatIndeks("idx_sesi_pengguna", pada: "sesi", kolom: ["pengguna_id"])
    }
    func revert(on db: any Database) async throws { try await db.schema("sesi").delete() }
}

struct M008TokenAPI: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("token_api").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("pengguna_id", .uuid, .required, .references("pengguna", "id", onDelete: .cascade))
            .field("nama", .string, .required)
            .field("token_hash", .string, .required).unique(on: "token_hash")
            .field("prefiks", .string, .required)
            .field("dibuat_pada", .datetime)
            .field("dipakai_pada", .datetime)
            .field("kedaluwarsa", .datetime)
            .field("dicabut", .bool, .required)
            .create()
        try await db.buatIndeks("idx_token_pengguna", pada: "token_api", kolom: ["pengguna_id"])
    }
    func revert(on db: any Database) async throws { try await db.schema("token_api").delete() }
}

struct M009PercobaanMasuk: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("percobaan_masuk")
            .field("kunci", .string, .identifier(auto: false))
            .field("gagal", .int, .required)
            .field("mulai", .datetime, .required)
            .field("terkunci_sampai", .datetime)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("percobaan_masuk").delete() }
}

struct M010Audit: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("audit_log").id()
            .field("pemda_id", .uuid)
            .field("pengguna_id", .uuid)
            .field("nama_pengguna", .string, .required)
            .field("aksi", .string, .required)
            .field("entitas", .string, .required)
            .field("entitas_id", .string)
            .field("sebelum", .string)
            .field("sesudah", .string)
            .field("waktu", .datetime, .required)
            .field("ip", .string)
            .create()
        try await db.buatIndeks("idx_audit_pemda_waktu", pada: "audit_log", kolom: ["pemda_id", "waktu"])
        try await db.buatIndeks("idx_audit_entitas", pada: "audit_log", kolom: ["entitas", "entitas_id"])
        // Append-only, enforced by the database itself.
        if db.isPostgres {
            try await db.sql.raw(
                """
                CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql
                """
            ).run()
            try await db.sql.raw(
                """
                CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
                """
            ).run()
        } else {
            try await db.sql.raw(
                """
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
                """
            ).run()
            try await db.sql.raw(
                """
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
                """
            ).run()
        }
    }
    func revert(on db: any Database) async throws {
        if db.isPostgres {
            try await db.sql.raw("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log").run()
        }
        try await db.schema("audit_log").delete()
    }
}
