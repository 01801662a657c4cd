import Fluent
import Foundation

/// A Bimtek training class: participants get their own sandbox copy of the demo pemda.
final class KelasSimulasiRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "kelas_simulasi"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "nama") var nama: String
    /// The training day (ISO date).
    @Field(key: "tanggal") var tanggal: String
    /// Last day of use (ISO date); the class and all its data are deleted after it.
    @Field(key: "berlaku_sampai") var berlakuSampai: String
    /// Short code printed on the participant sheet; part of every participant's login name.
    @Field(key: "kode") var kode: String
    @Field(key: "dibuat_oleh") var dibuatOleh: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?

    init() {}
}

/// One participant of a class: a login (in the main database) and a sandbox database file.
final class PesertaSimulasiRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "peserta_simulasi"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "kelas_id") var kelasID: UUID
    @Field(key: "nomor") var nomor: Int
    @Field(key: "nama_pengguna") var namaPengguna: String
    @Field(key: "hash_sandi") var hashSandi: String
    /// When the sandbox was (re)created from the template: the exercises count what was done after it.
    @Field(key: "disiapkan_pada") var disiapkanPada: Date
    @OptionalField(key: "masuk_terakhir") var masukTerakhir: Date?

    init() {}
}
