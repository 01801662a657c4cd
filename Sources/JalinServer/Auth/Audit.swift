import Fluent
import Foundation
import SQLKit
import Vapor

/// The append-only audit log. Call inside the same transaction as the change it records.
enum Audit {
    static func catat(
        _ aksi: String, entitas: String, id: String?, sebelum: (any Encodable)? = nil, sesudah: (any Encodable)? = nil,
        pelaku: Pelaku?, pemdaID: UUID? = nil, ip: String? = nil, on db: any Database
    ) async throws {
        let c = CatatanAuditRecord()
        c.pemdaID = pemdaID ?? pelaku?.pemdaID
        c.penggunaID = pelaku?.penggunaID
        c.namaPengguna = pelaku?.namaPengguna ?? "sistem"
        c.aksi = aksi
        c.entitas = entitas
        c.entitasID = id
        c.sebelum = try sebelum.map(json)
        c.sesudah = try sesudah.map(json)
        c.waktu = (pelaku?.jam ?? .sistem).sekarang
        c.ip = ip
        try await c.create(on: db)
    }

    static func json(_ v: any Encodable) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        e.dateEncodingStrategy = .iso8601
        return String(decoding: try e.encode(v), as: UTF8.self)
    }
}

/// Optimistic concurrency: claims the next version of a row, or reports that someone else saved first.
enum KunciVersi {
    /// Increments `version` when it still equals `diharapkan`. Returns false when the row changed meanwhile.
    static func klaim(tabel: String, id: UUID, diharapkan: Int, on db: any Database) async throws -> Bool {
        let rows = try await db.sql.update(tabel)
            .set("version", to: SQLBinaryExpression(SQLColumn("version"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, id)
            .where("version", .equal, diharapkan)
            .returning("id")
            .all()
        return !rows.isEmpty
    }
}

/// Thrown when a save is based on an old version; carries a message and the current row.
struct KonflikVersi: Error {
    let pesan =
        "Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda belum disimpan. Periksa versi terbaru di bawah, lalu simpan kembali."
}
