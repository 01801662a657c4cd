import Foundation

/// Approvals and deliberations a flow records (ksd-rules.md §4.3, §4.4, §13).
public enum JenisPersetujuan: String, Sendable, Codable, CaseIterable, Hashable {
    /// DPRD approval (KSDD/KSDPK when required; the rencana kerja sama of KSDPL/KSDLL always).
    case dprd
    /// Coordination and consultation with Mendagri and Menlu before the Letter of Intent (PP 28/2018 Pasal 28(4)).
    case konsultasiMendagriMenlu
    /// Mendagri's written consideration telling the daerah to draft the naskah (Pasal 31(3) huruf b).
    case pertimbanganMendagri
    /// Mendagri's approval of the draft naskah after the inter-ministerial meeting (Pasal 32).
    case persetujuanMendagri
    /// Menlu's surat konfirmasi, the basis for the kepala daerah's signature (Pasal 33(3)–(4)).
    case suratKonfirmasiMenlu
    /// Agreement of the musyawarah antar-Desa (UU 6/2014 Pasal 92(2)).
    case musyawarahAntarDesa
    /// Result of the Musyawarah Desa on cooperation with a third party (UU 6/2014 Pasal 93(2)).
    case musyawarahDesa
    /// Deliberation with all parties on changing or ending a desa cooperation (PP 43/2014 Pasal 145).
    case musyawarahParaPihakDesa
    /// The camat's facilitation, on behalf of the bupati/wali kota, of the draft desa agreement (PP 43/2014 Pasal 143(5)).
    case fasilitasiCamat

    public var nama: String {
        switch self {
        case .dprd: "Persetujuan DPRD"
        case .konsultasiMendagriMenlu: "Koordinasi dan konsultasi dengan Menteri Dalam Negeri dan Menteri Luar Negeri"
        case .pertimbanganMendagri: "Pertimbangan tertulis Menteri Dalam Negeri"
        case .persetujuanMendagri: "Persetujuan Menteri Dalam Negeri atas rancangan naskah kerja sama"
        case .suratKonfirmasiMenlu: "Surat konfirmasi Menteri Luar Negeri"
        case .musyawarahAntarDesa: "Kesepakatan musyawarah antar-Desa"
        case .musyawarahDesa: "Hasil Musyawarah Desa"
        case .musyawarahParaPihakDesa: "Musyawarah para pihak atas perubahan atau pengakhiran kerja sama Desa"
        case .fasilitasiCamat: "Fasilitasi camat atas nama bupati/wali kota"
        }
    }
}

/// One thing that must be recorded before a stage can be left.
public enum Syarat: Sendable, Codable, Hashable {
    case dokumen(JenisDokumen)
    case persetujuan(JenisPersetujuan)
}

/// A requirement of one stage of one flow, with the words used when it is missing and its legal basis.
public struct SyaratTahap: Sendable, Equatable, Hashable {
    public let syarat: Syarat
    /// The stage at which it is recorded; the next stage cannot start without it.
    public let tahap: Tahap
    /// What is missing, as a clause: "Kesepakatan Bersama belum ditandatangani".
    public let uraianKurang: String
    public let dasarHukum: String

    public init(syarat: Syarat, tahap: Tahap, uraianKurang: String, dasarHukum: String) {
        self.syarat = syarat
        self.tahap = tahap
        self.uraianKurang = uraianKurang
        self.dasarHukum = dasarHukum
    }
}

/// An event applied to a cooperation's lifecycle.
public enum PeristiwaSiklus: Sendable, Codable, Equatable, Hashable {
    /// Move to the next stage of the flow (only the next one).
    case lanjut(ke: Tahap)
    /// Go back one stage for revision, with a reason. Not after the agreement is in force, and never out of a
    /// signing stage whose document is already signed.
    case kembali(ke: Tahap, alasan: String)
    /// Record that a document was signed (or, for KAK, studi kelayakan, surat penawaran and rencana kerja
    /// sama, that it was finalised), at the stage where that happens.
    case catatTandaTangan(JenisDokumen)
    /// Record an approval or deliberation.
    case catatPersetujuan(JenisPersetujuan)
    /// Replace the DPRD assessment (KSDD/KSDPK, and Sinergi with Otorita IKN) before the DPRD stage.
    case nilaiUlangDPRD(PenilaianDPRD)
    /// Start amending an agreement in force.
    case mulaiAdendum
    /// Abandon a started amendment, with a reason.
    case batalkanAdendum(alasan: String)
    /// End the cooperation with a reason allowed for its kind.
    case akhiri(AlasanBerakhir)

    /// Description in Bahasa Indonesia for the history.
    public var uraian: String {
        switch self {
        case .lanjut(let t): "Lanjut ke tahap \(t.nama)"
        case .kembali(let t, let alasan): "Kembali ke tahap \(t.nama): \(alasan)"
        case .catatTandaTangan(let d): "Pencatatan \(d.nama)"
        case .catatPersetujuan(let p): "Pencatatan \(sebagaiAnakKalimat(p.nama))"
        case .nilaiUlangDPRD: "Penilaian ulang kebutuhan persetujuan DPRD"
        case .mulaiAdendum: "Mulai penyusunan adendum"
        case .batalkanAdendum(let alasan): "Penyusunan adendum dibatalkan: \(alasan)"
        case .akhiri(let a): "Kerja sama berakhir: \(a.nama)"
        }
    }
}

/// One applied event in the history of a cooperation.
public struct LangkahRiwayat: Sendable, Codable, Equatable, Hashable {
    public let peristiwa: PeristiwaSiklus
    public let dari: Tahap
    public let ke: Tahap

    public init(peristiwa: PeristiwaSiklus, dari: Tahap, ke: Tahap) {
        self.peristiwa = peristiwa
        self.dari = dari
        self.ke = ke
    }
}

/// A refused event: what is missing and why, in formal Bahasa Indonesia.
public struct PenolakanTransisi: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// The full message for the user, ending with the legal basis in parentheses.
    public let pesan: String
    /// The missing steps, documents or approvals (empty when nothing is missing but the event is not
    /// allowed, e.g. after the cooperation ended).
    public let yangKurang: [String]
    public let dasarHukum: String

    public init(pesan: String, yangKurang: [String], dasarHukum: String) {
        self.pesan = pesan
        self.yangKurang = yangKurang
        self.dasarHukum = dasarHukum
    }

    /// Builds the message "`kalimat` (`dasarHukum`)."
    static func tolak(_ kalimat: String, kurang: [String] = [], dasar: String) -> PenolakanTransisi {
        PenolakanTransisi(pesan: "\(kalimat) (\(dasar)).", yangKurang: kurang, dasarHukum: dasar)
    }

    /// For the server: a 422 body on the field "peristiwa".
    public var sebagaiKesalahanValidasi: KesalahanValidasi {
        KesalahanValidasi(field: "peristiwa", pesan: pesan)
    }

    public var description: String { pesan }
}

/// "a", "a dan b", "a, b, dan c".
func gabungKalimat(_ bagian: [String]) -> String {
    switch bagian.count {
    case 0: return ""
    case 1: return bagian[0]
    case 2: return "\(bagian[0]) dan \(bagian[1])"
    default: return bagian.dropLast().joined(separator: ", ") + ", dan " + bagian[bagian.count - 1]
    }
}

/// Distinct legal bases in order, joined by "; " (each input may itself hold several, separated by "; ").
func gabungDasar(_ dasar: [String]) -> String {
    var terlihat = Set<String>()
    return dasar.flatMap { $0.components(separatedBy: "; ") }
        .filter { !$0.isEmpty && terlihat.insert($0).inserted }
        .joined(separator: "; ")
}

/// The sentence with its first letter in lower case and without a final full stop, to continue a clause.
func sebagaiAnakKalimat(_ kalimat: String) -> String {
    var t = kalimat
    if t.hasSuffix(".") { t.removeLast() }
    guard let awal = t.first else { return t }
    return awal.lowercased() + t.dropFirst()
}
