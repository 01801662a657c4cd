import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// The registry's SQL: a page by keyset, the filters, and the filters' option lists.
extension RegisterPage {
    /// The registry's order: latest end date first, then title, then id (a total order, so a cursor
    /// names one place). Records without an end date come last. SQLite and PostgreSQL sort NULL at
    /// opposite ends, so the dated and the undated records are read as two segments, each ordered on
    /// non-null columns only; a cursor carries the end date (or none), the title and the id.
    static let urutan = ["tanggal_berakhir", "judul"]

    /// Query: one page of the registry, found by keyset (a range condition from the cursor) rather
    /// than by offset, so a late page costs what the first does. `kolom` are the columns to read; the
    /// sort columns and the id are always read.
    static func query(_ f: Filter, pelaku p: Pelaku, kolom: [String], on db: any Database) async throws -> HalamanBaris {
        let setelah = try f.setelah.isEmpty ? nil : Kursor(teks: f.setelah, jumlahNilai: urutan.count, field: "setelah")
        let sebelum = try f.sebelum.isEmpty ? nil : Kursor(teks: f.sebelum, jumlahNilai: urutan.count, field: "sebelum")
        let kolom = Array(Set(kolom + ["id"] + urutan)).sorted()
        let sql = db.sql
        let wilayah = try await UUID(uuidString: f.kecamatan).asyncMap { try await unitDalamKecamatan($0, pemda: p.pemdaID, on: sql) }
        func segmen(bertanggal: Bool, batas: Kursor?, maju: Bool, jumlah: Int) async throws -> [any SQLRow] {
            let q = sql.select().columns(kolom).from(KerjaSamaRecord.schema).where("pemda_id", .equal, p.pemdaID)
            saring(q, f, pemda: p.pemdaID)
            if let wilayah { q.where(KaitKerjaSama.dengan(.unit, salahSatu: wilayah, pemda: p.pemdaID)) }
            q.where(SQLIdentifier("tanggal_berakhir"), bertanggal ? .isNot : .is, SQLLiteral.null)
            // (column, descending in the registry's order, cursor value)
            var kunci: [(String, Bool, String?)] = [("judul", false, batas?.nilai[1])]
            if bertanggal { kunci.insert(("tanggal_berakhir", true, batas?.nilai[0]), at: 0) }
            if let batas, let (k, turun, v) = kunci.first {
                // The first key's bound alone gives the index a range; the full condition then decides.
                q.where(k, turun == maju ? .lessThanOrEqual : .greaterThanOrEqual, v)
                q.where(Self.melewati(kunci, id: batas.id, maju: maju))
            }
            for (k, turun, _) in kunci { q.orderBy(k, turun == maju ? .descending : .ascending) }
            return try await q.orderBy("id", maju ? .ascending : .descending).limit(jumlah).all()
        }
        let n = perHalaman + 1
        if let sebelum {
            // Backwards from the cursor, nearest first; the page is then turned the right way round.
            var rows: [any SQLRow] = []
            if sebelum.nilai[0] == nil { rows = try await segmen(bertanggal: false, batas: sebelum, maju: false, jumlah: n) }
            if rows.count < n {
                rows += try await segmen(
                    bertanggal: true, batas: sebelum.nilai[0] == nil ? nil : sebelum, maju: false, jumlah: n - rows.count)
            }
            let ada = rows.count > perHalaman
            let baris = Array(rows.prefix(perHalaman).reversed())
            return HalamanBaris(baris: baris, sebelumnya: ada ? try baris.first.map(kursor) : nil, berikutnya: try baris.last.map(kursor))
        }
        var rows: [any SQLRow] = []
        if setelah?.nilai[0] != nil || setelah == nil { rows = try await segmen(bertanggal: true, batas: setelah, maju: true, jumlah: n) }
        if rows.count < n {
            rows += try await segmen(bertanggal: false, batas: setelah?.nilai[0] == nil ? setelah : nil, maju: true, jumlah: n - rows.count)
        }
        let baris = Array(rows.prefix(perHalaman))
        return HalamanBaris(
            baris: baris, sebelumnya: setelah == nil ? nil : try baris.first.map(kursor),
            berikutnya: rows.count > perHalaman ? try baris.last.map(kursor) : nil)
    }

    /// The cursor of a row: its place in the registry's order.
    static func kursor(_ row: any SQLRow) throws -> Kursor {
        Kursor(nilai: try urutan.map { try row.decode(column: $0, as: String?.self) }, id: try row.decode(column: "id", as: UUID.self))
    }

    /// "Comes after the cursor" (or before it, going backwards) in a lexicographic order:
    /// `k1 ≷ v1 OR (k1 = v1 AND (k2 ≷ v2 OR (k2 = v2 AND id ≷ c)))`.
    static func melewati(_ kunci: [(String, Bool, String?)], id: UUID, maju: Bool) -> any SQLExpression {
        guard let (k, turun, v) = kunci.first else {
            return SQLBinaryExpression(SQLIdentifier("id"), maju ? .greaterThan : .lessThan, SQLBind(id))
        }
        let lewat = SQLBinaryExpression(SQLIdentifier(k), turun == maju ? .lessThan : .greaterThan, SQLBind(v))
        let sama = SQLBinaryExpression(SQLIdentifier(k), .equal, SQLBind(v))
        let lanjut = SQLBinaryExpression(sama, .and, SQLGroupExpression(melewati(Array(kunci.dropFirst()), id: id, maju: maju)))
        return SQLGroupExpression(SQLBinaryExpression(lewat, .or, SQLGroupExpression(lanjut)))
    }

    /// The units of a kecamatan of the pemda, as stored in a record's unit column: the kecamatan itself and
    /// the desa and kelurahan whose region code lies under its code. None when the id is not a kecamatan.
    static func unitDalamKecamatan(_ id: UUID, pemda: UUID, on db: any SQLDatabase) async throws -> [String] {
        guard
            let kec = try await db.select().column("kode_wilayah").from(UnitKerjaRecord.schema).where("pemda_id", .equal, pemda)
                .where("id", .equal, id).where("jenis", .equal, JenisUnit.kecamatan.rawValue).first(),
            let kode = try kec.decode(column: "kode_wilayah", as: String?.self), KodeWilayah(valid: kode)?.tingkat == .kecamatan
        else { return [] }
        let rows = try await db.select().column("id").from(UnitKerjaRecord.schema).where("pemda_id", .equal, pemda)
            .where { $0.where("id", .equal, id).orWhere("kode_wilayah", .like, kode + ".%") }.all()
        return try rows.map { try $0.decode(column: "id", as: UUID.self).uuidString }
    }

    /// The list filters of the page and the API: jenis, tahap and the end date are indexed with the pemda,
    /// urusan, partner and unit through `KaitKerjaSama`. The title search is a substring match within the
    /// pemda's index range.
    static func saring(_ q: SQLSelectBuilder, _ f: Filter, pemda: UUID) {
        if !f.jenis.isEmpty { q.where("jenis", .equal, f.jenis) }
        if !f.tahap.isEmpty { q.where("tahap", .equal, f.tahap) }
        // Urusan, partner and unit go through the indexed link rows (`KaitKerjaSama`), matching a whole value.
        if !f.urusan.isEmpty { q.where(KaitKerjaSama.dengan(.urusan, f.urusan, pemda: pemda)) }
        if let m = UUID(uuidString: f.mitra) { q.where(KaitKerjaSama.dengan(.mitra, m.uuidString, pemda: pemda)) }
        if let u = UUID(uuidString: f.unit) { q.where(KaitKerjaSama.dengan(.unit, u.uuidString, pemda: pemda)) }
        if let t = Int(f.tahun), (1900...2200).contains(t) {
            q.where("tanggal_mulai", .lessThanOrEqual, "\(t)-12-31").where("tanggal_berakhir", .greaterThanOrEqual, "\(t)-01-01")
        }
        if f.segera {
            let hari = f.hariIni
            q.where("tanggal_berakhir", .greaterThanOrEqual, hari.iso).where("tanggal_berakhir", .lessThanOrEqual, hari.tambahHari(90).iso)
                .where("tahap", .notEqual, Tahap.berakhir.rawValue)
        }
        if !f.q.isEmpty {
            q.where("judul", .like, "%\(f.q.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: ""))%")
        }
    }

    /// The option lists of the filters, remembered per pemda (`Pilihan.daftar`).
    struct Opsi: Sendable {
        let mitra: [Pilihan.Opsi]
        let unit: [Pilihan.Opsi]
        let kecamatan: [Pilihan.Opsi]

        static func baca(pelaku p: Pelaku, req: Request) async throws -> Opsi {
            Opsi(
                mitra: try await Pilihan.daftar(MitraRecord.schema, pelaku: p, req: req),
                unit: try await Pilihan.daftar(UnitKerjaRecord.schema, pelaku: p, jenis: JenisUnit.opd.rawValue, req: req),
                kecamatan: try await Pilihan.daftar(UnitKerjaRecord.schema, pelaku: p, jenis: JenisUnit.kecamatan.rawValue, req: req))
        }
    }
}
