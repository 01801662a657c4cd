import Foundation

/// Who fills an evaluation form (the three-party monev of SIKERJA, anchors.md A1, plus the admin's final word).
public enum PeranPenilai: String, Sendable, Codable, CaseIterable, Hashable {
    /// The implementing OPD (perangkat daerah pelaksana).
    case opd
    /// The partner's own officer.
    case mitra
    /// A member of the Tim Koordinasi Kerja Sama Daerah.
    case tkksd

    public var nama: String {
        switch self {
        case .opd: "Perangkat daerah pelaksana"
        case .mitra: "Mitra"
        case .tkksd: "TKKSD"
        }
    }
}

/// The recommendation of an evaluation (ksd-rules.md §8: continue / amend / renew / end).
public enum RekomendasiMonev: String, Sendable, Codable, CaseIterable, Hashable {
    case lanjutkan
    case adendum
    case perpanjang
    case akhiri

    public var nama: String {
        switch self {
        case .lanjutkan: "Lanjutkan"
        case .adendum: "Ubah (adendum)"
        case .perpanjang: "Perpanjang"
        case .akhiri: "Akhiri"
        }
    }
}

/// One item of the rubric.
public struct ButirRubrik: Sendable, Codable, Hashable {
    public enum Jenis: String, Sendable, Codable, Hashable {
        /// Rated 1–5 by each party.
        case skala
        /// Free text (problems and follow-up).
        case teks
        /// Derived from the cooperation's obligation items; not typed by anyone.
        case kewajiban
    }

    public var kode: String
    public var nama: String
    public var jenis: Jenis
    /// Weight of a `skala` item within a form (ignored for the others).
    public var bobot: Double

    public init(kode: String, nama: String, jenis: Jenis, bobot: Double = 1) {
        self.kode = kode
        self.nama = nama
        self.jenis = jenis
        self.bobot = bobot
    }
}

/// The evaluation rubric: versioned, editable by the admin; each evaluation period keeps the version it opened with.
public struct RubrikMonev: Sendable, Codable, Hashable {
    public var versi: Int
    public var butir: [ButirRubrik]

    public init(versi: Int, butir: [ButirRubrik]) {
        self.versi = versi
        self.butir = butir
    }

    /// The rated items.
    public var skala: [ButirRubrik] { butir.filter { $0.jenis == .skala } }

    /// The default rubric (ksd-rules.md §8 "Suggested evaluation fields"; SIKERJA's 1–5 rating).
    public static let bawaan = RubrikMonev(versi: 1, butir: [
        ButirRubrik(kode: "kewajiban", nama: "Kewajiban terpenuhi (dari butir hak dan kewajiban)", jenis: .kewajiban),
        ButirRubrik(kode: "output", nama: "Capaian output dan outcome terhadap target", jenis: .skala, bobot: 2),
        ButirRubrik(kode: "anggaran", nama: "Realisasi anggaran tiap pihak", jenis: .skala, bobot: 1),
        ButirRubrik(kode: "waktu", nama: "Ketepatan waktu pelaksanaan", jenis: .skala, bobot: 1),
        ButirRubrik(kode: "koordinasi", nama: "Kualitas koordinasi para pihak", jenis: .skala, bobot: 1),
        ButirRubrik(kode: "manfaat", nama: "Manfaat bagi pelayanan publik", jenis: .skala, bobot: 2),
        ButirRubrik(kode: "relevansi", nama: "Relevansi dengan RPJMD/Renstra", jenis: .skala, bobot: 1),
        ButirRubrik(kode: "permasalahan", nama: "Permasalahan dan tindak lanjut", jenis: .teks),
    ])

    /// Checks an edited rubric: unique codes, at least one rated item, weights 0.1–10.
    public func periksa() throws(KesalahanValidasi) {
        var v = Pemeriksa()
        let kode = butir.map(\.kode)
        if Set(kode).count != kode.count { v.tambah("butir", "Kode butir rubrik tidak boleh ganda.") }
        if skala.isEmpty { v.tambah("butir", "Rubrik memerlukan sekurang-kurangnya satu butir berskala 1–5.") }
        for b in skala where !(0.1...10).contains(b.bobot) {
            v.tambah("bobot_\(b.kode)", "Bobot \(b.nama) harus antara 0,1 dan 10.")
        }
        for b in butir where b.nama.trimmingCharacters(in: .whitespaces).isEmpty {
            v.tambah("nama_\(b.kode)", "Nama butir rubrik wajib diisi.")
        }
        try v.selesai()
    }
}

/// What one party typed in its form, as received (strings from a form or JSON).
public struct IsianMonev: Sendable, Codable, Hashable {
    /// Ratings by item code, e.g. ["output": "4"].
    public var nilai: [String: String]
    public var permasalahan: String?
    public var rekomendasi: String?
    public var catatan: String?

    public init(nilai: [String: String], permasalahan: String? = nil, rekomendasi: String? = nil, catatan: String? = nil) {
        self.nilai = nilai
        self.permasalahan = permasalahan
        self.rekomendasi = rekomendasi
        self.catatan = catatan
    }
}

/// One party's validated answers.
public struct JawabanMonev: Sendable, Codable, Hashable {
    public var nilai: [String: Int]
    public var permasalahan: String?
    public var rekomendasi: RekomendasiMonev
    public var catatan: String?

    public init(nilai: [String: Int], permasalahan: String? = nil, rekomendasi: RekomendasiMonev, catatan: String? = nil) {
        self.nilai = nilai
        self.permasalahan = permasalahan
        self.rekomendasi = rekomendasi
        self.catatan = catatan
    }

    /// Validates a form against the rubric: every rated item 1–5 (field `n_<kode>`), a recommendation,
    /// and the problems text (required when any item is rated 1 or 2).
    public static func periksa(_ isian: IsianMonev, rubrik: RubrikMonev) throws(KesalahanValidasi) -> JawabanMonev {
        var v = Pemeriksa()
        var nilai: [String: Int] = [:]
        for b in rubrik.skala {
            let t = (isian.nilai[b.kode] ?? "").trimmingCharacters(in: .whitespaces)
            if t.isEmpty {
                v.tambah("n_\(b.kode)", "Beri nilai 1–5 untuk \(b.nama).")
            } else if let n = Int(t), (1...5).contains(n) {
                nilai[b.kode] = n
            } else {
                v.tambah("n_\(b.kode)", "Nilai \(b.nama) harus bilangan bulat 1 sampai 5 (diisi: \(String(t.prefix(10)))).")
            }
        }
        let tak = Set(isian.nilai.keys).subtracting(rubrik.skala.map(\.kode))
        if let k = tak.sorted().first { v.tambah("n_\(k)", "Butir rubrik \"\(String(k.prefix(40)))\" tidak dikenal.") }
        let rek = (isian.rekomendasi ?? "").trimmingCharacters(in: .whitespaces)
        let rekomendasi = RekomendasiMonev(rawValue: rek)
        if rekomendasi == nil {
            v.tambah("rekomendasi", rek.isEmpty ? "Pilih rekomendasi: lanjutkan, ubah (adendum), perpanjang atau akhiri."
                                                : "Rekomendasi tidak dikenal; pilih lanjutkan, adendum, perpanjang atau akhiri.")
        }
        let masalah = Teks.bersihkan(isian.permasalahan, field: "permasalahan", label: "Permasalahan dan tindak lanjut", wajib: false,
                                     maks: 4000, banyakBaris: true, ke: &v)
        if masalah == nil, nilai.values.contains(where: { $0 <= 2 }), v.kesalahan.allSatisfy({ $0.field != "permasalahan" }) {
            v.tambah("permasalahan", "Uraikan permasalahan dan tindak lanjutnya bila ada butir bernilai 1 atau 2.")
        }
        let catatan = Teks.bersihkan(isian.catatan, field: "catatan", label: "Catatan", wajib: false, maks: 4000, banyakBaris: true, ke: &v)
        try v.selesai()
        return JawabanMonev(nilai: nilai, permasalahan: masalah, rekomendasi: rekomendasi!, catatan: catatan)
    }
}

/// The admin's closing assessment of one evaluation (1–5 and a recommendation).
public struct PenilaianAkhir: Sendable, Codable, Hashable {
    public var nilai: Int
    public var rekomendasi: RekomendasiMonev
    public var catatan: String?

    public init(nilai: Int, rekomendasi: RekomendasiMonev, catatan: String? = nil) {
        self.nilai = nilai
        self.rekomendasi = rekomendasi
        self.catatan = catatan
    }

    public static func periksa(nilai: String?, rekomendasi: String?, catatan: String?) throws(KesalahanValidasi) -> PenilaianAkhir {
        var v = Pemeriksa()
        let t = (nilai ?? "").trimmingCharacters(in: .whitespaces)
        let n = Int(t)
        if n == nil || !(1...5).contains(n!) { v.tambah("nilaiAkhir", "Penilaian akhir harus bilangan bulat 1 sampai 5.") }
        let r = RekomendasiMonev(rawValue: (rekomendasi ?? "").trimmingCharacters(in: .whitespaces))
        if r == nil { v.tambah("rekomendasi", "Pilih rekomendasi akhir: lanjutkan, ubah (adendum), perpanjang atau akhiri.") }
        let c = Teks.bersihkan(catatan, field: "catatan", label: "Catatan penilaian akhir", wajib: false, maks: 4000, banyakBaris: true, ke: &v)
        try v.selesai()
        return PenilaianAkhir(nilai: n!, rekomendasi: r!, catatan: c)
    }
}

/// An evaluation period's name and dates (end before start refused).
public struct RentangMonev: Sendable, Codable, Hashable {
    public var mulai: Tanggal
    public var selesai: Tanggal

    public init(mulai: String?, selesai: String?, fieldMulai: String = "mulai", fieldSelesai: String = "selesai") throws(KesalahanValidasi) {
        var v = Pemeriksa()
        let m = Tanggal(iso: (mulai ?? "").trimmingCharacters(in: .whitespaces))
        let s = Tanggal(iso: (selesai ?? "").trimmingCharacters(in: .whitespaces))
        if m == nil { v.tambah(fieldMulai, "Tanggal mulai wajib diisi dengan tanggal yang sah (TTTT-BB-HH).") }
        if s == nil { v.tambah(fieldSelesai, "Tanggal selesai wajib diisi dengan tanggal yang sah (TTTT-BB-HH).") }
        if let m, let s, s < m { v.tambah(fieldSelesai, "Tanggal selesai tidak boleh sebelum tanggal mulai (\(m.panjang)).") }
        try v.selesai()
        self.mulai = m!
        self.selesai = s!
    }

    public init(mulai: Tanggal, selesai: Tanggal) {
        self.mulai = mulai
        self.selesai = selesai
    }
}
