import Foundation
import JalinDomain
import Testing

/// SplitMix64: fixed-seed shuffles and synthetic data.
private struct AcakRekomendasi: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private func kode(_ s: String) -> KodeWilayah { KodeWilayah(valid: s)! }
private func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

private enum SkenarioA6 {
    static let kukar = kode("64.02")

    static let usulan = UsulanPotensi(
        jenis: .potensi, judul: "Integrasi angkutan sungai dan darat Tenggarong–IKN", urusan: ["2.15"],
        lokasi: [kode("64.02.06"), kode("64.02.03")], bentuk: .kerjaSamaDaerahLain,
        sumberDayaDimiliki: "Dermaga sungai Tenggarong, armada sungai",
        sumberDayaDibutuhkan: "Dermaga penyeberangan dan armada darat untuk rute terpadu; pendanaan",
        eksternalitas: true, eksternalitasDengan: "PPU dan IKN", manfaat: "Waktu tempuh lebih singkat")

    static let ppu = CalonMitra(
        mitraID: id(1), jenis: .daerah, kodeWilayah: kode("64.09"), nama: "Kabupaten Penajam Paser Utara",
        menawarkan: "Dermaga penyeberangan Penajam, armada bus antarkota", membutuhkan: "Angkutan sungai, armada sungai",
        urusan: ["2.15", "3.26"])
    static let ikn = CalonMitra(
        mitraID: id(2), jenis: .otoritaIKN, nama: "Otorita Ibu Kota Nusantara",
        menawarkan: "Angkutan umum kawasan inti", membutuhkan: "Angkutan sungai menuju kawasan inti", urusan: ["2.15"])
    static let samarinda = CalonMitra(
        jenis: .daerah, kodeWilayah: kode("64.72"), nama: "Kota Samarinda", menawarkan: "Pelabuhan sungai",
        urusan: ["2.15"])
    static let bumd = CalonMitra(
        mitraID: id(3), jenis: .pihakKetiga, nama: "PT Angkutan Kukar", menawarkan: "Pengelolaan armada sungai")
    static let kukarSendiri = CalonMitra(
        jenis: .daerah, kodeWilayah: kukar, nama: "Kabupaten Kutai Kartanegara", menawarkan: "dermaga armada rute")
    static let berau = CalonMitra(
        jenis: .daerah, kodeWilayah: kode("64.03"), nama: "Kabupaten Berau", menawarkan: "Penyu, terumbu karang",
        urusan: ["3.26"])

    static let calon = [ppu, ikn, samarinda, bumd, kukarSendiri, berau]
    static let batas = PetaBatas(pasanganKode: [("64.02.03", "64.09.04")])
    static let nama: [KodeWilayah: String] = [kukar: "Kabupaten Kutai Kartanegara", kode("64.02.06"): "Kecamatan Tenggarong"]
}

@Suite("Partner recommendations and needs–offers matching")
struct RekomendasiMitraTests {
    func rekomendasi(
        calon: [CalonMitra] = SkenarioA6.calon, usulanLain: [RingkasUsulan] = [], bobot: BobotRekomendasi = .bawaan,
        jumlah: Int = 20
    ) -> [Rekomendasi] {
        RekomendasiMitra.rekomendasikan(
            usulan: SkenarioA6.usulan, kodePemda: SkenarioA6.kukar, indeks: IndeksTeks(calon: calon, usulanLain: usulanLain),
            batas: SkenarioA6.batas, mitraTerdahulu: [id(3)], namaWilayah: SkenarioA6.nama, bobot: bobot, jumlah: jumlah)
    }

    @Test("Scenario A step 6: PPU first, then Otorita IKN, each with its reasons and the KSD kind that applies")
    func skenario() throws {
        let r = rekomendasi()
        #expect(r.map(\.nama) == [
            "Kabupaten Penajam Paser Utara", "Otorita Ibu Kota Nusantara", "PT Angkutan Kukar", "Kota Samarinda",
        ])
        let ppu = r[0]
        #expect(ppu.mitraID == id(1) && ppu.kodeWilayah == kode("64.09") && ppu.jenisMitra == .daerah)
        #expect(ppu.alasan == [
            "berbatasan langsung dengan Kecamatan Loa Janan (lokasi usulan)",
            "ada eksternalitas lintas daerah dengan daerah yang berbatasan: calon kerja sama wajib",
            "menawarkan yang dibutuhkan: dermaga, penyeberangan, armada",
            "membutuhkan yang dimiliki: sungai, armada",
            "urusan yang sama: 2.15 Perhubungan",
        ])
        #expect(ppu.jenisKerjaSama == .ksddWajib)
        // 20 border + 10 externality + 30 (three words offered) + 20 × 2/3 (two words needed) + 10 urusan = 83
        #expect(ppu.skor == 83)

        let ikn = r[1]
        #expect(ikn.alasan.first == "berbatasan langsung dengan Kecamatan Loa Janan")
        #expect(ikn.alasan.contains("membutuhkan yang dimiliki: sungai"))
        #expect(ikn.kelayakan.perluKonsultasiHukum)
        #expect(ikn.kelayakan.pilihanJenis == [.ksddWajib, .sinergi])

        let bumd = r[2]
        #expect(bumd.alasan.last == "sudah pernah bekerja sama")
        #expect(bumd.alasan.contains("menawarkan yang dibutuhkan: armada"))
        #expect(bumd.jenisKerjaSama == .ksdpkPelayananPublik)

        let smd = r[3]
        #expect(smd.mitraID == nil && smd.kodeWilayah == kode("64.72"))
        #expect(smd.alasan == ["urusan yang sama: 2.15 Perhubungan"])
        #expect(smd.jenisKerjaSama == .ksddSukarela)

        #expect(r.allSatisfy { (0...100).contains($0.skor) })
        #expect(zip(r, r.dropFirst()).allSatisfy { $0.skor >= $1.skor })
        // The proposing daerah itself and candidates with nothing in common are left out.
        #expect(!r.contains { $0.nama == "Kabupaten Kutai Kartanegara" || $0.nama == "Kabupaten Berau" })
    }

    @Test("The same ranking whatever the order of candidates and submissions")
    func deterministik() {
        var rng = AcakRekomendasi(seed: 42)
        let (calon, usulan) = SintetisRekomendasi.buat(calon: 120, usulan: 1500, rng: &rng)
        func jalankan(_ c: [CalonMitra], _ u: [RingkasUsulan]) -> [Rekomendasi] {
            RekomendasiMitra.rekomendasikan(
                usulan: SkenarioA6.usulan, kodePemda: SkenarioA6.kukar, indeks: IndeksTeks(calon: c, usulanLain: u),
                batas: SkenarioA6.batas, jumlah: 50)
        }
        let acuan = jalankan(calon, usulan)
        #expect(acuan.count == 50)
        for _ in 0..<4 {
            #expect(jalankan(calon.shuffled(using: &rng), usulan.shuffled(using: &rng)) == acuan)
        }
    }

    @Test("Ties are broken by name, then by id")
    func seri() {
        let a = CalonMitra(mitraID: id(9), jenis: .pihakKetiga, nama: "CV Beta", menawarkan: "armada")
        let b = CalonMitra(mitraID: id(8), jenis: .pihakKetiga, nama: "CV Alfa", menawarkan: "armada")
        let c = CalonMitra(mitraID: id(7), jenis: .pihakKetiga, nama: "CV Alfa", menawarkan: "armada")
        let r = rekomendasi(calon: [a, b, c])
        #expect(r.map(\.mitraID) == [id(7), id(8), id(9)])
        #expect(Set(r.map(\.skor)).count == 1)
    }

    @Test("Another pemda's submissions count as that daerah's offers, needs and urusan")
    func usulanDaerahLain() {
        let balikpapan = CalonMitra(jenis: .daerah, kodeWilayah: kode("64.71"), nama: "Kota Balikpapan")
        let lain = [
            RingkasUsulan(
                id: id(100), kodePemda: kode("64.71"), jenis: .potensi, urusan: ["2.15"],
                dimiliki: "Terminal penumpang dan armada darat", dibutuhkan: "Dermaga sungai"),
            RingkasUsulan(
                id: id(101), kodePemda: kode("11.01"), jenis: .potensi, urusan: ["2.15"], dimiliki: "armada",
                dibutuhkan: ""),
        ]
        let indeks = IndeksTeks(calon: [balikpapan], usulanLain: lain)
        #expect(indeks.jumlahUsulanTerpakai == 1)
        let r = RekomendasiMitra.rekomendasikan(usulan: SkenarioA6.usulan, kodePemda: SkenarioA6.kukar, indeks: indeks)
        #expect(r.count == 1)
        #expect(r[0].alasan == [
            "menawarkan yang dibutuhkan: armada, darat",
            "membutuhkan yang dimiliki: dermaga, sungai",
            "urusan yang sama: 2.15 Perhubungan",
        ])
    }

    @Test("Weights are editable: only earlier partners, when everything else weighs nothing")
    func bobot() throws {
        let hanyaRiwayat = BobotRekomendasi(
            berbatasan: 0, eksternalitasBerbatasan: 0, menawarkanYangDibutuhkan: 0, membutuhkanYangDimiliki: 0,
            urusanSama: 0, pernahBekerjaSama: 5, kataJenuh: 3)
        try hanyaRiwayat.periksa()
        let r = rekomendasi(bobot: hanyaRiwayat)
        #expect(r.map(\.nama) == ["PT Angkutan Kukar"])
        #expect(r.first?.skor == 100)
        try BobotRekomendasi.bawaan.periksa()
    }

    @Test("Bad weights are refused by field")
    func bobotSalah() {
        var b = BobotRekomendasi.bawaan
        b.berbatasan = -1
        b.urusanSama = .nan
        b.kataJenuh = 0
        do {
            try b.periksa()
            Issue.record("bad weights accepted")
        } catch {
            #expect(error.daftar.map(\.field) == ["berbatasan", "urusanSama", "kataJenuh"])
        }
        let nol = BobotRekomendasi(
            berbatasan: 0, eksternalitasBerbatasan: 0, menawarkanYangDibutuhkan: 0, membutuhkanYangDimiliki: 0,
            urusanSama: 0, pernahBekerjaSama: 0, kataJenuh: 3)
        #expect(throws: KesalahanValidasi(field: "bobot", pesan: "Paling sedikit satu bobot harus lebih dari 0.")) {
            try nol.periksa()
        }
        #expect(rekomendasi(bobot: nol).isEmpty)
    }

    @Test("Stored weights survive new parameters: missing keys take the default")
    func bobotJSON() throws {
        #expect(try JSONDecoder().decode(BobotRekomendasi.self, from: Data("{}".utf8)) == .bawaan)
        let b = try JSONDecoder().decode(BobotRekomendasi.self, from: Data(#"{"berbatasan":40}"#.utf8))
        #expect(b.berbatasan == 40 && b.menawarkanYangDibutuhkan == 30)
        #expect(try JSONDecoder().decode(BobotRekomendasi.self, from: JSONEncoder().encode(b)) == b)
    }

    @Test("The list is cut at the requested length")
    func jumlah() {
        #expect(rekomendasi(jumlah: 2).map(\.nama) == ["Kabupaten Penajam Paser Utara", "Otorita Ibu Kota Nusantara"])
        #expect(rekomendasi(jumlah: 0).isEmpty)
    }

    @Test("A non-KSD submission still gets partners, marked 'bukan KSD'")
    func bukanKSD() {
        var u = SkenarioA6.usulan
        u.bentuk = .pengadaanBarangJasa
        let r = RekomendasiMitra.rekomendasikan(
            usulan: u, kodePemda: SkenarioA6.kukar, indeks: IndeksTeks(calon: SkenarioA6.calon), batas: SkenarioA6.batas)
        #expect(!r.isEmpty)
        #expect(r.allSatisfy { $0.kelayakan.ksd == false && $0.jenisKerjaSama == .kemitraanLain })
    }

    @Test("A desa looks for neighbouring desa")
    func desaTetangga() {
        let wisata = UsulanPotensi(
            jenis: .potensi, judul: "Desa wisata Bukit Raya", urusan: ["3.26"], lokasi: [kode("64.02.13.2016")],
            bentuk: .kerjaSamaDesa, sumberDayaDimiliki: "homestay", sumberDayaDibutuhkan: "pemandu wisata")
        let tetangga = CalonMitra(
            jenis: .desa, kodeWilayah: kode("64.02.13.2014"), nama: "Desa Karya Jaya", menawarkan: "Kelompok pemandu")
        let batas = PetaBatas(pasanganKode: [("64.02.13.2016", "64.02.13.2014")])
        let r = RekomendasiMitra.rekomendasikan(
            usulan: wisata, kodePemda: SkenarioA6.kukar, unit: .desa, indeks: IndeksTeks(calon: [tetangga]), batas: batas,
            namaWilayah: [kode("64.02.13.2016"): "Desa Bukit Raya"])
        #expect(r.first?.alasan == ["berbatasan langsung dengan Desa Bukit Raya", "menawarkan yang dibutuhkan: pemandu"])
        #expect(r.first?.jenisKerjaSama == .desaAntarDesa)
    }

    // MARK: Words

    @Test("Matching words: lowercase, split on non-letters, stopwords and words under four letters dropped")
    func pemenggal() {
        #expect(PemenggalKata.kata("Pengembangan dan peningkatan kerja sama di daerah untuk JALAN, jalan") == ["jalan"])
        #expect(PemenggalKata.kata("Dermaganya rusak; armadanya kurang") == ["dermaga", "rusak", "armada", "kurang"])
        #expect(PemenggalKata.kata("Tenggarong–IKN, bus, air") == ["tenggarong"])
        #expect(PemenggalKata.kata("armada2026terpadu") == ["armada", "terpadu"])
        #expect(PemenggalKata.kata("Kafé KAFÉ café") == ["kafé", "café"])
        #expect(PemenggalKata.kata("punya hanya") == ["punya"])  // "-nya" kept when fewer than four letters remain
        #expect(PemenggalKata.kata("=SUM(A1) <script>") == ["script"])
        #expect(PemenggalKata.kata("") == [])
        #expect(PemenggalKata.kata("dermaga dan jalan", kataHenti: ["jalan"]) == ["dermaga"])
    }

    // MARK: Needs–offers

    @Test("Needs meet offers across submissions, a shared urusan scores higher, never a submission with itself")
    func padanan() {
        let a = RingkasUsulan(
            id: id(1), kodePemda: SkenarioA6.kukar, jenis: .permasalahan, urusan: ["2.15"], dimiliki: "armada sungai",
            dibutuhkan: "Armada sungai dan dermaga")
        let b = RingkasUsulan(
            id: id(2), kodePemda: SkenarioA6.kukar, jenis: .potensi, urusan: ["2.15"], dimiliki: "Dermaga dan armada sungai",
            dibutuhkan: "")
        let c = RingkasUsulan(
            id: id(3), kodePemda: kode("64.09"), jenis: .potensi, urusan: ["3.26"], dimiliki: "Armada wisata",
            dibutuhkan: "promosi")
        let p = PadananKebutuhan.cari(usulan: [a, b, c])
        #expect(p.map { [$0.pembutuh, $0.penyedia] } == [[id(1), id(2)], [id(1), id(3)]])
        #expect(p[0].kata == ["armada", "sungai", "dermaga"])
        #expect(p[0].urusanSama == ["2.15"])
        #expect(p[0].skor == 100)
        #expect(!p[0].lintasPemda)
        #expect(p[0].alasan == ["menyediakan yang dibutuhkan: armada, sungai, dermaga", "urusan yang sama: 2.15 Perhubungan"])
        #expect(p[1].kata == ["armada"] && p[1].urusanSama.isEmpty && p[1].lintasPemda)
        #expect(p[1].skor < p[0].skor)
        #expect(p[1].alasan.last == "usulan dari daerah lain (64.09)")
    }

    @Test("Needs–offers matching is deterministic, capped per submission, and skips words everyone offers")
    func padananDeterministik() {
        var rng = AcakRekomendasi(seed: 7)
        let (_, usulan) = SintetisRekomendasi.buat(calon: 10, usulan: 1500, rng: &rng)
        let acuan = PadananKebutuhan.cari(usulan: usulan, maksimumPerUsulan: 5)
        #expect(!acuan.isEmpty)
        #expect(PadananKebutuhan.cari(usulan: usulan.shuffled(using: &rng), maksimumPerUsulan: 5) == acuan)
        let perPembutuh = Dictionary(grouping: acuan, by: \.pembutuh)
        #expect(perPembutuh.values.allSatisfy { $0.count <= 5 })
        #expect(acuan.allSatisfy { $0.pembutuh != $0.penyedia && !$0.kata.isEmpty })

        let umum = (0..<5).map { i in
            RingkasUsulan(
                id: id(500 + i), kodePemda: SkenarioA6.kukar, jenis: .potensi, urusan: [], dimiliki: "anggaran",
                dibutuhkan: "anggaran")
        }
        #expect(PadananKebutuhan.cari(usulan: umum, batasFrekuensiKata: 3).isEmpty)
        #expect(PadananKebutuhan.cari(usulan: umum).count == 20)
    }

    // MARK: Scale

    @Test("Scale: one submission against 552 daerah and 20,000 other submissions runs")
    func skala() {
        var rng = AcakRekomendasi(seed: 552)
        let (calon, usulan) = SintetisRekomendasi.buat(calon: 552, usulan: 20_000, rng: &rng)
        let indeks = IndeksTeks(calon: calon, usulanLain: usulan)
        let r = RekomendasiMitra.rekomendasikan(
            usulan: SkenarioA6.usulan, kodePemda: SkenarioA6.kukar, indeks: indeks, batas: SkenarioA6.batas)
        #expect(r.count == 20)
        #expect(indeks.jumlahUsulanTerpakai == 20_000)
    }
}

/// Synthetic candidates (one per daerah code) and submissions spread over them, from a fixed vocabulary.
private enum SintetisRekomendasi {
    static let kosakata: [String] = {
        let dasar = [
            "dermaga", "armada", "sungai", "jalan", "jembatan", "terminal", "angkutan", "pelabuhan", "bandara", "rute",
            "terpadu", "pendanaan", "sampah", "limbah", "air", "bersih", "irigasi", "benih", "pupuk", "ternak",
            "perikanan", "tambak", "wisata", "homestay", "pemandu", "promosi", "pelatihan", "guru", "sekolah",
            "puskesmas", "dokter", "ambulans", "rumah", "sakit", "listrik", "surya", "internet", "jaringan", "data",
            "statistik", "arsip", "perpustakaan", "budaya", "tari", "festival", "pasar", "gudang", "logistik",
            "koperasi", "umkm", "kerajinan", "batik", "tenun", "kopi", "kakao", "sawit", "karet", "hutan", "bibit",
            "pemadam", "kebakaran", "bencana", "banjir", "longsor", "posko", "relawan", "lahan", "sertifikat",
        ]
        return dasar + dasar.map { $0 + "an" } + dasar.map { "pe" + $0 }
    }()

    static func teks(_ n: Int, _ rng: inout some RandomNumberGenerator) -> String {
        (0..<n).map { _ in kosakata.randomElement(using: &rng)! }.joined(separator: ", ")
    }

    static func buat(calon n: Int, usulan m: Int, rng: inout some RandomNumberGenerator) -> ([CalonMitra], [RingkasUsulan]) {
        let kodeUrusan = KatalogUrusan.semua.map(\.kode)
        var kode: [KodeWilayah] = []
        var prov = 11
        var kab = 1
        while kode.count < n {
            kode.append(KodeWilayah(valid: String(format: "%02d.%02d", prov, kab))!)
            kab += 1
            if kab > 40 {
                prov += 1
                kab = 1
            }
        }
        let calon = kode.enumerated().map { i, k in
            CalonMitra(
                mitraID: i % 3 == 0 ? id(10_000 + i) : nil, jenis: .daerah, kodeWilayah: k, nama: "Daerah \(k.nilai)",
                menawarkan: teks(4, &rng), membutuhkan: teks(4, &rng),
                urusan: [kodeUrusan.randomElement(using: &rng)!])
        }
        let usulan = (0..<m).map { j in
            RingkasUsulan(
                id: id(100_000 + j), kodePemda: kode[Int.random(in: 0..<kode.count, using: &rng)],
                jenis: JenisUsulan.allCases.randomElement(using: &rng)!, judul: "Usulan \(j)",
                urusan: [kodeUrusan.randomElement(using: &rng)!], dimiliki: teks(Int.random(in: 3...8, using: &rng), &rng),
                dibutuhkan: teks(Int.random(in: 3...8, using: &rng), &rng))
        }
        return (calon, usulan)
    }
}
