import Foundation

// MARK: - Partners and borders

/// A candidate partner as the eligibility screen sees it.
public struct ProfilMitra: Sendable, Codable, Hashable {
    public var id: UUID
    public var jenis: JenisMitra
    /// Kemendagri code for daerah and desa partners; `nil` for the others (and for Otorita IKN, which has
    /// no entry in the kode wilayah list, ksd-rules.md §11).
    public var kodeWilayah: KodeWilayah?
    public var nama: String

    public init(id: UUID, jenis: JenisMitra, kodeWilayah: KodeWilayah? = nil, nama: String) {
        self.id = id
        self.jenis = jenis
        self.kodeWilayah = kodeWilayah
        self.nama = nama
    }
}

/// The kecamatan of Kabupaten Kutai Kartanegara that border the Ibu Kota Nusantara: UU 21/2023 Pasal 6
/// ayat (2) names Loa Kulu, Loa Janan and Sanga-Sanga (ksd-rules.md §12.1). [V] Data, not logic: a
/// `PetaBatas` takes any list, and this is its default.
public enum BatasOtoritaIKN {
    public static let kecamatan: [String] = ["64.02.02", "64.02.03", "64.02.15"]
    public static let nama: [String: String] = [
        "64.02.02": "Kecamatan Loa Kulu",
        "64.02.03": "Kecamatan Loa Janan",
        "64.02.15": "Kecamatan Sanga-Sanga",
    ]
    public static let dasarHukum = "UU 21/2023 Pasal 6 ayat (2)"

    /// `kecamatan` as codes.
    public static var kode: [KodeWilayah] { kecamatan.compactMap { KodeWilayah(valid: $0) } }

    /// `nama` keyed by code.
    public static var namaMenurutKode: [KodeWilayah: String] {
        var h: [KodeWilayah: String] = [:]
        for (k, v) in nama { if let kode = KodeWilayah(valid: k) { h[kode] = v } }
        return h
    }
}

/// Two regions that share a border.
public struct PasanganWilayah: Sendable, Codable, Hashable {
    public var a: KodeWilayah
    public var b: KodeWilayah

    public init(_ a: KodeWilayah, _ b: KodeWilayah) {
        self.a = a
        self.b = b
    }
}

/// Which regions share a border, as data.
///
/// Pairs may be given at any level. A border between two regions is also a border between their
/// ancestors (Loa Janan–Sepaku makes Kutai Kartanegara–Penajam Paser Utara bordering), except where one
/// contains the other. A region does not inherit the borders of its parent. `batasIKN` lists the regions
/// that border the Ibu Kota Nusantara (which has no kode wilayah); their ancestors border it too.
public struct PetaBatas: Sendable, Codable, Equatable {
    /// The pairs as given, each ordered (a < b), sorted, without duplicates.
    public let pasangan: [PasanganWilayah]
    /// Regions bordering IKN, sorted.
    public let batasIKN: [KodeWilayah]
    private let tetangga: [KodeWilayah: Set<KodeWilayah>]
    private let sekitarIKN: Set<KodeWilayah>

    public init(pasangan: [PasanganWilayah] = [], batasIKN: [KodeWilayah] = BatasOtoritaIKN.kode) {
        var unik = Set<PasanganWilayah>()
        for p in pasangan where p.a != p.b {
            unik.insert(p.a < p.b ? p : PasanganWilayah(p.b, p.a))
        }
        self.pasangan = unik.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        var t: [KodeWilayah: Set<KodeWilayah>] = [:]
        for p in self.pasangan {
            let kiri = [p.a] + p.a.leluhur
            let kanan = [p.b] + p.b.leluhur
            for x in kiri {
                for y in kanan where x != y && !x.mengandung(y) && !y.mengandung(x) {
                    t[x, default: []].insert(y)
                    t[y, default: []].insert(x)
                }
            }
        }
        tetangga = t
        let ikn = Array(Set(batasIKN)).sorted()
        self.batasIKN = ikn
        sekitarIKN = Set(ikn.flatMap { [$0] + $0.leluhur })
    }

    /// From dotted codes, e.g. `[("64.02.03", "64.09.04")]`; malformed codes are skipped.
    public init(pasanganKode: [(String, String)], batasIKN: [String] = BatasOtoritaIKN.kecamatan) {
        self.init(
            pasangan: pasanganKode.compactMap { a, b in
                guard let x = KodeWilayah(valid: a), let y = KodeWilayah(valid: b) else { return nil }
                return PasanganWilayah(x, y)
            },
            batasIKN: batasIKN.compactMap { KodeWilayah(valid: $0) })
    }

    /// No bordering pairs; IKN's default borders.
    public static let kosong = PetaBatas()

    /// `a` and `b` share a border (directly, or through the regions inside them).
    public func berbatasan(_ a: KodeWilayah, _ b: KodeWilayah) -> Bool {
        tetangga[a]?.contains(b) ?? false
    }

    /// `a` is, or contains, a region that borders IKN.
    public func berbatasanDenganIKN(_ a: KodeWilayah) -> Bool {
        sekitarIKN.contains(a)
    }

    /// The regions bordering IKN that are `a` or lie in `a`, sorted.
    public func batasIKN(dalam a: KodeWilayah) -> [KodeWilayah] {
        batasIKN.filter { $0 == a || a.mengandung($0) }
    }

    private enum CodingKeys: String, CodingKey { case pasangan, batasIKN }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            pasangan: try c.decodeIfPresent([PasanganWilayah].self, forKey: .pasangan) ?? [],
            batasIKN: try c.decodeIfPresent([KodeWilayah].self, forKey: .batasIKN) ?? BatasOtoritaIKN.kode)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(pasangan, forKey: .pasangan)
        try c.encode(batasIKN, forKey: .batasIKN)
    }

    public static func == (l: PetaBatas, r: PetaBatas) -> Bool {
        l.pasangan == r.pasangan && l.batasIKN == r.batasIKN
    }
}

// MARK: - Editable rules

/// Where one non-KSD form goes instead.
public struct RuteBukanKSD: Sendable, Codable, Equatable, Hashable {
    public var bentuk: BentukKegiatan
    /// Why it is not KSD, one clause in Bahasa Indonesia.
    public var keterangan: String
    /// The rule it follows instead.
    public var dasarHukum: String
    public var status: StatusSumber

    public init(bentuk: BentukKegiatan, keterangan: String, dasarHukum: String, status: StatusSumber) {
        self.bentuk = bentuk
        self.keterangan = keterangan
        self.dasarHukum = dasarHukum
        self.status = status
    }
}

/// The editable part of the eligibility screen: everything that is [S] or [U] in ksd-rules.md or an
/// interpretation of ours. Stored as JSON per pemda; missing keys take the default.
public struct AturanKelayakan: Sendable, Codable, Equatable {
    public var versi: String
    /// Forms of activity that are not KSD, with their routing (ksd-rules.md §2.5, §9.2). [S]
    public var bukanKSD: [RuteBukanKSD]
    /// Cooperation with Otorita IKN is flagged for consultation with Bagian Hukum / Kemendagri (§12.3). [U]
    public var otoritaIKNPerluKonsultasiHukum: ParameterAturan<Bool>
    /// A provinsi and a kabupaten/kota inside it count as bordering for the wajib test: UU 23/2014 Pasal 364
    /// ayat (2) lists "provinsi dengan kabupaten/kota dalam wilayahnya" among the wajib combinations. [U]
    public var provinsiBerbatasanDenganKabKotaDiWilayahnya: ParameterAturan<Bool>
    /// Bidang urusan that sit mostly with the provinsi, so a kabupaten/kota object may be outside its
    /// authority (ksd-rules.md §10.3 note; PP 28/2018 Pasal 4 ayat (1)). [U]
    public var urusanKewenanganTerbatasKabKota: ParameterAturan<[String]>

    public init(
        versi: String, bukanKSD: [RuteBukanKSD], otoritaIKNPerluKonsultasiHukum: ParameterAturan<Bool>,
        provinsiBerbatasanDenganKabKotaDiWilayahnya: ParameterAturan<Bool>,
        urusanKewenanganTerbatasKabKota: ParameterAturan<[String]>
    ) {
        self.versi = versi
        self.bukanKSD = bukanKSD
        self.otoritaIKNPerluKonsultasiHukum = otoritaIKNPerluKonsultasiHukum
        self.provinsiBerbatasanDenganKabKotaDiWilayahnya = provinsiBerbatasanDenganKabKotaDiWilayahnya
        self.urusanKewenanganTerbatasKabKota = urusanKewenanganTerbatasKabKota
    }

    public static let bawaan = AturanKelayakan(
        versi: "Bawaan Jalin (ksd-rules.md, November 2026)",
        bukanKSD: [
            RuteBukanKSD(
                bentuk: .pengadaanBarangJasa,
                keterangan: "pengadaan barang/jasa adalah pembelian oleh perangkat daerah melalui penyedia, bukan "
                    + "kerja sama untuk melaksanakan urusan pemerintahan bersama mitra",
                dasarHukum: BentukKegiatan.pengadaanBarangJasa.dasarHukumBawaan!, status: .sekunder),
            RuteBukanKSD(
                bentuk: .swakelola,
                keterangan: "swakelola adalah pekerjaan yang direncanakan, dikerjakan, dan diawasi sendiri oleh "
                    + "perangkat daerah (pengaturan internal), bukan kerja sama dengan pihak lain",
                dasarHukum: BentukKegiatan.swakelola.dasarHukumBawaan!, status: .sekunder),
            RuteBukanKSD(
                bentuk: .hibah,
                keterangan: "hibah adalah pemberian uang, barang, atau jasa oleh atau kepada pemerintah daerah, "
                    + "bukan kerja sama daerah",
                dasarHukum: BentukKegiatan.hibah.dasarHukumBawaan!, status: .sekunder),
            RuteBukanKSD(
                bentuk: .pemanfaatanBMD,
                keterangan: "pemanfaatan barang milik daerah (sewa, pinjam pakai, kerja sama pemanfaatan, bangun "
                    + "guna serah/bangun serah guna, kerja sama penyediaan infrastruktur) mengikuti peraturan "
                    + "pengelolaan barang milik daerah, bukan PP 28/2018",
                dasarHukum: BentukKegiatan.pemanfaatanBMD.dasarHukumBawaan!, status: .sekunder),
            RuteBukanKSD(
                bentuk: .kpbu,
                keterangan: "kerja sama pemerintah dengan badan usaha dalam penyediaan infrastruktur mengikuti "
                    + "peraturan KPBU, bukan tahapan PP 28/2018",
                dasarHukum: BentukKegiatan.kpbu.dasarHukumBawaan!, status: .sekunder),
        ],
        otoritaIKNPerluKonsultasiHukum: ParameterAturan(
            true,
            sumber: "[U] ksd-rules.md §12.3: PP 28/2018 tidak menyebut Otorita IKN; UU 21/2023 Pasal 42 ayat (1) "
                + "huruf b; PP 27/2023 Pasal 8–10",
            status: .belumDiverifikasi),
        provinsiBerbatasanDenganKabKotaDiWilayahnya: ParameterAturan(
            true,
            sumber: "[U] tafsiran atas UU 23/2014 Pasal 364 ayat (2) huruf b (provinsi dengan kabupaten/kota dalam "
                + "wilayahnya sebagai kerja sama wajib)",
            status: .belumDiverifikasi),
        urusanKewenanganTerbatasKabKota: ParameterAturan(
            ["3.28", "3.29"],
            sumber: "[U] lampiran UU 23/2014 (kehutanan dan energi dan sumber daya mineral sebagian besar "
                + "kewenangan provinsi); ksd-rules.md §10.3",
            status: .belumDiverifikasi))

    /// The routing of a form, when the rules count it as non-KSD.
    public func rute(untuk bentuk: BentukKegiatan) -> RuteBukanKSD? {
        bukanKSD.first { $0.bentuk == bentuk }
    }

    /// Checks an edited configuration; errors name the parameter.
    public func periksa() throws(KesalahanValidasi) {
        var p = Pemeriksa()
        if versi.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            p.tambah("versi", "Versi aturan wajib diisi.")
        }
        var terpakai = Set<BentukKegiatan>()
        for (i, r) in bukanKSD.enumerated() {
            if !r.bentuk.jenisMitraSesuai.isEmpty || r.bentuk == .belumDitentukan {
                p.tambah(
                    "bukanKSD[\(i)].bentuk",
                    "\(r.bentuk.nama) adalah bentuk kerja sama yang dijalankan Jalin dan tidak dapat dinyatakan bukan KSD.")
            }
            if !terpakai.insert(r.bentuk).inserted {
                p.tambah("bukanKSD[\(i)].bentuk", "\(r.bentuk.nama) sudah tercantum.")
            }
            if r.keterangan.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                p.tambah("bukanKSD[\(i)].keterangan", "Keterangan wajib diisi.")
            }
            if r.dasarHukum.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                p.tambah("bukanKSD[\(i)].dasarHukum", "Dasar hukum wajib diisi.")
            }
        }
        for k in urusanKewenanganTerbatasKabKota.nilai where KatalogUrusan.cari(kode: k) == nil {
            p.tambah("urusanKewenanganTerbatasKabKota", "Kode urusan \(k) tidak dikenal.")
        }
        try p.selesai()
    }

    private enum CodingKeys: String, CodingKey {
        case versi, bukanKSD, otoritaIKNPerluKonsultasiHukum, provinsiBerbatasanDenganKabKotaDiWilayahnya,
            urusanKewenanganTerbatasKabKota
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let b = AturanKelayakan.bawaan
        versi = try c.decodeIfPresent(String.self, forKey: .versi) ?? b.versi
        bukanKSD = try c.decodeIfPresent([RuteBukanKSD].self, forKey: .bukanKSD) ?? b.bukanKSD
        otoritaIKNPerluKonsultasiHukum =
            try c.decodeIfPresent(ParameterAturan<Bool>.self, forKey: .otoritaIKNPerluKonsultasiHukum)
            ?? b.otoritaIKNPerluKonsultasiHukum
        provinsiBerbatasanDenganKabKotaDiWilayahnya =
            try c.decodeIfPresent(ParameterAturan<Bool>.self, forKey: .provinsiBerbatasanDenganKabKotaDiWilayahnya)
            ?? b.provinsiBerbatasanDenganKabKotaDiWilayahnya
        urusanKewenanganTerbatasKabKota =
            try c.decodeIfPresent(ParameterAturan<[String]>.self, forKey: .urusanKewenanganTerbatasKabKota)
            ?? b.urusanKewenanganTerbatasKabKota
    }
}

// MARK: - Verdicts

/// The verdict of the eligibility screen for one partner, or overall.
///
/// `ksd` is `true` when the activity is a cooperation that Jalin's lifecycle runs — a KSD of PP 28/2018,
/// a Sinergi (PP 28/2018 Pasal 46) or a kerja sama desa (UU 6/2014 Pasal 91–93); `false` when it is not a
/// cooperation of those regimes ("bukan KSD"); `nil` when it cannot be decided yet (no partner, a partner
/// that cannot be a party, a missing code).
public struct HasilKelayakan: Sendable, Codable, Equatable, Hashable {
    public var ksd: Bool?
    /// The kind, when it is settled.
    public var jenis: JenisKerjaSama?
    /// The kinds to choose from when `jenis` is not settled (Otorita IKN: a KSDD-like agreement or a
    /// Sinergi, per object; a daerah without a code: wajib or sukarela). Empty otherwise.
    public var pilihanJenis: [JenisKerjaSama]
    public var alasan: String
    public var dasarHukum: String
    public var catatan: [String]
    public var perluKonsultasiHukum: Bool
    /// Whether DPRD approval would be needed, when it can be computed (always for luar negeri; from
    /// `PenilaianDPRD` for KSDD/KSDPK and Otorita IKN; never for desa and Sinergi). `nil` when unknown.
    public var persetujuanDPRD: PersetujuanDPRD.Keputusan?

    public init(
        ksd: Bool?, jenis: JenisKerjaSama?, pilihanJenis: [JenisKerjaSama] = [], alasan: String, dasarHukum: String,
        catatan: [String] = [], perluKonsultasiHukum: Bool = false, persetujuanDPRD: PersetujuanDPRD.Keputusan? = nil
    ) {
        self.ksd = ksd
        self.jenis = jenis
        self.pilihanJenis = pilihanJenis
        self.alasan = alasan
        self.dasarHukum = dasarHukum
        self.catatan = catatan
        self.perluKonsultasiHukum = perluKonsultasiHukum
        self.persetujuanDPRD = persetujuanDPRD
    }

    /// A short label for lists: "KSDD Wajib", "KSDD Sukarela atau Sinergi", "Bukan KSD", "Belum dapat ditentukan".
    public var label: String {
        if let jenis { return jenis == .kemitraanLain ? "Bukan KSD" : jenis.singkatan }
        switch ksd {
        case nil: return "Belum dapat ditentukan"
        case false?: return "Bukan KSD"
        case true?:
            return pilihanJenis.isEmpty ? "KSD (jenis belum ditentukan)" : pilihanJenis.map(\.singkatan).joined(separator: " atau ")
        }
    }
}

/// The verdict for one partner.
public struct KelayakanMitra: Sendable, Codable, Equatable, Hashable {
    public var mitra: ProfilMitra
    public var hasil: HasilKelayakan

    public init(mitra: ProfilMitra, hasil: HasilKelayakan) {
        self.mitra = mitra
        self.hasil = hasil
    }
}

/// The screen's answer: the overall verdict and one per partner, in the order the partners were given.
public struct HasilPenyaringan: Sendable, Codable, Equatable, Hashable {
    public var keseluruhan: HasilKelayakan
    public var perMitra: [KelayakanMitra]

    public init(keseluruhan: HasilKelayakan, perMitra: [KelayakanMitra]) {
        self.keseluruhan = keseluruhan
        self.perMitra = perMitra
    }
}

/// What the screen looks at.
public struct MasukanKelayakan: Sendable {
    public var bentuk: BentukKegiatan
    public var eksternalitas: Bool
    public var urusan: [String]
    public var lokasi: [KodeWilayah]
    /// The kind of unit that proposes.
    public var unit: JenisUnit
    /// The proposing daerah (kabupaten/kota or provinsi), e.g. 64.02.
    public var kodePemda: KodeWilayah
    public var mitra: [ProfilMitra]
    public var batas: PetaBatas
    /// The facts for the DPRD flag, if known.
    public var penilaianDPRD: PenilaianDPRD?
    /// Display names of regions, e.g. 64.02.03 → "Kecamatan Loa Janan" (the IKN kecamatan are known by default).
    public var namaWilayah: [KodeWilayah: String]

    public init(
        bentuk: BentukKegiatan, eksternalitas: Bool, urusan: [String] = [], lokasi: [KodeWilayah] = [],
        unit: JenisUnit, kodePemda: KodeWilayah, mitra: [ProfilMitra], batas: PetaBatas = .kosong,
        penilaianDPRD: PenilaianDPRD? = nil, namaWilayah: [KodeWilayah: String] = [:]
    ) {
        self.bentuk = bentuk
        self.eksternalitas = eksternalitas
        self.urusan = urusan
        self.lokasi = lokasi
        self.unit = unit
        self.kodePemda = kodePemda
        self.mitra = mitra
        self.batas = batas
        self.penilaianDPRD = penilaianDPRD
        self.namaWilayah = namaWilayah
    }

    /// From a (possibly draft) submission.
    public init(
        usulan: UsulanPotensi, unit: JenisUnit, kodePemda: KodeWilayah, mitra: [ProfilMitra],
        batas: PetaBatas = .kosong, penilaianDPRD: PenilaianDPRD? = nil, namaWilayah: [KodeWilayah: String] = [:]
    ) {
        self.init(
            bentuk: usulan.bentuk, eksternalitas: usulan.eksternalitas, urusan: usulan.urusan, lokasi: usulan.lokasi,
            unit: unit, kodePemda: kodePemda, mitra: mitra, batas: batas, penilaianDPRD: penilaianDPRD,
            namaWilayah: namaWilayah)
    }
}

// MARK: - The screen

/// The eligibility screen of a mapping round (Scenario A steps 3 and 6): is the submission a KSD, and of
/// which kind, per partner and overall. Pure; every rule cites its basis (ksd-rules.md §2, §3, §12, §13),
/// and the [S]/[U] parts come from `AturanKelayakan`.
public enum Kelayakan {
    public static func saring(_ m: MasukanKelayakan, aturan: AturanKelayakan = .bawaan) -> HasilPenyaringan {
        // 1. Forms outside the KSD regime, whoever the partner is (ksd-rules.md §2.5, §9.2).
        if let rute = aturan.rute(untuk: m.bentuk) {
            let h = bukanKSD(m.bentuk, rute)
            return HasilPenyaringan(keseluruhan: h, perMitra: m.mitra.map { KelayakanMitra(mitra: $0, hasil: h) })
        }
        let k = Konteks(m, aturan: aturan)
        // 2. No partner chosen yet.
        guard !m.mitra.isEmpty else {
            var catatan: [String] = []
            if !m.bentuk.jenisMitraSesuai.isEmpty {
                catatan.append(
                    "Bentuk yang dimaksud (\(m.bentuk.nama.lowercased())) menentukan jenis mitra yang sesuai; jenis "
                        + "kerja sama pasti ditentukan setelah calon mitra dipilih.")
            }
            catatan += k.catatanUmum
            return HasilPenyaringan(
                keseluruhan: HasilKelayakan(
                    ksd: nil, jenis: nil,
                    alasan: "Belum dapat ditentukan: pilih calon mitra. Jenis kerja sama daerah ditentukan oleh "
                        + "jenis mitranya.",
                    dasarHukum: "PP 28/2018 Pasal 1 angka 2–6; UU 23/2014 Pasal 363 ayat (2)", catatan: catatan),
                perMitra: [])
        }
        // 3. One verdict per partner, then the overall one.
        let perMitra = m.mitra.map { mitra in
            KelayakanMitra(mitra: mitra, hasil: nilai(jenis: mitra.jenis, kode: mitra.kodeWilayah, nama: mitra.nama, k))
        }
        return HasilPenyaringan(keseluruhan: gabung(perMitra.map { ($0.mitra.nama, $0.hasil) }), perMitra: perMitra)
    }

    /// The verdict for one partner given by its kind, code and name (also used by `RekomendasiMitra` for
    /// candidates that are not registered partners yet).
    public static func nilai(
        jenis: JenisMitra, kodeWilayah: KodeWilayah?, nama: String, masukan m: MasukanKelayakan,
        aturan: AturanKelayakan = .bawaan
    ) -> HasilKelayakan {
        if let rute = aturan.rute(untuk: m.bentuk) { return bukanKSD(m.bentuk, rute) }
        return nilai(jenis: jenis, kode: kodeWilayah, nama: nama, Konteks(m, aturan: aturan))
    }

    // MARK: Context

    struct Konteks {
        let m: MasukanKelayakan
        let aturan: AturanKelayakan
        let namaWilayah: [KodeWilayah: String]
        /// Notes that hold whatever the partner (urusan outside a kabupaten's authority).
        let catatanUmum: [String]

        init(_ m: MasukanKelayakan, aturan: AturanKelayakan) {
            self.m = m
            self.aturan = aturan
            namaWilayah = BatasOtoritaIKN.namaMenurutKode.merging(m.namaWilayah) { _, baru in baru }
            var c: [String] = []
            if m.kodePemda.tingkat == .kabupatenKota {
                let terbatas = Set(aturan.urusanKewenanganTerbatasKabKota.nilai)
                for kode in m.urusan where terbatas.contains(kode) {
                    let nama = KatalogUrusan.cari(kode: kode)?.nama ?? kode
                    c.append(
                        "Urusan \(kode) \(nama) sebagian besar merupakan kewenangan provinsi; pastikan objeknya "
                            + "menjadi kewenangan kabupaten/kota, karena objek kerja sama daerah harus urusan yang "
                            + "menjadi kewenangan daerah (PP 28/2018 Pasal 4 ayat (1) dan Pasal 16 ayat (1)).")
                }
            }
            catatanUmum = c
        }

        func nama(_ k: KodeWilayah) -> String {
            namaWilayah[k] ?? "\(k.tingkat.nama) \(k.nilai)"
        }

        /// Whether `kode` borders the proposing daerah for the wajib test, and how to say it.
        func perbatasan(_ kode: KodeWilayah) -> (berbatasan: Bool, uraian: String?) {
            let pemda = m.kodePemda
            if m.batas.berbatasan(pemda, kode) {
                let titik = m.lokasi.filter { m.batas.berbatasan($0, kode) }
                if !titik.isEmpty {
                    return (true, "berbatasan langsung dengan \(Kelayakan.daftarKalimat(titik.map(nama))) (lokasi usulan)")
                }
                return (true, "berbatasan langsung dengan \(namaWilayah[pemda] ?? "daerah pengusul")")
            }
            if aturan.provinsiBerbatasanDenganKabKotaDiWilayahnya.nilai {
                if kode.tingkat == .provinsi && kode.mengandung(pemda) && pemda.tingkat == .kabupatenKota {
                    return (true, "meliputi wilayah daerah pengusul (provinsi dengan kabupaten/kota dalam wilayahnya)")
                }
                if pemda.tingkat == .provinsi && pemda.mengandung(kode) && kode.tingkat == .kabupatenKota {
                    return (true, "berada dalam wilayah provinsi pengusul (provinsi dengan kabupaten/kota dalam wilayahnya)")
                }
            }
            return (false, nil)
        }

        /// IKN's border with the proposing daerah, and how to say it.
        func perbatasanIKN() -> (berbatasan: Bool, uraian: String?) {
            guard m.batas.berbatasanDenganIKN(m.kodePemda) else { return (false, nil) }
            let titikLokasi = m.lokasi.filter { m.batas.berbatasanDenganIKN($0) }
            let titik = titikLokasi.isEmpty ? m.batas.batasIKN(dalam: m.kodePemda) : titikLokasi
            if titik.isEmpty { return (true, "berbatasan langsung dengan daerah pengusul") }
            return (true, "berbatasan langsung dengan \(Kelayakan.daftarKalimat(titik.map(nama)))")
        }

        func dprd(_ jenis: JenisKerjaSama, ikn: Bool = false) -> PersetujuanDPRD.Keputusan? {
            if var p = m.penilaianDPRD {
                p.mitraOtoritaIKN = ikn
                return PersetujuanDPRD.perluPersetujuanDPRD(jenis: jenis, penilaian: p)
            }
            return ikn ? nil : PersetujuanDPRD.keputusanTanpaPenilaian(jenis: jenis)
        }
    }

    // MARK: Rules

    static func bukanKSD(_ bentuk: BentukKegiatan, _ rute: RuteBukanKSD) -> HasilKelayakan {
        var catatan = [
            "Praktik Kabupaten Banjar: usulan pengadaan, swakelola, dan pengaturan internal ditolak sebagai bukan "
                + "kerja sama daerah dalam pemetaan [S]."
        ]
        switch bentuk {
        case .pengadaanBarangJasa:
            catatan.append(
                "PP 28/2018 Pasal 15 ayat (4) menyebut pengadaan barang/jasa di antara kerja sama lainnya dengan pihak "
                    + "ketiga [U]; pelaksanaannya tetap menurut peraturan pengadaan barang/jasa, bukan tahapan kerja "
                    + "sama daerah.")
        case .pemanfaatanBMD, .kpbu:
            catatan.append(
                "Kerja sama pengelolaan aset dan investasi dengan pihak ketiga dilaksanakan menurut peraturan "
                    + "tersendiri (PP 28/2018 Pasal 15 ayat (3)).")
        default:
            break
        }
        return HasilKelayakan(
            ksd: false, jenis: .kemitraanLain,
            alasan: "Bukan KSD: \(rute.keterangan). Ikuti alur menurut \(rute.dasarHukum).",
            dasarHukum: rute.dasarHukum, catatan: catatan)
    }

    static func nilai(jenis: JenisMitra, kode: KodeWilayah?, nama: String, _ k: Konteks) -> HasilKelayakan {
        let m = k.m
        var h: HasilKelayakan
        switch (m.unit, jenis) {
        case (.desa, .desa):
            h = antarDesa(kode: kode, nama: nama, k)
        case (.desa, .pihakKetiga):
            h = HasilKelayakan(
                ksd: true, jenis: .desaPihakKetiga,
                alasan: "\(nama) adalah pihak ketiga; desa dapat bekerja sama dengan pihak ketiga untuk mempercepat "
                    + "penyelenggaraan pemerintahan, pembangunan, pembinaan, dan pemberdayaan masyarakat desa, "
                    + "dimusyawarahkan dalam Musyawarah Desa dan dituangkan dalam perjanjian bersama.",
                dasarHukum: JenisKerjaSama.desaPihakKetiga.dasarHukum,
                catatan: [catatanCamat], persetujuanDPRD: k.dprd(.desaPihakKetiga))
        case (.desa, _):
            // A desa is not a party to a KSD: the kabupaten is (UU 6/2014 Pasal 91 lists only desa lain and pihak ketiga).
            var kabupaten = k.m
            kabupaten.unit = .opd
            h = nilai(jenis: jenis, kode: kode, nama: nama, Konteks(kabupaten, aturan: k.aturan))
            h.catatan.insert(
                "Desa hanya dapat bekerja sama dengan desa lain dan/atau pihak ketiga (UU 6/2014 Pasal 91); kerja sama "
                    + "dengan \(jenis.nama.lowercased()) dilakukan oleh pemerintah daerah sebagai pihak. Usulan desa "
                    + "diteruskan melalui camat kepada Bagian Kerja Sama.", at: 0)
        case (_, .desa):
            h = HasilKelayakan(
                ksd: nil, jenis: nil,
                alasan: "Belum dapat ditentukan: desa bukan mitra kerja sama daerah (PP 28/2018 Pasal 1 angka 2–6). "
                    + "Kerja sama antar-desa atau desa dengan pihak ketiga diprakarsai oleh desa itu sendiri (UU 6/2014 "
                    + "Pasal 91), dengan fasilitasi camat. Ajukan usulan dari unit desa, atau pilih mitra lain.",
                dasarHukum: "UU 6/2014 Pasal 91; PP 43/2014 Pasal 143 ayat (5)")
        case (_, .daerah):
            h = daerah(kode: kode, nama: nama, k)
        case (_, .pihakKetiga):
            h = HasilKelayakan(
                ksd: true, jenis: .ksdpkPelayananPublik,
                alasan: "\(nama) adalah pihak ketiga (perseorangan, badan usaha berbadan hukum, atau organisasi); "
                    + "kerja sama dengan pihak ketiga adalah KSDPK, dengan jenis bawaan penyediaan pelayanan publik.",
                dasarHukum: JenisKerjaSama.ksdpkPelayananPublik.dasarHukum + "; PP 28/2018 Pasal 14",
                catatan: [
                    "Jika objeknya pengelolaan aset untuk nilai tambah atau investasi, kerja samanya mengikuti peraturan "
                        + "sektoral sendiri (PP 28/2018 Pasal 15 ayat (3)): pemanfaatan barang milik daerah menurut "
                        + "Permendagri 19/2016, KPBU menurut Perpres 38/2015; pilih bentuk kegiatan yang sesuai.",
                    "KSDPK harus didahului studi kelayakan (UU 23/2014 Pasal 366 ayat (3); PP 28/2018 Pasal 17).",
                ],
                persetujuanDPRD: k.dprd(.ksdpkPelayananPublik))
        case (_, .kementerianLembaga):
            h = HasilKelayakan(
                ksd: true, jenis: .sinergi,
                alasan: "\(nama) adalah kementerian/lembaga Pemerintah Pusat; dukungan program bersama Pusat dan Daerah "
                    + "dilaksanakan sebagai sinergi perencanaan dan pelaksanaan pembangunan, dengan Nota Kesepakatan "
                    + "dan Rencana Kerja.",
                dasarHukum: JenisKerjaSama.sinergi.dasarHukum,
                catatan: [
                    "Sinergi tidak disebut kerja sama daerah dalam PP 28/2018; pendanaannya dibebankan pada anggaran "
                        + "masing-masing tingkatan pemerintahan (PP 28/2018 Pasal 46 ayat (3)).",
                    "Praktik Yogyakarta dan Samarinda: sejak PP 28/2018 tidak ada lagi PKS atau MoU antara "
                        + "kementerian/lembaga (termasuk instansi vertikal) dan pemerintah daerah; gunakan Nota "
                        + "Kesepakatan dan Rencana Kerja [S].",
                ],
                persetujuanDPRD: k.dprd(.sinergi))
        case (_, .otoritaIKN):
            h = otoritaIKN(nama: nama, k)
        case (_, .pemdaLuarNegeri), (_, .lembagaLuarNegeri):
            h = luarNegeri(jenis: jenis, nama: nama, k)
        }
        if !m.bentuk.jenisMitraSesuai.isEmpty && !m.bentuk.jenisMitraSesuai.contains(jenis) {
            h.catatan.append(
                "Bentuk kegiatan yang dipilih (\(m.bentuk.nama.lowercased())) tidak sesuai dengan jenis mitra \(nama) "
                    + "(\(jenis.nama.lowercased())); jenis kerja sama mengikuti jenis mitra. Perbaiki bentuk kegiatan "
                    + "atau calon mitra.")
        }
        if m.bentuk == .kerjaSamaDesa && m.unit != .desa {
            h.catatan.append(
                "Kerja sama desa diprakarsai dan dilaksanakan oleh desa (UU 6/2014 Pasal 91); ajukan dari unit desa.")
        }
        for c in k.catatanUmum where !h.catatan.contains(c) { h.catatan.append(c) }
        return h
    }

    static let catatanCamat =
        "Camat memfasilitasi kerja sama desa atas nama bupati/wali kota (PP 43/2014 Pasal 143 ayat (5))."

    static func antarDesa(kode: KodeWilayah?, nama: String, _ k: Konteks) -> HasilKelayakan {
        if let kode, kode.tingkat != .desaKelurahan || kode.jenisDesa == .kelurahan {
            return HasilKelayakan(
                ksd: nil, jenis: nil,
                alasan: "Belum dapat ditentukan: \(nama) bukan desa. Kerja sama antar-desa hanya antara desa "
                    + "(UU 6/2014 Pasal 91); kelurahan adalah perangkat daerah di bawah kecamatan.",
                dasarHukum: "UU 6/2014 Pasal 91")
        }
        var catatan = [catatanCamat]
        if let kode, !k.m.kodePemda.mengandung(kode) {
            catatan.append(
                "Desa mitra berada di kabupaten/kota lain; fasilitasi kerja sama antar-desa dari kabupaten/kota yang "
                    + "berbeda dalam satu provinsi menjadi kewenangan provinsi menurut lampiran UU 23/2014 [U].")
        }
        return HasilKelayakan(
            ksd: true, jenis: .desaAntarDesa,
            alasan: "\(nama) adalah desa; kerja sama antar-desa ditetapkan dengan Peraturan Bersama Kepala Desa "
                + "melalui musyawarah antar-desa dan dilaksanakan oleh badan kerja sama antar-desa.",
            dasarHukum: JenisKerjaSama.desaAntarDesa.dasarHukum, catatan: catatan,
            persetujuanDPRD: k.dprd(.desaAntarDesa))
    }

    static func daerah(kode: KodeWilayah?, nama: String, _ k: Konteks) -> HasilKelayakan {
        let m = k.m
        guard let kode else {
            if m.eksternalitas {
                return HasilKelayakan(
                    ksd: true, jenis: nil, pilihanJenis: [.ksddWajib, .ksddSukarela],
                    alasan: "\(nama) adalah daerah lain, tetapi kode wilayahnya belum diisi, sehingga belum dapat "
                        + "dipastikan apakah berbatasan langsung: kerja sama wajib bila berbatasan, sukarela bila tidak.",
                    dasarHukum: "UU 23/2014 Pasal 364 ayat (1) dan Pasal 365; PP 28/2018 Pasal 3",
                    catatan: [], persetujuanDPRD: nil)
            }
            return sukarela(
                nama: nama,
                alasan: "\(nama) adalah daerah lain dan usulan tidak menyatakan eksternalitas lintas daerah; kerja sama "
                    + "dilakukan secara sukarela.", catatan: [], k)
        }
        guard kode.tingkat == .provinsi || kode.tingkat == .kabupatenKota else {
            return HasilKelayakan(
                ksd: nil, jenis: nil,
                alasan: "Belum dapat ditentukan: mitra daerah harus provinsi atau kabupaten/kota; \(nama) "
                    + "(\(kode.tingkat.nama.lowercased())) bukan daerah otonom.",
                dasarHukum: "UU 23/2014 Pasal 363 ayat (1); PP 28/2018 Pasal 1 angka 3")
        }
        if kode == m.kodePemda || m.kodePemda.mengandung(kode) {
            return HasilKelayakan(
                ksd: false, jenis: nil,
                alasan: "Bukan KSD: \(nama) berada dalam wilayah daerah pengusul sendiri; koordinasi di dalam satu "
                    + "daerah bukan kerja sama dengan daerah lain.",
                dasarHukum: "PP 28/2018 Pasal 1 angka 3")
        }
        let (berbatasan, uraian) = k.perbatasan(kode)
        if berbatasan && m.eksternalitas {
            let satuProvinsi = kode.tingkat == .kabupatenKota && m.kodePemda.tingkat == .kabupatenKota
                && kode.provinsi == m.kodePemda.provinsi
            return HasilKelayakan(
                ksd: true, jenis: .ksddWajib,
                alasan: "\(nama) \(uraian ?? "berbatasan langsung dengan daerah pengusul") dan urusan ini menimbulkan "
                    + "eksternalitas lintas daerah; kerja sama antardaerah yang berbatasan untuk urusan yang berdampak "
                    + "lintas daerah adalah kerja sama wajib.",
                dasarHukum: "UU 23/2014 Pasal 364 ayat (1); PP 28/2018 Pasal 3 ayat (2)",
                catatan: [
                    "Kerja sama wajib juga mensyaratkan bahwa pelayanan publik lebih efisien jika dikelola bersama "
                        + "(PP 28/2018 Pasal 3 ayat (2)); tunjukkan dalam kajian.",
                    "Hasil pemetaan urusan untuk kerja sama wajib dibahas dalam koordinasi teknis di tingkat "
                        + (satuProvinsi ? "provinsi" : "nasional")
                        + ", lalu disepakati kepala daerah (PP 28/2018 Pasal 5).",
                    "Jika kerja sama wajib tidak dilaksanakan, urusan tersebut dapat diambil alih "
                        + (satuProvinsi ? "oleh gubernur sebagai wakil Pemerintah Pusat" : "oleh Pemerintah Pusat")
                        + " (UU 23/2014 Pasal 364 ayat (3)–(5); PP 28/2018 Pasal 10–11).",
                ],
                persetujuanDPRD: k.dprd(.ksddWajib))
        }
        if berbatasan {
            return sukarela(
                nama: nama,
                alasan: "\(nama) \(uraian ?? "berbatasan langsung dengan daerah pengusul"), tetapi usulan tidak menyatakan "
                    + "eksternalitas lintas daerah; kerja sama dilakukan secara sukarela.",
                catatan: [
                    "Jika urusan ini ternyata berdampak lintas daerah, kerja samanya menjadi kerja sama wajib "
                        + "(UU 23/2014 Pasal 364 ayat (1))."
                ], k)
        }
        if m.eksternalitas {
            return sukarela(
                nama: nama,
                alasan: "\(nama) tidak berbatasan langsung dengan daerah pengusul menurut data batas wilayah; kerja "
                    + "sama dengan daerah yang tidak berbatasan dilakukan secara sukarela walaupun ada eksternalitas.",
                catatan: [
                    "Jika data batas wilayah belum lengkap, periksa kembali: daerah yang berbatasan dengan "
                        + "eksternalitas lintas daerah wajib bekerja sama (UU 23/2014 Pasal 364 ayat (1))."
                ], k)
        }
        return sukarela(
            nama: nama,
            alasan: "\(nama) adalah daerah lain; kerja sama untuk urusan yang lebih efektif dan efisien dilaksanakan "
                + "bersama dilakukan secara sukarela.", catatan: [], k)
    }

    static func sukarela(nama: String, alasan: String, catatan: [String], _ k: Konteks) -> HasilKelayakan {
        HasilKelayakan(
            ksd: true, jenis: .ksddSukarela, alasan: alasan,
            dasarHukum: "UU 23/2014 Pasal 365; PP 28/2018 Pasal 3 ayat (3)", catatan: catatan,
            persetujuanDPRD: k.dprd(.ksddSukarela))
    }

    static func otoritaIKN(nama: String, _ k: Konteks) -> HasilKelayakan {
        let m = k.m
        let (berbatasan, uraian) = k.perbatasanIKN()
        let ksdd: JenisKerjaSama = berbatasan && m.eksternalitas ? .ksddWajib : .ksddSukarela
        let pilihan: [JenisKerjaSama] = [ksdd, .sinergi]
        let dipilih: JenisKerjaSama? =
            switch m.bentuk {
            case .kerjaSamaDaerahLain: ksdd
            case .sinergiPusat: .sinergi
            default: nil
            }
        var catatan: [String] = []
        if berbatasan {
            catatan.append(
                "Wilayah IKN \(uraian ?? "berbatasan langsung dengan daerah pengusul") (\(BatasOtoritaIKN.dasarHukum))"
                    + (m.eksternalitas
                        ? "; dengan eksternalitas lintas daerah, bacaan KSDD mengarah pada kerja sama wajib."
                        : "."))
        }
        catatan.append(
            "Catat dasar hukum kerja sama: UU 3/2022 sebagaimana diubah dengan UU 21/2023, PP 27/2023 Pasal 8–9, dan "
                + "Keputusan Kepala Otorita tentang Daerah Mitra bila ada.")
        let dprd = k.dprd(dipilih ?? ksdd, ikn: true)
        if dprd == nil {
            catatan.append(
                "Persetujuan DPRD tetap dihitung pada sisi daerah, apa pun instrumennya, setelah diketahui apakah "
                    + "rencana kerja sama membebani masyarakat dan daerah dan apakah pendanaannya sudah dianggarkan "
                    + "dalam APBD (PP 28/2018 Pasal 6 ayat (2)).")
        }
        let konsultasi = k.aturan.otoritaIKNPerluKonsultasiHukum.nilai
        if konsultasi { catatan.append(PersetujuanDPRD.catatanIKN) }
        let pilihanTeks =
            dipilih.map { "Bentuk yang dipilih pengusul: \($0.singkatan)." }
            ?? "Pilih instrumen per objek: kerja sama seperti KSDD (\(ksdd.singkatan), Kesepakatan Bersama lalu "
            + "Perjanjian Kerja Sama) atau Sinergi (Nota Kesepakatan dan Rencana Kerja)."
        return HasilKelayakan(
            ksd: true, jenis: dipilih, pilihanJenis: pilihan,
            alasan: "\(nama) adalah Pemerintah Daerah Khusus IKN yang berbentuk lembaga setingkat kementerian dan "
                + "tidak disebut dalam PP 28/2018. " + pilihanTeks,
            dasarHukum: "UU 3/2022 Pasal 1 angka 2 dan angka 9 jo. UU 21/2023; PP 27/2023 Pasal 8–10; "
                + "PP 28/2018 Pasal 3 dan Pasal 46",
            catatan: catatan, perluKonsultasiHukum: konsultasi, persetujuanDPRD: dprd)
    }

    static func luarNegeri(jenis: JenisMitra, nama: String, _ k: Konteks) -> HasilKelayakan {
        let pl = jenis == .pemdaLuarNegeri
        let jenisKS: JenisKerjaSama = pl ? .ksdpl : .ksdll
        var catatan = [
            "Objek kerja sama luar negeri: pengembangan ilmu pengetahuan dan teknologi, pertukaran budaya, "
                + "peningkatan kemampuan teknis dan manajemen pemerintahan, promosi potensi daerah, dan objek lain "
                + "yang tidak bertentangan dengan peraturan (UU 23/2014 Pasal 367 ayat (1); PP 28/2018 Pasal 23 ayat (2)).",
            "Persyaratan: ada hubungan diplomatik, urusan menjadi kewenangan daerah, daerah tidak membuka kantor "
                + "perwakilan di luar negeri, pihak asing tidak mencampuri urusan dalam negeri, dan sesuai rencana "
                + "pembangunan nasional dan daerah (PP 28/2018 Pasal 27).",
        ]
        if !pl {
            catatan.append(
                "Mitra lembaga di luar negeri: organisasi internasional, badan hukum nirlaba asing, atau mitra "
                    + "pembangunan luar negeri sebagai penerusan kerja sama Pemerintah Pusat, atau bentuk lain dengan "
                    + "persetujuan Pemerintah Pusat (PP 28/2018 Pasal 25 dan Pasal 36).")
        }
        return HasilKelayakan(
            ksd: true, jenis: jenisKS,
            alasan: "\(nama) adalah \(jenis.nama.lowercased()); kerja samanya adalah \(jenisKS.singkatan) dan "
                + "memerlukan persetujuan DPRD atas rencana kerja sama serta persetujuan Pemerintah Pusat.",
            dasarHukum: jenisKS.dasarHukum + "; UU 23/2014 Pasal 154 ayat (1) huruf g",
            catatan: catatan, persetujuanDPRD: k.dprd(jenisKS))
    }

    /// The overall verdict from the partners' verdicts.
    static func gabung(_ daftar: [(nama: String, hasil: HasilKelayakan)]) -> HasilKelayakan {
        if daftar.count == 1 { return daftar[0].hasil }
        let hasil = daftar.map(\.hasil)
        let ksd: Bool? =
            hasil.contains { $0.ksd == true } ? true : hasil.allSatisfy { $0.ksd == false } ? false : nil
        let semuaJenis = hasil.map(\.jenis)
        let jenisSama: JenisKerjaSama? =
            semuaJenis.allSatisfy({ $0 != nil && $0 == semuaJenis[0] }) ? semuaJenis[0] : nil
        var pilihan: [JenisKerjaSama] = []
        if jenisSama == nil {
            for h in hasil {
                for j in (h.jenis.map { [$0] } ?? []) + h.pilihanJenis where !pilihan.contains(j) { pilihan.append(j) }
            }
        }
        let rincian = daftar.map { "\($0.nama) — \($0.hasil.label)" }.joined(separator: "; ")
        let alasan =
            jenisSama.map { "Seluruh calon mitra mengarah pada \($0.nama): \(rincian)." }
            ?? "Calon mitra berbeda jenis: \(rincian). Jenis kerja sama ditetapkan per mitra; mitra dengan jenis "
            + "kerja sama yang berbeda memerlukan naskah tersendiri."
        var dasar: [String] = []
        var catatan: [String] = []
        for h in hasil {
            if !dasar.contains(h.dasarHukum) { dasar.append(h.dasarHukum) }
            for c in h.catatan where !catatan.contains(c) { catatan.append(c) }
        }
        let dprd = hasil.first { $0.persetujuanDPRD?.perlu == true }?.persetujuanDPRD
            ?? hasil.first { $0.persetujuanDPRD != nil }?.persetujuanDPRD
        return HasilKelayakan(
            ksd: ksd, jenis: jenisSama, pilihanJenis: pilihan, alasan: alasan, dasarHukum: dasar.joined(separator: "; "),
            catatan: catatan, perluKonsultasiHukum: hasil.contains { $0.perluKonsultasiHukum }, persetujuanDPRD: dprd)
    }
}

extension Kelayakan {
    /// "A", "A dan B", "A, B, dan C".
    static func daftarKalimat(_ s: [String]) -> String {
        switch s.count {
        case 0: return ""
        case 1: return s[0]
        case 2: return "\(s[0]) dan \(s[1])"
        default: return s.dropLast().joined(separator: ", ") + ", dan " + s[s.count - 1]
        }
    }
}
