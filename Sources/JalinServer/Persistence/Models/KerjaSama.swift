import Fluent
import Foundation
import JalinDomain

/// One cooperation in the registry, with its lifecycle state (`SiklusKerjaSama` as JSON).
final class KerjaSamaRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "kerja_sama"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "judul") var judul: String
    @Field(key: "objek") var objek: String
    @Field(key: "jenis") var jenis: String
    @Field(key: "tahap") var tahap: String
    @Field(key: "siklus") var siklusJSON: String
    @Field(key: "urusan") var urusan: String
    @Field(key: "lokasi") var lokasi: String
    /// Partner ids (Mitra), comma-separated.
    @Field(key: "mitra") var mitra: String
    /// Units (OPD) of the pemda taking part, comma-separated ids.
    @Field(key: "unit") var unit: String
    /// Value in sen.
    @OptionalField(key: "nilai") var nilai: Int64?
    @OptionalField(key: "sumber_dana") var sumberDana: String?
    @OptionalField(key: "tanggal_mulai") var tanggalMulai: String?
    @OptionalField(key: "tanggal_berakhir") var tanggalBerakhir: String?
    @OptionalField(key: "usulan_id") var usulanID: UUID?
    @OptionalField(key: "kode_program") var kodeProgram: String?
    @OptionalField(key: "nama_program") var namaProgram: String?
    /// The agreement this one continues: PKS of a KB, an adendum's agreement, a renewal's predecessor.
    @OptionalField(key: "induk_id") var indukID: UUID?
    /// "pks" | "adendum" | "perpanjangan"
    @OptionalField(key: "hubungan") var hubungan: String?
    @Field(key: "perpanjangan_ke") var perpanjanganKe: Int
    @OptionalField(key: "kunci_impor") var kunciImpor: String?
    @Field(key: "contoh") var contoh: Bool
    @Field(key: "version") var version: Int
    @Timestamp(key: "dibuat_pada", on: .create) var dibuatPada: Date?
    @Timestamp(key: "diubah_pada", on: .update) var diubahPada: Date?

    init() {}

    var siklus: SiklusKerjaSama? { Self.siklus(dari: siklusJSON) }

    /// The lifecycle stored as JSON text, or nil when the text is not a lifecycle.
    static func siklus(dari json: String) -> SiklusKerjaSama? {
        try? JSONDecoder().decode(SiklusKerjaSama.self, from: Data(json.utf8))
    }

    var idMitra: [UUID] { Self.daftarID(mitra) }
    var idUnit: [UUID] { Self.daftarID(unit) }

    /// The ids of a comma-separated id column (partners, units).
    static func daftarID(_ kolom: String) -> [UUID] { kolom.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }

    /// The names of a comma-separated id column, by the id's text (no id is parsed: list pages call this
    /// per row), joined for display.
    static func daftarNama(_ kolom: String, _ nama: [String: String]) -> String {
        kolom.split(separator: ",").compactMap { nama[String($0)] }.joined(separator: "; ")
    }
}

final class RiwayatKerjaSamaRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "riwayat_kerja_sama"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "kerja_sama_id") var kerjaSamaID: UUID
    @Field(key: "waktu") var waktu: Date
    @Field(key: "pengguna") var pengguna: String
    @Field(key: "uraian") var uraian: String
    @OptionalField(key: "dari") var dari: String?
    @Field(key: "ke") var ke: String
    @OptionalField(key: "catatan") var catatan: String?

    init() {}
}

/// A signing record: numbers, date, place, signatories, checklist and the signed scan (locked).
final class PenandatangananRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "penandatanganan"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "kerja_sama_id") var kerjaSamaID: UUID
    @Field(key: "dokumen") var dokumen: String
    /// JSON: [{"pihak": "...", "nomor": "..."}]
    @Field(key: "nomor") var nomorJSON: String
    @Field(key: "tanggal") var tanggal: String
    @Field(key: "tempat") var tempat: String
    /// JSON: [{"pihak","nama","jabatan","kewenangan"}]
    @Field(key: "penandatangan") var penandatanganJSON: String
    @Field(key: "paraf") var paraf: Bool
    @Field(key: "materai") var materai: Bool
    @Field(key: "stempel") var stempel: Bool
    @OptionalField(key: "lampiran_id") var lampiranID: UUID?
    @OptionalField(key: "sha256") var sha256: String?
    /// The naskah drafted in Jalin that this signing made final, if any.
    @OptionalField(key: "naskah_id") var naskahID: UUID?
    @Field(key: "waktu") var waktu: Date
    @Field(key: "oleh") var oleh: String

    init() {}
}

/// An obligation (hak dan kewajiban) of a PKS: owner, due date or period, status, evidence.
final class KewajibanRecord: Model, MilikPemda, Versioned, @unchecked Sendable {
    static let schema = "kewajiban"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "kerja_sama_id") var kerjaSamaID: UUID
    @Field(key: "uraian") var uraian: String
    @Field(key: "pemilik") var pemilik: String
    @OptionalField(key: "jatuh_tempo") var jatuhTempo: String?
    @OptionalField(key: "periode") var periode: String?
    /// "belum" | "berjalan" | "selesai"
    @Field(key: "status") var status: String
    @OptionalField(key: "bukti_id") var buktiID: UUID?
    @Field(key: "version") var version: Int

    init() {}
}

/// A reminder already sent (the unique key makes each reminder go out once, whatever the number of instances).
final class PengingatTerkirimRecord: Model, @unchecked Sendable {
    static let schema = "pengingat_terkirim"

    @ID(key: .id) var id: UUID?
    @Field(key: "kunci") var kunci: String
    @Field(key: "waktu") var waktu: Date

    init() {}
}

/// An in-app notification for a user.
final class NotifikasiRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "notifikasi"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "pengguna_id") var penggunaID: UUID
    @Field(key: "judul") var judul: String
    @Field(key: "isi") var isi: String
    @Field(key: "tautan") var tautan: String
    @Field(key: "dibuat") var dibuat: Date
    @Field(key: "dibaca") var dibaca: Bool
    /// `JenisKabar` raw value.
    @Field(key: "jenis") var jenis: String
    /// Asks the user to act (a task), rather than informing.
    @Field(key: "mendesak") var mendesak: Bool
    /// The e-mail: nil (none), "menunggu", "terkirim" or "gagal".
    @OptionalField(key: "surel") var surel: String?

    init() {}
}

/// A user's secret calendar feed address (only the token's SHA-256 is stored).
final class TokenKalenderRecord: Model, MilikPemda, @unchecked Sendable {
    static let schema = "token_kalender"

    @ID(key: .id) var id: UUID?
    @Field(key: "pemda_id") var pemdaID: UUID
    @Field(key: "pengguna_id") var penggunaID: UUID
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "dibuat") var dibuat: Date

    init() {}
}
