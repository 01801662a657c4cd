import Fluent
import Foundation

/// A regional government using this installation: the tenant.
final class PemdaRecord: Model, @unchecked Sendable {
    static let schema = "pemda"

    @ID(key: .id) var id: UUID?
    @Field(key: "kode_wilayah") var kodeWilayah: String
    @Field(key: "nama") var nama: String
    @Field(key: "demo") var demo: Bool
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?

    init() {}

    init(id: UUID? = nil, kodeWilayah: String, nama: String, demo: Bool) {
        self.id = id
        self.kodeWilayah = kodeWilayah
        self.nama = nama
        self.demo = demo
    }
}
