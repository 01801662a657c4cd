import Fluent
import Foundation

/// A Kemendagri region code. Never deleted: codes that vanish from a newer edition are retired.
final class WilayahRecord: Model, @unchecked Sendable {
    static let schema = "wilayah"

    @ID(custom: "kode", generatedBy: .user) var id: String?
    @Field(key: "nama") var nama: String
    @Field(key: "tingkat") var tingkat: Int
    @OptionalField(key: "induk") var induk: String?
    @Field(key: "edisi") var edisi: String
    @Field(key: "pensiun") var pensiun: Bool

    init() {}
}

/// One import of a code-list edition.
final class CatatanImporWilayahRecord: Model, @unchecked Sendable {
    static let schema = "impor_wilayah"

    @ID(key: .id) var id: UUID?
    @Field(key: "edisi") var edisi: String
    @Field(key: "nama_berkas") var namaBerkas: String
    @Field(key: "sha256") var sha256: String
    @Field(key: "jumlah_baris") var jumlahBaris: Int
    @Field(key: "ditambah") var ditambah: Int
    @Field(key: "diubah") var diubah: Int
    @Field(key: "dipensiunkan") var dipensiunkan: Int
    @Field(key: "diaktifkan") var diaktifkan: Int
    @Field(key: "waktu") var waktu: Date

    init() {}

    init(
        edisi: String, namaBerkas: String, sha256: String, jumlahBaris: Int, ditambah: Int, diubah: Int,
        dipensiunkan: Int, diaktifkan: Int
    ) {
        self.edisi = edisi
        self.namaBerkas = namaBerkas
        self.sha256 = sha256
        self.jumlahBaris = jumlahBaris
        self.ditambah = ditambah
        self.diubah = diubah
        self.dipensiunkan = dipensiunkan
        self.diaktifkan = diaktifkan
        self.waktu = Date()
    }
}
