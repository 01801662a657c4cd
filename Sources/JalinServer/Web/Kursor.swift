import Foundation
import JalinDomain
import SQLKit

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
