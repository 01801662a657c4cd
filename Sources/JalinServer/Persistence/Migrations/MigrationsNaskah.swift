import Fluent
import Foundation
import SQLKit

struct M013Naskah: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("naskah").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("jenis", .string, .required)
            .field("jenis_kerja_sama", .string)
            .field("judul", .string, .required)
            .field("unit_id", .uuid, .references("unit_kerja", "id"))
            .field("mitra_id", .uuid, .references("mitra", "id"))
            .field("usulan_id", .uuid, .references("usulan_potensi", "id"))
            .field("induk_id", .uuid)
            .field("status", .string, .required)
            .field("dibagikan", .bool, .required)
            .field("versi_terkini", .int, .required)
            .field("isi", .string, .required)
            .field("ditandatangani_pada", .string)
            .field("contoh", .bool, .required)
            .field("version", .int, .required)
            .field("dibuat_oleh", .uuid, .required)
            .field("dibuat_pada", .datetime)
            .field("diubah_pada", .datetime)
            .create()
        try await db.buatIndeks("idx_naskah_pemda", pada: "naskah", kolom: ["pemda_id", "status"])
        try await db.buatIndeks("idx_naskah_mitra", pada: "naskah", kolom: ["pemda_id", "mitra_id", "dibagikan"])
        try await db.buatIndeks("idx_naskah_induk", pada: "naskah", kolom: ["induk_id"])
        try await db.schema("versi_naskah").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("naskah_id", .uuid, .required, .references("naskah", "id"))
            .field("nomor", .int, .required)
            .field("isi", .string, .required)
            .field("sumber", .string, .required)
            .field("catatan", .string)
            .field("pengguna_id", .uuid, .required)
            .field("pengguna", .string, .required)
            .field("waktu", .datetime, .required)
            .unique(on: "naskah_id", "nomor")
            .create()
        try await db.schema("komentar_naskah").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("naskah_id", .uuid, .required, .references("naskah", "id"))
            .field("induk_id", .uuid)
            .field("pasal_kunci", .string, .required)
            .field("pasal_label", .string, .required)
            .field("versi", .int, .required)
            .field("pengguna_id", .uuid, .required)
            .field("nama", .string, .required)
            .field("asal", .string, .required)
            .field("dari_mitra", .bool, .required)
            .field("isi", .string, .required)
            .field("selesai", .bool, .required)
            .field("diselesaikan_oleh", .string)
            .field("waktu", .datetime, .required)
            .create()
        try await db.buatIndeks("idx_komentar_naskah", pada: "komentar_naskah", kolom: ["naskah_id", "waktu"])
        try await db.schema("klausul_naskah").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("kode", .string, .required)
            .field("varian", .string, .required)
            .field("versi", .int, .required)
            .field("isi", .string, .required)
            .field("pengguna", .string, .required)
            .field("waktu", .datetime, .required)
            .unique(on: "pemda_id", "kode", "varian", "versi")
            .create()
        try await db.schema("aturan_naskah").id()
            .field("pemda_id", .uuid, .required, .references("pemda", "id"))
            .field("isi", .string, .required)
            .field("version", .int, .required)
            .field("diubah_pada", .datetime)
            .unique(on: "pemda_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        for t in ["aturan_naskah", "klausul_naskah", "komentar_naskah", "versi_naskah", "naskah"] {
            try await db.schema(t).delete()
        }
    }
}

/// The naskah list pages by keyset on (change time, id) within a pemda (issue 9.4).
struct M017IndeksHalamanNaskah: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.buatIndeks("idx_naskah_diubah", pada: "naskah", kolom: ["pemda_id", "diubah_pada"])
    }

    func revert(on db: any Database) async throws {
        try await db.sql.drop(index: "idx_naskah_diubah").run()
    }
}

/// The version from which, and the time since when, a naskah is shared with the partner's
/// reviewer (issue 16.14). A naskah shared before this migration is taken as shared from its
/// current version and from now: its earlier drafts and discussion stay internal.
struct M020NaskahDibagikanSejak: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await db.schema("naskah").field("dibagikan_sejak", .int).update()
        try await db.schema("naskah").field("dibagikan_pada", .datetime).update()
        try await db.sql.raw("UPDATE naskah SET dibagikan_sejak = versi_terkini, dibagikan_pada = \(bind: Date()) WHERE dibagikan = \(bind: true)").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("naskah").deleteField("dibagikan_pada").update()
        try await db.schema("naskah").deleteField("dibagikan_sejak").update()
    }
}
