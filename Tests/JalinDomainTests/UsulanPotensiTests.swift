import Foundation
import JalinDomain
import Testing

/// The problems `periksa` reports, or [] when it passes.
private func masalah(_ isian: IsianUsulan, diajukan: Bool) -> [KesalahanIsian] {
    do {
        _ = try UsulanPotensi.periksa(isian, untukDiajukan: diajukan)
        return []
    } catch {
        return error.daftar
    }
}

private func fieldMasalah(_ isian: IsianUsulan, diajukan: Bool) -> Set<String> {
    Set(masalah(isian, diajukan: diajukan).map(\.field))
}

/// Scenario A step 2: Dinas Perhubungan's submission, complete.
private let idOtoritaIKN = UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000001")!
private let idPPU = UUID(uuidString: "0B5C1E2A-0000-4000-8000-000000000002")!

private func isianDishub() -> IsianUsulan {
    IsianUsulan(
        jenis: "potensi",
        judul: "Integrasi angkutan sungai dan darat Tenggarong–IKN",
        deskripsi: "Menghubungkan dermaga sungai Tenggarong dengan angkutan darat menuju kawasan IKN.\nTahap awal: kajian rute.",
        urusan: ["2.15"],
        lokasi: ["64.02.06", "64.02.03"],
        bentuk: "kerjaSamaDaerahLain",
        sumberDayaDimiliki: "Dermaga sungai, armada sungai",
        sumberDayaDibutuhkan: "Rute terpadu, pendanaan",
        calonMitra: [idOtoritaIKN.uuidString, idPPU.uuidString],
        eksternalitas: "ya",
        eksternalitasDengan: "Kabupaten Penajam Paser Utara dan wilayah IKN",
        manfaat: "Waktu tempuh Tenggarong–IKN lebih singkat; layanan angkutan terpadu.",
        indikator: "Jumlah penumpang per bulan",
        perkiraanBiaya: "Rp2.500.000.000,00",
        sumberDana: "apbdDanMitra",
        kodeProgram: "2.15.02",
        namaProgram: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)")
}

@Suite("Usulan potensi: the submission form")
struct UsulanPotensiTests {
    // MARK: Scenario A

    @Test("Dinas Perhubungan's river–road integration passes the submission check")
    func dishub() throws {
        let u = try UsulanPotensi.periksa(isianDishub(), untukDiajukan: true)
        #expect(u.jenis == .potensi)
        #expect(u.judul == "Integrasi angkutan sungai dan darat Tenggarong–IKN")
        #expect(u.urusan == ["2.15"])
        #expect(u.bidangUrusan.map(\.nama) == ["Perhubungan"])
        #expect(u.lokasi.map(\.nilai) == ["64.02.06", "64.02.03"])
        #expect(u.bentuk == .kerjaSamaDaerahLain)
        #expect(u.calonMitra == [idOtoritaIKN, idPPU])
        #expect(u.eksternalitas)
        #expect(u.perkiraanBiaya == 250_000_000_000)
        #expect(u.sumberDana == .apbdDanMitra)
        #expect(u.keterkaitanPerencanaan == .program(kode: "2.15.02", nama: u.namaProgram))
        #expect(u.kekuranganUntukDiajukan.isEmpty)
        #expect(u.kekuranganUntukDiprioritaskan.isEmpty)
    }

    @Test("Kecamatan Samboja's problem may be submitted without a planning link, but not prioritised without one")
    func samboja() throws {
        let isian = IsianUsulan(
            jenis: "permasalahan", judul: "Akses jalan penghubung ke kawasan IKN",
            deskripsi: "Jalan penghubung dari Samboja ke kawasan IKN belum memadai.", urusan: ["1.03", "2.15"],
            lokasi: ["64.02.13"], sumberDayaDibutuhkan: "Peningkatan jalan penghubung, jembatan",
            manfaat: "Akses warga Samboja ke kawasan IKN")
        let u = try UsulanPotensi.periksa(isian, untukDiajukan: true)
        #expect(u.jenis == .permasalahan)
        #expect(u.keterkaitanPerencanaan == nil)
        #expect(u.kekuranganUntukDiajukan.isEmpty)
        #expect(u.kekuranganUntukDiprioritaskan.map(\.field) == ["rujukanPerencanaan"])
        #expect(throws: KesalahanValidasi.self) { try u.periksaSiapDiprioritaskan() }
        var denganPSN = isian
        denganPSN.pengecualian = "programStrategisNasional"
        denganPSN.alasanPengecualian = "Mendukung pembangunan IKN sebagai program strategis nasional."
        let v = try UsulanPotensi.periksa(denganPSN, untukDiajukan: true)
        #expect(v.keterkaitanPerencanaan == .pengecualian(.programStrategisNasional, alasan: v.alasanPengecualian))
        try v.periksaSiapDiprioritaskan()
    }

    @Test("A desa submits a desa wisata potential")
    func desaWisata() throws {
        let u = try UsulanPotensi.periksa(
            IsianUsulan(
                jenis: "potensi", judul: "Desa wisata Bukit Raya", deskripsi: "Paket wisata alam dan budaya.",
                urusan: ["3.26"], lokasi: ["64.02.13.2016"], bentuk: "kerjaSamaDesa",
                sumberDayaDimiliki: "Air terjun, homestay warga, kelompok sadar wisata",
                sumberDayaDibutuhkan: "Promosi, pelatihan pemandu", manfaat: "Pendapatan desa dan warga",
                kodeProgram: "3.26.02", namaProgram: "Program Peningkatan Daya Tarik Destinasi Pariwisata"),
            untukDiajukan: true)
        #expect(u.lokasi.first?.jenisDesa == .desa)
        #expect(u.bentuk == .kerjaSamaDesa)
    }

    // MARK: Draft and submission

    @Test("A draft needs only its title")
    func drafCukupJudul() throws {
        let u = try UsulanPotensi.periksa(IsianUsulan(judul: "Kerja sama air bersih"), untukDiajukan: false)
        #expect(u.judul == "Kerja sama air bersih")
        #expect(u.bentuk == .belumDitentukan)
        #expect(!u.eksternalitas)
        #expect(
            u.kekuranganUntukDiajukan.map(\.field) == ["jenis", "deskripsi", "urusan", "lokasi", "manfaat"])
    }

    @Test("A draft without a title is refused")
    func drafTanpaJudul() {
        #expect(masalah(IsianUsulan(judul: "   "), diajukan: false) == [
            KesalahanIsian(field: "judul", pesan: "Judul wajib diisi.")
        ])
        #expect(masalah(IsianUsulan(), diajukan: false).map(\.field) == ["judul"])
    }

    @Test("A draft still refuses wrong values")
    func drafTetapMemeriksa() {
        let isian = IsianUsulan(judul: "X", urusan: ["9.99"], lokasi: ["64.2"], perkiraanBiaya: "sejuta")
        #expect(fieldMasalah(isian, diajukan: false) == ["urusan", "lokasi", "perkiraanBiaya"])
    }

    @Test("Submitting an empty form reports every missing field at once, each by name")
    func ajukanKosong() {
        let daftar = masalah(IsianUsulan(), diajukan: true)
        #expect(daftar.map(\.field) == ["judul", "jenis", "deskripsi", "urusan", "lokasi", "manfaat"])
        #expect(daftar.allSatisfy { !$0.pesan.isEmpty })
    }

    @Test("A potensi needs what it has; a permasalahan needs what it needs")
    func sumberDayaMenurutJenis() {
        var i = isianDishub()
        i.sumberDayaDimiliki = nil
        #expect(masalah(i, diajukan: true) == [
            KesalahanIsian(field: "sumberDayaDimiliki", pesan: "Sumber daya yang dimiliki wajib diisi untuk usulan potensi.")
        ])
        i.jenis = "permasalahan"
        i.sumberDayaDibutuhkan = " "
        #expect(fieldMasalah(i, diajukan: true) == ["sumberDayaDibutuhkan"])
        i.jenis = "isu"
        #expect(masalah(i, diajukan: true).isEmpty)
    }

    @Test("A potensi cannot be submitted without a programme or an exception (PP 28/2018 Pasal 4)")
    func potensiPerluRujukan() throws {
        var i = isianDishub()
        i.kodeProgram = nil
        i.namaProgram = nil
        let daftar = masalah(i, diajukan: true)
        #expect(daftar.map(\.field) == ["rujukanPerencanaan"])
        #expect(daftar.first?.pesan.contains("PP 28/2018 Pasal 4 ayat (2)–(3)") == true)
        // still fine as a draft
        #expect(masalah(i, diajukan: false).isEmpty)
        // an exception with its reason is enough
        i.pengecualian = "darurat"
        i.alasanPengecualian = "Penanganan pascabanjir"
        let u = try UsulanPotensi.periksa(i, untukDiajukan: true)
        #expect(u.pengecualian == .darurat)
        #expect(PengecualianPerencanaan.darurat.dasarHukum.contains("Pasal 4 ayat (3) huruf a"))
    }

    @Test("A programme needs both code and name; an exception needs its reason")
    func pasanganRujukan() {
        var i = isianDishub()
        i.namaProgram = nil
        #expect(fieldMasalah(i, diajukan: true) == ["namaProgram"])
        i = isianDishub()
        i.kodeProgram = nil
        #expect(fieldMasalah(i, diajukan: true) == ["kodeProgram"])
        i = isianDishub()
        i.kodeProgram = nil
        i.namaProgram = nil
        i.pengecualian = "tugasPembantuan"
        #expect(fieldMasalah(i, diajukan: true) == ["alasanPengecualian"])
        i.pengecualian = nil
        i.alasanPengecualian = "Ditugaskan kementerian"
        #expect(fieldMasalah(i, diajukan: true) == ["pengecualian"])
    }

    @Test("A programme and an exception together are refused, even in a draft")
    func programDanPengecualian() {
        var i = isianDishub()
        i.pengecualian = "darurat"
        i.alasanPengecualian = "Banjir"
        for diajukan in [false, true] {
            let daftar = masalah(i, diajukan: diajukan)
            #expect(daftar.map(\.field) == ["rujukanPerencanaan"])
            #expect(daftar.first?.pesan.contains("salah satu saja") == true)
        }
    }

    @Test("Programme codes of every nomenclature level are accepted", arguments: [
        "2.15", "2.15.02", "4.01.03.2.03", "2.15.02.2.01", "2.15.02.2.01.0001", "1.03.11.2.01.0012",
        "1.03.02.03.04", " 3.26.02 ",
    ])
    func kodeProgramSah(_ kode: String) {
        #expect(KodeProgram.sah(kode), "\(kode)")
        var i = isianDishub()
        i.kodeProgram = kode
        #expect(masalah(i, diajukan: true).isEmpty)
    }

    @Test("Garbage programme codes are refused under kodeProgram", arguments: [
        "abc", "2", "2.1", "0.15.02", "2.15.", ".2.15", "2..15", "2.15.02.2", "2.15.02.2.1", "2.15.02.2.01.001",
        "2.15.02.02.02.02", "2,15,02", "2.15.02; DROP TABLE", "２.15", "=1+1", String(repeating: "2.15", count: 20),
    ])
    func kodeProgramTidakSah(_ kode: String) {
        #expect(!KodeProgram.sah(kode), "\(kode)")
        var i = isianDishub()
        i.kodeProgram = kode
        let daftar = masalah(i, diajukan: true)
        #expect(daftar.map(\.field) == ["kodeProgram"], "\(kode)")
    }

    // MARK: Fields

    @Test("Urusan 9.99 is refused by name under 'urusan'; duplicates collapse")
    func urusan() throws {
        var i = isianDishub()
        i.urusan = ["9.99"]
        let daftar = masalah(i, diajukan: true)
        #expect(daftar.map(\.field) == ["urusan"])
        #expect(daftar.first?.pesan.hasPrefix("Kode urusan 9.99 tidak dikenal.") == true)
        i.urusan = ["2.15", " 2.15 ", "", "3.26"]
        #expect(try UsulanPotensi.periksa(i, untukDiajukan: true).urusan == ["2.15", "3.26"])
        i.urusan = ["2.15", "x", "1.99"]
        #expect(masalah(i, diajukan: true).map(\.field) == ["urusan", "urusan"])
        i.urusan = []
        #expect(masalah(i, diajukan: true) == [
            KesalahanIsian(field: "urusan", pesan: "Pilih paling sedikit satu urusan pemerintahan.")
        ])
    }

    @Test("A malformed kode wilayah is refused under 'lokasi'; existence is the server's check")
    func lokasi() throws {
        for salah in ["64.2", "64-02-06", "6402", "64.02.06.1", "abc", "64.02.06.10011"] {
            var i = isianDishub()
            i.lokasi = [salah]
            let daftar = masalah(i, diajukan: true)
            #expect(daftar.map(\.field) == ["lokasi"], "\(salah)")
            #expect(daftar.first?.pesan.contains("tidak sah") == true)
        }
        var i = isianDishub()
        i.lokasi = ["99.99.99"]  // well-formed, possibly nonexistent: accepted here
        #expect(try UsulanPotensi.periksa(i, untukDiajukan: true).lokasi.map(\.nilai) == ["99.99.99"])
        i.lokasi = (0..<101).map { String(format: "64.%02d.%02d", $0 / 100 + 1, $0 % 100) }
        #expect(fieldMasalah(i, diajukan: true) == ["lokasi"])
    }

    @Test(
        "Text fields have limits: judul 200, deskripsi 20,000, sumber daya 4,000, manfaat and indikator 2,000",
        arguments: [
            ("judul", 200), ("deskripsi", 20_000), ("sumberDayaDimiliki", 4000), ("sumberDayaDibutuhkan", 4000),
            ("manfaat", 2000), ("indikator", 2000), ("eksternalitasDengan", 1000), ("namaProgram", 500),
        ])
    func batasPanjang(_ field: String, _ maks: Int) {
        func isi(_ n: Int) -> IsianUsulan {
            var i = isianDishub()
            let t = String(repeating: "é", count: n)
            switch field {
            case "judul": i.judul = t
            case "deskripsi": i.deskripsi = t
            case "sumberDayaDimiliki": i.sumberDayaDimiliki = t
            case "sumberDayaDibutuhkan": i.sumberDayaDibutuhkan = t
            case "manfaat": i.manfaat = t
            case "indikator": i.indikator = t
            case "eksternalitasDengan": i.eksternalitasDengan = t
            case "namaProgram": i.namaProgram = t
            default: Issue.record("unknown field \(field)")
            }
            return i
        }
        #expect(masalah(isi(maks), diajukan: true).isEmpty)
        let daftar = masalah(isi(maks + 1), diajukan: true)
        #expect(daftar.map(\.field) == [field])
        #expect(daftar.first?.pesan.contains("paling banyak \(maks) karakter") == true)
    }

    @Test("Formula and HTML text are just text: kept verbatim, escaping is the output's job")
    func teksBerbahaya() throws {
        var i = isianDishub()
        i.judul = "=HYPERLINK(\"http://x\",\"klik\")"
        i.deskripsi = "<script>alert('x')</script>\n<b>tebal</b> & \"kutip\""
        i.manfaat = "+SUM(A1:A9)"
        i.indikator = "@cmd"
        let u = try UsulanPotensi.periksa(i, untukDiajukan: true)
        #expect(u.judul == "=HYPERLINK(\"http://x\",\"klik\")")
        #expect(u.deskripsi == "<script>alert('x')</script>\n<b>tebal</b> & \"kutip\"")
        #expect(u.manfaat == "+SUM(A1:A9)")
        #expect(u.indikator == "@cmd")
    }

    @Test("The title is one line without control characters; the description may span lines")
    func karakterKendali() {
        var i = isianDishub()
        i.judul = "Baris satu\nbaris dua"
        #expect(fieldMasalah(i, diajukan: false) == ["judul"])
        i.judul = "Bel\u{0007}"
        #expect(fieldMasalah(i, diajukan: false) == ["judul"])
        i = isianDishub()
        i.deskripsi = "Satu\r\nDua\n\tTiga"
        #expect(masalah(i, diajukan: true).isEmpty)
        i.deskripsi = "Nol\u{0000}"
        #expect(fieldMasalah(i, diajukan: true) == ["deskripsi"])
    }

    @Test("Estimated cost reads Indonesian rupiah; negative and malformed amounts are refused")
    func biaya() throws {
        for (teks, sen) in [
            ("Rp1.250.000,00", Int64(125_000_000)), ("1250000", 125_000_000), ("Rp 1.000.000,-", 100_000_000),
            ("0", 0),
        ] {
            var i = isianDishub()
            i.perkiraanBiaya = teks
            #expect(try UsulanPotensi.periksa(i, untukDiajukan: true).perkiraanBiaya == sen, "\(teks)")
        }
        var i = isianDishub()
        i.perkiraanBiaya = "-Rp1.000,00"
        #expect(masalah(i, diajukan: true) == [
            KesalahanIsian(field: "perkiraanBiaya", pesan: "Perkiraan biaya tidak boleh negatif.")
        ])
        for salah in ["1,250,000.00", "satu juta", "12.50", "Rp1.000,999"] {
            i.perkiraanBiaya = salah
            let daftar = masalah(i, diajukan: true)
            #expect(daftar.map(\.field) == ["perkiraanBiaya"], "\(salah)")
            #expect(daftar.first?.pesan.hasPrefix("Perkiraan biaya tidak sah.") == true)
        }
        i.perkiraanBiaya = ""
        #expect(try UsulanPotensi.periksa(i, untukDiajukan: true).perkiraanBiaya == nil)
    }

    @Test("A cross-border externality must say which daerah it reaches, on submission")
    func eksternalitas() throws {
        var i = isianDishub()
        i.eksternalitasDengan = nil
        #expect(fieldMasalah(i, diajukan: true) == ["eksternalitasDengan"])
        #expect(masalah(i, diajukan: false).isEmpty)
        for (teks, nilai) in [("ya", true), ("YA", true), ("true", true), ("on", true), ("1", true),
                              ("tidak", false), ("false", false), ("0", false), ("", false)] {
            i.eksternalitas = teks
            i.eksternalitasDengan = "PPU"
            #expect(try UsulanPotensi.periksa(i, untukDiajukan: true).eksternalitas == nilai, "\(teks)")
        }
        i.eksternalitas = "mungkin"
        #expect(masalah(i, diajukan: true) == [
            KesalahanIsian(field: "eksternalitas", pesan: "Eksternalitas lintas daerah diisi ya atau tidak.")
        ])
    }

    @Test("Candidate partners are ids; duplicates collapse; garbage is refused")
    func calonMitra() throws {
        var i = isianDishub()
        i.calonMitra = [idPPU.uuidString, idPPU.uuidString.lowercased(), ""]
        #expect(try UsulanPotensi.periksa(i, untukDiajukan: true).calonMitra == [idPPU])
        i.calonMitra = ["kabupaten-ppu", idPPU.uuidString]
        #expect(masalah(i, diajukan: true) == [
            KesalahanIsian(field: "calonMitra", pesan: "Calon mitra ke-1 tidak dikenal; pilih calon mitra dari daftar mitra.")
        ])
        i.calonMitra = []
        #expect(try UsulanPotensi.periksa(i, untukDiajukan: true).calonMitra.isEmpty)
    }

    @Test("Unknown choices are refused by field: jenis, bentuk, sumber dana, pengecualian")
    func pilihanTidakDikenal() {
        var i = isianDishub()
        i.jenis = "gagasan"
        i.bentuk = "kerjaSamaRahasia"
        i.sumberDana = "utang"
        #expect(fieldMasalah(i, diajukan: true) == ["jenis", "bentuk", "sumberDana"])
        i = isianDishub()
        i.kodeProgram = nil
        i.namaProgram = nil
        i.pengecualian = "bencanaPolitik"
        i.alasanPengecualian = "x"
        #expect(fieldMasalah(i, diajukan: true) == ["pengecualian"])
    }

    @Test("Choices are read without regard to case and surrounding spaces")
    func pilihanTanpaHurufBesar() throws {
        var i = isianDishub()
        i.jenis = " Potensi "
        i.bentuk = "KERJASAMAPIHAKKETIGA"
        i.sumberDana = "APBD"
        let u = try UsulanPotensi.periksa(i, untukDiajukan: true)
        #expect(u.jenis == .potensi && u.bentuk == .kerjaSamaPihakKetiga && u.sumberDana == .apbd)
    }

    @Test("A JSON body may send booleans, numbers and comma-separated lists")
    func json() throws {
        let json = """
            {"jenis":"potensi","judul":"Dermaga","deskripsi":"d","urusan":"2.15, 3.26","lokasi":["64.02.06"],
             "eksternalitas":false,"perkiraanBiaya":1250000,"manfaat":"m","sumberDayaDimiliki":"dermaga",
             "kodeProgram":"2.15.02","namaProgram":"LLAJ","calonMitra":null}
            """
        let isian = try JSONDecoder().decode(IsianUsulan.self, from: Data(json.utf8))
        #expect(isian.urusan == ["2.15", " 3.26"])
        #expect(isian.eksternalitas == "tidak")
        #expect(isian.perkiraanBiaya == "1250000")
        let u = try UsulanPotensi.periksa(isian, untukDiajukan: true)
        #expect(u.urusan == ["2.15", "3.26"])
        #expect(u.perkiraanBiaya == 125_000_000)
        let dariTeks = try JSONDecoder().decode(IsianUsulan.self, from: Data(#"{"eksternalitas":"ya"}"#.utf8))
        #expect(dariTeks.eksternalitas == "ya")
    }

    @Test("A validated submission refills its form and validates back to the same value")
    func bolakBalik() throws {
        let u = try UsulanPotensi.periksa(isianDishub(), untukDiajukan: true)
        #expect(try UsulanPotensi.periksa(u.isian, untukDiajukan: true) == u)
        let data = try JSONEncoder().encode(u)
        #expect(try JSONDecoder().decode(UsulanPotensi.self, from: data) == u)
    }

    @Test("Non-KSD forms name the rule they are routed to")
    func bentukBukanKSD() {
        let bukan = BentukKegiatan.allCases.filter(\.bukanKSDBawaan)
        #expect(bukan == [.pengadaanBarangJasa, .swakelola, .hibah, .pemanfaatanBMD, .kpbu])
        #expect(BentukKegiatan.pengadaanBarangJasa.dasarHukumBawaan?.contains("Perpres 16/2018 jo. Perpres 12/2021") == true)
        #expect(BentukKegiatan.hibah.dasarHukumBawaan?.contains("Permendagri 32/2011 jo. Permendagri 13/2018") == true)
        #expect(BentukKegiatan.pemanfaatanBMD.dasarHukumBawaan?.contains("Permendagri 19/2016") == true)
        #expect(BentukKegiatan.kpbu.dasarHukumBawaan?.contains("Perpres 38/2015") == true)
        #expect(BentukKegiatan.swakelola.dasarHukumBawaan?.contains("swakelola") == true)
        for b in BentukKegiatan.allCases where !b.bukanKSDBawaan {
            #expect(b.dasarHukumBawaan == nil)
        }
        #expect(BentukKegiatan.allCases.allSatisfy { !$0.nama.isEmpty })
    }
}

// MARK: - Status

@Suite("Usulan potensi: status transitions")
struct StatusUsulanTests {
    static let sah: [(StatusUsulan, AksiUsulan, StatusUsulan)] = [
        (.draf, .ajukan, .diajukan),
        (.dikembalikan, .ajukan, .diajukan),
        (.diajukan, .kembalikan(catatan: "Lengkapi kode program."), .dikembalikan),
        (.diajukan, .verifikasi, .terverifikasi),
        (.diajukan, .tarikKembali, .draf),
        (.diajukan, .tolak(alasan: "Bukan kewenangan daerah."), .ditolak),
        (.terverifikasi, .nilai, .dinilai),
        (.terverifikasi, .tolak(alasan: "Duplikat."), .ditolak),
        (.dinilai, .prioritaskan, .diprioritaskan),
        (.dinilai, .tolak(alasan: "Skor terlalu rendah."), .ditolak),
    ]

    static func contoh(_ j: AksiUsulan.Jenis) -> AksiUsulan {
        switch j {
        case .ajukan: .ajukan
        case .kembalikan: .kembalikan(catatan: "Perbaiki.")
        case .verifikasi: .verifikasi
        case .nilai: .nilai
        case .prioritaskan: .prioritaskan
        case .tolak: .tolak(alasan: "Tidak layak.")
        case .tarikKembali: .tarikKembali
        }
    }

    @Test("Every allowed transition leads where the table says")
    func transisiSah() {
        for (dari, aksi, ke) in Self.sah {
            #expect(dari.terapkan(aksi) == .success(ke), "\(dari) \(aksi)")
            #expect(dari.tujuan(aksi.jenis) == ke)
        }
    }

    @Test("Every other status–action pair is refused with a message for 'status'")
    func transisiDitolak() {
        let sah = Set(Self.sah.map { "\($0.0.rawValue)/\($0.1.jenis.rawValue)" })
        var jumlah = 0
        for s in StatusUsulan.allCases {
            for j in AksiUsulan.Jenis.allCases where !sah.contains("\(s.rawValue)/\(j.rawValue)") {
                jumlah += 1
                guard case .failure(let e) = s.terapkan(Self.contoh(j)) else {
                    Issue.record("\(s) \(j) should be refused")
                    continue
                }
                #expect(e.daftar.count == 1)
                #expect(e.daftar.first?.field == "status")
                #expect(e.daftar.first?.pesan.hasPrefix("Usulan") == true)
                #expect(e.daftar.first?.pesan.hasSuffix(".") == true)
            }
        }
        #expect(jumlah == 7 * 7 - 10)
    }

    @Test("A verified submission can no longer be returned")
    func pesanKhusus() {
        #expect(StatusUsulan.terverifikasi.terapkan(.kembalikan(catatan: "x"))
            == .failure(KesalahanValidasi(field: "status", pesan: "Usulan yang sudah diverifikasi tidak dapat dikembalikan lagi.")))
        #expect(StatusUsulan.draf.terapkan(.verifikasi)
            == .failure(KesalahanValidasi(field: "status", pesan: "Usulan harus diajukan oleh pengusul sebelum dapat diverifikasi.")))
        #expect(StatusUsulan.terverifikasi.terapkan(.prioritaskan)
            == .failure(KesalahanValidasi(field: "status", pesan: "Usulan harus dinilai oleh TKKSD terlebih dahulu sebelum diprioritaskan.")))
        #expect(StatusUsulan.ditolak.terapkan(.ajukan)
            == .failure(KesalahanValidasi(field: "status", pesan: "Usulan yang sudah ditolak tidak dapat diajukan lagi; buat usulan baru bila perlu.")))
        #expect(StatusUsulan.diprioritaskan.terapkan(.tolak(alasan: "x"))
            == .failure(KesalahanValidasi(field: "status", pesan: "Usulan yang sudah diprioritaskan tidak dapat ditolak.")))
    }

    @Test("Returning needs a note and rejecting needs a reason, each at most 2,000 characters")
    func catatanWajib() {
        #expect(StatusUsulan.diajukan.terapkan(.kembalikan(catatan: "  \n "))
            == .failure(KesalahanValidasi(field: "catatan", pesan: "Catatan pengembalian wajib diisi.")))
        #expect(StatusUsulan.dinilai.terapkan(.tolak(alasan: ""))
            == .failure(KesalahanValidasi(field: "alasan", pesan: "Alasan penolakan wajib diisi.")))
        let panjang = String(repeating: "a", count: 2001)
        guard case .failure(let e) = StatusUsulan.diajukan.terapkan(.kembalikan(catatan: panjang)) else {
            Issue.record("too long a note accepted")
            return
        }
        #expect(e.daftar.map(\.field) == ["catatan"])
        #expect(StatusUsulan.diajukan.terapkan(.kembalikan(catatan: String(repeating: "a", count: 2000))) == .success(.dikembalikan))
        #expect(AksiUsulan.kembalikan(catatan: "  Lengkapi lokasi.\n").keterangan == "Lengkapi lokasi.")
        #expect(AksiUsulan.verifikasi.keterangan == nil)
    }

    @Test("Scenario A step 4: returned with a note, fixed, resubmitted, verified, scored and prioritised")
    func alurSkenario() throws {
        var s = StatusUsulan.draf
        for aksi: AksiUsulan in [
            .ajukan, .kembalikan(catatan: "Tambahkan kode program RPJMD."), .ajukan, .verifikasi, .nilai, .prioritaskan,
        ] {
            s = try s.terapkan(aksi).get()
        }
        #expect(s == .diprioritaskan)
        #expect(s.final)
        #expect(s.aksiSah.isEmpty)
    }

    @Test("The proposer may withdraw before verification and edit again")
    func tarikKembali() {
        #expect(StatusUsulan.diajukan.terapkan(.tarikKembali) == .success(.draf))
        #expect(StatusUsulan.draf.dapatDisuntingPengusul && StatusUsulan.dikembalikan.dapatDisuntingPengusul)
        #expect(!StatusUsulan.diajukan.dapatDisuntingPengusul)
        #expect(StatusUsulan.terverifikasi.terapkan(.tarikKembali)
            == .failure(KesalahanValidasi(field: "status", pesan: "Usulan yang sudah diverifikasi tidak dapat ditarik kembali.")))
    }

    @Test("The buttons offered follow the table")
    func aksiSah() {
        #expect(StatusUsulan.draf.aksiSah == [.ajukan])
        #expect(StatusUsulan.diajukan.aksiSah == [.kembalikan, .verifikasi, .tolak, .tarikKembali])
        #expect(StatusUsulan.terverifikasi.aksiSah == [.nilai, .tolak])
        #expect(StatusUsulan.dinilai.aksiSah == [.prioritaskan, .tolak])
        #expect(StatusUsulan.ditolak.aksiSah.isEmpty && StatusUsulan.ditolak.final)
        #expect(StatusUsulan.allCases.allSatisfy { !$0.nama.isEmpty })
        #expect(AksiUsulan.Jenis.allCases.allSatisfy { !$0.nama.isEmpty })
    }
}
