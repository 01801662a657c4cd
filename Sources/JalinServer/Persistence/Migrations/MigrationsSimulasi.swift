import Fluent
import SQLKit

struct M015Simulasi: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("kelas_simulasi").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("nama", .string, .required)
            .field("tanggal", .string, .required)
            .field("berlaku_sampai", .string, .required)
            .field("kode", .string, .required).unique(on: "kode")
            .field("dibuat_oleh", .string, .required)
            .field("version", .int, .required)
            .field("dibuat_pada", .datetime)
            .create()
        try await db.schema("peserta_simulasi").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("kelas_id", .uuid, .required, .references("kelas_simulasi", "id", onDelete: .cascade))
            .field("nomor", .int, .required)
            .field("nama_pengguna", .string, .required).unique(on: "nama_pengguna")
            .field("hash_sandi", .string, .required)
            .field("disiapkan_pada", .datetime, .required)
            .field("masuk_terakhir", .datetime)
            .create()
        try await db.buatIndeks("peserta_simulasi_kelas", pada: "peserta_simulasi", kolom: ["kelas_id", "nomor"], unik: true)
    }

    func revert(on db: any Database) async throws {
        try await db.schema("peserta_simulasi").delete()
        try await db.schema("kelas_simulasi").delete()
    }
}
