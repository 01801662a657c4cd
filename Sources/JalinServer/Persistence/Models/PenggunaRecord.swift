import Fluent
import Foundation
import JalinDomain

/// A local account. Usernames are unique across the installation and stored lowercased.
final class PenggunaRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "pengguna"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "nama_pengguna") var namaPengguna: String
    @Field(key: "nama_lengkap") var namaLengkap: String
    @OptionalField(key: "email") var email: String?
    @Field(key: "hash_sandi") var hashSandi: String
    @Field(key: "peran") var peran: Peran
    @OptionalField(key: "unit_id") var unitID: UUID?
    @OptionalField(key: "mitra_id") var mitraID: UUID?
    @Field(key: "aktif") var aktif: Bool
    @Field(key: "version") var version: Int
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?
    @Timestamp(key: "diubah_pada", on: .update) var diubahPada: Date?
    @OptionalField(key: "masuk_terakhir") var masukTerakhir: Date?
    /// Set when someone else chose the password (`tambah-pemda`, an admin); the user must change it
    /// before anything else.
    @Field(key: "wajib_ganti_sandi") var wajibGantiSandi: Bool
    /// The kinds of notification (`JenisKabar`) this user does not want by e-mail, comma-separated.
    @Field(key: "surel_nonaktif") var surelNonaktif: String

    init() {}

    init(
        pemdaID: UUID, namaPengguna: String, namaLengkap: String, email: String? = nil, hashSandi: String,
        peran: Peran, unitID: UUID? = nil, mitraID: UUID? = nil
    ) {
        self.pemdaID = pemdaID
        self.namaPengguna = namaPengguna.lowercased()
        self.namaLengkap = namaLengkap
        self.email = email
        self.hashSandi = hashSandi
        self.peran = peran
        self.unitID = unitID
        self.mitraID = mitraID
        self.aktif = true
        self.version = 1
        self.wajibGantiSandi = false
        self.surelNonaktif = ""
    }
}
