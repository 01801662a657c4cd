import Fluent
import Foundation
import JalinDomain

/// A mapping round (periode pemetaan) of one pemda.
final class PeriodePemetaanRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "periode_pemetaan"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "judul") var judul: String
    @Field(key: "tahun") var tahun: Int
    /// ISO date "2026-06-30".
    @Field(key: "batas_waktu") var batasWaktu: String
    @Field(key: "dibuka") var dibuka: Bool
    /// The criteria of this round (JSON of `[Kriteria]`), editable by the admin.
    @Field(key: "kriteria") var kriteriaJSON: String
    /// Size of the top list for the sensitivity check.
    @Field(key: "top_n") var topN: Int
    /// Invited unit ids, comma-separated.
    @Field(key: "unit_diundang") var unitDiundang: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?

    init() {}

    var kriteria: [Kriteria] {
        (try? JSONDecoder().decode([Kriteria].self, from: Data(kriteriaJSON.utf8))) ?? KriteriaBawaan.semua
    }

    var idUnitDiundang: [UUID] { unitDiundang.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
}

/// A submission (usulan potensi): isu, potensi or permasalahan of one unit.
final class UsulanRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "usulan_potensi"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "periode_id") var periodeID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "status") var status: String
    /// The validated content as JSON (`UsulanPotensi`); searchable columns are copied out below.
    @Field(key: "isi") var isiJSON: String
    @Field(key: "jenis") var jenis: String
    @Field(key: "judul") var judul: String
    /// Urusan codes, comma-separated, for filters.
    @Field(key: "urusan") var urusan: String
    /// Kode wilayah of the locations, comma-separated.
    @Field(key: "lokasi") var lokasi: String
    /// The last note of a return or a refusal.
    @OptionalField(key: "catatan") var catatan: String?
    /// Whether another pemda on this installation may see it (published offers and needs).
    @Field(key: "publik") var publik: Bool
    @Field(key: "contoh") var contoh: Bool
    @Field(key: "version") var version: Int
    @Field(key: "dibuat_oleh") var dibuatOleh: UUID
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?
    @Timestamp(key: "diubah_pada", on: .update) var diubahPada: Date?

    init() {}
}

/// Every step of a submission, with the content at that moment.
final class RiwayatUsulanRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "riwayat_usulan"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "usulan_id") var usulanID: UUID
    @Field(key: "waktu") var waktu: Date
    @Field(key: "pengguna") var pengguna: String
    @Field(key: "aksi") var aksi: String
    @OptionalField(key: "dari") var dari: String?
    @Field(key: "ke") var ke: String
    @OptionalField(key: "catatan") var catatan: String?
    @Field(key: "isi") var isiJSON: String

    init() {}
}

/// One TKKSD member's pairwise comparison of the round's criteria.
final class PerbandinganAnggotaRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "perbandingan_ahp"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "periode_id") var periodeID: UUID
    @Field(key: "pengguna_id") var penggunaID: UUID
    @Field(key: "matriks") var matriksJSON: String
    @Timestamp(key: "diubah_pada", on: .update) var diubahPada: Date?

    init() {}
}

/// One TKKSD member's scores of one submission (1–5 per criterion) with the rationale.
final class NilaiUsulanRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "nilai_usulan"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "periode_id") var periodeID: UUID
    @Field(key: "usulan_id") var usulanID: UUID
    @Field(key: "pengguna_id") var penggunaID: UUID
    @Field(key: "nilai") var nilaiJSON: String
    @Field(key: "alasan") var alasan: String
    @Timestamp(key: "diubah_pada", on: .update) var diubahPada: Date?

    init() {}
}

/// Boundaries of a region (GeoJSON geometry), loaded by `jalin import-geo`. Reference data.
final class BatasRecord: Model, @unchecked Sendable {
    static let schema = "batas_wilayah"

    @ID(custom: "kode", generatedBy: .user) var id: String?
    @Field(key: "nama") var nama: String
    @Field(key: "tingkat") var tingkat: Int
    /// JSON of the rings: [[[[lng, lat]]]].
    @Field(key: "geometri") var geometri: String
    @OptionalField(key: "label_lng") var labelLng: Double?
    @OptionalField(key: "label_lat") var labelLat: Double?

    init() {}
}

/// Two regions that share a border: computed from boundaries or entered by the admin. Reference data.
final class TetanggaRecord: Model, @unchecked Sendable {
    static let schema = "ketetanggaan"

    @ID(key: .id) var id: UUID?
    @Field(key: "kode_a") var kodeA: String
    @Field(key: "kode_b") var kodeB: String
    /// "geometri" or "manual".
    @Field(key: "sumber") var sumber: String

    init() {}
}
