import Fluent
import Foundation
import SQLKit

/// Monev forms per party instead of per role (issue #16 item 11): a form row is keyed by
/// (evaluation, role, party id), where the party is the implementing unit (role `opd`), the partner
/// (role `mitra`) or the TKKSD member's own user id (role `tkksd`). Before, two partners, two implementing
/// units or two TKKSD members shared one row and overwrote each other.
///
/// Existing rows are attributed to the party of the user who last saved them: the unit of that operator
/// when it implements the cooperation (else the evaluation's unit, whose task it was), the partner of that
/// partner account when it is party to the cooperation (else the cooperation's first partner), and the
/// TKKSD member himself. A row that cannot be attributed at all (a partner form on an evaluation without
/// partners) keeps the author's user id as its party id: it matches no party, so only the admin reads it.
///
/// Also adds the period's setting "after closing, show every party's form to the parties" (off by default).
struct M019IsianMonevPerPihak: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("isian_monev").field("pihak_id", .uuid).update()
        try await db.schema("periode_monev").field("tampilkan_isian", .bool, .required, .sql(.default(false))).update()
        try await atribusikan(on: db.sql)
        if db.isPostgres {
            try await db.sql.raw("ALTER TABLE isian_monev ALTER COLUMN pihak_id SET NOT NULL").run()
        }
        try await db.sql.drop(index: "idx_isian_evaluasi_peran").run()
        try await db.buatIndeks("idx_isian_evaluasi_pihak", pada: "isian_monev", kolom: ["evaluasi_id", "peran", "pihak_id"], unik: true)
    }

    func revert(on db: any Database) async throws {
        // Back to one row per role: keep the latest form of each role.
        let sql = db.sql
        let baris = try await sql.raw("SELECT id, evaluasi_id, peran, waktu FROM isian_monev").all()
        var terbaru: [String: (UUID, Date)] = [:]
        var buang: [UUID] = []
        for b in baris {
            let id = try b.decode(column: "id", as: UUID.self)
            let kunci = "\(try b.decode(column: "evaluasi_id", as: UUID.self))|\(try b.decode(column: "peran", as: String.self))"
            let waktu = try b.decode(column: "waktu", as: Date.self)
            if let ada = terbaru[kunci] {
                if waktu > ada.1 { buang.append(ada.0); terbaru[kunci] = (id, waktu) } else { buang.append(id) }
            } else {
                terbaru[kunci] = (id, waktu)
            }
        }
        for id in buang { try await sql.delete(from: "isian_monev").where("id", .equal, id).run() }
        try await sql.drop(index: "idx_isian_evaluasi_pihak").run()
        try await db.buatIndeks("idx_isian_evaluasi_peran", pada: "isian_monev", kolom: ["evaluasi_id", "peran"], unik: true)
        try await db.schema("isian_monev").deleteField("pihak_id").update()
        try await db.schema("periode_monev").deleteField("tampilkan_isian").update()
    }

    /// Gives every existing row its party id (see the type's comment).
    private func atribusikan(on sql: any SQLDatabase) async throws {
        let baris = try await sql.raw("""
            SELECT i.id, i.peran, i.pengguna_id, e.unit_id AS unit_evaluasi, e.mitra AS mitra_evaluasi, k.unit AS unit_ks,
                   p.unit_id AS unit_pengguna, p.mitra_id AS mitra_pengguna
            FROM isian_monev i
            JOIN evaluasi_monev e ON e.id = i.evaluasi_id
            JOIN kerja_sama k ON k.id = e.kerja_sama_id
            LEFT JOIN pengguna p ON p.id = i.pengguna_id
            """).all()
        func daftar(_ s: String) -> [UUID] { s.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
        for b in baris {
            let id = try b.decode(column: "id", as: UUID.self)
            let pengguna = try b.decode(column: "pengguna_id", as: UUID.self)
            let pihak: UUID
            switch try b.decode(column: "peran", as: String.self) {
            case "opd":
                let unitKS = daftar(try b.decode(column: "unit_ks", as: String.self))
                if let u = try b.decode(column: "unit_pengguna", as: UUID?.self), unitKS.contains(u) { pihak = u }
                else { pihak = try b.decode(column: "unit_evaluasi", as: UUID.self) }
            case "mitra":
                let mitraEvaluasi = daftar(try b.decode(column: "mitra_evaluasi", as: String.self))
                if let m = try b.decode(column: "mitra_pengguna", as: UUID?.self), mitraEvaluasi.contains(m) { pihak = m }
                else { pihak = mitraEvaluasi.first ?? pengguna }
            default:
                pihak = pengguna
            }
            try await sql.update("isian_monev").set("pihak_id", to: pihak).where("id", .equal, id).run()
        }
    }
}
