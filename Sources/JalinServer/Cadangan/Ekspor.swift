import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// `jalin export KODE FILE.json`: a portable JSON export of one pemda — every row of every table that
/// belongs to it (the pemda-owned tables, found by their `pemda_id` column), values as the database
/// holds them, secrets left out (password hashes, session and token hashes, login throttling). Uploaded
/// files are listed by SHA-256 in `lampiran`; `jalin backup` carries the files themselves.
enum EksporPemda {
    /// Tables never exported: credentials and throttling, not records.
    static let tabelRahasia: Set<String> = ["sesi", "token_api", "token_kalender", "percobaan_masuk", "_fluent_migrations"]
    /// Columns never exported.
    static let kolomRahasia: Set<String> = ["hash_sandi", "token_hash"]

    static func kolom(_ tabel: String, on db: any SQLDatabase, postgres: Bool) async throws -> [String] {
        struct K: Decodable { let nama: String }
        if postgres {
            return try await db.raw(
                """
                SELECT column_name AS nama FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = \(bind: tabel) ORDER BY ordinal_position
                """
            ).all(decoding: K.self).map(\.nama)
        }
        return try await db.raw("SELECT name AS nama FROM pragma_table_info(\(bind: tabel))").all(decoding: K.self).map(\.nama)
    }

    static func tabelMilikPemda(on db: any SQLDatabase, postgres: Bool) async throws -> [String] {
        struct T: Decodable { let nama: String }
        let semua: [String]
        if postgres {
            semua = try await db.raw(
                """
                SELECT table_name AS nama FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name = 'pemda_id' ORDER BY table_name
                """
            ).all(decoding: T.self).map(\.nama)
        } else {
            semua = try await db.raw(
                """
                SELECT m.name AS nama FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND p.name = 'pemda_id' ORDER BY m.name
                """
            ).all(decoding: T.self).map(\.nama)
        }
        return semua.filter { !tabelRahasia.contains($0) }
    }

    /// The rows of `tabel` where `kunci` = `nilai`, each as a JSON object.
    static func baris(_ tabel: String, kunci: String, nilai: UUID, on db: any SQLDatabase, postgres: Bool) async throws -> [Any] {
        let k = try await kolom(tabel, on: db, postgres: postgres).filter { !kolomRahasia.contains($0) }
        var pasangan: [any SQLExpression] = []
        for c in k {
            pasangan.append(SQLLiteral.string(c))
            pasangan.append(SQLIdentifier(c))
        }
        let fungsi = postgres ? "json_build_object" : "json_object"
        struct J: Decodable { let j: String }
        let rows = try await db.raw(
            """
            SELECT \(unsafeRaw: postgres ? "(" : "")\(SQLFunction(fungsi, args: pasangan))\(unsafeRaw: postgres ? ")::text" : "") AS j
            FROM \(ident: tabel) WHERE \(ident: kunci) = \(bind: nilai) ORDER BY \(SQLList(k.contains("id") ? [SQLIdentifier("id")] : [SQLIdentifier(k[0])]))
            """
        ).all(decoding: J.self)
        return try rows.map { try JSONSerialization.jsonObject(with: Data($0.j.utf8)) }
    }

    static func buat(kode: String, sekarang: Date = Jam.sistem.sekarang, on fdb: any Database) async throws -> (Data, [String: Int]) {
        guard let pemda = try await PemdaRecord.query(on: fdb).filter(\.$kodeWilayah == kode).first(), let pid = pemda.id else {
            throw KesalahanValidasi(field: "kode", pesan: "Pemda dengan kode \(kode) tidak ada pada instalasi ini.")
        }
        let pg = fdb.isPostgres
        // One transaction: a consistent snapshot while the server keeps running.
        return try await fdb.transaction { tx -> (Data, [String: Int]) in
            let sdb = tx.sql
            var tabel: [String: Any] = [:]
            var jumlah: [String: Int] = [:]
            for t in try await tabelMilikPemda(on: sdb, postgres: pg) {
                let rows = try await baris(t, kunci: "pemda_id", nilai: pid, on: sdb, postgres: pg)
                tabel[t] = rows
                jumlah[t] = rows.count
            }
            let pemdaBaris = try await baris("pemda", kunci: "id", nilai: pid, on: sdb, postgres: pg).first ?? [:]
            let dok: [String: Any] = [
                "format": "jalin-ekspor-pemda",
                "versi": 1,
                "dibuat": ISO8601DateFormatter().string(from: sekarang),
                "basisData": pg ? "postgresql" : "sqlite",
                "catatan":
                    "Nilai sebagaimana tersimpan di basis data; kata sandi, sesi dan token tidak disertakan. Berkas unggahan dirujuk dengan SHA-256 (tabel lampiran); gunakan jalin backup untuk berkasnya.",
                "pemda": pemdaBaris,
                "tabel": tabel,
                "jumlah": jumlah,
            ]
            let data = try JSONSerialization.data(withJSONObject: dok, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return (data, jumlah)
        }
    }
}
