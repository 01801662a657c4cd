import Foundation

/// Every stage of every cooperation flow (ksd-rules.md §4). `alur(untuk:perluDPRD:)` gives the ordered
/// flow of one kind; a kind never uses the stages outside its flow.
public enum Tahap: String, Sendable, Codable, CaseIterable, Hashable {
    // KSDD and KSDPK, PP 28/2018 Pasal 6 ayat (1) huruf a–g (Pasal 19 ayat (1) for KSDPK).
    case persiapan
    case penawaran
    case penyusunanKB
    case penandatangananKB
    /// Shared by KSDD/KSDPK (when required), luar negeri (always) and Sinergi with Otorita IKN (when required).
    case persetujuanDPRD
    case penyusunanPKS
    case penandatangananPKS

    // Sinergi, PP 28/2018 Pasal 46 ayat (4).
    case penyusunanNK
    case penandatangananNK

    // Luar negeri, PP 28/2018 Pasal 28–33 (KSDLL jo. Pasal 38–40).
    case penjajakan
    case konsultasiPusat
    case pernyataanKehendak
    case rencanaKerjaSama
    case pertimbanganMendagri
    case penyusunanNaskahLN
    case perundinganMenlu
    case penandatangananNaskahLN

    // Desa, UU 6/2014 Pasal 92–93; PP 43/2014 Pasal 143.
    case musyawarahDesa
    case penyusunanNaskahDesa
    case penandatangananNaskahDesa

    // After signing; PP 28/2018 Pasal 6 ayat (1) huruf h–j [S].
    case pelaksanaan
    case penatausahaan
    case pelaporan
    case berakhir

    /// Name in Bahasa Indonesia, independent of the kind.
    public var nama: String {
        switch self {
        case .persiapan: "Persiapan"
        case .penawaran: "Penawaran"
        case .penyusunanKB: "Penyusunan Kesepakatan Bersama"
        case .penandatangananKB: "Penandatanganan Kesepakatan Bersama"
        case .persetujuanDPRD: "Persetujuan DPRD"
        case .penyusunanPKS: "Penyusunan Perjanjian Kerja Sama"
        case .penandatangananPKS: "Penandatanganan Perjanjian Kerja Sama"
        case .penyusunanNK: "Penyusunan Nota Kesepakatan dan Rencana Kerja"
        case .penandatangananNK: "Penandatanganan Nota Kesepakatan dan Rencana Kerja"
        case .penjajakan: "Penjajakan"
        case .konsultasiPusat: "Koordinasi dan Konsultasi dengan Menteri Dalam Negeri dan Menteri Luar Negeri"
        case .pernyataanKehendak: "Penandatanganan Pernyataan Kehendak Kerja Sama"
        case .rencanaKerjaSama: "Penyusunan Rencana Kerja Sama"
        case .pertimbanganMendagri: "Pertimbangan Menteri Dalam Negeri"
        case .penyusunanNaskahLN: "Penyusunan Rancangan Naskah Kerja Sama dan Persetujuan Menteri Dalam Negeri"
        case .perundinganMenlu: "Pembahasan oleh Menteri Luar Negeri dan Surat Konfirmasi"
        case .penandatangananNaskahLN: "Penandatanganan Naskah Kerja Sama"
        case .musyawarahDesa: "Musyawarah Desa"
        case .penyusunanNaskahDesa: "Penyusunan Naskah Kerja Sama Desa"
        case .penandatangananNaskahDesa: "Penandatanganan Naskah Kerja Sama Desa"
        case .pelaksanaan: "Pelaksanaan"
        case .penatausahaan: "Penatausahaan"
        case .pelaporan: "Pelaporan dan Monitoring-Evaluasi"
        case .berakhir: "Berakhir"
        }
    }

    /// The name of a stored stage code, for a kind when known; `nil` for a code that is not a stage.
    public static func nama(kode: String, untuk jenis: JenisKerjaSama?) -> String? {
        Tahap(rawValue: kode).map { t in jenis.map(t.nama(untuk:)) ?? t.nama }
    }

    /// Name as shown for one kind (desa and luar negeri stages have more precise names).
    public func nama(untuk jenis: JenisKerjaSama) -> String {
        switch (self, jenis) {
        case (.persiapan, .ksdpl), (.persiapan, .ksdll): "Prakarsa dan Persiapan"
        case (.musyawarahDesa, .desaAntarDesa): "Musyawarah Antar-Desa"
        case (.penyusunanNaskahDesa, .desaAntarDesa): "Penyusunan Peraturan Bersama Kepala Desa"
        case (.penandatangananNaskahDesa, .desaAntarDesa): "Penandatanganan Peraturan Bersama Kepala Desa"
        case (.penyusunanNaskahDesa, .desaPihakKetiga): "Penyusunan Perjanjian Bersama"
        case (.penandatangananNaskahDesa, .desaPihakKetiga): "Penandatanganan Perjanjian Bersama"
        default: nama
        }
    }

    /// A stage whose work is signing an agreement document.
    public var isPenandatanganan: Bool {
        switch self {
        case .penandatangananKB, .penandatangananPKS, .penandatangananNK, .pernyataanKehendak,
            .penandatangananNaskahLN, .penandatangananNaskahDesa:
            true
        default:
            false
        }
    }

    /// The stages after the agreement is signed and in force.
    public var isSetelahPenandatanganan: Bool {
        self == .pelaksanaan || self == .penatausahaan || self == .pelaporan
    }

    /// The ordered flow of one kind, from `persiapan` to `berakhir` (ksd-rules.md §4.1–4.4, §13).
    ///
    /// - KSDD/KSDPK: persiapan → penawaran → penyusunan KB → penandatanganan KB → (persetujuan DPRD) →
    ///   penyusunan PKS → penandatanganan PKS → pelaksanaan → penatausahaan → pelaporan → berakhir.
    /// - Sinergi: persiapan → penawaran → penyusunan NK + RK → (persetujuan DPRD, only for Otorita IKN when
    ///   required) → penandatanganan NK + RK → pelaksanaan → penatausahaan → pelaporan → berakhir.
    /// - KSDPL/KSDLL: persiapan → penjajakan → konsultasi Mendagri/Menlu → pernyataan kehendak → rencana →
    ///   persetujuan DPRD (always) → pertimbangan Mendagri → rancangan naskah + persetujuan Mendagri →
    ///   pembahasan Menlu + surat konfirmasi → penandatanganan naskah → pelaksanaan → penatausahaan →
    ///   pelaporan → berakhir. `perluDPRD` is ignored: DPRD approval is always part of the flow.
    /// - Desa: persiapan → musyawarah → penyusunan naskah → penandatanganan naskah → pelaksanaan →
    ///   pelaporan → berakhir (no DPRD, no kabupaten registry stage).
    /// - Kemitraan lain: empty (not run by the machine).
    public static func alur(untuk jenis: JenisKerjaSama, perluDPRD: Bool) -> [Tahap] {
        let setelahTandaTangan: [Tahap] = [.pelaksanaan, .penatausahaan, .pelaporan, .berakhir]
        switch jenis.kelompok {
        case .ksdd, .ksdpk:
            return [.persiapan, .penawaran, .penyusunanKB, .penandatangananKB]
                + (perluDPRD ? [.persetujuanDPRD] : [])
                + [.penyusunanPKS, .penandatangananPKS]
                + setelahTandaTangan
        case .sinergi:
            return [.persiapan, .penawaran, .penyusunanNK]
                + (perluDPRD ? [.persetujuanDPRD] : [])
                + [.penandatangananNK]
                + setelahTandaTangan
        case .luarNegeri:
            return [
                .persiapan, .penjajakan, .konsultasiPusat, .pernyataanKehendak, .rencanaKerjaSama,
                .persetujuanDPRD, .pertimbanganMendagri, .penyusunanNaskahLN, .perundinganMenlu,
                .penandatangananNaskahLN,
            ] + setelahTandaTangan
        case .desa:
            return [
                .persiapan, .musyawarahDesa, .penyusunanNaskahDesa, .penandatangananNaskahDesa, .pelaksanaan,
                .pelaporan, .berakhir,
            ]
        case .kemitraanLain:
            return []
        }
    }
}
