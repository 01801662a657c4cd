import Fluent
import Foundation
import JalinDomain

/// National reference data every installation needs: the 32 bidang urusan (versioned by edition).
enum ReferensiSeed {
    static func pastikan(on db: any Database) async throws {
        let ada = Set(try await BidangUrusanRecord.query(on: db).all().compactMap(\.id))
        let baru = KatalogUrusan.semua.filter { !ada.contains($0.kode) }
        guard !baru.isEmpty else { return }
        try await db.transaction { db in
            for b in baru {
                try await BidangUrusanRecord(kode: b.kode, nama: b.nama, kelompok: b.kelompok.rawValue, edisi: KatalogUrusan.edisi).create(on: db)
            }
        }
    }
}
