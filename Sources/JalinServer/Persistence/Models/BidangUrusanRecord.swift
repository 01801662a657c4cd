import Fluent
import Foundation

/// A bidang urusan of the national catalogue, versioned by edition (reference data, not owned by a pemda).
final class BidangUrusanRecord: Model, @unchecked Sendable {
    static let schema = "urusan"

    @ID(custom: "kode", generatedBy: .user) var id: String?
    @Field(key: "nama") var nama: String
    @Field(key: "kelompok") var kelompok: Int
    @Field(key: "edisi") var edisi: String
    @Field(key: "aktif") var aktif: Bool

    init() {}

    init(kode: String, nama: String, kelompok: Int, edisi: String) {
        self.id = kode
        self.nama = nama
        self.kelompok = kelompok
        self.edisi = edisi
        self.aktif = true
    }
}
