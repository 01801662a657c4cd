import Fluent
import SQLKit

extension Database {
    var sql: any SQLDatabase { self as! any SQLDatabase }
    var isPostgres: Bool { sql.dialect.name == "postgresql" }

    func buatIndeks(_ nama: String, pada tabel: String, kolom: [String], unik: Bool = false) async throws {
        var b = sql.create(index: nama).on(tabel)
        for k in kolom { b = b.column(k) }
        if unik { b = b.unique() }
        try await b.run()
    }
}
