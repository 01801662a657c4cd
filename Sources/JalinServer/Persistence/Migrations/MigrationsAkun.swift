import Fluent
import SQLKit

/// An account whose password someone else set (the first admin of `tambah-pemda`, an admin's new
/// user or reset) must change it at its next login (#16.8).
struct M022WajibGantiSandi: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("pengguna").field("wajib_ganti_sandi", .bool, .required, .sql(.default(false))).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema("pengguna").deleteField("wajib_ganti_sandi").update()
    }
}
