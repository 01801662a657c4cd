import Fluent
import Foundation
import JalinDomain
import JalinNaskah

/// A naskah kerja sama being drafted: its current content (the latest version's JSON), its status
/// and whom it is shared with. Every version is kept in `versi_naskah`.
final class NaskahRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "naskah"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    /// `JenisDokumen` raw value.
    @Field(key: "jenis") var jenis: String
    @OptionalField(key: "jenis_kerja_sama") var jenisKerjaSama: String?
    /// The display title: "Kesepakatan Bersama tentang …".
    @Field(key: "judul") var judul: String
    /// The unit that drafts it (its operator may edit); nil for the Bagian Kerja Sama.
    @OptionalField(key: "unit_id") var unitID: UUID?
    /// The partner it is with (its reviewer sees it when shared).
    @OptionalField(key: "mitra_id") var mitraID: UUID?
    /// The mapping submission it comes from.
    @OptionalField(key: "usulan_id") var usulanID: UUID?
    /// The cooperation record it is drafted for (every binding document is signed through its record).
    @OptionalField(key: "kerja_sama_id") var kerjaSamaID: UUID?
    /// The KB a PKS implements; the agreement an adendum amends.
    @OptionalField(key: "induk_id") var indukID: UUID?
    /// `StatusNaskah` raw value.
    @Field(key: "status") var status: String
    /// Shared with the partner's reviewer.
    @Field(key: "dibagikan") var dibagikan: Bool
    /// While shared: the version current when sharing began. The reviewer reads that version and
    /// the later ones, never the earlier drafts (`NaskahAlur.versiPertama`).
    @OptionalField(key: "dibagikan_sejak") var dibagikanSejak: Int?
    /// While shared: when sharing began. The reviewer reads the comment threads begun since then
    /// (and their own side's), not the internal discussion before (`NaskahAlur.utasTerlihat`).
    @OptionalField(key: "dibagikan_pada") var dibagikanPada: Date?
    /// Number of the latest version.
    @Field(key: "versi_terkini") var versiTerkini: Int
    /// The latest version's JSON (`Naskah`).
    @Field(key: "isi") var isiJSON: String
    /// The version the partner accepted (issue 18.6), and by whom: the reviewer's name, or the partner's letter
    /// recorded by the admin on their behalf.
    @OptionalField(key: "diterima_versi") var diterimaVersi: Int?
    @OptionalField(key: "diterima_oleh") var diterimaOleh: String?
    /// ISO date of signing, once signed.
    @OptionalField(key: "ditandatangani_pada") var ditandatanganiPada: String?
    @Field(key: "contoh") var contoh: Bool
    @Field(key: "version") var version: Int
    @Field(key: "dibuat_oleh") var dibuatOleh: UUID
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?
    @Timestamp(key: "diubah_pada", on: .update) var diubahPada: Date?

    init() {}

    var jenisDokumen: JenisDokumen { JenisDokumen(rawValue: jenis) ?? .kesepakatanBersama }
    var statusNaskah: StatusNaskah { StatusNaskah(rawValue: status) ?? .draf }
}

/// One saved version of a naskah, as the JSON of the whole document.
final class VersiNaskahRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "versi_naskah"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "naskah_id") var naskahID: UUID
    @Field(key: "nomor") var nomor: Int
    @Field(key: "isi") var isiJSON: String
    /// "buat", "simpan", "klausul", "pulihkan", "status".
    @Field(key: "sumber") var sumber: String
    @OptionalField(key: "catatan") var catatan: String?
    @Field(key: "pengguna_id") var penggunaID: UUID
    @Field(key: "pengguna") var pengguna: String
    @Field(key: "waktu") var waktu: Date

    init() {}
}

/// A comment on a Pasal; a thread is a root comment (with `selesai`) and its replies.
final class KomentarNaskahRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "komentar_naskah"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "naskah_id") var naskahID: UUID
    /// The thread's root comment; nil for a root.
    @OptionalField(key: "induk_id") var indukID: UUID?
    /// The anchor of the Pasal (stable when Pasal move).
    @Field(key: "pasal_kunci") var pasalKunci: String
    /// "Pasal 3 PELAKSANAAN" when the comment was written.
    @Field(key: "pasal_label") var pasalLabel: String
    /// The version the comment was written on.
    @Field(key: "versi") var versi: Int
    @Field(key: "pengguna_id") var penggunaID: UUID
    @Field(key: "nama") var nama: String
    /// The author's organisation: the pemda, or the partner for a reviewer.
    @Field(key: "asal") var asal: String
    @Field(key: "dari_mitra") var dariMitra: Bool
    @Field(key: "isi") var isi: String
    /// For a root: the thread is resolved.
    @Field(key: "selesai") var selesai: Bool
    @OptionalField(key: "diselesaikan_oleh") var diselesaikanOleh: String?
    @Field(key: "waktu") var waktu: Date

    init() {}
}

/// A version of a clause variant edited by the admin (the library is the built-in clauses overlaid
/// with the latest stored version of each variant).
final class KlausulRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "klausul_naskah"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "kode") var kode: String
    @Field(key: "varian") var varian: String
    @Field(key: "versi") var versi: Int
    /// JSON of `VarianKlausul`.
    @Field(key: "isi") var isiJSON: String
    @Field(key: "pengguna") var pengguna: String
    @Field(key: "waktu") var waktu: Date

    init() {}
}

/// The checker's rule set of a pemda (`AturanUnsur` as JSON), when the admin changed it.
final class AturanNaskahRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "aturan_naskah"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "isi") var isiJSON: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "diubah_pada", on: .update) var diubahPada: Date?

    init() {}
}

/// The status of a naskah: drafted, under review (with the partner and TKKSD), signed (final).
enum StatusNaskah: String, CaseIterable, Codable, Sendable {
    case draf
    case ditinjau
    case ditandatangani

    var nama: String {
        switch self {
        case .draf: "Draf"
        case .ditinjau: "Dalam peninjauan"
        case .ditandatangani: "Ditandatangani (final)"
        }
    }
}
