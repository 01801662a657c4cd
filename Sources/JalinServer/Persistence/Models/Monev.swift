import Fluent
import Foundation
import JalinDomain

/// An evaluation period (periode monev) of one pemda, with the rubric version it opened with.
final class PeriodeMonevRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "periode_monev"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "nama") var nama: String
    @Field(key: "mulai") var mulai: String
    @Field(key: "selesai") var selesai: String
    @Field(key: "dibuka") var dibuka: Bool
    /// JSON of `RubrikMonev`.
    @Field(key: "rubrik") var rubrikJSON: String
    @Field(key: "contoh") var contoh: Bool
    @Field(key: "version") var version: Int
    @OptionalField(key: "ditutup_pada") var ditutupPada: Date?
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?
    /// The admin's choice: once the period is closed, every party of an evaluation sees all its forms
    /// (off: each party keeps seeing only its own).
    @Field(key: "tampilkan_isian") var tampilkanIsian: Bool

    init() {}

    var rubrik: RubrikMonev {
        (try? JSONDecoder().decode(RubrikMonev.self, from: Data(rubrikJSON.utf8))) ?? .bawaan
    }
}

/// One cooperation's evaluation task in a period, owned by its implementing OPD; holds the computed index.
final class EvaluasiMonevRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "evaluasi_monev"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "periode_id") var periodeID: UUID
    @Field(key: "kerja_sama_id") var kerjaSamaID: UUID
    /// The OPD whose task this is (the first implementing unit).
    @Field(key: "unit_id") var unitID: UUID
    /// Snapshot columns for aggregation without loading the cooperation: urusan, partners, kind (comma-separated).
    @Field(key: "urusan") var urusan: String
    @Field(key: "mitra") var mitra: String
    @Field(key: "jenis") var jenis: String
    @OptionalField(key: "nilai_akhir") var nilaiAkhir: Int?
    @OptionalField(key: "rekomendasi_akhir") var rekomendasiAkhir: String?
    @OptionalField(key: "catatan_akhir") var catatanAkhir: String?
    @OptionalField(key: "indeks") var indeks: Double?
    /// JSON of `IndeksMonev.Rincian`.
    @OptionalField(key: "rincian") var rincianJSON: String?
    @OptionalField(key: "usulan_id") var usulanID: UUID?
    @Field(key: "version") var version: Int

    init() {}

    var rincian: IndeksMonev.Rincian? {
        rincianJSON.flatMap { try? JSONDecoder().decode(IndeksMonev.Rincian.self, from: Data($0.utf8)) }
    }

    var idMitra: [UUID] { mitra.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
}

/// One party's form for an evaluation, with its evidence: one row per (evaluation, role, party), the party
/// being the implementing unit (role `opd`), the partner (role `mitra`) or the TKKSD member's user (role `tkksd`).
final class IsianMonevRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "isian_monev"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "evaluasi_id") var evaluasiID: UUID
    @Field(key: "peran") var peran: String
    /// The unit, partner or TKKSD member's user whose form this is (see `PihakMonev`).
    @Field(key: "pihak_id") var pihakID: UUID
    /// Who last saved it.
    @Field(key: "pengguna_id") var penggunaID: UUID
    /// JSON of `JawabanMonev`.
    @Field(key: "jawaban") var jawabanJSON: String
    /// Evidence attachment ids, comma-separated.
    @Field(key: "bukti") var bukti: String
    @Field(key: "waktu") var waktu: Date
    @Field(key: "version") var version: Int

    init() {}

    var jawaban: JawabanMonev? { try? JSONDecoder().decode(JawabanMonev.self, from: Data(jawabanJSON.utf8)) }
    var idBukti: [UUID] { bukti.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
}

/// A saved version of the pemda's rubric (the newest applies to the next period; older ones are kept).
final class RubrikMonevRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "rubrik_monev"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "versi") var versi: Int
    @Field(key: "rubrik") var rubrikJSON: String
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?

    init() {}
}
