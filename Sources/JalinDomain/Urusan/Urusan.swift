import Foundation

/// The three groups of concurrent government affairs (urusan pemerintahan konkuren) of
/// UU 23/2014 Pasal 11–12; the raw value is the first digit of the nomenclature code.
public enum KelompokUrusan: Int, Sendable, Codable, CaseIterable {
    case wajibPelayananDasar = 1
    case wajibNonPelayananDasar = 2
    case pilihan = 3

    /// Name of the group in Bahasa Indonesia.
    public var nama: String {
        switch self {
        case .wajibPelayananDasar: "Urusan Wajib yang Berkaitan dengan Pelayanan Dasar"
        case .wajibNonPelayananDasar: "Urusan Wajib yang Tidak Berkaitan dengan Pelayanan Dasar"
        case .pilihan: "Urusan Pilihan"
        }
    }
}

/// One bidang urusan, e.g. `2.15` Perhubungan.
public struct BidangUrusan: Sendable, Hashable, Codable {
    /// Nomenclature code, `K.NN` (e.g. `"2.15"`).
    public let kode: String
    /// Name as in UU 23/2014 Pasal 12, in title case.
    public let nama: String
    public let kelompok: KelompokUrusan

    public init(kode: String, nama: String, kelompok: KelompokUrusan) {
        self.kode = kode
        self.nama = nama
        self.kelompok = kelompok
    }
}

/// The 32 bidang urusan of UU 23/2014 Pasal 12 with their Kepmendagri nomenclature codes.
public enum KatalogUrusan {
    /// The edition of the catalogue, to be stored alongside any record that uses a code.
    public static let edisi = "UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021"

    /// All 32 bidang, in code order.
    public static let semua: [BidangUrusan] = [
        // Urusan wajib yang berkaitan dengan pelayanan dasar
        BidangUrusan(kode: "1.01", nama: "Pendidikan", kelompok: .wajibPelayananDasar),
        BidangUrusan(kode: "1.02", nama: "Kesehatan", kelompok: .wajibPelayananDasar),
        BidangUrusan(kode: "1.03", nama: "Pekerjaan Umum dan Penataan Ruang", kelompok: .wajibPelayananDasar),
        BidangUrusan(kode: "1.04", nama: "Perumahan Rakyat dan Kawasan Permukiman", kelompok: .wajibPelayananDasar),
        BidangUrusan(
            kode: "1.05", nama: "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat",
            kelompok: .wajibPelayananDasar),
        BidangUrusan(kode: "1.06", nama: "Sosial", kelompok: .wajibPelayananDasar),
        // Urusan wajib yang tidak berkaitan dengan pelayanan dasar
        BidangUrusan(kode: "2.07", nama: "Tenaga Kerja", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(
            kode: "2.08", nama: "Pemberdayaan Perempuan dan Pelindungan Anak", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.09", nama: "Pangan", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.10", nama: "Pertanahan", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.11", nama: "Lingkungan Hidup", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(
            kode: "2.12", nama: "Administrasi Kependudukan dan Pencatatan Sipil", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.13", nama: "Pemberdayaan Masyarakat dan Desa", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(
            kode: "2.14", nama: "Pengendalian Penduduk dan Keluarga Berencana", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.15", nama: "Perhubungan", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.16", nama: "Komunikasi dan Informatika", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.17", nama: "Koperasi, Usaha Kecil, dan Menengah", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.18", nama: "Penanaman Modal", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.19", nama: "Kepemudaan dan Olahraga", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.20", nama: "Statistik", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.21", nama: "Persandian", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.22", nama: "Kebudayaan", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.23", nama: "Perpustakaan", kelompok: .wajibNonPelayananDasar),
        BidangUrusan(kode: "2.24", nama: "Kearsipan", kelompok: .wajibNonPelayananDasar),
        // Urusan pilihan
        BidangUrusan(kode: "3.25", nama: "Kelautan dan Perikanan", kelompok: .pilihan),
        BidangUrusan(kode: "3.26", nama: "Pariwisata", kelompok: .pilihan),
        BidangUrusan(kode: "3.27", nama: "Pertanian", kelompok: .pilihan),
        BidangUrusan(kode: "3.28", nama: "Kehutanan", kelompok: .pilihan),
        BidangUrusan(kode: "3.29", nama: "Energi dan Sumber Daya Mineral", kelompok: .pilihan),
        BidangUrusan(kode: "3.30", nama: "Perdagangan", kelompok: .pilihan),
        BidangUrusan(kode: "3.31", nama: "Perindustrian", kelompok: .pilihan),
        BidangUrusan(kode: "3.32", nama: "Transmigrasi", kelompok: .pilihan),
    ]

    private static let menurutKode: [String: BidangUrusan] =
        Dictionary(uniqueKeysWithValues: semua.map { ($0.kode, $0) })

    /// The bidang with this code (surrounding whitespace ignored), or `nil`.
    public static func cari(kode: String) -> BidangUrusan? {
        menurutKode[kode.trimmingCharacters(in: .whitespacesAndNewlines)]
    }

    /// The bidang of one group, in code order.
    public static func bidang(dalam kelompok: KelompokUrusan) -> [BidangUrusan] {
        semua.filter { $0.kelompok == kelompok }
    }

    /// Validates a code entered in field `field` and returns its bidang.
    public static func periksaKode(_ s: String, field: String) throws(KesalahanValidasi) -> BidangUrusan {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else {
            throw KesalahanValidasi(field: field, pesan: "Kode urusan wajib diisi.")
        }
        guard let bidang = menurutKode[t] else {
            let tampil = t.count > 20 ? String(t.prefix(20)) + "…" : t
            throw KesalahanValidasi(field: field, pesan: "Kode urusan \(tampil) tidak dikenal.")
        }
        return bidang
    }
}
