import Fluent
import Foundation
import JalinDomain

/// An organisational unit of a pemda: OPD, kecamatan, kelurahan or desa.
final class UnitKerjaRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "unit_kerja"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "jenis") var jenis: JenisUnit
    @Field(key: "nama") var nama: String
    @OptionalField(key: "singkatan") var singkatan: String?
    @OptionalField(key: "kode_wilayah") var kodeWilayah: String?
    /// Bidang urusan codes, comma-separated ("2.15,1.03").
    @Field(key: "urusan") var urusan: String
    /// Marks example data shipped with the demo seed.
    @Field(key: "contoh") var contoh: Bool
    @Field(key: "aktif") var aktif: Bool
    @Field(key: "version") var version: Int
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?
    @Timestamp(key: "diubah_pada", on: .update) var diubahPada: Date?

    init() {}

    init(
        pemdaID: UUID, jenis: JenisUnit, nama: String, singkatan: String? = nil, kodeWilayah: String? = nil,
        urusan: [String] = [], contoh: Bool = false
    ) {
        self.pemdaID = pemdaID
        self.jenis = jenis
        self.nama = nama
        self.singkatan = singkatan
        self.kodeWilayah = kodeWilayah
        self.urusan = urusan.joined(separator: ",")
        self.contoh = contoh
        self.aktif = true
        self.version = 1
    }

    var daftarUrusan: [String] { urusan.split(separator: ",").map(String.init) }
}
