import Foundation

// MARK: - What the proposer intends

/// The form of activity the proposer has in mind (ksd-rules.md §9.2 "Jenis/bentuk kerja sama").
///
/// The first six are forms of cooperation Jalin runs; the last five are outside the KSD regime
/// (ksd-rules.md §2.5) and the eligibility screen routes them to their own rules (`AturanKelayakan`).
public enum BentukKegiatan: String, Sendable, Codable, CaseIterable, Hashable {
    case kerjaSamaDaerahLain
    case kerjaSamaPihakKetiga
    case sinergiPusat
    case kerjaSamaLuarNegeri
    case kerjaSamaDesa
    case belumDitentukan
    case pengadaanBarangJasa
    case swakelola
    case hibah
    case pemanfaatanBMD
    case kpbu

    public var nama: String {
        switch self {
        case .kerjaSamaDaerahLain: "Kerja sama dengan daerah lain"
        case .kerjaSamaPihakKetiga: "Kerja sama dengan pihak ketiga"
        case .sinergiPusat: "Sinergi dengan Pemerintah Pusat (kementerian/lembaga)"
        case .kerjaSamaLuarNegeri: "Kerja sama dengan pemerintah daerah atau lembaga di luar negeri"
        case .kerjaSamaDesa: "Kerja sama desa"
        case .belumDitentukan: "Belum ditentukan"
        case .pengadaanBarangJasa: "Pengadaan barang/jasa"
        case .swakelola: "Swakelola"
        case .hibah: "Hibah"
        case .pemanfaatanBMD: "Pemanfaatan barang milik daerah"
        case .kpbu: "Kerja sama pemerintah dengan badan usaha (KPBU)"
        }
    }

    /// Outside the KSD regime by default (ksd-rules.md §2.5; Banjar's screening, §9.2). The screen uses
    /// `AturanKelayakan.bukanKSD`, whose default is built from this and `dasarHukumBawaan`.
    public var bukanKSDBawaan: Bool {
        switch self {
        case .pengadaanBarangJasa, .swakelola, .hibah, .pemanfaatanBMD, .kpbu: true
        default: false
        }
    }

    /// For non-KSD forms, the rule they are routed to by default; `nil` for the cooperation forms.
    public var dasarHukumBawaan: String? {
        switch self {
        case .pengadaanBarangJasa: "Perpres 16/2018 jo. Perpres 12/2021 tentang Pengadaan Barang/Jasa Pemerintah"
        case .swakelola:
            "Perpres 16/2018 jo. Perpres 12/2021 (pengadaan melalui swakelola); pengaturan internal perangkat daerah"
        case .hibah: "Permendagri 32/2011 jo. Permendagri 13/2018 tentang hibah dan bantuan sosial"
        case .pemanfaatanBMD: "Permendagri 19/2016 tentang Pedoman Pengelolaan Barang Milik Daerah"
        case .kpbu: "Perpres 38/2015 tentang Kerja Sama Pemerintah dengan Badan Usaha dalam Penyediaan Infrastruktur"
        default: nil
        }
    }

    /// The partner kinds this form fits; empty for `belumDitentukan` and the non-KSD forms (anything goes).
    public var jenisMitraSesuai: Set<JenisMitra> {
        switch self {
        case .kerjaSamaDaerahLain: [.daerah, .otoritaIKN]
        case .kerjaSamaPihakKetiga: [.pihakKetiga]
        case .sinergiPusat: [.kementerianLembaga, .otoritaIKN]
        case .kerjaSamaLuarNegeri: [.pemdaLuarNegeri, .lembagaLuarNegeri]
        case .kerjaSamaDesa: [.desa, .pihakKetiga]
        default: []
        }
    }
}

/// Why an object not (yet) in the regional plan may still be cooperated on (PP 28/2018 Pasal 4 ayat (3)
/// for KSDD and Pasal 16 ayat (3) for KSDPK, with their Penjelasan). [V]
public enum PengecualianPerencanaan: String, Sendable, Codable, CaseIterable, Hashable {
    /// Keadaan darurat, e.g. a disaster.
    case darurat
    /// Supporting a program strategis nasional.
    case programStrategisNasional
    /// An assignment in the framework of tugas pembantuan.
    case tugasPembantuan

    public var nama: String {
        switch self {
        case .darurat: "Keadaan darurat (misalnya bencana)"
        case .programStrategisNasional: "Mendukung program strategis nasional"
        case .tugasPembantuan: "Penugasan dalam rangka tugas pembantuan"
        }
    }

    public var dasarHukum: String {
        let huruf: String
        switch self {
        case .darurat: huruf = "a"
        case .programStrategisNasional: huruf = "b"
        case .tugasPembantuan: huruf = "c"
        }
        return "PP 28/2018 Pasal 4 ayat (3) huruf \(huruf) dan Pasal 16 ayat (3) huruf \(huruf)"
    }
}

/// Expected funding (ksd-rules.md §9.2 "Pembiayaan").
public enum SumberDana: String, Sendable, Codable, CaseIterable, Hashable {
    case apbd, apbn, mitra, apbdDanMitra, lainnya

    public var nama: String {
        switch self {
        case .apbd: "APBD"
        case .apbn: "APBN"
        case .mitra: "Mitra kerja sama"
        case .apbdDanMitra: "APBD dan mitra kerja sama"
        case .lainnya: "Sumber lain yang sah"
        }
    }
}

/// The link of a submission to the regional plan: a programme code and name, or one of the exceptions.
public enum KeterkaitanPerencanaan: Sendable, Codable, Hashable {
    case program(kode: String, nama: String?)
    case pengecualian(PengecualianPerencanaan, alasan: String?)
}

// MARK: - The raw form

/// The submission form as it arrives: every field optional text (or a list of texts), exactly what an
/// HTML form or a JSON body gives. `UsulanPotensi.periksa` turns it into a validated value.
///
/// JSON decoding is lenient where forms and clients differ: `eksternalitas` may be a boolean or a text
/// ("ya"/"tidak"), `perkiraanBiaya` a whole number or a text ("Rp1.250.000,00"), and the lists may be a
/// single text separated by commas or new lines.
public struct IsianUsulan: Sendable, Codable, Equatable, Hashable {
    public var jenis: String?
    public var judul: String?
    public var deskripsi: String?
    /// Urusan codes, e.g. "2.15".
    public var urusan: [String]?
    /// Kode wilayah of the locations, e.g. "64.02.06".
    public var lokasi: [String]?
    /// A `BentukKegiatan` raw value.
    public var bentuk: String?
    public var sumberDayaDimiliki: String?
    public var sumberDayaDibutuhkan: String?
    /// Ids (UUID) of candidate partners registered in the pemda.
    public var calonMitra: [String]?
    /// "ya"/"tidak" (also true/false, 1/0, on/off).
    public var eksternalitas: String?
    public var eksternalitasDengan: String?
    public var manfaat: String?
    public var indikator: String?
    /// Rupiah, as typed.
    public var perkiraanBiaya: String?
    /// A `SumberDana` raw value.
    public var sumberDana: String?
    public var kodeProgram: String?
    public var namaProgram: String?
    /// A `PengecualianPerencanaan` raw value.
    public var pengecualian: String?
    public var alasanPengecualian: String?

    public init(
        jenis: String? = nil, judul: String? = nil, deskripsi: String? = nil, urusan: [String]? = nil,
        lokasi: [String]? = nil, bentuk: String? = nil, sumberDayaDimiliki: String? = nil,
        sumberDayaDibutuhkan: String? = nil, calonMitra: [String]? = nil, eksternalitas: String? = nil,
        eksternalitasDengan: String? = nil, manfaat: String? = nil, indikator: String? = nil,
        perkiraanBiaya: String? = nil, sumberDana: String? = nil, kodeProgram: String? = nil,
        namaProgram: String? = nil, pengecualian: String? = nil, alasanPengecualian: String? = nil
    ) {
        self.jenis = jenis
        self.judul = judul
        self.deskripsi = deskripsi
        self.urusan = urusan
        self.lokasi = lokasi
        self.bentuk = bentuk
        self.sumberDayaDimiliki = sumberDayaDimiliki
        self.sumberDayaDibutuhkan = sumberDayaDibutuhkan
        self.calonMitra = calonMitra
        self.eksternalitas = eksternalitas
        self.eksternalitasDengan = eksternalitasDengan
        self.manfaat = manfaat
        self.indikator = indikator
        self.perkiraanBiaya = perkiraanBiaya
        self.sumberDana = sumberDana
        self.kodeProgram = kodeProgram
        self.namaProgram = namaProgram
        self.pengecualian = pengecualian
        self.alasanPengecualian = alasanPengecualian
    }

    private enum CodingKeys: String, CodingKey {
        case jenis, judul, deskripsi, urusan, lokasi, bentuk, sumberDayaDimiliki, sumberDayaDibutuhkan, calonMitra,
            eksternalitas, eksternalitasDengan, manfaat, indikator, perkiraanBiaya, sumberDana, kodeProgram,
            namaProgram, pengecualian, alasanPengecualian
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func teks(_ k: CodingKeys) throws -> String? { try c.decodeIfPresent(String.self, forKey: k) }
        func daftar(_ k: CodingKeys) throws -> [String]? {
            guard c.contains(k), try !c.decodeNil(forKey: k) else { return nil }
            if let a = try? c.decode([String].self, forKey: k) { return a }
            let s = try c.decode(String.self, forKey: k)
            return s.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == ";" }).map(String.init)
        }
        jenis = try teks(.jenis)
        judul = try teks(.judul)
        deskripsi = try teks(.deskripsi)
        urusan = try daftar(.urusan)
        lokasi = try daftar(.lokasi)
        bentuk = try teks(.bentuk)
        sumberDayaDimiliki = try teks(.sumberDayaDimiliki)
        sumberDayaDibutuhkan = try teks(.sumberDayaDibutuhkan)
        calonMitra = try daftar(.calonMitra)
        if c.contains(.eksternalitas), try !c.decodeNil(forKey: .eksternalitas) {
            if let b = try? c.decode(Bool.self, forKey: .eksternalitas) {
                eksternalitas = b ? "ya" : "tidak"
            } else {
                eksternalitas = try c.decode(String.self, forKey: .eksternalitas)
            }
        } else {
            eksternalitas = nil
        }
        eksternalitasDengan = try teks(.eksternalitasDengan)
        manfaat = try teks(.manfaat)
        indikator = try teks(.indikator)
        if c.contains(.perkiraanBiaya), try !c.decodeNil(forKey: .perkiraanBiaya) {
            if let n = try? c.decode(Int64.self, forKey: .perkiraanBiaya) {
                perkiraanBiaya = String(n)
            } else {
                perkiraanBiaya = try c.decode(String.self, forKey: .perkiraanBiaya)
            }
        } else {
            perkiraanBiaya = nil
        }
        sumberDana = try teks(.sumberDana)
        kodeProgram = try teks(.kodeProgram)
        namaProgram = try teks(.namaProgram)
        pengecualian = try teks(.pengecualian)
        alasanPengecualian = try teks(.alasanPengecualian)
    }
}
