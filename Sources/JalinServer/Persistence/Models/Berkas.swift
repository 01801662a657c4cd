import Fluent
import Foundation
import JalinDomain
import Vapor

/// An uploaded file attached to a record: stored outside the web root under its SHA-256,
/// checked by content (magic bytes), size-limited, served as a download.
final class LampiranRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "lampiran"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "entitas") var entitas: String
    @Field(key: "entitas_id") var entitasID: UUID
    @Field(key: "nama_asli") var namaAsli: String
    @Field(key: "tipe") var tipe: String
    @Field(key: "ukuran") var ukuran: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "diunggah_oleh") var diunggahOleh: String
    @Field(key: "waktu") var waktu: Date

    init() {}
}
