import Fluent
import Foundation
import SQLKit

/// The registry's urusan, partner and unit filters, made index lookups (issue 9.4).
///
/// A cooperation keeps its urusan codes, partners and units in comma-separated columns: that is what
/// its page, its JSON and the exports read. Filtering on those columns is a `LIKE` over every record of
/// the pemda, which no index serves. `kerja_sama_kait` holds one row per (record, kind, value), derived
/// from those columns, with an index on (pemda, kind, value): a filter becomes `id IN (…)` on that index.
///
/// The columns stay the source of truth. The rows are rebuilt from them wherever a record is written
/// (`KerjaSamaAlur.buat`, the legacy import, the load-data generator) and by the migration that adds the
/// table, so there is one mapping from a record to its rows: `nilai(urusan:mitra:unit:)`.
enum KaitKerjaSama {
    static let schema = "kerja_sama_kait"

    enum Jenis: String, CaseIterable, Sendable { case urusan, mitra, unit }

    /// The link rows of one record: each distinct non-empty value of each column.
    static func nilai(urusan: String, mitra: String, unit: String) -> [(Jenis, String)] {
        func pisah(_ s: String) -> [String] {
            var dilihat = Set<String>()
            return s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && dilihat.insert($0).inserted }
        }
        return pisah(urusan).map { (.urusan, $0) } + pisah(mitra).map { (.mitra, $0) } + pisah(unit).map { (.unit, $0) }
    }

    /// Rebuilds the link rows of the given records from their columns (in the caller's transaction).
    static func segarkan(_ ids: [UUID], on db: any SQLDatabase) async throws {
        for potong in ids.chunked(200) {
            try await db.delete(from: schema).where("kerja_sama_id", .in, Array(potong)).run()
            let rows = try await db.select().columns("id", "pemda_id", "urusan", "mitra", "unit").from(KerjaSamaRecord.schema)
                .where("id", .in, Array(potong)).all()
            try await sisipkan(rows, on: db)
        }
    }

    /// Rebuilds every record's rows, reading the records in id order, a thousand at a time.
    static func segarkanSemua(on db: any SQLDatabase) async throws {
        try await db.delete(from: schema).run()
        var setelah: UUID?
        while true {
            let q = db.select().columns("id", "pemda_id", "urusan", "mitra", "unit").from(KerjaSamaRecord.schema)
            if let setelah { q.where("id", .greaterThan, setelah) }
            let rows = try await q.orderBy("id").limit(1_000).all()
            guard let akhir = rows.last else { return }
            try await sisipkan(rows, on: db)
            setelah = try akhir.decode(column: "id", as: UUID.self)
        }
    }

    private static func sisipkan(_ rows: [any SQLRow], on db: any SQLDatabase) async throws {
        var nilai: [[any SQLExpression]] = []
        for r in rows {
            let id = try r.decode(column: "id", as: UUID.self), pemda = try r.decode(column: "pemda_id", as: UUID.self)
            for (j, v) in Self.nilai(urusan: try r.decode(column: "urusan", as: String.self), mitra: try r.decode(column: "mitra", as: String.self),
                                     unit: try r.decode(column: "unit", as: String.self)) {
                nilai.append([SQLBind(id), SQLBind(pemda), SQLBind(j.rawValue), SQLBind(v)])
            }
        }
        // 4 parameters a row: 200 rows stay under SQLite's oldest limit of 999 parameters.
        for potong in nilai.chunked(200) {
            var ins = db.insert(into: schema).columns("kerja_sama_id", "pemda_id", "jenis", "nilai")
            for b in potong { ins = ins.values(b) }
            try await ins.run()
        }
    }

    /// The filter condition: the record has at least one of `nilai` of this kind (none given: no record).
    static func dengan(_ j: Jenis, salahSatu nilai: [String], pemda: UUID) -> any SQLExpression {
        guard !nilai.isEmpty else { return SQLBinaryExpression(SQLLiteral.numeric("1"), .equal, SQLLiteral.numeric("0")) }
        return SQLBinaryExpression(SQLIdentifier("id"), .in, SQLSubquery.select {
            $0.column("kerja_sama_id").from(schema)
                .where("pemda_id", .equal, pemda).where("jenis", .equal, j.rawValue).where("nilai", .in, nilai)
        })
    }

    /// The filter condition: the record is one of the pemda's records with `nilai` of this kind.
    static func dengan(_ j: Jenis, _ nilai: String, pemda: UUID) -> any SQLExpression {
        dengan(j, salahSatu: [nilai], pemda: pemda)
    }
}
