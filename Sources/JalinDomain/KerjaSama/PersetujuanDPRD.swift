import Foundation

/// The facts that decide whether a cooperation needs DPRD approval (ksd-rules.md §4.3).
public struct PenilaianDPRD: Sendable, Codable, Equatable, Hashable {
    /// The cooperation plan burdens the community and the daerah ("membebani masyarakat dan daerah").
    public var membebaniMasyarakatDanDaerah: Bool
    /// Its funding is already in the APBD of the current budget year.
    public var sudahDianggarkanAPBD: Bool
    /// The partner is Otorita Ibu Kota Nusantara (ksd-rules.md §12.3): the flag is then also computed for
    /// a Sinergi (NK + RK), and the record is marked for legal consultation.
    public var mitraOtoritaIKN: Bool

    public init(membebaniMasyarakatDanDaerah: Bool, sudahDianggarkanAPBD: Bool, mitraOtoritaIKN: Bool = false) {
        self.membebaniMasyarakatDanDaerah = membebaniMasyarakatDanDaerah
        self.sudahDianggarkanAPBD = sudahDianggarkanAPBD
        self.mitraOtoritaIKN = mitraOtoritaIKN
    }

    /// Not burdening and already budgeted: no DPRD approval for KSDD/KSDPK.
    public static let tidakMembebaniDanSudahDianggarkan = PenilaianDPRD(
        membebaniMasyarakatDanDaerah: false, sudahDianggarkanAPBD: true)

    /// The decision for one kind of cooperation.
    public func keputusan(untuk jenis: JenisKerjaSama, aturan: AturanKSD = .bawaan) -> PersetujuanDPRD.Keputusan {
        PersetujuanDPRD.perluPersetujuanDPRD(jenis: jenis, penilaian: self, aturan: aturan)
    }
}

/// The computed DPRD-approval flag (PP 28/2018 Pasal 6 ayat (2), 19 ayat (1), 30; UU 23/2014 Pasal 154
/// ayat (1) huruf g dan i).
public enum PersetujuanDPRD {
    /// Whether DPRD approval is required, why, and on what basis.
    public struct Keputusan: Sendable, Codable, Equatable, Hashable {
        public let perlu: Bool
        /// The reason in Bahasa Indonesia, for the user.
        public let alasan: String
        public let dasarHukum: String
        /// An extra warning (e.g. Otorita IKN: the kind of cooperation is not settled in law).
        public let catatan: String?

        public init(perlu: Bool, alasan: String, dasarHukum: String, catatan: String? = nil) {
            self.perlu = perlu
            self.alasan = alasan
            self.dasarHukum = dasarHukum
            self.catatan = catatan
        }
    }

    static let catatanIKN =
        "Mitra adalah Otorita Ibu Kota Nusantara: PP 28/2018 tidak menyebut Otorita IKN, sehingga jenis kerja sama "
        + "(KSDD atau Sinergi) belum pasti. Konsultasikan dengan Bagian Hukum dan Kementerian Dalam Negeri "
        + "(UU 21/2023; PP 27/2023 Pasal 8–9)."

    /// Whether a cooperation of `jenis` with the given facts needs DPRD approval.
    ///
    /// - KSDD/KSDPK: yes when the plan burdens the community and the daerah and/or its funding is not yet
    ///   in the current APBD (PP 28/2018 Pasal 6 ayat (2), Pasal 19 ayat (1); UU 23/2014 Pasal 154 ayat (1)
    ///   huruf i); otherwise no.
    /// - KSDPL/KSDLL: always, on the rencana kerja sama (PP 28/2018 Pasal 30; UU 23/2014 Pasal 154 ayat (1)
    ///   huruf g), whatever the facts.
    /// - Sinergi: no, unless the partner is Otorita IKN, when the KSDD rule is applied on the kabupaten's side
    ///   (ksd-rules.md §12.3, an assessment).
    /// - Desa and kemitraan lain: no (their own regimes).
    public static func perluPersetujuanDPRD(
        jenis: JenisKerjaSama, penilaian: PenilaianDPRD, aturan: AturanKSD = .bawaan
    ) -> Keputusan {
        switch jenis.kelompok {
        case .luarNegeri:
            let hari = aturan.batasPersetujuanDPRDLNHariKerja.nilai
            return Keputusan(
                perlu: true,
                alasan: "Kerja sama daerah dengan pemerintah daerah atau lembaga di luar negeri selalu memerlukan "
                    + "persetujuan DPRD atas rencana kerja samanya, yang diberikan paling lama \(hari) hari kerja "
                    + "sejak surat permohonan kepala daerah diterima.",
                dasarHukum: jenis == .ksdll
                    ? "PP 28/2018 Pasal 30 jo. Pasal 38; UU 23/2014 Pasal 154 ayat (1) huruf g"
                    : "PP 28/2018 Pasal 30; UU 23/2014 Pasal 154 ayat (1) huruf g")
        case .ksdd, .ksdpk:
            return keputusanMenurutPembebanan(jenis: jenis, penilaian: penilaian)
        case .sinergi:
            if penilaian.mitraOtoritaIKN {
                return keputusanMenurutPembebanan(jenis: jenis, penilaian: penilaian)
            }
            return Keputusan(
                perlu: false,
                alasan: "Sinergi Pemerintah Pusat dan Pemerintah Daerah bukan kerja sama dengan daerah lain atau "
                    + "pihak ketiga, dan pendanaannya dibebankan pada anggaran masing-masing tingkatan pemerintahan; "
                    + "persetujuan DPRD menurut PP 28/2018 Pasal 6 ayat (2) tidak berlaku.",
                dasarHukum: "PP 28/2018 Pasal 46 ayat (3); UU 23/2014 Pasal 154 ayat (1) huruf i")
        case .desa:
            return Keputusan(
                perlu: false,
                alasan: "Kerja sama Desa diatur tersendiri: kesepakatannya diambil melalui musyawarah, "
                    + "bukan dengan persetujuan DPRD.",
                dasarHukum: "UU 6/2014 Pasal 92 ayat (2) dan Pasal 93 ayat (2); PP 43/2014 Pasal 143")
        case .kemitraanLain:
            return Keputusan(
                perlu: false,
                alasan: jenis.alasanDiLuarSiklus ?? "",
                dasarHukum: jenis.dasarHukum)
        }
    }

    private static func keputusanMenurutPembebanan(jenis: JenisKerjaSama, penilaian: PenilaianDPRD) -> Keputusan {
        let membebani = penilaian.membebaniMasyarakatDanDaerah
        let belumDianggarkan = !penilaian.sudahDianggarkanAPBD
        let pasal19 = jenis.isKSDPK ? " jo. Pasal 19 ayat (1)" : ""
        let catatan = penilaian.mitraOtoritaIKN ? catatanIKN : nil
        let alasan: String
        switch (membebani, belumDianggarkan) {
        case (true, true):
            alasan = "Rencana kerja sama membebani masyarakat dan daerah, dan pendanaannya belum dianggarkan "
                + "dalam APBD tahun anggaran berjalan; persetujuan DPRD diperlukan."
        case (true, false):
            alasan = "Rencana kerja sama membebani masyarakat dan daerah; persetujuan DPRD diperlukan."
        case (false, true):
            alasan = "Pendanaan kerja sama belum dianggarkan dalam APBD tahun anggaran berjalan; "
                + "persetujuan DPRD diperlukan."
        case (false, false):
            return Keputusan(
                perlu: false,
                alasan: "Rencana kerja sama tidak membebani masyarakat dan daerah dan pendanaannya sudah dianggarkan "
                    + "dalam APBD tahun anggaran berjalan; persetujuan DPRD tidak diperlukan.",
                dasarHukum: "PP 28/2018 Pasal 6 ayat (2)\(pasal19) (a contrario)",
                catatan: catatan)
        }
        return Keputusan(
            perlu: true,
            alasan: alasan,
            dasarHukum: "PP 28/2018 Pasal 6 ayat (1) huruf e dan ayat (2)\(pasal19); UU 23/2014 Pasal 154 ayat (1) huruf i",
            catatan: catatan)
    }

    /// The decision when no assessment was given: luar negeri needs none (always required); Sinergi without
    /// Otorita IKN, desa and kemitraan lain never need DPRD approval. KSDD/KSDPK need an assessment
    /// (`nil` is returned for them).
    static func keputusanTanpaPenilaian(jenis: JenisKerjaSama) -> Keputusan? {
        switch jenis.kelompok {
        case .ksdd, .ksdpk: nil
        default: perluPersetujuanDPRD(jenis: jenis, penilaian: .tidakMembebaniDanSudahDianggarkan)
        }
    }
}
