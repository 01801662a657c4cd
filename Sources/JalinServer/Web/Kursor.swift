import Foundation
import JalinDomain
import SQLKit
import Vapor

/// A keyset-pagination cursor: the sort values and the id of the row a page starts after (or ends
/// before). It travels in the URL as opaque base64url text; a page is found with an indexed range
/// condition on these values instead of an OFFSET that reads and throws away every earlier row.
struct Kursor: Equatable, Sendable {
    /// The row's sort values in sort order (`nil` for SQL NULL).
    var nilai: [String?]
    var id: UUID

    /// The URL form (base64url of a small JSON array, no padding).
    var teks: String {
        let json = (try? JSONEncoder().encode(Bentuk(n: nilai, i: id))) ?? Data()
        return json.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    init(nilai: [String?], id: UUID) {
        self.nilai = nilai
        self.id = id
    }

    /// Reads a cursor from a URL parameter; a cursor with another number of sort values than the list's
    /// is refused too. `field` names the parameter in the message.
    init(teks: String, jumlahNilai: Int, field: String) throws {
        var b = teks.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        b += String(repeating: "=", count: (4 - b.count % 4) % 4)
        guard teks.count <= 1_000, let data = Data(base64Encoded: b), let bentuk = try? JSONDecoder().decode(Bentuk.self, from: data),
              bentuk.n.count == jumlahNilai
        else { throw KesalahanValidasi(field: field, pesan: "Penanda halaman tidak sah. Buka kembali halaman pertama daftar.") }
        self.init(nilai: bentuk.n, id: bentuk.i)
    }

    private struct Bentuk: Codable {
        let n: [String?]
        let i: UUID
    }
}

/// One page of a keyset-paged list: its rows (only the columns asked for) and the cursors of the pages
/// before and after it (`nil` at either end).
struct HalamanBaris {
    var baris: [any SQLRow]
    var sebelumnya: Kursor?
    var berikutnya: Kursor?
}

extension HalamanBaris {
    /// One page of a list ordered by one non-null column and then the id (`turun`, `idTurun`: descending),
    /// by keyset. A cursor is the id of the row the page starts after (`setelah`) or ends before
    /// (`sebelum`); that row's sort value is read by an indexed subquery, so no value of the column goes
    /// through the URL and each database compares its own stored values (PostgreSQL keeps microseconds).
    /// `q` selects the columns and the filters; the id must be among the columns.
    static func menurutID(_ q: SQLSelectBuilder, tabel: String, kolom: String, turun: Bool, idTurun: Bool,
                          setelah: UUID?, sebelum: UUID?, perHalaman: Int) async throws -> HalamanBaris {
        try await menurutID(q, tabel: tabel, kunci: SQLIdentifier(kolom), turun: turun, idTurun: idTurun,
                            setelah: setelah, sebelum: sebelum, perHalaman: perHalaman)
    }

    /// The same, ordered by an expression of the row that is never NULL (a nullable column is given as
    /// `COALESCE(column, '')`, so that both databases put its NULLs in one place).
    static func menurutID(_ q: SQLSelectBuilder, tabel: String, kunci: any SQLExpression, turun: Bool, idTurun: Bool,
                          setelah: UUID?, sebelum: UUID?, perHalaman: Int) async throws -> HalamanBaris {
        let kursor = sebelum ?? setelah
        let maju = sebelum == nil
        // The boundary row is read under the list's own conditions (its pemda, its filters), so an id from
        // another pemda or outside the list finds nothing and reveals none of its values.
        let lingkup = q.select.predicate
        func batas<B: SQLSubqueryClauseBuilder>(_ s: B, _ kursor: UUID) -> B {
            s.from(tabel).where("id", .equal, kursor)
            if let lingkup { s.where(lingkup) }
            return s
        }
        if let kursor {
            let nilai = batas(SQLSubqueryBuilder().column(kunci), kursor).query
            // (v ≤ V) AND (v < V OR id > c), mirrored for each direction: the first half bounds the index range.
            q.where(kunci, turun == maju ? .lessThanOrEqual : .greaterThanOrEqual, nilai)
            q.where(SQLGroupExpression(SQLBinaryExpression(
                SQLBinaryExpression(kunci, turun == maju ? .lessThan : .greaterThan, nilai), .or,
                SQLBinaryExpression(SQLIdentifier("id"), idTurun == maju ? .lessThan : .greaterThan, SQLBind(kursor)))))
        }
        let rows = try await q.orderBy(kunci, turun == maju ? SQLDirection.descending : SQLDirection.ascending)
            .orderBy(SQLIdentifier("id"), idTurun == maju ? SQLDirection.descending : SQLDirection.ascending)
            .limit(perHalaman + 1).all()
        if let kursor, rows.isEmpty {
            // An empty page after a cursor: either the list ends there, or the cursor is not a row of this list.
            let dikenal = try await batas(q.database.select().column(SQLLiteral.numeric("1")), kursor).limit(1).first() != nil
            guard dikenal else {
                throw KesalahanValidasi(field: maju ? "setelah" : "sebelum", pesan: "Penanda halaman tidak sah. Buka kembali halaman pertama daftar.")
            }
        }
        let lebih = rows.count > perHalaman
        let baris = maju ? Array(rows.prefix(perHalaman)) : Array(rows.prefix(perHalaman).reversed())
        func id(_ r: (any SQLRow)?) throws -> Kursor? { try r.map { Kursor(nilai: [], id: try $0.decode(column: "id", as: UUID.self)) } }
        return HalamanBaris(baris: baris, sebelumnya: maju ? (kursor == nil ? nil : try id(baris.first)) : (lebih ? try id(baris.first) : nil),
                            berikutnya: maju ? (lebih ? try id(baris.last) : nil) : try id(baris.last))
    }
}

extension HalamanBaris {
    /// The links to the pages before and after an id-cursor page (`menurutID`) of the list at `jalur`,
    /// with the page number to show there.
    func tautanID(jalur: String, nomor: Int) -> (sebelumnya: String?, berikutnya: String?) {
        (sebelumnya.map { "\(jalur)?sebelum=\($0.id.uuidString)&halaman=\(nomor - 1)" },
         berikutnya.map { "\(jalur)?setelah=\($0.id.uuidString)&halaman=\(nomor + 1)" })
    }
}

extension Request {
    /// An id cursor (`setelah`/`sebelum`) from the query string: nil when absent, a message naming the
    /// field when it is not an id.
    func kursorID(_ field: String) throws -> UUID? {
        guard let t = try? query.get(String.self, at: field), !t.isEmpty else { return nil }
        guard let id = UUID(uuidString: t) else {
            throw KesalahanValidasi(field: field, pesan: "Penanda halaman tidak sah. Buka kembali halaman pertama daftar.")
        }
        return id
    }

    /// The page number shown next to the links: 1 on the first page, else what the link carried.
    func nomorHalaman(_ hal: HalamanBaris) -> Int {
        hal.sebelumnya == nil ? 1 : max(2, min((try? query.get(Int.self, at: "halaman")) ?? 2, 100_000))
    }
}

extension Response {
    /// RFC 8288 links to the other pages of a keyset-paged API list, keeping the request's other query
    /// parameters; `teks` writes a cursor as its URL value.
    func tautkanHalaman(_ req: Request, _ hal: HalamanBaris, teks: (Kursor) -> String) {
        var tautan: [String] = []
        for (rel, nama, kursor) in [("prev", "sebelum", hal.sebelumnya), ("next", "setelah", hal.berikutnya)] {
            guard let kursor, var c = URLComponents(string: req.url.string) else { continue }
            c.queryItems = (c.queryItems ?? []).filter { !["setelah", "sebelum", "halaman"].contains($0.name) } + [URLQueryItem(name: nama, value: teks(kursor))]
            tautan.append("<\(c.string ?? "")>; rel=\"\(rel)\"")
        }
        if !tautan.isEmpty { headers.replaceOrAdd(name: "Link", value: tautan.joined(separator: ", ")) }
    }
}
