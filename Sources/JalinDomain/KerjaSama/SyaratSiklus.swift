import Foundation

/// The requirement tables of the lifecycle: which document or approval is recorded at which stage, what it is
/// called when missing, and its legal basis (ksd-rules.md §4, §5.1, §13).
extension SiklusKerjaSama {
    /// Every requirement of the flow of `jenis`, in flow order. Optional documents (KAK for KSDPK; KAK and
    /// surat penawaran when `aturan` says they are not required) are not requirements.
    public static func syarat(jenis: JenisKerjaSama, perluDPRD: Bool, aturan: AturanKSD = .bawaan) -> [SyaratTahap] {
        let alur = Tahap.alur(untuk: jenis, perluDPRD: perluDPRD)
        var hasil: [SyaratTahap] = []
        for tahap in alur {
            for s in syaratMentah(tahap: tahap, jenis: jenis, aturan: aturan) {
                guard let u = uraianSyarat(s, jenis: jenis) else { continue }
                hasil.append(SyaratTahap(syarat: s, tahap: tahap, uraianKurang: u.uraian, dasarHukum: u.dasar))
            }
        }
        return hasil
    }

    /// The requirements recorded at one stage of the flow of `jenis`.
    public static func syarat(
        tahap: Tahap, jenis: JenisKerjaSama, perluDPRD: Bool, aturan: AturanKSD = .bawaan
    ) -> [SyaratTahap] {
        syarat(jenis: jenis, perluDPRD: perluDPRD, aturan: aturan).filter { $0.tahap == tahap }
    }

    private static func syaratMentah(tahap: Tahap, jenis: JenisKerjaSama, aturan: AturanKSD) -> [Syarat] {
        switch (jenis.kelompok, tahap) {
        case (.ksdd, .persiapan), (.sinergi, .persiapan):
            return aturan.wajibKAK.nilai ? [.dokumen(.kak)] : []
        case (.ksdpk, .persiapan):
            return [.dokumen(.studiKelayakan)]
        case (.ksdd, .penawaran), (.ksdpk, .penawaran), (.sinergi, .penawaran):
            return aturan.wajibSuratPenawaran.nilai ? [.dokumen(.suratPenawaran)] : []
        case (.ksdd, .penandatangananKB), (.ksdpk, .penandatangananKB):
            return [.dokumen(.kesepakatanBersama)]
        case (_, .persetujuanDPRD):
            return [.persetujuan(.dprd)]
        case (.ksdd, .penandatangananPKS), (.ksdpk, .penandatangananPKS):
            return [.dokumen(.perjanjianKerjaSama)]
        case (.sinergi, .penandatangananNK):
            return [.dokumen(.notaKesepakatan), .dokumen(.rencanaKerja)]
        case (.luarNegeri, .konsultasiPusat):
            return [.persetujuan(.konsultasiMendagriMenlu)]
        case (.luarNegeri, .pernyataanKehendak):
            return [.dokumen(.pernyataanKehendak)]
        case (.luarNegeri, .rencanaKerjaSama):
            return [.dokumen(.rencanaKerjaSamaLN)]
        case (.luarNegeri, .pertimbanganMendagri):
            return [.persetujuan(.pertimbanganMendagri)]
        case (.luarNegeri, .penyusunanNaskahLN):
            return [.persetujuan(.persetujuanMendagri)]
        case (.luarNegeri, .perundinganMenlu):
            return [.persetujuan(.suratKonfirmasiMenlu)]
        case (.luarNegeri, .penandatangananNaskahLN):
            return [.dokumen(.naskahLN)]
        case (.desa, .musyawarahDesa):
            return [.persetujuan(jenis == .desaAntarDesa ? .musyawarahAntarDesa : .musyawarahDesa)]
        case (.desa, .penyusunanNaskahDesa):
            // The camat facilitates desa cooperation on behalf of the bupati/wali kota (PP 43/2014 Pasal 143(5)).
            return [.persetujuan(.fasilitasiCamat)]
        case (.desa, .penandatangananNaskahDesa):
            return [.dokumen(jenis == .desaAntarDesa ? .peraturanBersamaDesa : .perjanjianBersamaDesa)]
        default:
            return []
        }
    }

    /// The stage at which `dokumen` is recorded for `jenis`; nil for documents the kind does not use and for
    /// the adendum and berita acara (recorded outside the stage order).
    public static func tahapPencatatan(_ dokumen: JenisDokumen, jenis: JenisKerjaSama) -> Tahap? {
        guard jenis.dokumen.contains(dokumen) else { return nil }
        switch dokumen {
        case .kak, .studiKelayakan: return .persiapan
        case .suratPenawaran: return .penawaran
        case .kesepakatanBersama: return .penandatangananKB
        case .perjanjianKerjaSama: return .penandatangananPKS
        case .notaKesepakatan, .rencanaKerja: return .penandatangananNK
        case .pernyataanKehendak: return .pernyataanKehendak
        case .rencanaKerjaSamaLN: return .rencanaKerjaSama
        case .naskahLN: return .penandatangananNaskahLN
        case .peraturanBersamaDesa, .perjanjianBersamaDesa: return .penandatangananNaskahDesa
        case .adendum, .beritaAcara: return nil
        }
    }

    /// The stage at which approval `p` is recorded; nil when the kind does not use it or it is recorded
    /// outside the stage order (`musyawarahParaPihakDesa`).
    public static func tahapPencatatan(_ p: JenisPersetujuan, jenis: JenisKerjaSama) -> Tahap? {
        guard persetujuanDigunakan(p, jenis: jenis) else { return nil }
        switch p {
        case .dprd: return .persetujuanDPRD
        case .konsultasiMendagriMenlu: return .konsultasiPusat
        case .pertimbanganMendagri: return .pertimbanganMendagri
        case .persetujuanMendagri: return .penyusunanNaskahLN
        case .suratKonfirmasiMenlu: return .perundinganMenlu
        case .musyawarahAntarDesa, .musyawarahDesa: return .musyawarahDesa
        case .fasilitasiCamat: return .penyusunanNaskahDesa
        case .musyawarahParaPihakDesa: return nil
        }
    }

    /// Whether the kind can ever record approval `p` (DPRD: KSDD, KSDPK, Sinergi and luar negeri; whether it
    /// is needed is `perluDPRD`).
    public static func persetujuanDigunakan(_ p: JenisPersetujuan, jenis: JenisKerjaSama) -> Bool {
        switch p {
        case .dprd:
            return [.ksdd, .ksdpk, .sinergi, .luarNegeri].contains(jenis.kelompok)
        case .konsultasiMendagriMenlu, .pertimbanganMendagri, .persetujuanMendagri, .suratKonfirmasiMenlu:
            return jenis.isLuarNegeri
        case .musyawarahAntarDesa:
            return jenis == .desaAntarDesa
        case .musyawarahDesa:
            return jenis == .desaPihakKetiga
        case .musyawarahParaPihakDesa, .fasilitasiCamat:
            return jenis.isDesa
        }
    }

    /// The words for a missing requirement and its basis, for `jenis`.
    static func uraianSyarat(_ syarat: Syarat, jenis: JenisKerjaSama) -> (uraian: String, dasar: String)? {
        let jo19 = jenis.isKSDPK ? " jo. Pasal 19 ayat (1)" : ""
        let joLL = { (pasal: String) in jenis == .ksdll ? " jo. Pasal \(pasal)" : "" }
        switch syarat {
        case .dokumen(let d):
            switch d {
            case .kak:
                return (
                    "Kerangka Acuan Kerja belum dicatat",
                    jenis.isSinergi
                        ? "PP 28/2018 Pasal 46; KAK Sinergi menurut praktik pemda [S]"
                        : "PP 28/2018 Pasal 6 ayat (1) huruf a\(jo19); KAK menurut praktik pemda [S]"
                )
            case .studiKelayakan:
                return (
                    "Studi Kelayakan belum dicatat",
                    "UU 23/2014 Pasal 366 ayat (3); PP 28/2018 Pasal 17 huruf b dan Pasal 18 ayat (2)"
                )
            case .suratPenawaran:
                return (
                    "Surat Penawaran Kerja Sama belum dicatat",
                    jenis.isSinergi
                        ? "surat penawaran Sinergi menurut praktik pemda [S]"
                        : "PP 28/2018 Pasal 6 ayat (1) huruf b\(jo19); surat penawaran menurut praktik pemda [S]"
                )
            case .kesepakatanBersama:
                return (
                    "Kesepakatan Bersama belum ditandatangani",
                    "PP 28/2018 Pasal 6 ayat (1) huruf d dan g serta ayat (3)\(jo19)"
                )
            case .perjanjianKerjaSama:
                return (
                    "Perjanjian Kerja Sama belum ditandatangani",
                    "PP 28/2018 Pasal 6 ayat (1) huruf g dan ayat (3)\(jo19)"
                )
            case .notaKesepakatan:
                return ("Nota Kesepakatan belum ditandatangani", "PP 28/2018 Pasal 46 ayat (4)")
            case .rencanaKerja:
                return (
                    "Rencana Kerja belum ditandatangani",
                    "PP 28/2018 Pasal 46 ayat (4); Rencana Kerja menurut praktik pemda [S]"
                )
            case .pernyataanKehendak:
                return (
                    "Pernyataan Kehendak Kerja Sama belum ditandatangani",
                    "PP 28/2018 Pasal 28 ayat (4) dan ayat (5)"
                )
            case .rencanaKerjaSamaLN:
                return (
                    "Rencana Kerja Sama belum disusun",
                    "PP 28/2018 Pasal 28 ayat (5) dan Pasal 30 ayat (2)–(3)\(joLL("38"))"
                )
            case .naskahLN:
                return ("Naskah Kerja Sama belum ditandatangani", "PP 28/2018 Pasal 33 ayat (4)\(joLL("40"))")
            case .peraturanBersamaDesa:
                return (
                    "Peraturan Bersama Kepala Desa belum ditandatangani",
                    "UU 6/2014 Pasal 92 ayat (2); PP 43/2014 Pasal 143 ayat (2)"
                )
            case .perjanjianBersamaDesa:
                return ("Perjanjian Bersama belum ditandatangani", "PP 43/2014 Pasal 143 ayat (3)")
            case .adendum, .beritaAcara:
                return nil
            }
        case .persetujuan(let p):
            switch p {
            case .dprd:
                let k = PersetujuanDPRD.perluPersetujuanDPRD(
                    jenis: jenis,
                    penilaian: .init(
                        membebaniMasyarakatDanDaerah: true, sudahDianggarkanAPBD: false, mitraOtoritaIKN: jenis.isSinergi))
                return ("persetujuan DPRD belum dicatat", k.dasarHukum)
            case .konsultasiMendagriMenlu:
                return (
                    "koordinasi dan konsultasi dengan Menteri Dalam Negeri dan Menteri Luar Negeri belum dicatat",
                    "PP 28/2018 Pasal 28 ayat (4)"
                )
            case .pertimbanganMendagri:
                return (
                    "pertimbangan tertulis Menteri Dalam Negeri untuk menyusun rancangan naskah belum dicatat",
                    "PP 28/2018 Pasal 31 ayat (3) huruf b\(joLL("38"))"
                )
            case .persetujuanMendagri:
                return (
                    "persetujuan Menteri Dalam Negeri atas rancangan naskah kerja sama belum dicatat",
                    "PP 28/2018 Pasal 32\(joLL("39"))"
                )
            case .suratKonfirmasiMenlu:
                return (
                    "surat konfirmasi Menteri Luar Negeri belum diterima",
                    "PP 28/2018 Pasal 33 ayat (3) dan ayat (4)\(joLL("40"))"
                )
            case .musyawarahAntarDesa:
                return ("kesepakatan musyawarah antar-Desa belum dicatat", "UU 6/2014 Pasal 92 ayat (2)")
            case .musyawarahDesa:
                return ("hasil Musyawarah Desa belum dicatat", "UU 6/2014 Pasal 93 ayat (2)")
            case .musyawarahParaPihakDesa:
                return (
                    "musyawarah para pihak atas perubahan atau pengakhiran kerja sama Desa belum dicatat",
                    "PP 43/2014 Pasal 145"
                )
            case .fasilitasiCamat:
                return ("fasilitasi camat atas nama bupati/wali kota atas rancangan naskah kerja sama Desa belum dicatat",
                        "PP 43/2014 Pasal 143 ayat (5)")
            }
        }
    }
}
