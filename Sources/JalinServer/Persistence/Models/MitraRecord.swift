import Fluent
import Foundation
import JalinDomain

/// A cooperation partner in a pemda's partner directory.
final class MitraRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "mitra"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "jenis") var jenis: JenisMitra
    @Field(key: "nama") var nama: String
    @OptionalField(key: "kode_wilayah") var kodeWilayah: String?
    @OptionalField(key: "alamat") var alamat: String?
    @OptionalField(key: "keterangan") var keterangan: String?
    @Field(key: "contoh") var contoh: Bool
    @Field(key: "version") var version: Int
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?

    init() {}

    init(pemdaID: UUID, jenis: JenisMitra, nama: String, kodeWilayah: String? = nil, keterangan: String? = nil, contoh: Bool = false) {
        self.pemdaID = pemdaID
        self.jenis = jenis
        self.nama = nama
        self.kodeWilayah = kodeWilayah
        self.keterangan = keterangan
        self.contoh = contoh
        self.version = 1
    }
}
