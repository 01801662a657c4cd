import Foundation

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
