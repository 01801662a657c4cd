import Fluent
import SQLKit

/// The cooperation record as the spine (issue 18.1–2): each naskah belongs to the record it is drafted
/// for, and a signing record names the naskah it made final. Existing naskah are linked where the link is
/// certain: the only record of the pemda drafted from the same submission, and a PKS or adendum whose
/// parent is linked follows its parent.
struct M023NaskahKerjaSama: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("naskah").field("kerja_sama_id", .uuid).update()
        try await db.schema("penandatanganan").field("naskah_id", .uuid).update()
        try await db.buatIndeks("idx_naskah_kerja_sama", pada: "naskah", kolom: ["pemda_id", "kerja_sama_id"])
        try await db.sql.raw(
            """
            UPDATE naskah SET kerja_sama_id = (SELECT k.id FROM kerja_sama k WHERE k.pemda_id = naskah.pemda_id AND k.usulan_id = naskah.usulan_id)
            WHERE usulan_id IS NOT NULL AND induk_id IS NULL
              AND (SELECT COUNT(*) FROM kerja_sama k WHERE k.pemda_id = naskah.pemda_id AND k.usulan_id = naskah.usulan_id) = 1
            """
        ).run()
        // Two rounds: an adendum of a PKS of a KB.
        for _ in 0..<2 {
            try await db.sql.raw(
                """
                UPDATE naskah SET kerja_sama_id = (SELECT i.kerja_sama_id FROM naskah i WHERE i.id = naskah.induk_id AND i.pemda_id = naskah.pemda_id)
                WHERE kerja_sama_id IS NULL AND induk_id IS NOT NULL
                """
            ).run()
        }
    }

    func revert(on db: any Database) async throws {
        try await db.sql.drop(index: "idx_naskah_kerja_sama").run()
        try await db.schema("penandatanganan").deleteField("naskah_id").update()
        try await db.schema("naskah").deleteField("kerja_sama_id").update()
    }
}

/// Notifications that reach the person who must act (issue 18.7): their kind (for the per-kind e-mail
/// choice), whether they ask for an action, and their e-mail's state; each user's kinds turned off for
/// e-mail. Existing notifications are deadline reminders whose e-mail already went out.
struct M024Kabar: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("notifikasi").field("jenis", .string, .required, .sql(.default("tenggat"))).update()
        try await db.schema("notifikasi").field("mendesak", .bool, .required, .sql(.default(false))).update()
        try await db.schema("notifikasi").field("surel", .string).update()
        try await db.schema("pengguna").field("surel_nonaktif", .string, .required, .sql(.default(""))).update()
        try await db.buatIndeks("idx_notifikasi_surel", pada: "notifikasi", kolom: ["surel"])
    }

    func revert(on db: any Database) async throws {
        try await db.sql.drop(index: "idx_notifikasi_surel").run()
        try await db.schema("pengguna").deleteField("surel_nonaktif").update()
        for k in ["surel", "mendesak", "jenis"] { try await db.schema("notifikasi").deleteField(.key(.string(k))).update() }
    }
}

/// The partner's acceptance of a draft (issue 18.6): the version accepted, by whom or by which letter.
struct M025NaskahDiterima: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("naskah").field("diterima_versi", .int).update()
        try await db.schema("naskah").field("diterima_oleh", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("naskah").deleteField("diterima_oleh").update()
        try await db.schema("naskah").deleteField("diterima_versi").update()
    }
}
