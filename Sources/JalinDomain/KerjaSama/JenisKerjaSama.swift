import Foundation

/// The broad legal regime a kind of cooperation belongs to (ksd-rules.md §2).
public enum KelompokKerjaSama: String, Sendable, Codable, CaseIterable, Hashable {
    /// KSD dengan Daerah Lain (PP 28/2018 BAB II).
    case ksdd
    /// KSD dengan Pihak Ketiga (PP 28/2018 BAB III).
    case ksdpk
    /// Sinergi Pemerintah Pusat–Pemerintah Daerah (PP 28/2018 Pasal 46).
    case sinergi
    /// KSDPL and KSDLL (PP 28/2018 BAB IV).
    case luarNegeri
    /// Kerja sama desa (UU 6/2014 BAB XI; PP 43/2014 BAB IX).
    case desa
    /// Partnerships outside the KSD regime (BMD, KPBU, PBJ, hibah, BLUD), not run by the lifecycle machine.
    case kemitraanLain

    public var nama: String {
        switch self {
        case .ksdd: "Kerja Sama Daerah dengan Daerah Lain"
        case .ksdpk: "Kerja Sama Daerah dengan Pihak Ketiga"
        case .sinergi: "Sinergi Perencanaan dan Pelaksanaan Pembangunan Pusat–Daerah"
        case .luarNegeri: "Kerja Sama Daerah dengan Pemerintah Daerah atau Lembaga di Luar Negeri"
        case .desa: "Kerja Sama Desa"
        case .kemitraanLain: "Kemitraan Lain di Luar Kerja Sama Daerah"
        }
    }
}

/// Every kind of cooperation Jalin knows (ksd-rules.md §2, §13, §15).
///
/// All kinds except `kemitraanLain` are run by `SiklusKerjaSama`; `kemitraanLain` (pemanfaatan BMD,
/// KPBU, PBJ, hibah, BLUD) follows its own regulations and the machine refuses it with a message that
/// says so (`alasanDiLuarSiklus`).
public enum JenisKerjaSama: String, Sendable, Codable, CaseIterable, Hashable {
    case ksddWajib
    case ksddSukarela
    case ksdpkPelayananPublik
    case ksdpkAset
    case ksdpkInvestasi
    case ksdpkLainnya
    case sinergi
    case ksdpl
    case ksdll
    case desaAntarDesa
    case desaPihakKetiga
    case kemitraanLain

    public var kelompok: KelompokKerjaSama {
        switch self {
        case .ksddWajib, .ksddSukarela: .ksdd
        case .ksdpkPelayananPublik, .ksdpkAset, .ksdpkInvestasi, .ksdpkLainnya: .ksdpk
        case .sinergi: .sinergi
        case .ksdpl, .ksdll: .luarNegeri
        case .desaAntarDesa, .desaPihakKetiga: .desa
        case .kemitraanLain: .kemitraanLain
        }
    }

    /// Full name in Bahasa Indonesia.
    public var nama: String {
        switch self {
        case .ksddWajib: "Kerja Sama Daerah dengan Daerah Lain — Kerja Sama Wajib"
        case .ksddSukarela: "Kerja Sama Daerah dengan Daerah Lain — Kerja Sama Sukarela"
        case .ksdpkPelayananPublik: "Kerja Sama Daerah dengan Pihak Ketiga — Penyediaan Pelayanan Publik"
        case .ksdpkAset: "Kerja Sama Daerah dengan Pihak Ketiga — Pengelolaan Aset"
        case .ksdpkInvestasi: "Kerja Sama Daerah dengan Pihak Ketiga — Investasi"
        case .ksdpkLainnya: "Kerja Sama Daerah dengan Pihak Ketiga — Kerja Sama Lainnya"
        case .sinergi: "Sinergi Perencanaan dan Pelaksanaan Pembangunan Pemerintah Pusat dan Pemerintah Daerah"
        case .ksdpl: "Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri"
        case .ksdll: "Kerja Sama Daerah dengan Lembaga di Luar Negeri"
        case .desaAntarDesa: "Kerja Sama Antar-Desa"
        case .desaPihakKetiga: "Kerja Sama Desa dengan Pihak Ketiga"
        case .kemitraanLain: "Kemitraan Lain (Pemanfaatan BMD, KPBU, Pengadaan Barang/Jasa, Hibah, BLUD)"
        }
    }

    /// Short label for lists and badges.
    public var singkatan: String {
        switch self {
        case .ksddWajib: "KSDD Wajib"
        case .ksddSukarela: "KSDD Sukarela"
        case .ksdpkPelayananPublik: "KSDPK Pelayanan Publik"
        case .ksdpkAset: "KSDPK Aset"
        case .ksdpkInvestasi: "KSDPK Investasi"
        case .ksdpkLainnya: "KSDPK Lainnya"
        case .sinergi: "Sinergi"
        case .ksdpl: "KSDPL"
        case .ksdll: "KSDLL"
        case .desaAntarDesa: "Antar-Desa"
        case .desaPihakKetiga: "Desa–Pihak Ketiga"
        case .kemitraanLain: "Kemitraan Lain"
        }
    }

    /// The provisions that define this kind.
    public var dasarHukum: String {
        switch self {
        case .ksddWajib: "PP 28/2018 Pasal 3 ayat (2); UU 23/2014 Pasal 364"
        case .ksddSukarela: "PP 28/2018 Pasal 3 ayat (3); UU 23/2014 Pasal 365"
        case .ksdpkPelayananPublik: "PP 28/2018 Pasal 15 ayat (1) huruf a dan ayat (2); UU 23/2014 Pasal 366"
        case .ksdpkAset: "PP 28/2018 Pasal 15 ayat (1) huruf b dan ayat (3); UU 23/2014 Pasal 366"
        case .ksdpkInvestasi: "PP 28/2018 Pasal 15 ayat (1) huruf c dan ayat (3); UU 23/2014 Pasal 366"
        case .ksdpkLainnya: "PP 28/2018 Pasal 15 ayat (1) huruf d dan ayat (4); UU 23/2014 Pasal 366"
        case .sinergi: "PP 28/2018 Pasal 46 dan Pasal 49"
        case .ksdpl: "PP 28/2018 Pasal 24 dan Pasal 27–35; UU 23/2014 Pasal 367"
        case .ksdll: "PP 28/2018 Pasal 25 dan Pasal 36–42; UU 23/2014 Pasal 367"
        case .desaAntarDesa: "UU 6/2014 Pasal 91–92; PP 43/2014 Pasal 143–144"
        case .desaPihakKetiga: "UU 6/2014 Pasal 91 dan Pasal 93; PP 43/2014 Pasal 143"
        case .kemitraanLain:
            "Permendagri 19/2016 (BMD); Perpres 38/2015 (KPBU); Perpres 16/2018 jo. Perpres 12/2021 (PBJ); "
                + "Permendagri 32/2011 jo. 13/2018 (hibah); Permendagri 79/2018 (BLUD)"
        }
    }

    /// The provisions that fix the stages of this kind's flow (cited when a stage is skipped).
    public var dasarHukumTahapan: String {
        switch kelompok {
        case .ksdd: "PP 28/2018 Pasal 6 ayat (1)"
        case .ksdpk: "PP 28/2018 Pasal 6 ayat (1) jo. Pasal 19 ayat (1)"
        case .sinergi: "PP 28/2018 Pasal 46 ayat (4); tahapan menurut praktik pemda [S]"
        case .luarNegeri:
            self == .ksdll ? "PP 28/2018 Pasal 28–33 jo. Pasal 38–40" : "PP 28/2018 Pasal 28–33"
        case .desa:
            self == .desaAntarDesa
                ? "UU 6/2014 Pasal 92 ayat (2); PP 43/2014 Pasal 143 ayat (2)"
                : "UU 6/2014 Pasal 93 ayat (2); PP 43/2014 Pasal 143 ayat (3)"
        case .kemitraanLain: dasarHukum
        }
    }

    public var isKSDD: Bool { kelompok == .ksdd }
    public var isKSDPK: Bool { kelompok == .ksdpk }
    public var isLuarNegeri: Bool { kelompok == .luarNegeri }
    public var isDesa: Bool { kelompok == .desa }
    public var isSinergi: Bool { self == .sinergi }

    /// Whether the lifecycle machine (`SiklusKerjaSama`) runs this kind. False only for `kemitraanLain`.
    public var dijalankanSiklus: Bool { kelompok != .kemitraanLain }

    /// For `kemitraanLain`: why the lifecycle machine does not run it, and where it goes instead.
    public var alasanDiLuarSiklus: String? {
        kalimatDiLuarSiklus.map { "\($0) (\(dasarHukum))." }
    }

    /// `alasanDiLuarSiklus` without its legal basis, for refusals that cite the basis separately.
    var kalimatDiLuarSiklus: String? {
        guard self == .kemitraanLain else { return nil }
        return "Kemitraan lain (pemanfaatan barang milik daerah, KPBU, pengadaan barang/jasa, hibah, atau kerja sama "
            + "BLUD) bukan Kerja Sama Daerah menurut PP 28/2018 dan tidak dijalankan oleh siklus kerja sama ini; "
            + "ikuti alur menurut peraturannya sendiri"
    }

    /// Sector rules that apply on top of (or instead of parts of) PP 28/2018 (ksd-rules.md §2.3).
    /// Jalin still runs these KSDPK kinds through the PP 28/2018 stages and shows this note.
    public var catatanAturanSektoral: String? {
        switch self {
        case .ksdpkAset:
            "Kerja sama pengelolaan aset dilaksanakan sesuai ketentuan peraturan perundang-undangan tersendiri "
                + "(PP 28/2018 Pasal 15 ayat (3)), antara lain Permendagri 19/2016 tentang pengelolaan barang milik daerah."
        case .ksdpkInvestasi:
            "Kerja sama investasi dilaksanakan sesuai ketentuan peraturan perundang-undangan tersendiri "
                + "(PP 28/2018 Pasal 15 ayat (3)), antara lain peraturan penanaman modal dan KPBU (Perpres 38/2015)."
        case .ksdpkLainnya:
            "Kerja sama lainnya dapat berupa kerja sama dengan badan usaha berbadan hukum atau pengadaan barang/jasa "
                + "yang dilaksanakan sesuai peraturannya (PP 28/2018 Pasal 15 ayat (4))."
        case .kemitraanLain: alasanDiLuarSiklus
        default: nil
        }
    }

    /// The documents this kind uses, in the order they appear (ksd-rules.md §5.1).
    public var dokumen: [JenisDokumen] {
        switch kelompok {
        case .ksdd:
            [.kak, .suratPenawaran, .kesepakatanBersama, .perjanjianKerjaSama, .adendum, .beritaAcara]
        case .ksdpk:
            [.studiKelayakan, .kak, .suratPenawaran, .kesepakatanBersama, .perjanjianKerjaSama, .adendum, .beritaAcara]
        case .sinergi:
            [.kak, .suratPenawaran, .notaKesepakatan, .rencanaKerja, .adendum, .beritaAcara]
        case .luarNegeri:
            [.pernyataanKehendak, .rencanaKerjaSamaLN, .naskahLN, .adendum, .beritaAcara]
        case .desa:
            self == .desaAntarDesa
                ? [.peraturanBersamaDesa, .adendum, .beritaAcara]
                : [.perjanjianBersamaDesa, .adendum, .beritaAcara]
        case .kemitraanLain:
            []
        }
    }

    /// The agreement document(s) that must be signed before the cooperation is carried out.
    public var naskahPokok: [JenisDokumen] {
        switch kelompok {
        case .ksdd, .ksdpk: [.kesepakatanBersama, .perjanjianKerjaSama]
        case .sinergi: [.notaKesepakatan, .rencanaKerja]
        case .luarNegeri: [.naskahLN]
        case .desa: self == .desaAntarDesa ? [.peraturanBersamaDesa] : [.perjanjianBersamaDesa]
        case .kemitraanLain: []
        }
    }
}

/// The documents of a cooperation (ksd-rules.md §5.1, §15).
public enum JenisDokumen: String, Sendable, Codable, CaseIterable, Hashable {
    /// Kerangka Acuan Kerja (KSDD, Sinergi; optional for KSDPK).
    case kak
    /// Studi kelayakan (KSDPK).
    case studiKelayakan
    /// Surat penawaran kerja sama.
    case suratPenawaran
    /// Kesepakatan Bersama (KB).
    case kesepakatanBersama
    /// Perjanjian Kerja Sama (PKS) / kontrak.
    case perjanjianKerjaSama
    /// Nota Kesepakatan (NK) of a Sinergi.
    case notaKesepakatan
    /// Rencana Kerja (RK) of a Sinergi.
    case rencanaKerja
    /// Pernyataan kehendak kerja sama (Letter of Intent), luar negeri.
    case pernyataanKehendak
    /// Rencana KSDPL/KSDLL submitted to the DPRD and Mendagri.
    case rencanaKerjaSamaLN
    /// Naskah kerja sama luar negeri (MoU/agreement).
    case naskahLN
    /// Peraturan Bersama Kepala Desa (kerja sama antar-desa).
    case peraturanBersamaDesa
    /// Perjanjian bersama (kerja sama desa dengan pihak ketiga).
    case perjanjianBersamaDesa
    /// Adendum to a signed agreement.
    case adendum
    /// Berita acara (e.g. handover, dispute settlement); supporting, never a gate.
    case beritaAcara

    public var nama: String {
        switch self {
        case .kak: "Kerangka Acuan Kerja"
        case .studiKelayakan: "Studi Kelayakan"
        case .suratPenawaran: "Surat Penawaran Kerja Sama"
        case .kesepakatanBersama: "Kesepakatan Bersama"
        case .perjanjianKerjaSama: "Perjanjian Kerja Sama"
        case .notaKesepakatan: "Nota Kesepakatan"
        case .rencanaKerja: "Rencana Kerja"
        case .pernyataanKehendak: "Pernyataan Kehendak Kerja Sama (Letter of Intent)"
        case .rencanaKerjaSamaLN: "Rencana Kerja Sama Luar Negeri"
        case .naskahLN: "Naskah Kerja Sama Luar Negeri"
        case .peraturanBersamaDesa: "Peraturan Bersama Kepala Desa"
        case .perjanjianBersamaDesa: "Perjanjian Bersama Desa dengan Pihak Ketiga"
        case .adendum: "Adendum"
        case .beritaAcara: "Berita Acara"
        }
    }

    public var singkatan: String {
        switch self {
        case .kak: "KAK"
        case .studiKelayakan: "Studi Kelayakan"
        case .suratPenawaran: "Surat Penawaran"
        case .kesepakatanBersama: "KB"
        case .perjanjianKerjaSama: "PKS"
        case .notaKesepakatan: "NK"
        case .rencanaKerja: "RK"
        case .pernyataanKehendak: "LoI"
        case .rencanaKerjaSamaLN: "Rencana KS LN"
        case .naskahLN: "Naskah LN"
        case .peraturanBersamaDesa: "Peraturan Bersama Kades"
        case .perjanjianBersamaDesa: "Perjanjian Bersama"
        case .adendum: "Adendum"
        case .beritaAcara: "Berita Acara"
        }
    }

    /// Signed by the parties and final once signed: it cannot be signed again, and the stage where it
    /// was signed cannot be reopened; changes go through an adendum.
    public var finalSetelahDitandatangani: Bool {
        switch self {
        case .kesepakatanBersama, .perjanjianKerjaSama, .notaKesepakatan, .rencanaKerja, .pernyataanKehendak,
            .naskahLN, .peraturanBersamaDesa, .perjanjianBersamaDesa:
            true
        case .kak, .studiKelayakan, .suratPenawaran, .rencanaKerjaSamaLN, .adendum, .beritaAcara:
            false
        }
    }

    /// An agreement that binds the parties, so that the cooperation exists and ends only for a reason of
    /// PP 28/2018 Pasal 9/22 or PP 43/2014 Pasal 147. A Letter of Intent is not binding.
    public var mengikatParaPihak: Bool {
        finalSetelahDitandatangani && self != .pernyataanKehendak
    }
}
