import Foundation
import JalinDomain
import Testing

private func kode(_ s: String) -> KodeWilayah { KodeWilayah(valid: s)! }

private enum Contoh {
    static let kukar = kode("64.02")
    static let tenggarong = kode("64.02.06")
    static let loaJanan = kode("64.02.03")
    static let samboja = kode("64.02.13")

    static let ikn = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000001")!, jenis: .otoritaIKN, nama: "Otorita Ibu Kota Nusantara")
    static let ppu = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000002")!, jenis: .daerah, kodeWilayah: kode("64.09"),
        nama: "Kabupaten Penajam Paser Utara")
    static let kaltim = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000003")!, jenis: .daerah, kodeWilayah: kode("64"),
        nama: "Provinsi Kalimantan Timur")
    static let bumd = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000004")!, jenis: .pihakKetiga, nama: "PT Transportasi Kukar")
    static let kemenhub = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000005")!, jenis: .kementerianLembaga,
        nama: "Kementerian Perhubungan")
    static let sisterCity = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000006")!, jenis: .pemdaLuarNegeri, nama: "Kota Kembar")
    static let lembagaLN = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000007")!, jenis: .lembagaLuarNegeri, nama: "Badan Pembangunan")
    static let desaKaryaJaya = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000008")!, jenis: .desa, kodeWilayah: kode("64.02.13.2014"),
        nama: "Desa Karya Jaya")
    static let kelurahanJahab = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000009")!, jenis: .desa, kodeWilayah: kode("64.02.06.1001"),
        nama: "Kelurahan Jahab")
    static let kabLuarProvinsi = ProfilMitra(
        id: UUID(uuidString: "0B5C1E2A-0000-4000-8000-00000000000A")!, jenis: .daerah, kodeWilayah: kode("62.03"),
        nama: "Kabupaten di provinsi lain")

    /// Example border data: Loa Janan (Kukar) – Sepaku (PPU). Not a survey; tests only.
    static let petaDenganPPU = PetaBatas(pasanganKode: [("64.02.03", "64.09.04")])

    static let namaWilayah: [KodeWilayah: String] = [kukar: "Kabupaten Kutai Kartanegara"]

    /// Scenario A step 2, already validated.
    static func dishub(bentuk: BentukKegiatan = .kerjaSamaDaerahLain, eksternalitas: Bool = true) -> UsulanPotensi {
        UsulanPotensi(
            jenis: .potensi, judul: "Integrasi angkutan sungai dan darat Tenggarong–IKN", urusan: ["2.15"],
            lokasi: [tenggarong, loaJanan], bentuk: bentuk, sumberDayaDimiliki: "dermaga sungai, armada sungai",
            sumberDayaDibutuhkan: "rute terpadu, pendanaan", calonMitra: [ikn.id, ppu.id], eksternalitas: eksternalitas,
            eksternalitasDengan: "PPU dan IKN", manfaat: "Waktu tempuh lebih singkat", kodeProgram: "2.15.02",
            namaProgram: "Program LLAJ")
    }

    static func masukan(
        _ usulan: UsulanPotensi = dishub(), unit: JenisUnit = .opd, mitra: [ProfilMitra], batas: PetaBatas = .kosong,
        dprd: PenilaianDPRD? = nil
    ) -> MasukanKelayakan {
        MasukanKelayakan(
            usulan: usulan, unit: unit, kodePemda: kukar, mitra: mitra, batas: batas, penilaianDPRD: dprd,
            namaWilayah: namaWilayah)
    }
}

@Suite("Eligibility screen (kelayakan KSD)")
struct KelayakanTests {
    // MARK: Scenario A

    @Test("Scenario A: Otorita IKN gets its own verdict — KSDD-like or Sinergi per object — flagged for legal consultation")
    func otoritaIKN() throws {
        let h = Kelayakan.saring(Contoh.masukan(Contoh.dishub(bentuk: .belumDitentukan), mitra: [Contoh.ikn]))
        let ikn = try #require(h.perMitra.first?.hasil)
        #expect(ikn.ksd == true)
        #expect(ikn.jenis == nil)
        #expect(ikn.pilihanJenis == [.ksddWajib, .sinergi])
        #expect(ikn.label == "KSDD Wajib atau Sinergi")
        #expect(ikn.perluKonsultasiHukum)
        #expect(ikn.dasarHukum.contains("PP 27/2023 Pasal 8–10"))
        #expect(ikn.catatan.contains { $0.contains("Kecamatan Loa Janan") && $0.contains("UU 21/2023 Pasal 6 ayat (2)") })
        #expect(ikn.catatan.contains { $0.contains("Konsultasikan dengan Bagian Hukum") })
        #expect(ikn.alasan.contains("Pilih instrumen per objek"))
        #expect(h.keseluruhan == ikn)
    }

    @Test("Scenario A: with PPU bordering in the data, the river–road integration is KSDD wajib with PPU")
    func ppuWajib() throws {
        let h = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.ikn, Contoh.ppu], batas: Contoh.petaDenganPPU))
        #expect(h.perMitra.map(\.mitra) == [Contoh.ikn, Contoh.ppu])
        let ppu = h.perMitra[1].hasil
        #expect(ppu.ksd == true && ppu.jenis == .ksddWajib)
        #expect(ppu.alasan.contains("berbatasan langsung dengan Kecamatan Loa Janan (lokasi usulan)"))
        #expect(ppu.dasarHukum.contains("UU 23/2014 Pasal 364 ayat (1)"))
        #expect(ppu.dasarHukum.contains("PP 28/2018 Pasal 3"))
        #expect(ppu.catatan.contains { $0.contains("koordinasi teknis di tingkat provinsi") })
        #expect(!ppu.perluKonsultasiHukum)
        // The proposer chose "kerja sama dengan daerah lain": the IKN instrument follows, still flagged.
        let ikn = h.perMitra[0].hasil
        #expect(ikn.jenis == .ksddWajib && ikn.pilihanJenis == [.ksddWajib, .sinergi] && ikn.perluKonsultasiHukum)
        // Overall: both KSDD wajib, and the IKN flag carries over.
        #expect(h.keseluruhan.ksd == true && h.keseluruhan.jenis == .ksddWajib)
        #expect(h.keseluruhan.perluKonsultasiHukum)
        #expect(h.keseluruhan.alasan.contains("Kabupaten Penajam Paser Utara — KSDD Wajib"))
    }

    @Test("Scenario A: without border data, PPU is KSDD sukarela with a note to check the data")
    func ppuSukarela() {
        let h = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.ppu]))
        #expect(h.keseluruhan.jenis == .ksddSukarela)
        #expect(h.keseluruhan.alasan.contains("tidak berbatasan langsung"))
        #expect(h.keseluruhan.dasarHukum == "UU 23/2014 Pasal 365; PP 28/2018 Pasal 3 ayat (3)")
        #expect(h.keseluruhan.catatan.contains { $0.contains("data batas wilayah belum lengkap") })
    }

    @Test("Bordering without a cross-border externality is sukarela")
    func berbatasanTanpaEksternalitas() {
        let h = Kelayakan.saring(
            Contoh.masukan(Contoh.dishub(eksternalitas: false), mitra: [Contoh.ppu], batas: Contoh.petaDenganPPU))
        #expect(h.keseluruhan.jenis == .ksddSukarela)
        #expect(h.keseluruhan.alasan.contains("tidak menyatakan eksternalitas"))
    }

    @Test("The DPRD flag is still computed for Otorita IKN, on the kabupaten's side")
    func dprdIKN() throws {
        let membebani = PenilaianDPRD(membebaniMasyarakatDanDaerah: true, sudahDianggarkanAPBD: false)
        let h = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.ikn], dprd: membebani))
        let keputusan = try #require(h.keseluruhan.persetujuanDPRD)
        #expect(keputusan.perlu)
        #expect(keputusan.catatan?.contains("Otorita Ibu Kota Nusantara") == true)
        let tidak = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.ikn], dprd: .tidakMembebaniDanSudahDianggarkan))
        #expect(tidak.keseluruhan.persetujuanDPRD?.perlu == false)
        // Unknown facts: no decision yet, and a note saying it will be computed.
        let belum = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.ikn]))
        #expect(belum.keseluruhan.persetujuanDPRD == nil)
        #expect(belum.keseluruhan.catatan.contains { $0.hasPrefix("Persetujuan DPRD tetap dihitung") })
    }

    @Test("The IKN legal-consultation flag is editable rule data")
    func iknKonsultasiDapatDiubah() {
        var aturan = AturanKelayakan.bawaan
        aturan.otoritaIKNPerluKonsultasiHukum.nilai = false
        let h = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.ikn]), aturan: aturan)
        #expect(!h.keseluruhan.perluKonsultasiHukum)
        #expect(!h.keseluruhan.catatan.contains { $0.contains("Konsultasikan") })
    }

    @Test("Scenario A: an internal procurement is not KSD and is routed to Perpres 16/2018")
    func pengadaan() {
        var u = Contoh.dishub(bentuk: .pengadaanBarangJasa, eksternalitas: false)
        u.calonMitra = []
        let h = Kelayakan.saring(Contoh.masukan(u, mitra: []))
        #expect(h.keseluruhan.ksd == false)
        #expect(h.keseluruhan.jenis == .kemitraanLain)
        #expect(h.keseluruhan.label == "Bukan KSD")
        #expect(h.keseluruhan.alasan.hasPrefix("Bukan KSD: pengadaan barang/jasa"))
        #expect(h.keseluruhan.dasarHukum.contains("Perpres 16/2018 jo. Perpres 12/2021"))
        #expect(h.keseluruhan.catatan.contains { $0.contains("Kabupaten Banjar") })
        // Whoever the partner, it stays not KSD.
        let denganMitra = Kelayakan.saring(Contoh.masukan(u, mitra: [Contoh.bumd, Contoh.ppu]))
        #expect(denganMitra.perMitra.allSatisfy { $0.hasil == h.keseluruhan })
    }

    @Test("Every non-KSD form names its own rule", arguments: [
        (BentukKegiatan.pengadaanBarangJasa, "Perpres 16/2018"), (.swakelola, "swakelola"),
        (.hibah, "Permendagri 32/2011"), (.pemanfaatanBMD, "Permendagri 19/2016"), (.kpbu, "Perpres 38/2015"),
    ])
    func semuaBukanKSD(_ bentuk: BentukKegiatan, _ aturan: String) {
        let h = Kelayakan.saring(Contoh.masukan(Contoh.dishub(bentuk: bentuk), mitra: [Contoh.bumd])).keseluruhan
        #expect(h.ksd == false && h.jenis == .kemitraanLain)
        #expect(h.dasarHukum.contains(aturan))
        #expect(h.alasan.contains(aturan) || h.alasan.contains("Ikuti alur menurut"))
    }

    @Test("No partner chosen yet: the verdict cannot be decided")
    func tanpaMitra() {
        let h = Kelayakan.saring(Contoh.masukan(mitra: []))
        #expect(h.keseluruhan.ksd == nil && h.keseluruhan.jenis == nil)
        #expect(h.keseluruhan.alasan.hasPrefix("Belum dapat ditentukan: pilih calon mitra."))
        #expect(h.keseluruhan.label == "Belum dapat ditentukan")
        #expect(h.perMitra.isEmpty)
    }

    // MARK: Kinds of partner

    @Test("A pihak ketiga makes it KSDPK pelayanan publik, with the sector-rule and feasibility-study notes")
    func pihakKetiga() {
        let h = Kelayakan.saring(Contoh.masukan(Contoh.dishub(bentuk: .kerjaSamaPihakKetiga), mitra: [Contoh.bumd]))
            .keseluruhan
        #expect(h.jenis == .ksdpkPelayananPublik)
        #expect(h.dasarHukum.contains("PP 28/2018 Pasal 15 ayat (1) huruf a"))
        #expect(h.catatan.contains { $0.contains("PP 28/2018 Pasal 15 ayat (3)") && $0.contains("Permendagri 19/2016") })
        #expect(h.catatan.contains { $0.contains("studi kelayakan") })
        #expect(h.persetujuanDPRD == nil)  // facts unknown
        let dprd = Kelayakan.saring(
            Contoh.masukan(mitra: [Contoh.bumd], dprd: PenilaianDPRD(membebaniMasyarakatDanDaerah: false, sudahDianggarkanAPBD: false)))
        #expect(dprd.keseluruhan.persetujuanDPRD?.perlu == true)
    }

    @Test("A kementerian/lembaga makes it a Sinergi with NK and RK (PP 28/2018 Pasal 46)")
    func sinergi() {
        let h = Kelayakan.saring(Contoh.masukan(Contoh.dishub(bentuk: .sinergiPusat), mitra: [Contoh.kemenhub])).keseluruhan
        #expect(h.ksd == true && h.jenis == .sinergi)
        #expect(h.dasarHukum.contains("Pasal 46"))
        #expect(h.alasan.contains("Nota Kesepakatan dan Rencana Kerja"))
        #expect(h.persetujuanDPRD?.perlu == false)
    }

    @Test("Foreign partners: KSDPL for a foreign local government, KSDLL for a foreign institution, DPRD always")
    func luarNegeri() {
        let u = Contoh.dishub(bentuk: .kerjaSamaLuarNegeri)
        let pl = Kelayakan.saring(Contoh.masukan(u, mitra: [Contoh.sisterCity])).keseluruhan
        #expect(pl.jenis == .ksdpl)
        #expect(pl.persetujuanDPRD?.perlu == true)
        #expect(pl.alasan.contains("persetujuan DPRD") && pl.alasan.contains("persetujuan Pemerintah Pusat"))
        let ll = Kelayakan.saring(Contoh.masukan(u, mitra: [Contoh.lembagaLN])).keseluruhan
        #expect(ll.jenis == .ksdll)
        #expect(ll.persetujuanDPRD?.perlu == true)
        #expect(ll.catatan.contains { $0.contains("Pasal 25 dan Pasal 36") })
    }

    @Test("A desa with another desa cooperates antar-desa; with a pihak ketiga, desa–pihak ketiga; the camat facilitates")
    func desa() {
        let wisata = UsulanPotensi(
            jenis: .potensi, judul: "Desa wisata Bukit Raya", urusan: ["3.26"], lokasi: [kode("64.02.13.2016")],
            bentuk: .kerjaSamaDesa, eksternalitas: false)
        let antar = Kelayakan.saring(Contoh.masukan(wisata, unit: .desa, mitra: [Contoh.desaKaryaJaya])).keseluruhan
        #expect(antar.jenis == .desaAntarDesa && antar.ksd == true)
        #expect(antar.dasarHukum.contains("UU 6/2014 Pasal 91"))
        #expect(antar.catatan.contains { $0.contains("Camat memfasilitasi") })
        #expect(antar.persetujuanDPRD?.perlu == false)
        let pk = Kelayakan.saring(Contoh.masukan(wisata, unit: .desa, mitra: [Contoh.bumd])).keseluruhan
        #expect(pk.jenis == .desaPihakKetiga)
        #expect(pk.dasarHukum.contains("Pasal 93"))
        #expect(pk.alasan.contains("Musyawarah Desa"))
    }

    @Test("A desa wanting a daerah partner: the kabupaten is the party")
    func desaDenganDaerah() {
        let u = UsulanPotensi(jenis: .potensi, judul: "Jalur wisata lintas kabupaten", lokasi: [kode("64.02.13.2016")])
        let h = Kelayakan.saring(Contoh.masukan(u, unit: .desa, mitra: [Contoh.ppu])).keseluruhan
        #expect(h.jenis == .ksddSukarela)
        #expect(h.catatan.first?.contains("UU 6/2014 Pasal 91") == true)
    }

    @Test("An OPD cannot take a desa as partner: desa cooperation belongs to the desa")
    func opdDenganDesa() {
        let h = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.desaKaryaJaya])).keseluruhan
        #expect(h.ksd == nil && h.jenis == nil)
        #expect(h.alasan.contains("desa bukan mitra kerja sama daerah"))
    }

    @Test("A kelurahan is not a desa for kerja sama antar-desa")
    func kelurahanBukanDesa() {
        let u = UsulanPotensi(jenis: .potensi, judul: "Pasar bersama", lokasi: [kode("64.02.13.2016")])
        let h = Kelayakan.saring(Contoh.masukan(u, unit: .desa, mitra: [Contoh.kelurahanJahab])).keseluruhan
        #expect(h.ksd == nil)
        #expect(h.alasan.contains("bukan desa"))
    }

    @Test("A daerah partner inside the proposing daerah is not KSD; a kecamatan is not a daerah")
    func daerahSendiri() {
        let sendiri = ProfilMitra(id: UUID(), jenis: .daerah, kodeWilayah: Contoh.kukar, nama: "Kutai Kartanegara")
        #expect(Kelayakan.saring(Contoh.masukan(mitra: [sendiri])).keseluruhan.ksd == false)
        let kecamatan = ProfilMitra(id: UUID(), jenis: .daerah, kodeWilayah: kode("64.09.04"), nama: "Kecamatan Sepaku")
        let h = Kelayakan.saring(Contoh.masukan(mitra: [kecamatan])).keseluruhan
        #expect(h.ksd == nil)
        #expect(h.alasan.contains("bukan daerah otonom"))
    }

    @Test("A daerah without its code: wajib or sukarela is left to choose when there is an externality")
    func daerahTanpaKode() {
        let tanpa = ProfilMitra(id: UUID(), jenis: .daerah, nama: "Kota Balikpapan")
        let h = Kelayakan.saring(Contoh.masukan(mitra: [tanpa])).keseluruhan
        #expect(h.ksd == true && h.jenis == nil && h.pilihanJenis == [.ksddWajib, .ksddSukarela])
        let tanpaEksternalitas = Kelayakan.saring(Contoh.masukan(Contoh.dishub(eksternalitas: false), mitra: [tanpa]))
        #expect(tanpaEksternalitas.keseluruhan.jenis == .ksddSukarela)
    }

    @Test("A provinsi and a kabupaten inside it count as bordering for kerja sama wajib (editable)")
    func provinsiDanKabupaten() {
        let h = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.kaltim])).keseluruhan
        #expect(h.jenis == .ksddWajib)
        #expect(h.alasan.contains("provinsi dengan kabupaten/kota dalam wilayahnya"))
        var aturan = AturanKelayakan.bawaan
        aturan.provinsiBerbatasanDenganKabKotaDiWilayahnya.nilai = false
        #expect(Kelayakan.saring(Contoh.masukan(mitra: [Contoh.kaltim]), aturan: aturan).keseluruhan.jenis == .ksddSukarela)
    }

    @Test("Kerja sama wajib across provinces is coordinated at the national level")
    func lintasProvinsi() {
        let batas = PetaBatas(pasanganKode: [("64.02", "62.03")])
        let h = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.kabLuarProvinsi], batas: batas)).keseluruhan
        #expect(h.jenis == .ksddWajib)
        #expect(h.alasan.contains("berbatasan langsung dengan Kabupaten Kutai Kartanegara"))
        #expect(h.catatan.contains { $0.contains("tingkat nasional") })
        #expect(h.catatan.contains { $0.contains("oleh Pemerintah Pusat") })
    }

    @Test("Kehutanan or ESDM in a kabupaten gets a note on authority (PP 28/2018 Pasal 4 ayat (1))")
    func kewenangan() {
        var u = Contoh.dishub()
        u.urusan = ["3.28", "2.15"]
        let h = Kelayakan.saring(Contoh.masukan(u, mitra: [Contoh.ppu])).keseluruhan
        #expect(h.catatan.contains { $0.contains("3.28 Kehutanan") && $0.contains("Pasal 4 ayat (1)") })
        #expect(!h.catatan.contains { $0.contains("2.15") })
        let tanpaMitra = Kelayakan.saring(Contoh.masukan(u, mitra: [])).keseluruhan
        #expect(tanpaMitra.catatan.contains { $0.contains("3.28 Kehutanan") })
    }

    @Test("A form that does not fit the partner's kind gets a note; the partner decides the kind")
    func bentukTidakSesuai() {
        let h = Kelayakan.saring(Contoh.masukan(Contoh.dishub(bentuk: .kerjaSamaPihakKetiga), mitra: [Contoh.ppu]))
            .keseluruhan
        #expect(h.jenis == .ksddSukarela)
        #expect(h.catatan.contains { $0.hasPrefix("Bentuk kegiatan yang dipilih (kerja sama dengan pihak ketiga) tidak sesuai") })
    }

    @Test("Partners of different kinds: the overall verdict lists each and leaves the kind per partner")
    func campuran() {
        let h = Kelayakan.saring(
            Contoh.masukan(Contoh.dishub(bentuk: .belumDitentukan), mitra: [Contoh.bumd, Contoh.kemenhub, Contoh.ikn]))
        #expect(h.perMitra.map(\.hasil.jenis) == [.ksdpkPelayananPublik, .sinergi, nil])
        #expect(h.keseluruhan.ksd == true && h.keseluruhan.jenis == nil)
        #expect(h.keseluruhan.pilihanJenis == [.ksdpkPelayananPublik, .sinergi, .ksddWajib])
        #expect(h.keseluruhan.alasan.contains("memerlukan naskah tersendiri"))
        #expect(h.keseluruhan.perluKonsultasiHukum)
        let semuaTidakPasti = Kelayakan.saring(Contoh.masukan(mitra: [Contoh.desaKaryaJaya, Contoh.kelurahanJahab]))
        #expect(semuaTidakPasti.keseluruhan.ksd == nil)
    }

    // MARK: Rules as data

    @Test("The non-KSD list is editable data, and its edits are checked")
    func aturanDapatDiubah() throws {
        var aturan = AturanKelayakan.bawaan
        aturan.bukanKSD.removeAll { $0.bentuk == .hibah }
        let h = Kelayakan.saring(Contoh.masukan(Contoh.dishub(bentuk: .hibah), mitra: [Contoh.ppu]), aturan: aturan)
        #expect(h.keseluruhan.ksd == true)
        try aturan.periksa()
        try AturanKelayakan.bawaan.periksa()

        var salah = AturanKelayakan.bawaan
        salah.versi = " "
        salah.bukanKSD.append(RuteBukanKSD(bentuk: .kerjaSamaDaerahLain, keterangan: "x", dasarHukum: "y", status: .sekunder))
        salah.bukanKSD.append(RuteBukanKSD(bentuk: .kpbu, keterangan: "", dasarHukum: " ", status: .sekunder))
        salah.urusanKewenanganTerbatasKabKota.nilai = ["9.99"]
        do {
            try salah.periksa()
            Issue.record("invalid rules accepted")
        } catch {
            #expect(Set(error.daftar.map(\.field)) == [
                "versi", "bukanKSD[5].bentuk", "bukanKSD[6].bentuk", "bukanKSD[6].keterangan", "bukanKSD[6].dasarHukum",
                "urusanKewenanganTerbatasKabKota",
            ])
        }
    }

    @Test("Stored rules survive new parameters: missing keys take the default")
    func aturanJSON() throws {
        #expect(try JSONDecoder().decode(AturanKelayakan.self, from: Data("{}".utf8)) == .bawaan)
        let data = try JSONEncoder().encode(AturanKelayakan.bawaan)
        #expect(try JSONDecoder().decode(AturanKelayakan.self, from: data) == .bawaan)
        let sebagian = #"{"versi":"Kukar 2026","otoritaIKNPerluKonsultasiHukum":{"nilai":false,"sumber":"Bagian Hukum","status":"S"}}"#
        let a = try JSONDecoder().decode(AturanKelayakan.self, from: Data(sebagian.utf8))
        #expect(a.versi == "Kukar 2026" && !a.otoritaIKNPerluKonsultasiHukum.nilai && a.bukanKSD == AturanKelayakan.bawaan.bukanKSD)
    }

    // MARK: Border data

    @Test("Borders are symmetric and inherited by the regions above, not below")
    func petaBatas() throws {
        let p = PetaBatas(pasanganKode: [("64.02.03", "64.09.04")])
        #expect(p.berbatasan(kode("64.02.03"), kode("64.09.04")))
        #expect(p.berbatasan(kode("64.09.04"), kode("64.02.03")))
        #expect(p.berbatasan(kode("64.02"), kode("64.09")))
        #expect(p.berbatasan(kode("64.02.03"), kode("64.09")))
        #expect(!p.berbatasan(kode("64.02.06"), kode("64.09")))  // Tenggarong does not inherit Kukar's border
        #expect(!p.berbatasan(kode("64"), kode("64")))
        #expect(!p.berbatasan(kode("64.02"), kode("64.02.03")))
        #expect(p.pasangan == [PasanganWilayah(kode("64.02.03"), kode("64.09.04"))])
        // Order and duplicates do not matter.
        #expect(PetaBatas(pasanganKode: [("64.09.04", "64.02.03"), ("64.02.03", "64.09.04")]) == p)
        // Malformed pairs are skipped.
        #expect(PetaBatas(pasanganKode: [("64.2", "64.09")]).pasangan.isEmpty)
        let data = try JSONEncoder().encode(p)
        let q = try JSONDecoder().decode(PetaBatas.self, from: data)
        #expect(q == p && q.berbatasan(kode("64.02"), kode("64.09")))
    }

    @Test("IKN borders Loa Kulu, Loa Janan and Sanga-Sanga by default (UU 21/2023 Pasal 6 ayat (2))")
    func batasIKN() {
        let p = PetaBatas.kosong
        #expect(p.batasIKN.map(\.nilai) == BatasOtoritaIKN.kecamatan)
        #expect(p.berbatasanDenganIKN(kode("64.02")))
        #expect(p.berbatasanDenganIKN(kode("64")))
        #expect(p.berbatasanDenganIKN(kode("64.02.03")))
        #expect(!p.berbatasanDenganIKN(kode("64.02.06")))
        #expect(!p.berbatasanDenganIKN(kode("64.02.03.2001")))  // a desa does not inherit its kecamatan's border
        #expect(!p.berbatasanDenganIKN(kode("64.72")))
        #expect(p.batasIKN(dalam: kode("64.02")).map(\.nilai) == ["64.02.02", "64.02.03", "64.02.15"])
        let lain = PetaBatas(pasangan: [], batasIKN: [kode("64.09.04")])
        #expect(lain.berbatasanDenganIKN(kode("64.09")) && !lain.berbatasanDenganIKN(kode("64.02")))
    }
}
