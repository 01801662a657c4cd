import Fluent
import Foundation

/// Failed login attempts per key ("u:<username>" or "ip:<address>") for throttling.
final class PercobaanMasukRecord: Model, @unchecked Sendable {
    static let schema = "percobaan_masuk"

    @ID(custom: "kunci", generatedBy: .user) var id: String?
    @Field(key: "gagal") var gagal: Int
    @Field(key: "mulai") var mulai: Date
    @OptionalField(key: "terkunci_sampai") var terkunciSampai: Date?

    init() {}

    init(kunci: String, mulai: Date) {
        self.id = kunci
        self.gagal = 0
        self.mulai = mulai
    }
}
