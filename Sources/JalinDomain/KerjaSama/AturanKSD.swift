import Foundation

/// How certain a rule is (ksd-rules.md §0).
public enum StatusSumber: String, Sendable, Codable, CaseIterable, Hashable {
    /// [V] verified against the text of the regulation.
    case terverifikasi = "V"
    /// [S] secondary: official pemda/Kemendagri page, another pemda's practice.
    case sekunder = "S"
    /// [U] unverified: must be checked against the official text.
    case belumDiverifikasi = "U"

    public var nama: String {
        switch self {
        case .terverifikasi: "Terverifikasi"
        case .sekunder: "Sumber sekunder"
        case .belumDiverifikasi: "Belum diverifikasi"
        }
    }
}

/// One editable rule value with the text of its source.
public struct ParameterAturan<Nilai: Sendable & Codable & Equatable>: Sendable, Codable, Equatable {
    public var nilai: Nilai
    /// Where the value comes from, for the admin screen and the audit trail.
    public var sumber: String
    public var status: StatusSumber

    public init(_ nilai: Nilai, sumber: String, status: StatusSumber) {
        self.nilai = nilai
        self.sumber = sumber
        self.status = status
    }
}

/// The editable rule data of one pemda: every rule that is [S] or [U] in ksd-rules.md, plus the
/// [V] time limit that an amendment could change. Stored as JSON per pemda; decoding fills any missing key
/// from `bawaan`, so stored configurations survive new parameters.
public struct AturanKSD: Sendable, Codable, Equatable {
    /// Label of this configuration (e.g. which regulation version it follows).
    public var versi: String
    /// Maximum term of a KSD document, in years. [S]
    public var jangkaWaktuMaksimumTahun: ParameterAturan<Int>
    /// DPRD time limit for the rencana KSDPL/KSDLL, in working days. [V]
    public var batasPersetujuanDPRDLNHariKerja: ParameterAturan<Int>
    /// DPRD time limit for KSDD/KSDPK, in working days; nil = no limit known. [U]
    public var batasPersetujuanDPRDKSDHariKerja: ParameterAturan<Int?>
    /// How many evaluations (monev) per year each active cooperation gets. [S]
    public var frekuensiMonevPerTahun: ParameterAturan<Int>
    /// Days before the end of an agreement on which reminders go out. [S]
    public var pengingatHariSebelumBerakhir: ParameterAturan<[Int]>
    /// A KAK must be recorded before leaving persiapan (KSDD, Sinergi). [S]
    public var wajibKAK: ParameterAturan<Bool>
    /// A surat penawaran must be recorded before leaving penawaran (KSDD, KSDPK, Sinergi). [S]
    public var wajibSuratPenawaran: ParameterAturan<Bool>
    /// Notice period for force majeure in PKS templates, in days. [S]
    public var pemberitahuanKeadaanKaharHari: ParameterAturan<Int>

    public init(
        versi: String,
        jangkaWaktuMaksimumTahun: ParameterAturan<Int>,
        batasPersetujuanDPRDLNHariKerja: ParameterAturan<Int>,
        batasPersetujuanDPRDKSDHariKerja: ParameterAturan<Int?>,
        frekuensiMonevPerTahun: ParameterAturan<Int>,
        pengingatHariSebelumBerakhir: ParameterAturan<[Int]>,
        wajibKAK: ParameterAturan<Bool>,
        wajibSuratPenawaran: ParameterAturan<Bool>,
        pemberitahuanKeadaanKaharHari: ParameterAturan<Int>
    ) {
        self.versi = versi
        self.jangkaWaktuMaksimumTahun = jangkaWaktuMaksimumTahun
        self.batasPersetujuanDPRDLNHariKerja = batasPersetujuanDPRDLNHariKerja
        self.batasPersetujuanDPRDKSDHariKerja = batasPersetujuanDPRDKSDHariKerja
        self.frekuensiMonevPerTahun = frekuensiMonevPerTahun
        self.pengingatHariSebelumBerakhir = pengingatHariSebelumBerakhir
        self.wajibKAK = wajibKAK
        self.wajibSuratPenawaran = wajibSuratPenawaran
        self.pemberitahuanKeadaanKaharHari = pemberitahuanKeadaanKaharHari
    }

    /// The default rules, compiled from ksd-rules.md (November 2026).
    public static let bawaan = AturanKSD(
        versi: "Bawaan Jalin (ksd-rules.md, November 2026)",
        jangkaWaktuMaksimumTahun: ParameterAturan(
            5,
            sumber: "[S] praktik Yogyakarta dan Samarinda (format KAK: \"maksimal 5 tahun\"); pasal Permendagri "
                + "22/2020 belum diverifikasi",
            status: .sekunder),
        batasPersetujuanDPRDLNHariKerja: ParameterAturan(
            45,
            sumber: "[V] PP 28/2018 Pasal 30 ayat (4)",
            status: .terverifikasi),
        batasPersetujuanDPRDKSDHariKerja: ParameterAturan(
            nil,
            sumber: "[U] tidak ditemukan dalam PP 28/2018; PP 50/2007 (dicabut) memakai 45 hari kerja; "
                + "Permendagri 22/2020 belum diverifikasi",
            status: .belumDiverifikasi),
        frekuensiMonevPerTahun: ParameterAturan(
            2,
            sumber: "[S] praktik Pemerintah Kota Yogyakarta: evaluasi paling sedikit dua kali setahun (bukan ketentuan "
                + "peraturan)",
            status: .sekunder),
        pengingatHariSebelumBerakhir: ParameterAturan(
            [90, 60, 30, 7, 0],
            sumber: "[S] praktik SIKERJA Samarinda (pengingat 3 bulan sebelum berakhir) dan kebutuhan Kukar "
                + "(skenario C)",
            status: .sekunder),
        wajibKAK: ParameterAturan(
            true,
            sumber: "[S] praktik Yogyakarta dan Samarinda (KAK pada tahap persiapan KSDD dan Sinergi); tahap persiapan "
                + "[V] PP 28/2018 Pasal 6 ayat (1) huruf a",
            status: .sekunder),
        wajibSuratPenawaran: ParameterAturan(
            true,
            sumber: "[S] format surat penawaran Samarinda dan Yogyakarta; tahap penawaran [V] PP 28/2018 Pasal 6 ayat (1) "
                + "huruf b",
            status: .sekunder),
        pemberitahuanKeadaanKaharHari: ParameterAturan(
            14,
            sumber: "[S] templat PKS Kota Makassar",
            status: .sekunder))

    // MARK: - Validation of the configuration

    /// Checks the values an admin typed; errors name the parameter.
    public func periksa() throws(KesalahanValidasi) {
        var p = Pemeriksa()
        if versi.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            p.tambah("versi", "Versi aturan wajib diisi.")
        }
        if !(1...100).contains(jangkaWaktuMaksimumTahun.nilai) {
            p.tambah("jangkaWaktuMaksimumTahun", "Jangka waktu maksimum harus antara 1 dan 100 tahun.")
        }
        if !(1...365).contains(batasPersetujuanDPRDLNHariKerja.nilai) {
            p.tambah("batasPersetujuanDPRDLNHariKerja", "Batas waktu persetujuan DPRD harus antara 1 dan 365 hari kerja.")
        }
        if let hari = batasPersetujuanDPRDKSDHariKerja.nilai, !(1...365).contains(hari) {
            p.tambah(
                "batasPersetujuanDPRDKSDHariKerja",
                "Batas waktu persetujuan DPRD harus antara 1 dan 365 hari kerja, atau dikosongkan.")
        }
        if !(1...12).contains(frekuensiMonevPerTahun.nilai) {
            p.tambah("frekuensiMonevPerTahun", "Frekuensi monitoring dan evaluasi harus antara 1 dan 12 kali setahun.")
        }
        let pengingat = pengingatHariSebelumBerakhir.nilai
        if pengingat.isEmpty {
            p.tambah("pengingatHariSebelumBerakhir", "Isi paling sedikit satu hari pengingat.")
        } else if pengingat.contains(where: { !(0...3650).contains($0) }) {
            p.tambah("pengingatHariSebelumBerakhir", "Setiap hari pengingat harus antara 0 dan 3650 hari.")
        } else if Set(pengingat).count != pengingat.count {
            p.tambah("pengingatHariSebelumBerakhir", "Hari pengingat tidak boleh berulang.")
        }
        if !(1...365).contains(pemberitahuanKeadaanKaharHari.nilai) {
            p.tambah("pemberitahuanKeadaanKaharHari", "Jangka waktu pemberitahuan keadaan kahar harus antara 1 dan 365 hari.")
        }
        for (field, sumber) in [
            ("jangkaWaktuMaksimumTahun", jangkaWaktuMaksimumTahun.sumber),
            ("batasPersetujuanDPRDLNHariKerja", batasPersetujuanDPRDLNHariKerja.sumber),
            ("batasPersetujuanDPRDKSDHariKerja", batasPersetujuanDPRDKSDHariKerja.sumber),
            ("frekuensiMonevPerTahun", frekuensiMonevPerTahun.sumber),
            ("pengingatHariSebelumBerakhir", pengingatHariSebelumBerakhir.sumber),
            ("wajibKAK", wajibKAK.sumber),
            ("wajibSuratPenawaran", wajibSuratPenawaran.sumber),
            ("pemberitahuanKeadaanKaharHari", pemberitahuanKeadaanKaharHari.sumber),
        ] where sumber.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            p.tambah(field, "Sumber aturan wajib diisi.")
        }
        try p.selesai()
    }

    /// The reminder days, largest first, without duplicates.
    public var hariPengingatTerurut: [Int] {
        Array(Set(pengingatHariSebelumBerakhir.nilai)).sorted(by: >)
    }

    // MARK: - Term check

    /// Checks the term of an agreement: both dates present, the end after the start, and — for KSD
    /// kinds — the end no later than the start plus `jangkaWaktuMaksimumTahun` years. Kerja sama desa has
    /// no statutory maximum (PP 43/2014 Pasal 143 ayat (4) huruf d only requires a term), and kemitraan
    /// lain follows its own rules; for them only the order of the dates is checked.
    ///
    /// Errors name the fields `tanggalMulai` and `tanggalBerakhir`.
    public static func periksaJangkaWaktu(
        mulai: Tanggal?, selesai: Tanggal?, jenis: JenisKerjaSama? = nil, aturan: AturanKSD = .bawaan
    ) throws(KesalahanValidasi) {
        var p = Pemeriksa()
        if mulai == nil { p.tambah("tanggalMulai", "Tanggal mulai berlaku wajib diisi.") }
        if selesai == nil { p.tambah("tanggalBerakhir", "Tanggal berakhir wajib diisi.") }
        guard let mulai, let selesai else { try p.selesai(); return }
        if selesai <= mulai {
            p.tambah("tanggalBerakhir", "Tanggal berakhir harus sesudah tanggal mulai berlaku (\(mulai.panjang)).")
            try p.selesai()
        }
        let berlakuBatas = jenis.map { $0.dijalankanSiklus && !$0.isDesa } ?? true
        let tahun = aturan.jangkaWaktuMaksimumTahun.nilai
        // Years beyond Tanggal's range cannot be reached by `selesai`, so there is nothing to check.
        if berlakuBatas, tahun >= 0, mulai.tahun + tahun <= Tanggal.tahunTerbesar {
            let batas = mulai.tambahTahun(tahun)
            if selesai > batas {
                p.tambah(
                    "tanggalBerakhir",
                    "Jangka waktu kerja sama paling lama \(tahun) tahun, yaitu sampai dengan \(batas.panjang); "
                        + "perpanjangan dilakukan dengan kesepakatan baru (sumber: \(aturan.jangkaWaktuMaksimumTahun.sumber)).")
            }
        }
        try p.selesai()
    }

    // MARK: - Codable (tolerant: missing keys take the default)

    private enum CodingKeys: String, CodingKey {
        case versi, jangkaWaktuMaksimumTahun, batasPersetujuanDPRDLNHariKerja, batasPersetujuanDPRDKSDHariKerja,
            frekuensiMonevPerTahun, pengingatHariSebelumBerakhir, wajibKAK, wajibSuratPenawaran,
            pemberitahuanKeadaanKaharHari
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let b = AturanKSD.bawaan
        versi = try c.decodeIfPresent(String.self, forKey: .versi) ?? b.versi
        jangkaWaktuMaksimumTahun =
            try c.decodeIfPresent(ParameterAturan<Int>.self, forKey: .jangkaWaktuMaksimumTahun)
            ?? b.jangkaWaktuMaksimumTahun
        batasPersetujuanDPRDLNHariKerja =
            try c.decodeIfPresent(ParameterAturan<Int>.self, forKey: .batasPersetujuanDPRDLNHariKerja)
            ?? b.batasPersetujuanDPRDLNHariKerja
        batasPersetujuanDPRDKSDHariKerja =
            try c.decodeIfPresent(ParameterAturan<Int?>.self, forKey: .batasPersetujuanDPRDKSDHariKerja)
            ?? b.batasPersetujuanDPRDKSDHariKerja
        frekuensiMonevPerTahun =
            try c.decodeIfPresent(ParameterAturan<Int>.self, forKey: .frekuensiMonevPerTahun)
            ?? b.frekuensiMonevPerTahun
        pengingatHariSebelumBerakhir =
            try c.decodeIfPresent(ParameterAturan<[Int]>.self, forKey: .pengingatHariSebelumBerakhir)
            ?? b.pengingatHariSebelumBerakhir
        wajibKAK = try c.decodeIfPresent(ParameterAturan<Bool>.self, forKey: .wajibKAK) ?? b.wajibKAK
        wajibSuratPenawaran =
            try c.decodeIfPresent(ParameterAturan<Bool>.self, forKey: .wajibSuratPenawaran) ?? b.wajibSuratPenawaran
        pemberitahuanKeadaanKaharHari =
            try c.decodeIfPresent(ParameterAturan<Int>.self, forKey: .pemberitahuanKeadaanKaharHari)
            ?? b.pemberitahuanKeadaanKaharHari
    }
}
