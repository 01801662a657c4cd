import Fluent

/// Uploaded files attached to records (`LampiranRecord`).
struct M012Lampiran: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("lampiran").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("entitas", .string, .required)
            .field("entitas_id", .uuid, .required)
            .field("nama_asli", .string, .required)
            .field("tipe", .string, .required)
            .field("ukuran", .int, .required)
            .field("sha256", .string, .required)
            .field("diunggah_oleh", .string, .required)
            .field("waktu", .datetime, .required)
            .create()
        try await db.buatIndeks("idx_lampiran_entitas", pada: "lampiran", kolom: ["pemda_id", "entitas", "entitas_id"])
    }

    func revert(on db: any Database) async throws { try await db.schema("lampiran").delete() }
}
