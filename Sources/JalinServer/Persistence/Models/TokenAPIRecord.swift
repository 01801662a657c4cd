import Fluent
import Foundation

/// A personal access token for `/api/v1`. Shown once; only its SHA-256 is stored.
final class TokenAPIRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "token_api"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "pengguna_id") var penggunaID: UUID
    @Field(key: "nama") var nama: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "prefiks") var prefiks: String
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?
    @OptionalField(key: "dipakai_pada") var dipakaiPada: Date?
    @OptionalField(key: "kedaluwarsa") var kedaluwarsa: Date?
    @Field(key: "dicabut") var dicabut: Bool

    init() {}

    init(pemdaID: UUID, penggunaID: UUID, nama: String, tokenHash: String, prefiks: String, kedaluwarsa: Date?) {
        self.pemdaID = pemdaID
        self.penggunaID = penggunaID
        self.nama = nama
        self.tokenHash = tokenHash
        self.prefiks = prefiks
        self.kedaluwarsa = kedaluwarsa
        self.dicabut = false
    }
}
