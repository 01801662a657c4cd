import Fluent
import Foundation

/// One append-only audit entry: who, when, what, before and after (JSON).
final class CatatanAuditRecord: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "pemda_id") var pemdaID: UUID?
    @OptionalField(key: "pengguna_id") var penggunaID: UUID?
    @Field(key: "nama_pengguna") var namaPengguna: String
    @Field(key: "aksi") var aksi: String
    @Field(key: "entitas") var entitas: String
    @OptionalField(key: "entitas_id") var entitasID: String?
    @OptionalField(key: "sebelum") var sebelum: String?
    @OptionalField(key: "sesudah") var sesudah: String?
    @Field(key: "waktu") var waktu: Date
    @OptionalField(key: "ip") var ip: String?

    init() {}
}
