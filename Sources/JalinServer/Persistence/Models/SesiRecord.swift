import Fluent
import Foundation

/// A server-side login session. The cookie holds a random token; only its SHA-256 is stored.
final class SesiRecord: Model, @unchecked Sendable {
    static let schema = "sesi"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "pengguna_id") var penggunaID: UUID
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "csrf") var csrf: String
    @Field(key: "dibuat_pada") var dibuatPada: Date
    @Field(key: "dilihat_pada") var dilihatPada: Date
    @Field(key: "kedaluwarsa") var kedaluwarsa: Date
    @OptionalField(key: "ip") var ip: String?

    init() {}

    init(tokenHash: String, penggunaID: UUID, pemdaID: UUID, csrf: String, sekarang: Date, kedaluwarsa: Date, ip: String?) {
        self.tokenHash = tokenHash
        self.penggunaID = penggunaID
        self.pemdaID = pemdaID
        self.csrf = csrf
        self.dibuatPada = sekarang
        self.dilihatPada = sekarang
        self.kedaluwarsa = kedaluwarsa
        self.ip = ip
    }
}
