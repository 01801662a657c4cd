import Fluent
import Foundation
import LeafKit
import SQLKit
import Vapor

/// One option of a select. Pages list them by the hundred, so it hands Leaf its data directly
/// (`LeafDataRepresentable`) instead of through the `Encodable` round trip (`LeafDataTests`).
struct Pilihan: Encodable, LeafDataRepresentable {
    let nilai: String
    let label: String
    let dipilih: Bool

    var leafData: LeafData { .dictionary(["nilai": .string(nilai), "label": .string(label), "dipilih": .bool(dipilih)]) }
}

/// The option lists of selects and filters: id and name of a pemda's units or partners.
extension Pilihan {
    /// Unit names by id (for a job or a report without a request; a page uses `namaUnit(_:req:)`).
    static func namaUnit(_ p: Pelaku, on db: any Database) async throws -> [UUID: String] {
        peta(try await daftar(UnitKerjaRecord.schema, pemda: p.pemdaID, on: db))
    }

    typealias Opsi = (id: UUID, nama: String)

    /// `daftar` for a page, remembered per database and pemda until the data may have changed (any
    /// write of this server, or 30 s: see `IngatanData`). The list pages show these on every view.
    static func daftar(_ tabel: String, pelaku p: Pelaku, jenis: String? = nil, req: Request) async throws -> [Opsi] {
        let kunci = "\(req.kunciIngatan(p))/\(tabel)/\(jenis ?? "")"
        return try await req.application.ingatanPilihan.nilai(kunci, cache: req.application.cacheHalaman, simulasi: req.simulasi?.pesertaID)
        {
            try await daftar(tabel, pemda: p.pemdaID, jenis: jenis, on: req.database)
        }
    }

    /// Unit names by id, for a page (remembered as `daftar(_:pelaku:jenis:req:)`).
    static func namaUnit(_ p: Pelaku, req: Request) async throws -> [UUID: String] {
        peta(try await daftar(UnitKerjaRecord.schema, pelaku: p, req: req))
    }

    /// Names by id.
    static func peta(_ opsi: [Opsi]) -> [UUID: String] {
        Dictionary(opsi.map { ($0.id, $0.nama) }, uniquingKeysWith: { a, _ in a })
    }

    /// Names by the id's text, as the comma-separated id columns store it (`KerjaSamaRecord.daftarNama`).
    static func petaTeks(_ opsi: [Opsi]) -> [String: String] {
        Dictionary(opsi.map { ($0.id.uuidString, $0.nama) }, uniquingKeysWith: { a, _ in a })
    }

    /// Id and name of the pemda's rows of a table with a `nama` column (units, partners), by name: the
    /// option lists of filters and forms. Two columns into plain values, without building models.
    static func daftar(_ tabel: String, pemda: UUID, jenis: String? = nil, on db: any Database) async throws -> [Opsi] {
        let q = db.sql.select().columns("id", "nama").from(tabel).where("pemda_id", .equal, pemda)
        if let jenis { q.where("jenis", .equal, jenis) }
        return try await q.orderBy("nama").all().map {
            (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "nama", as: String.self))
        }
    }
}

extension Application {
    private struct IngatanPilihanKey: StorageKey { typealias Value = IngatanData<[Pilihan.Opsi]> }

    /// Set once in `configure`, before the server starts.
    var ingatanPilihan: IngatanData<[Pilihan.Opsi]> {
        get { storage[IngatanPilihanKey.self]! }
        set { storage[IngatanPilihanKey.self] = newValue }
    }
}
