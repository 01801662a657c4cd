import Foundation

/// Why a cooperation ends (ksd-rules.md §6).
///
/// - KSDD: PP 28/2018 Pasal 9 ayat (1) huruf a–e.
/// - KSDPK: the same (Pasal 22 ayat (1)) plus a final court judgment and bankruptcy of the third party
///   (Pasal 22 ayat (2)).
/// - Desa: PP 43/2014 Pasal 147 huruf a–i.
/// - Sinergi and luar negeri: PP 28/2018 has no list; Jalin applies Pasal 9 ayat (1) by analogy
///   (an interpretation, flagged in `dasarHukum(untuk:)`).
/// - `tidakDilanjutkan`: an initiative stopped before any binding agreement was signed (not a legal
///   ground of termination; there is no cooperation yet to terminate).
/// - `pergantianKepalaDaerah` and `pergantianPejabatPenandatangan` exist only to be refused: a change of
///   leadership does not end a cooperation (PP 28/2018 Pasal 9 ayat (2) and its Penjelasan).
public enum AlasanBerakhir: String, Sendable, Codable, CaseIterable, Hashable {
    case jangkaWaktuBerakhir
    case tujuanTercapai
    case kesepakatanParaPihak
    case perubahanKebijakan
    case objekHilangAtauMusnah
    case putusanPengadilan
    case pihakKetigaPailit
    case keadaanLuarBiasa
    case pelanggaranPerjanjian
    case digantiPerjanjianBaru
    case bertentanganDenganPeraturan
    case merugikanKepentingan
    case tidakDilanjutkan
    case pergantianKepalaDaerah
    case pergantianPejabatPenandatangan

    /// Description in Bahasa Indonesia (for KSD kinds; see `nama(untuk:)` for desa wording).
    public var nama: String {
        switch self {
        case .jangkaWaktuBerakhir: "Jangka waktu kerja sama berakhir"
        case .tujuanTercapai: "Tujuan kerja sama telah tercapai"
        case .kesepakatanParaPihak: "Para pihak sepakat mengakhiri kerja sama"
        case .perubahanKebijakan:
            "Perubahan kebijakan berdasarkan peraturan perundang-undangan mengakibatkan kerja sama tidak dapat dilaksanakan"
        case .objekHilangAtauMusnah: "Objek kerja sama hilang atau musnah"
        case .putusanPengadilan: "Putusan pengadilan yang telah memperoleh kekuatan hukum tetap"
        case .pihakKetigaPailit: "Pihak ketiga dinyatakan pailit"
        case .keadaanLuarBiasa: "Keadaan luar biasa mengakibatkan perjanjian tidak dapat dilaksanakan"
        case .pelanggaranPerjanjian: "Salah satu pihak tidak melaksanakan atau melanggar ketentuan perjanjian"
        case .digantiPerjanjianBaru: "Dibuat perjanjian baru yang menggantikan perjanjian lama"
        case .bertentanganDenganPeraturan: "Kerja sama bertentangan dengan peraturan perundang-undangan"
        case .merugikanKepentingan: "Terdapat hal yang merugikan kepentingan masyarakat Desa, daerah, atau nasional"
        case .tidakDilanjutkan: "Prakarsa kerja sama tidak dilanjutkan sebelum naskah kerja sama ditandatangani"
        case .pergantianKepalaDaerah: "Pergantian kepala daerah"
        case .pergantianPejabatPenandatangan: "Pergantian pejabat yang menandatangani naskah kerja sama"
        }
    }

    /// Description for one kind (desa uses the words of PP 43/2014 Pasal 147).
    public func nama(untuk jenis: JenisKerjaSama) -> String {
        guard jenis.isDesa else { return nama }
        switch self {
        case .jangkaWaktuBerakhir: return "Masa perjanjian berakhir"
        case .tujuanTercapai: return "Tujuan perjanjian telah tercapai"
        case .kesepakatanParaPihak: return "Kesepakatan para pihak melalui prosedur yang ditetapkan dalam perjanjian"
        case .objekHilangAtauMusnah: return "Objek perjanjian hilang"
        case .pergantianKepalaDaerah: return "Pergantian kepala desa atau kepala daerah"
        default: return nama
        }
    }

    /// A change of leadership: never a reason to end a cooperation.
    public var bukanAlasanBerakhir: Bool {
        self == .pergantianKepalaDaerah || self == .pergantianPejabatPenandatangan
    }

    /// Whether this reason can end a cooperation of `jenis` (ignoring whether an agreement is signed yet).
    public func berlakuUntuk(_ jenis: JenisKerjaSama) -> Bool {
        dasarHukum(untuk: jenis) != nil && !bukanAlasanBerakhir
    }

    /// The reasons that can end a cooperation of `jenis`, in legal order.
    public static func daftar(untuk jenis: JenisKerjaSama) -> [AlasanBerakhir] {
        allCases.filter { $0.berlakuUntuk(jenis) }
    }

    /// The legal basis of this reason for `jenis`; nil when it is not a reason for that kind.
    /// For `pergantianKepalaDaerah`/`pergantianPejabatPenandatangan` this is the basis of the refusal.
    public func dasarHukum(untuk jenis: JenisKerjaSama) -> String? {
        if self == .tidakDilanjutkan {
            return jenis.dijalankanSiklus
                ? "\(jenis.dasarHukumTahapan) (tahapan belum mencapai penandatanganan naskah kerja sama)"
                : nil
        }
        if bukanAlasanBerakhir {
            return AlasanBerakhir.dasarPenolakanPergantian(jenis)
        }
        switch jenis.kelompok {
        case .ksdd:
            return AlasanBerakhir.pasal9[self]
        case .ksdpk:
            switch self {
            case .putusanPengadilan: return "PP 28/2018 Pasal 22 ayat (2) huruf a"
            case .pihakKetigaPailit: return "PP 28/2018 Pasal 22 ayat (2) huruf b"
            default: return AlasanBerakhir.pasal9[self].map { "\($0) jo. Pasal 22 ayat (1)" }
            }
        case .sinergi, .luarNegeri:
            return AlasanBerakhir.pasal9[self].map {
                "\($0), diterapkan secara analogi; ketentuan pengakhiran dalam naskah kerja sama berlaku [U]"
            }
        case .desa:
            return AlasanBerakhir.pasal147[self]
        case .kemitraanLain:
            return nil
        }
    }

    private static let pasal9: [AlasanBerakhir: String] = [
        .jangkaWaktuBerakhir: "PP 28/2018 Pasal 9 ayat (1) huruf a",
        .tujuanTercapai: "PP 28/2018 Pasal 9 ayat (1) huruf b",
        .kesepakatanParaPihak: "PP 28/2018 Pasal 9 ayat (1) huruf c",
        .perubahanKebijakan: "PP 28/2018 Pasal 9 ayat (1) huruf d",
        .objekHilangAtauMusnah: "PP 28/2018 Pasal 9 ayat (1) huruf e",
    ]

    private static let pasal147: [AlasanBerakhir: String] = [
        .kesepakatanParaPihak: "PP 43/2014 Pasal 147 huruf a",
        .tujuanTercapai: "PP 43/2014 Pasal 147 huruf b",
        .keadaanLuarBiasa: "PP 43/2014 Pasal 147 huruf c",
        .pelanggaranPerjanjian: "PP 43/2014 Pasal 147 huruf d",
        .digantiPerjanjianBaru: "PP 43/2014 Pasal 147 huruf e",
        .bertentanganDenganPeraturan: "PP 43/2014 Pasal 147 huruf f",
        .objekHilangAtauMusnah: "PP 43/2014 Pasal 147 huruf g",
        .merugikanKepentingan: "PP 43/2014 Pasal 147 huruf h",
        .jangkaWaktuBerakhir: "PP 43/2014 Pasal 147 huruf i",
    ]

    private static func dasarPenolakanPergantian(_ jenis: JenisKerjaSama) -> String {
        switch jenis.kelompok {
        case .ksdd: "PP 28/2018 Pasal 9 ayat (2) dan Penjelasannya"
        case .ksdpk: "PP 28/2018 Pasal 9 ayat (2) jo. Pasal 22 ayat (1)"
        case .sinergi, .luarNegeri: "PP 28/2018 Pasal 9 ayat (2), diterapkan secara analogi"
        case .desa: "PP 43/2014 Pasal 147 (pergantian pimpinan tidak termasuk alasan berakhirnya kerja sama Desa)"
        case .kemitraanLain: jenis.dasarHukum
        }
    }
}
