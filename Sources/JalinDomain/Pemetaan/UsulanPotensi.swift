import Foundation

// MARK: - Kind and status of a submission

/// What a submission in a mapping round is about (ksd-rules.md §9.2; Kukar NEWS-000: "isu, potensi,
/// dan permasalahan" of each urusan that cooperation could address).
public enum JenisUsulan: String, Sendable, Codable, CaseIterable, Hashable {
    /// A strategic issue from the RPJMD/Renstra.
    case isu
    /// A local potential: produk unggulan, keunggulan komparatif, a resource to offer.
    case potensi
    /// A problem to solve, including limited resources.
    case permasalahan

    public var nama: String {
        switch self {
        case .isu: "Isu Strategis"
        case .potensi: "Potensi"
        case .permasalahan: "Permasalahan"
        }
    }
}

/// Where a submission stands in the mapping round (ksd-rules.md §9.2 "Status"; Scenario A steps 3–5).
///
/// The table (see `tujuan(_:)`):
///
/// | from | action | to |
/// |---|---|---|
/// | draf, dikembalikan | ajukan | diajukan |
/// | diajukan | kembalikan (catatan wajib) | dikembalikan |
/// | diajukan | verifikasi | terverifikasi |
/// | diajukan | tarikKembali | draf |
/// | diajukan, terverifikasi, dinilai | tolak (alasan wajib) | ditolak |
/// | terverifikasi | nilai | dinilai |
/// | dinilai | prioritaskan | diprioritaskan |
///
/// `diprioritaskan` and `ditolak` are final. Everything else is refused with a message in Bahasa
/// Indonesia for field `status` (or `catatan` / `alasan` when the note is missing).
///
/// The transition does not look at the content: the server runs `UsulanPotensi.periksa(_:untukDiajukan: true)`
/// before it applies `ajukan`, and `UsulanPotensi.periksaSiapDiprioritaskan()` before `prioritaskan`.
public enum StatusUsulan: String, Sendable, Codable, CaseIterable, Hashable {
    case draf
    case diajukan
    case dikembalikan
    case terverifikasi
    case dinilai
    case diprioritaskan
    case ditolak

    public var nama: String {
        switch self {
        case .draf: "Draf"
        case .diajukan: "Diajukan"
        case .dikembalikan: "Dikembalikan untuk Perbaikan"
        case .terverifikasi: "Terverifikasi"
        case .dinilai: "Dinilai"
        case .diprioritaskan: "Diprioritaskan"
        case .ditolak: "Ditolak"
        }
    }

    /// The proposer may edit the content (draf, or returned for revision).
    public var dapatDisuntingPengusul: Bool { self == .draf || self == .dikembalikan }

    /// No action leads anywhere from here.
    public var final: Bool { self == .diprioritaskan || self == .ditolak }

    /// The status an action leads to, or `nil` when the table does not allow it.
    public func tujuan(_ aksi: AksiUsulan.Jenis) -> StatusUsulan? {
        switch (self, aksi) {
        case (.draf, .ajukan), (.dikembalikan, .ajukan): .diajukan
        case (.diajukan, .kembalikan): .dikembalikan
        case (.diajukan, .verifikasi): .terverifikasi
        case (.diajukan, .tarikKembali): .draf
        case (.diajukan, .tolak), (.terverifikasi, .tolak), (.dinilai, .tolak): .ditolak
        case (.terverifikasi, .nilai): .dinilai
        case (.dinilai, .prioritaskan): .diprioritaskan
        default: nil
        }
    }

    /// The actions allowed from this status, in declaration order (for the buttons a page shows).
    public var aksiSah: [AksiUsulan.Jenis] {
        AksiUsulan.Jenis.allCases.filter { tujuan($0) != nil }
    }

    /// Applies an action: the new status, or the refusal. A return needs a note (field `catatan`) and a
    /// rejection a reason (field `alasan`), each at most `AksiUsulan.panjangCatatanMaksimum` characters.
    public func terapkan(_ aksi: AksiUsulan) -> Result<StatusUsulan, KesalahanValidasi> {
        guard let baru = tujuan(aksi.jenis) else {
            return .failure(KesalahanValidasi(field: "status", pesan: penolakan(aksi.jenis)))
        }
        var p = Pemeriksa()
        switch aksi {
        case .kembalikan(let catatan):
            _ = Teks.bersihkan(
                catatan, field: "catatan", label: "Catatan pengembalian", wajib: true,
                maks: AksiUsulan.panjangCatatanMaksimum, banyakBaris: true, ke: &p)
        case .tolak(let alasan):
            _ = Teks.bersihkan(
                alasan, field: "alasan", label: "Alasan penolakan", wajib: true,
                maks: AksiUsulan.panjangCatatanMaksimum, banyakBaris: true, ke: &p)
        default:
            break
        }
        if !p.kesalahan.isEmpty { return .failure(KesalahanValidasi(p.kesalahan)) }
        return .success(baru)
    }

    /// Why `aksi` is refused from this status.
    private func penolakan(_ aksi: AksiUsulan.Jenis) -> String {
        let sudahDiverifikasi = self == .terverifikasi || self == .dinilai || self == .diprioritaskan
        switch aksi {
        case .ajukan:
            if self == .diajukan { return "Usulan sudah diajukan dan sedang menunggu verifikasi." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat diajukan lagi; buat usulan baru bila perlu." }
            return "Usulan yang sudah diverifikasi tidak dapat diajukan lagi."
        case .kembalikan:
            if self == .draf { return "Usulan yang masih draf belum diajukan, sehingga tidak dapat dikembalikan." }
            if self == .dikembalikan { return "Usulan sudah dikembalikan kepada pengusul dan belum diajukan kembali." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat dikembalikan." }
            return "Usulan yang sudah diverifikasi tidak dapat dikembalikan lagi."
        case .verifikasi:
            if sudahDiverifikasi { return "Usulan sudah diverifikasi." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat diverifikasi." }
            return "Usulan harus diajukan oleh pengusul sebelum dapat diverifikasi."
        case .nilai:
            if self == .dinilai || self == .diprioritaskan { return "Usulan sudah dinilai." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat dinilai." }
            return "Usulan harus diverifikasi terlebih dahulu sebelum dinilai."
        case .prioritaskan:
            if self == .diprioritaskan { return "Usulan sudah diprioritaskan." }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat diprioritaskan." }
            return "Usulan harus dinilai oleh TKKSD terlebih dahulu sebelum diprioritaskan."
        case .tolak:
            if self == .ditolak { return "Usulan sudah ditolak." }
            if self == .diprioritaskan { return "Usulan yang sudah diprioritaskan tidak dapat ditolak." }
            return "Usulan sedang berada pada pengusul (draf atau dikembalikan untuk perbaikan), sehingga tidak dapat ditolak."
        case .tarikKembali:
            if self == .draf { return "Usulan masih draf; tidak ada pengajuan yang dapat ditarik kembali." }
            if self == .dikembalikan {
                return "Usulan yang dikembalikan sudah berada pada pengusul; perbaiki lalu ajukan kembali."
            }
            if self == .ditolak { return "Usulan yang sudah ditolak tidak dapat ditarik kembali." }
            return "Usulan yang sudah diverifikasi tidak dapat ditarik kembali."
        }
    }
}

/// One step on a submission, by the proposer (ajukan, tarikKembali), the admin (kembalikan, verifikasi,
/// tolak) or the TKKSD process (nilai, prioritaskan). Who may do what is the server's authorization.
public enum AksiUsulan: Sendable, Codable, Hashable {
    /// Submit (first time or after revision).
    case ajukan
    /// Return to the proposer for revision, with a note saying what to fix.
    case kembalikan(catatan: String)
    /// Verified by the Bagian Kerja Sama / TKKSD secretariat: complete and within the mapping's scope.
    case verifikasi
    /// Scored by the TKKSD members.
    case nilai
    /// Set as a priority by the TKKSD.
    case prioritaskan
    /// Rejected, with the reason.
    case tolak(alasan: String)
    /// The proposer withdraws a submission that has not been verified yet; it goes back to draf.
    case tarikKembali

    /// The longest note or reason accepted.
    public static let panjangCatatanMaksimum = 2000

    /// The kind of action without its note.
    public enum Jenis: String, Sendable, Codable, CaseIterable, Hashable {
        case ajukan, kembalikan, verifikasi, nilai, prioritaskan, tolak, tarikKembali

        /// Button label.
        public var nama: String {
            switch self {
            case .ajukan: "Ajukan"
            case .kembalikan: "Kembalikan untuk Perbaikan"
            case .verifikasi: "Verifikasi"
            case .nilai: "Tandai Sudah Dinilai"
            case .prioritaskan: "Prioritaskan"
            case .tolak: "Tolak"
            case .tarikKembali: "Tarik Kembali"
            }
        }
    }

    public var jenis: Jenis {
        switch self {
        case .ajukan: .ajukan
        case .kembalikan: .kembalikan
        case .verifikasi: .verifikasi
        case .nilai: .nilai
        case .prioritaskan: .prioritaskan
        case .tolak: .tolak
        case .tarikKembali: .tarikKembali
        }
    }

    /// The note or reason, trimmed, for the history; `nil` for actions without one.
    public var keterangan: String? {
        switch self {
        case .kembalikan(let t), .tolak(let t): t.trimmingCharacters(in: .whitespacesAndNewlines)
        default: nil
        }
    }
}

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

// MARK: - The validated submission

/// One validated submission of a mapping round (ksd-rules.md §9.2 fields).
///
/// A draft may be incomplete: only `judul` is required, and every value that is given must be valid.
/// Submitting requires everything in `kekuranganUntukDiajukan`. Text is kept exactly as typed (trimmed):
/// a title like `=SUM(A1)` or `<b>` is just text; escaping is the job of each output (Leaf, XLSX, DOCX).
public struct UsulanPotensi: Sendable, Codable, Equatable, Hashable {
    public var jenis: JenisUsulan?
    public var judul: String
    public var deskripsi: String?
    /// Bidang urusan codes (validated against `KatalogUrusan`), without duplicates, in the order given.
    public var urusan: [String]
    /// Locations, without duplicates, in the order given. Shape only; the server checks that they exist.
    public var lokasi: [KodeWilayah]
    public var bentuk: BentukKegiatan
    public var sumberDayaDimiliki: String?
    public var sumberDayaDibutuhkan: String?
    /// Candidate partners (ids of partner records); the server checks they exist in the pemda.
    public var calonMitra: [UUID]
    /// Cross-border externality (eksternalitas lintas daerah, PP 28/2018 Pasal 3 ayat (2) + Penjelasan).
    public var eksternalitas: Bool
    /// Which daerah the externality reaches; required on submission when `eksternalitas`.
    public var eksternalitasDengan: String?
    public var manfaat: String?
    public var indikator: String?
    /// Estimated cost in sen (1/100 rupiah), never negative.
    public var perkiraanBiaya: Int64?
    public var sumberDana: SumberDana?
    /// Nomenclature code of the RPJMD/Renstra programme, kegiatan or sub-kegiatan supported.
    public var kodeProgram: String?
    public var namaProgram: String?
    public var pengecualian: PengecualianPerencanaan?
    public var alasanPengecualian: String?

    public init(
        jenis: JenisUsulan?, judul: String, deskripsi: String? = nil, urusan: [String] = [],
        lokasi: [KodeWilayah] = [], bentuk: BentukKegiatan = .belumDitentukan, sumberDayaDimiliki: String? = nil,
        sumberDayaDibutuhkan: String? = nil, calonMitra: [UUID] = [], eksternalitas: Bool = false,
        eksternalitasDengan: String? = nil, manfaat: String? = nil, indikator: String? = nil,
        perkiraanBiaya: Int64? = nil, sumberDana: SumberDana? = nil, kodeProgram: String? = nil,
        namaProgram: String? = nil, pengecualian: PengecualianPerencanaan? = nil, alasanPengecualian: String? = nil
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

    // MARK: Limits

    public static let panjangJudulMaksimum = 200
    public static let panjangDeskripsiMaksimum = 20_000
    public static let panjangSumberDayaMaksimum = 4000
    public static let panjangManfaatMaksimum = 2000
    public static let panjangIndikatorMaksimum = 2000
    public static let panjangEksternalitasMaksimum = 1000
    public static let panjangNamaProgramMaksimum = 500
    public static let panjangAlasanPengecualianMaksimum = 2000
    public static let jumlahLokasiMaksimum = 100
    public static let jumlahCalonMitraMaksimum = 50

    /// The bidang of `urusan`, in the same order.
    public var bidangUrusan: [BidangUrusan] { urusan.compactMap { KatalogUrusan.cari(kode: $0) } }

    /// The planning link, when one side of it is given (programme wins if both were, which `periksa` refuses).
    public var keterkaitanPerencanaan: KeterkaitanPerencanaan? {
        if let kodeProgram { return .program(kode: kodeProgram, nama: namaProgram) }
        if let pengecualian { return .pengecualian(pengecualian, alasan: alasanPengecualian) }
        return nil
    }

    // MARK: Validation

    /// Validates the raw form. With `untukDiajukan == false` (saving a draft) only `judul` is required;
    /// with `true` (submitting) everything listed in `kekuranganUntukDiajukan` must be present too. Every
    /// problem is reported at once, each naming its field; a missing field is not reported again when its
    /// value was already refused.
    public static func periksa(_ isian: IsianUsulan, untukDiajukan: Bool) throws(KesalahanValidasi) -> UsulanPotensi {
        var p = Pemeriksa()

        // jenis
        var jenis: JenisUsulan?
        if let t = isiTeks(isian.jenis) {
            jenis = JenisUsulan(rawValue: t.lowercased())
            if jenis == nil { p.tambah("jenis", "Jenis usulan tidak dikenal. Pilih isu, potensi, atau permasalahan.") }
        }

        let judul = Teks.bersihkan(
            isian.judul, field: "judul", label: "Judul", wajib: true, maks: panjangJudulMaksimum, ke: &p)
        let deskripsi = Teks.bersihkan(
            isian.deskripsi, field: "deskripsi", label: "Deskripsi", wajib: false, maks: panjangDeskripsiMaksimum,
            banyakBaris: true, ke: &p)

        // urusan
        var urusan: [String] = []
        for mentah in isian.urusan ?? [] {
            guard let t = isiTeks(mentah) else { continue }
            do throws(KesalahanValidasi) {
                let bidang = try KatalogUrusan.periksaKode(t, field: "urusan")
                if !urusan.contains(bidang.kode) { urusan.append(bidang.kode) }
            } catch {
                p.tambah("urusan", (error.daftar.first?.pesan ?? "Kode urusan tidak dikenal.") + " Pilih kode bidang urusan, misalnya 2.15 (Perhubungan).")
            }
        }

        // lokasi
        var lokasi: [KodeWilayah] = []
        for mentah in isian.lokasi ?? [] {
            guard let t = isiTeks(mentah) else { continue }
            if let kode = KodeWilayah(valid: t) {
                if !lokasi.contains(kode) { lokasi.append(kode) }
            } else {
                p.tambah(
                    "lokasi",
                    "Kode wilayah lokasi \"\(tampilan(t))\" tidak sah. Gunakan bentuk PP.KK, PP.KK.CC, atau PP.KK.CC.DDDD "
                        + "(hanya angka), misalnya 64.02.06.")
            }
        }
        if lokasi.count > jumlahLokasiMaksimum {
            p.tambah("lokasi", "Lokasi paling banyak \(jumlahLokasiMaksimum) kode wilayah.")
        }

        // bentuk
        var bentuk = BentukKegiatan.belumDitentukan
        if let t = isiTeks(isian.bentuk) {
            if let b = cocokkan(t, BentukKegiatan.self) {
                bentuk = b
            } else {
                p.tambah("bentuk", "Bentuk kegiatan tidak dikenal. Pilih salah satu bentuk yang tersedia.")
            }
        }

        let dimiliki = Teks.bersihkan(
            isian.sumberDayaDimiliki, field: "sumberDayaDimiliki", label: "Sumber daya yang dimiliki", wajib: false,
            maks: panjangSumberDayaMaksimum, banyakBaris: true, ke: &p)
        let dibutuhkan = Teks.bersihkan(
            isian.sumberDayaDibutuhkan, field: "sumberDayaDibutuhkan", label: "Sumber daya yang dibutuhkan",
            wajib: false, maks: panjangSumberDayaMaksimum, banyakBaris: true, ke: &p)

        // calonMitra
        var calonMitra: [UUID] = []
        for (i, mentah) in (isian.calonMitra ?? []).enumerated() {
            guard let t = isiTeks(mentah) else { continue }
            if let id = UUID(uuidString: t) {
                if !calonMitra.contains(id) { calonMitra.append(id) }
            } else {
                p.tambah("calonMitra", "Calon mitra ke-\(i + 1) tidak dikenal; pilih calon mitra dari daftar mitra.")
            }
        }
        if calonMitra.count > jumlahCalonMitraMaksimum {
            p.tambah("calonMitra", "Calon mitra paling banyak \(jumlahCalonMitraMaksimum).")
        }

        // eksternalitas
        var eksternalitas = false
        if let t = isiTeks(isian.eksternalitas) {
            switch t.lowercased() {
            case "ya", "y", "true", "1", "on", "yes": eksternalitas = true
            case "tidak", "t", "false", "0", "off", "no": eksternalitas = false
            default: p.tambah("eksternalitas", "Eksternalitas lintas daerah diisi ya atau tidak.")
            }
        }
        let eksternalitasDengan = Teks.bersihkan(
            isian.eksternalitasDengan, field: "eksternalitasDengan", label: "Daerah yang terkena eksternalitas",
            wajib: false, maks: panjangEksternalitasMaksimum, banyakBaris: true, ke: &p)

        let manfaat = Teks.bersihkan(
            isian.manfaat, field: "manfaat", label: "Manfaat yang diharapkan", wajib: false,
            maks: panjangManfaatMaksimum, banyakBaris: true, ke: &p)
        let indikator = Teks.bersihkan(
            isian.indikator, field: "indikator", label: "Indikator", wajib: false, maks: panjangIndikatorMaksimum,
            banyakBaris: true, ke: &p)

        // perkiraanBiaya
        var biaya: Int64?
        if let t = isiTeks(isian.perkiraanBiaya) {
            do throws(KesalahanValidasi) {
                let sen = try Rupiah.parse(t, field: "perkiraanBiaya")
                if sen < 0 {
                    p.tambah("perkiraanBiaya", "Perkiraan biaya tidak boleh negatif.")
                } else {
                    biaya = sen
                }
            } catch {
                p.tambah("perkiraanBiaya", "Perkiraan biaya tidak sah. " + (error.daftar.first?.pesan ?? ""))
            }
        }

        var sumberDana: SumberDana?
        if let t = isiTeks(isian.sumberDana) {
            sumberDana = cocokkan(t, SumberDana.self)
            if sumberDana == nil {
                p.tambah("sumberDana", "Sumber dana tidak dikenal. Pilih APBD, APBN, mitra, APBD dan mitra, atau lainnya.")
            }
        }

        // planning link
        var kodeProgram: String?
        if let t = isiTeks(isian.kodeProgram) {
            if KodeProgram.sah(t) {
                kodeProgram = t
            } else {
                p.tambah(
                    "kodeProgram",
                    "Kode program \"\(tampilan(t))\" tidak sah. Gunakan kode nomenklatur program, kegiatan, atau "
                        + "subkegiatan, misalnya 2.15.02 atau 2.15.02.2.01.0001.")
            }
        }
        let namaProgram = Teks.bersihkan(
            isian.namaProgram, field: "namaProgram", label: "Nama program", wajib: false,
            maks: panjangNamaProgramMaksimum, ke: &p)
        var pengecualian: PengecualianPerencanaan?
        if let t = isiTeks(isian.pengecualian) {
            pengecualian = cocokkan(t, PengecualianPerencanaan.self)
            if pengecualian == nil {
                p.tambah(
                    "pengecualian",
                    "Pengecualian tidak dikenal. Pilih keadaan darurat, program strategis nasional, atau tugas pembantuan.")
            }
        }
        let alasanPengecualian = Teks.bersihkan(
            isian.alasanPengecualian, field: "alasanPengecualian", label: "Alasan pengecualian", wajib: false,
            maks: panjangAlasanPengecualianMaksimum, banyakBaris: true, ke: &p)
        let adaProgram = isiTeks(isian.kodeProgram) != nil || isiTeks(isian.namaProgram) != nil
        let adaPengecualian = isiTeks(isian.pengecualian) != nil || isiTeks(isian.alasanPengecualian) != nil
        if adaProgram && adaPengecualian {
            p.tambah(
                "rujukanPerencanaan",
                "Isi salah satu saja: program dalam RPJMD/Renstra yang didukung, atau pengecualian (keadaan darurat, "
                    + "program strategis nasional, atau tugas pembantuan) (PP 28/2018 Pasal 4 ayat (2)–(3)).")
        }

        let usulan = UsulanPotensi(
            jenis: jenis, judul: judul ?? "", deskripsi: deskripsi, urusan: urusan, lokasi: lokasi, bentuk: bentuk,
            sumberDayaDimiliki: dimiliki, sumberDayaDibutuhkan: dibutuhkan, calonMitra: calonMitra,
            eksternalitas: eksternalitas, eksternalitasDengan: eksternalitasDengan, manfaat: manfaat,
            indikator: indikator, perkiraanBiaya: biaya, sumberDana: sumberDana, kodeProgram: kodeProgram,
            namaProgram: namaProgram, pengecualian: pengecualian, alasanPengecualian: alasanPengecualian)

        if untukDiajukan {
            let sudahDitolak = Set(p.kesalahan.map(\.field))
            for k in usulan.kekuranganUntukDiajukan where !sudahDitolak.contains(k.field) {
                // A refused programme/exception value already explains the planning link.
                if k.field == "rujukanPerencanaan"
                    && !sudahDitolak.isDisjoint(with: ["kodeProgram", "namaProgram", "pengecualian", "alasanPengecualian"])
                {
                    continue
                }
                p.tambah(k.field, k.pesan)
            }
        }
        try p.selesai()
        return usulan
    }

    /// What is still missing before this submission may be submitted (empty when complete), each with its
    /// field. The rules:
    ///
    /// - every kind: jenis, judul, deskripsi, at least one urusan and one lokasi, manfaat;
    /// - potensi: sumber daya yang dimiliki (a potential is what the daerah has, §9.2);
    /// - permasalahan: sumber daya yang dibutuhkan (what would solve the problem);
    /// - eksternalitas "ya": which daerah it reaches;
    /// - a programme needs both its code and name; an exception needs its reason;
    /// - potensi: a planning link is required — a programme, or an exception (PP 28/2018 Pasal 4 ayat (2)–(3),
    ///   Pasal 16 ayat (2)–(3)). Isu and permasalahan may be submitted without one: they are what the mapping
    ///   feeds *into* the RPJMD/RKPD (ksd-rules.md §3 "Mapping → plans"); they need it before they can be
    ///   prioritised (`kekuranganUntukDiprioritaskan`).
    public var kekuranganUntukDiajukan: [KesalahanIsian] {
        var k: [KesalahanIsian] = []
        func tambah(_ f: String, _ pesan: String) { k.append(KesalahanIsian(field: f, pesan: pesan)) }
        if jenis == nil { tambah("jenis", "Jenis usulan wajib dipilih: isu, potensi, atau permasalahan.") }
        if judul.isEmpty { tambah("judul", "Judul wajib diisi.") }
        if deskripsi == nil { tambah("deskripsi", "Deskripsi wajib diisi.") }
        if urusan.isEmpty { tambah("urusan", "Pilih paling sedikit satu urusan pemerintahan.") }
        if lokasi.isEmpty {
            tambah("lokasi", "Isi paling sedikit satu lokasi (kode wilayah kecamatan atau desa/kelurahan).")
        }
        if jenis == .potensi && sumberDayaDimiliki == nil {
            tambah("sumberDayaDimiliki", "Sumber daya yang dimiliki wajib diisi untuk usulan potensi.")
        }
        if jenis == .permasalahan && sumberDayaDibutuhkan == nil {
            tambah("sumberDayaDibutuhkan", "Sumber daya yang dibutuhkan wajib diisi untuk usulan permasalahan.")
        }
        if eksternalitas && eksternalitasDengan == nil {
            tambah("eksternalitasDengan", "Sebutkan daerah yang terkena eksternalitas lintas daerah.")
        }
        if manfaat == nil { tambah("manfaat", "Manfaat yang diharapkan wajib diisi.") }
        k.append(contentsOf: kekuranganPasanganPerencanaan)
        if jenis == .potensi && kodeProgram == nil && namaProgram == nil && pengecualian == nil
            && alasanPengecualian == nil
        {
            k.append(Self.kekuranganRujukan)
        }
        return k
    }

    /// What is missing before the TKKSD may prioritise this submission: a planning link for every kind
    /// (PP 28/2018 Pasal 4 ayat (2) and Pasal 16 ayat (2): priority objects are set on the basis of the
    /// regional development plan, unless an exception of ayat (3) applies).
    public var kekuranganUntukDiprioritaskan: [KesalahanIsian] {
        var k = kekuranganUntukDiajukan
        if jenis != .potensi && kodeProgram == nil && namaProgram == nil && pengecualian == nil
            && alasanPengecualian == nil
        {
            k.append(Self.kekuranganRujukan)
        }
        return k
    }

    /// Throws the problems of `kekuranganUntukDiprioritaskan`, if any.
    public func periksaSiapDiprioritaskan() throws(KesalahanValidasi) {
        let k = kekuranganUntukDiprioritaskan
        if !k.isEmpty { throw KesalahanValidasi(k) }
    }

    private var kekuranganPasanganPerencanaan: [KesalahanIsian] {
        var k: [KesalahanIsian] = []
        if kodeProgram != nil && namaProgram == nil {
            k.append(KesalahanIsian(field: "namaProgram", pesan: "Nama program wajib diisi bersama kodenya."))
        }
        if namaProgram != nil && kodeProgram == nil {
            k.append(KesalahanIsian(field: "kodeProgram", pesan: "Kode program wajib diisi bersama namanya."))
        }
        if pengecualian != nil && alasanPengecualian == nil {
            k.append(KesalahanIsian(field: "alasanPengecualian", pesan: "Alasan pengecualian wajib diisi."))
        }
        if alasanPengecualian != nil && pengecualian == nil {
            k.append(
                KesalahanIsian(
                    field: "pengecualian",
                    pesan: "Pilih jenis pengecualian: keadaan darurat, program strategis nasional, atau tugas pembantuan."))
        }
        return k
    }

    private static let kekuranganRujukan = KesalahanIsian(
        field: "rujukanPerencanaan",
        pesan: "Isi kode dan nama program RPJMD/Renstra yang didukung, atau pilih pengecualian (keadaan darurat, "
            + "program strategis nasional, atau tugas pembantuan) beserta alasannya: objek kerja sama ditetapkan "
            + "berdasarkan perencanaan pembangunan daerah (PP 28/2018 Pasal 4 ayat (2)–(3)).")

    /// The form filled with this submission's values (to edit it again). Amounts are written in the
    /// Indonesian style ("Rp1.250.000,00"), which `periksa` reads back.
    public var isian: IsianUsulan {
        IsianUsulan(
            jenis: jenis?.rawValue, judul: judul, deskripsi: deskripsi, urusan: urusan, lokasi: lokasi.map(\.nilai),
            bentuk: bentuk.rawValue, sumberDayaDimiliki: sumberDayaDimiliki, sumberDayaDibutuhkan: sumberDayaDibutuhkan,
            calonMitra: calonMitra.map(\.uuidString), eksternalitas: eksternalitas ? "ya" : "tidak",
            eksternalitasDengan: eksternalitasDengan, manfaat: manfaat, indikator: indikator,
            perkiraanBiaya: perkiraanBiaya.map { Rupiah.format($0) }, sumberDana: sumberDana?.rawValue,
            kodeProgram: kodeProgram, namaProgram: namaProgram, pengecualian: pengecualian?.rawValue,
            alasanPengecualian: alasanPengecualian)
    }

    // MARK: Helpers

    private static func isiTeks(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }

    /// Raw value, compared without case.
    private static func cocokkan<T: CaseIterable & RawRepresentable>(_ t: String, _: T.Type) -> T?
    where T.RawValue == String {
        let kecil = t.lowercased()
        return T.allCases.first { $0.rawValue.lowercased() == kecil }
    }

    /// A value echoed in a message: at most 20 characters, control characters removed.
    private static func tampilan(_ t: String) -> String {
        let bersih = String(String.UnicodeScalarView(t.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        return bersih.count > 20 ? String(bersih.prefix(20)) + "…" : bersih
    }
}

// MARK: - Programme codes

/// The shape of a nomenclature code for a programme, kegiatan or sub-kegiatan (ksd-rules.md §10.5):
/// `K.UU` (bidang), up to three more two-digit segments (programme, or an organisation combining bidang),
/// then optionally the level digit and a two-digit kegiatan, then optionally a four-digit sub-kegiatan.
/// Examples: `2.15.02`, `4.01.03.2.03`, `2.15.02.2.01.0001`. The first digit is 1–9. This checks the shape
/// only; whether the code exists in the current nomenclature is the reference data's business.
public enum KodeProgram {
    public static let panjangMaksimum = 40

    public static func sah(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty, t.utf8.count <= panjangMaksimum else { return false }
        let segmen = t.split(separator: ".", omittingEmptySubsequences: false)
        guard segmen.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return false }
        let n = segmen.map(\.utf8.count)
        guard n.count >= 2, n[0] == 1, segmen[0] != "0", n[1] == 2 else { return false }
        var i = 2
        var duaDigit = 0
        while i < n.count, n[i] == 2, duaDigit < 3 {
            i += 1
            duaDigit += 1
        }
        let sisa = Array(n[i...])
        return sisa == [] || sisa == [1, 2] || sisa == [1, 2, 4]
    }
}
