import Fluent
import Foundation
import JalinDomain
import Vapor

/// Example cooperation records of the demo pemda in every stage and kind (marked `contoh`), including the
/// Otorita IKN education agreement and some that end within 90 days (dates relative to the first start).
enum DemoKerjaSama {
    struct Contoh {
        let judul: String
        let jenis: JenisKerjaSama
        let mitra: [String]
        let unit: [String]
        let urusan: [String]
        let tahap: Tahap
        let mulaiHari: Int
        let lamaHari: Int
        let membebani: Bool
        let akhir: AlasanBerakhir?
        let kewajiban: [(String, String, Int)]
        var dariUsulan: String? = nil
    }

    static let ikn = "Otorita Ibu Kota Nusantara", ppu = "Pemerintah Kabupaten Penajam Paser Utara", smd = "Pemerintah Kota Samarinda"
    static let bpp = "Pemerintah Kota Balikpapan", prov = "Pemerintah Provinsi Kalimantan Timur", kutim = "Pemerintah Kabupaten Kutai Timur"
    static let kemenhub = "Kementerian Perhubungan", pt = "PT Angkutan Sungai Mahakam (contoh)",
        tawau = "Majlis Perbandaran Tawau, Malaysia (contoh)"
    static let unesa = "Universitas Mulawarman (contoh)"

    static let daftar: [Contoh] = [
        Contoh(
            judul: "Peningkatan layanan pendidikan di Ibu Kota Nusantara", jenis: .ksddSukarela, mitra: [ikn, prov, ppu],
            unit: ["Dinas Pendidikan dan Kebudayaan"], urusan: ["1.01"], tahap: .penyusunanPKS, mulaiHari: -403, lamaHari: 1826,
            membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Integrasi angkutan sungai dan darat Tenggarong–IKN", jenis: .ksddWajib, mitra: [ppu, ikn], unit: ["Dinas Perhubungan"],
            urusan: ["2.15"], tahap: .penyusunanKB, mulaiHari: 30, lamaHari: 1826, membebani: true, akhir: nil, kewajiban: [],
            dariUsulan: "Integrasi angkutan sungai dan darat Tenggarong–IKN"),
        Contoh(
            judul: "Akses jalan penghubung Samboja ke kawasan IKN", jenis: .ksddWajib, mitra: [ikn, prov],
            unit: ["Dinas Pekerjaan Umum dan Penataan Ruang"],
            urusan: ["1.03"], tahap: .persiapan, mulaiHari: 60, lamaHari: 1095, membebani: true, akhir: nil, kewajiban: [],
            dariUsulan: "Akses jalan penghubung Samboja ke kawasan IKN"),
        Contoh(
            judul: "Rujukan pasien terpadu Kukar–PPU", jenis: .ksddWajib, mitra: [ppu], unit: ["Dinas Kesehatan"], urusan: ["1.02"],
            tahap: .penawaran, mulaiHari: 45, lamaHari: 1095, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pengendalian banjir DAS Mahakam Kukar–Samarinda", jenis: .ksddWajib, mitra: [smd, prov],
            unit: ["Dinas Pekerjaan Umum dan Penataan Ruang"],
            urusan: ["1.03"], tahap: .persetujuanDPRD, mulaiHari: 90, lamaHari: 1826, membebani: true, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pengelolaan TPA regional Tenggarong–Samarinda", jenis: .ksddWajib, mitra: [smd], unit: ["Dinas Lingkungan Hidup"],
            urusan: ["2.11"],
            tahap: .penandatangananPKS, mulaiHari: -10, lamaHari: 1826, membebani: true, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Promosi Festival Erau bersama Kalimantan Timur", jenis: .ksddSukarela, mitra: [prov], unit: ["Dinas Pariwisata"],
            urusan: ["3.26"],
            tahap: .pelaksanaan, mulaiHari: -700, lamaHari: 750, membebani: false, akhir: nil,
            kewajiban: [("Menyusun kalender promosi bersama", "Dinas Pariwisata", -20), ("Laporan pelaksanaan festival", "PARA PIHAK", 25)]),
        Contoh(
            judul: "Pelatihan pemandu wisata sungai Mahakam", jenis: .ksddSukarela, mitra: [smd], unit: ["Dinas Pariwisata"],
            urusan: ["3.26"],
            tahap: .pelaksanaan, mulaiHari: -1000, lamaHari: 1045, membebani: false, akhir: nil,
            kewajiban: [("Menyediakan instruktur pelatihan", "Pemerintah Kota Samarinda", 15)]),
        Contoh(
            judul: "Pasokan pangan ke kawasan IKN", jenis: .ksddSukarela, mitra: [ikn], unit: ["Dinas Ketahanan Pangan"], urusan: ["2.09"],
            tahap: .pelaksanaan, mulaiHari: -1700, lamaHari: 1760, membebani: false, akhir: nil,
            kewajiban: [("Laporan neraca pangan triwulanan", "Dinas Ketahanan Pangan", -5), ("Rapat koordinasi pasokan", "PARA PIHAK", 40)]),
        Contoh(
            judul: "Pertukaran data kependudukan wilayah delineasi", jenis: .ksddWajib, mitra: [ikn, ppu],
            unit: ["Dinas Kependudukan dan Pencatatan Sipil"],
            urusan: ["2.12"], tahap: .pelaksanaan, mulaiHari: -300, lamaHari: 1400, membebani: false, akhir: nil,
            kewajiban: [("Sinkronisasi data bulanan", "Dinas Kependudukan dan Pencatatan Sipil", 10)]),
        Contoh(
            judul: "Penanggulangan karhutla di perbatasan Kukar–Balikpapan", jenis: .ksddWajib, mitra: [bpp],
            unit: ["Badan Penanggulangan Bencana Daerah"],
            urusan: ["1.05"], tahap: .pelaporan, mulaiHari: -900, lamaHari: 1500, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Layanan angkutan sungai Tenggarong–Samarinda oleh badan usaha", jenis: .ksdpkPelayananPublik, mitra: [pt],
            unit: ["Dinas Perhubungan"],
            urusan: ["2.15"], tahap: .pelaksanaan, mulaiHari: -500, lamaHari: 570, membebani: false, akhir: nil,
            kewajiban: [
                ("Menyediakan armada layak jalan", "PT Angkutan Sungai Mahakam (contoh)", 30),
                ("Setoran retribusi dermaga ke kas daerah", "PT Angkutan Sungai Mahakam (contoh)", -3),
            ]),
        Contoh(
            judul: "Pengelolaan dermaga wisata Pulau Kumala", jenis: .ksdpkAset, mitra: [pt], unit: ["Dinas Pariwisata"], urusan: ["3.26"],
            tahap: .penyusunanKB, mulaiHari: 120, lamaHari: 1826, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Investasi pabrik pengolahan ikan Muara Badak", jenis: .ksdpkInvestasi, mitra: [pt],
            unit: ["Dinas Perikanan dan Kelautan"], urusan: ["3.25"],
            tahap: .persiapan, mulaiHari: 180, lamaHari: 1826, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Kajian potensi wilayah bersama perguruan tinggi", jenis: .ksdpkLainnya, mitra: [unesa],
            unit: ["Dinas Komunikasi dan Informatika"], urusan: ["2.20"],
            tahap: .berakhir, mulaiHari: -1500, lamaHari: 1100, membebani: false, akhir: .tujuanTercapai, kewajiban: []),
        Contoh(
            judul: "Keselamatan angkutan sungai Mahakam", jenis: .sinergi, mitra: [kemenhub], unit: ["Dinas Perhubungan"], urusan: ["2.15"],
            tahap: .penandatangananNK, mulaiHari: 20, lamaHari: 1826, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pembangunan dermaga penyeberangan Sanga-Sanga", jenis: .sinergi, mitra: [kemenhub], unit: ["Dinas Perhubungan"],
            urusan: ["2.15"],
            tahap: .pelaksanaan, mulaiHari: -400, lamaHari: 460, membebani: false, akhir: nil,
            kewajiban: [("Penyediaan lahan dermaga", "Pemerintah Kabupaten Kutai Kartanegara", -30)]),
        Contoh(
            judul: "Sinergi data statistik sektoral", jenis: .sinergi, mitra: [kemenhub], unit: ["Dinas Komunikasi dan Informatika"],
            urusan: ["2.20"],
            tahap: .persiapan, mulaiHari: 200, lamaHari: 1826, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Kota kembar Tenggarong–Tawau", jenis: .ksdpl, mitra: [tawau], unit: ["Dinas Pariwisata"], urusan: ["3.26", "2.22"],
            tahap: .rencanaKerjaSama, mulaiHari: 365, lamaHari: 1826, membebani: true, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pertukaran budaya Kesultanan Kutai", jenis: .ksdpl, mitra: [tawau], unit: ["Dinas Pendidikan dan Kebudayaan"],
            urusan: ["2.22"],
            tahap: .penjajakan, mulaiHari: 400, lamaHari: 1095, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "BUM Desa bersama Samboja", jenis: .desaAntarDesa, mitra: [], unit: ["Desa Karya Jaya"], urusan: ["2.13"],
            tahap: .musyawarahDesa, mulaiHari: 60, lamaHari: 1095, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pengelolaan homestay Desa Karya Jaya dengan badan usaha", jenis: .desaPihakKetiga, mitra: [pt],
            unit: ["Desa Karya Jaya"], urusan: ["3.26"],
            tahap: .pelaksanaan, mulaiHari: -200, lamaHari: 265, membebani: false, akhir: nil,
            kewajiban: [("Bagi hasil pengelolaan homestay", "PT Angkutan Sungai Mahakam (contoh)", 50)]),
        Contoh(
            judul: "Sewa gedung serbaguna Tenggarong (pemanfaatan BMD)", jenis: .kemitraanLain, mitra: [pt], unit: ["Dinas Pariwisata"],
            urusan: ["3.26"],
            tahap: .persiapan, mulaiHari: -100, lamaHari: 730, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pembangunan jembatan penghubung Kukar–Kutim", jenis: .ksddSukarela, mitra: [kutim],
            unit: ["Dinas Pekerjaan Umum dan Penataan Ruang"],
            urusan: ["1.03"], tahap: .berakhir, mulaiHari: -2000, lamaHari: 1826, membebani: false, akhir: .jangkaWaktuBerakhir,
            kewajiban: []),
        Contoh(
            judul: "Layanan kesehatan bergerak Kukar–Samarinda", jenis: .ksddSukarela, mitra: [smd], unit: ["Dinas Kesehatan"],
            urusan: ["1.02"],
            tahap: .berakhir, mulaiHari: -1200, lamaHari: 1800, membebani: false, akhir: .kesepakatanParaPihak, kewajiban: []),
        Contoh(
            judul: "Promosi investasi bersama Kaltim", jenis: .ksddSukarela, mitra: [prov],
            unit: ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
            urusan: ["2.18"], tahap: .penatausahaan, mulaiHari: -150, lamaHari: 1600, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pengembangan UMKM kawasan penyangga IKN", jenis: .ksddSukarela, mitra: [ikn],
            unit: ["Dinas Koperasi dan Usaha Kecil Menengah"],
            urusan: ["2.17"], tahap: .pelaksanaan, mulaiHari: -1750, lamaHari: 1800, membebani: false, akhir: nil,
            kewajiban: [("Kurasi produk UMKM", "Dinas Koperasi dan Usaha Kecil Menengah", 60)]),
        Contoh(
            judul: "Pelatihan tenaga kerja konstruksi IKN", jenis: .ksddSukarela, mitra: [ikn],
            unit: ["Dinas Tenaga Kerja dan Transmigrasi"],
            urusan: ["2.07"], tahap: .pelaksanaan, mulaiHari: -350, lamaHari: 1100, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Perpustakaan keliling lintas daerah", jenis: .ksddSukarela, mitra: [ppu], unit: ["Dinas Perpustakaan dan Kearsipan"],
            urusan: ["2.23"],
            tahap: .penandatangananKB, mulaiHari: 15, lamaHari: 730, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pengamanan koridor jalan Samarinda–IKN", jenis: .ksddWajib, mitra: [smd, ikn], unit: ["Satuan Polisi Pamong Praja"],
            urusan: ["1.05"],
            tahap: .pelaksanaan, mulaiHari: -800, lamaHari: 880, membebani: false, akhir: nil, kewajiban: []),
        Contoh(
            judul: "Pengelolaan air minum curah Samboja", jenis: .ksdpkPelayananPublik, mitra: [pt],
            unit: ["Dinas Perumahan dan Kawasan Permukiman"],
            urusan: ["1.04"], tahap: .penandatangananKB, mulaiHari: 30, lamaHari: 1826, membebani: true, akhir: nil, kewajiban: []),
    ]

    static func pastikan(app: Application, on tujuan: (any Database)? = nil) async throws {
        let db = tujuan ?? app.db
        guard let pemda = try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == "64.02").first(), pemda.demo,
            try await KerjaSamaRecord.query(on: db).filter(\.$pemdaID == pemda.id!).count() == 0,
            let admin = try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == "admin.kukar").first()
        else { return }
        let p = try Pelaku(pengguna: admin, pemda: pemda, csrf: nil, sesiID: nil, jam: .sistem)
        // Partners only the lifecycle demo needs.
        for (jenis, nama, ket) in [
            (JenisMitra.pemdaLuarNegeri, tawau, "Contoh mitra pemerintah daerah di luar negeri; bukan data nyata."),
            (JenisMitra.pihakKetiga, unesa, "Contoh mitra perguruan tinggi; bukan data nyata."),
        ]
        where try await MitraRecord.query(on: db).filter(\.$pemdaID == pemda.id!).filter(\.$nama == nama).first() == nil {
            try await MitraRecord(pemdaID: pemda.id!, jenis: jenis, nama: nama, keterangan: ket, contoh: true).create(on: db)
        }
        let mitra = Dictionary(
            uniqueKeysWithValues: try await MitraRecord.query(on: db).filter(\.$pemdaID == pemda.id!).all().map { ($0.nama, $0.id!) })
        let unit = Dictionary(
            uniqueKeysWithValues: try await UnitKerjaRecord.query(on: db).filter(\.$pemdaID == pemda.id!).all().map { ($0.nama, $0.id!) })
        let usulan = try await UsulanRecord.query(on: db).filter(\.$pemdaID == pemda.id!).all()
        let jam = app.jam
        let hari = jam.hariIni
        try await db.transaction { db in
            for c in daftar {
                let dprd: PenilaianDPRD? =
                    [.ksdd, .ksdpk].contains(c.jenis.kelompok) || c.mitra.contains(ikn)
                    ? PenilaianDPRD(
                        membebaniMasyarakatDanDaerah: c.membebani, sudahDianggarkanAPBD: !c.membebani,
                        mitraOtoritaIKN: c.mitra.contains(ikn)) : nil
                let asal = c.dariUsulan.flatMap { j in usulan.first { $0.judul == j } }
                let d = KerjaSamaAlur.Data(
                    judul: c.judul, objek: "\(c.judul). Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.",
                    jenis: c.jenis,
                    urusan: c.urusan, lokasi: [], mitra: c.mitra.compactMap { mitra[$0] }, unit: c.unit.compactMap { unit[$0] },
                    nilai: c.membebani ? 250_000_000_000 : nil, sumberDana: "APBD", tanggalMulai: hari.tambahHari(c.mulaiHari).iso,
                    tanggalBerakhir: hari.tambahHari(c.mulaiHari + c.lamaHari).iso, penilaianDPRD: dprd, usulanID: asal?.id,
                    kodeProgram: nil, namaProgram: nil)
                let siklus = c.jenis.dijalankanSiklus ? siklusSampai(c, penilaianDPRD: dprd) : nil
                let r = try await KerjaSamaAlur.buat(d, siklus: siklus, pelaku: p, contoh: true, ip: nil, on: db)
                try await catatKewajiban(c, r, hari: hari, on: db)
                try await catatPenandatanganan(c, r, siklus: siklus, jam: jam, on: db)
            }
        }
    }

    /// The lifecycle of a sample, driven along the happy path up to its stage: what each stage needs is
    /// recorded, then it moves on; berakhir is reached by ending, not by moving on.
    private static func siklusSampai(_ c: Contoh, penilaianDPRD dprd: PenilaianDPRD?) -> SiklusKerjaSama? {
        guard case .success(let awal) = SiklusKerjaSama.mulai(jenis: c.jenis, penilaianDPRD: dprd) else { return nil }
        var s = awal.majuSampai(c.tahap)
        if c.tahap == .berakhir, s.tahap != .berakhir, case .success(let x) = s.terapkan(.akhiri(c.akhir ?? .jangkaWaktuBerakhir)) { s = x }
        return s
    }

    /// The sample's obligation items, due relative to today (past ones are under way).
    private static func catatKewajiban(_ c: Contoh, _ r: KerjaSamaRecord, hari: Tanggal, on db: any Database) async throws {
        for (uraian, pemilik, tempo) in c.kewajiban {
            let k = KewajibanRecord()
            k.pemdaID = r.pemdaID
            k.kerjaSamaID = r.id!
            k.uraian = uraian
            k.pemilik = pemilik
            k.jatuhTempo = hari.tambahHari(tempo).iso
            k.status = tempo < 0 ? "berjalan" : "belum"
            k.version = 1
            try await k.create(on: db)
        }
    }

    /// Signing records of the binding documents already signed (demo: numbers and dates, no scan).
    private static func catatPenandatanganan(
        _ c: Contoh, _ r: KerjaSamaRecord, siklus: SiklusKerjaSama?, jam: Jam, on db: any Database
    ) async throws {
        let hari = jam.hariIni
        for dok in (siklus?.dokumenDitandatangani ?? []).filter(\.mengikatParaPihak).sorted(by: { $0.rawValue < $1.rawValue }) {
            let t = PenandatangananRecord()
            t.pemdaID = r.pemdaID
            t.kerjaSamaID = r.id!
            t.dokumen = dok.rawValue
            t.nomorJSON =
                "[{\"pihak\":\"Kabupaten Kutai Kartanegara\",\"nomor\":\"100.3.7/\(Int.random(in: 10...99))/KS/\(Angka.romawi(hari.bulan))/\(hari.tahun)\"}]"
            let tgl =
                c.judul.hasPrefix("Peningkatan layanan pendidikan")
                ? (try? Tanggal(tahun: 2025, bulan: 10, hari: 21)) ?? hari : hari.tambahHari(c.mulaiHari)
            t.tanggal = tgl.iso
            t.tempat = c.mitra.contains(ikn) ? "Nusantara" : "Tenggarong"
            t.penandatanganJSON = "[{\"pihak\":\"PIHAK KESATU\",\"nama\":\"(contoh)\",\"jabatan\":\"Bupati Kutai Kartanegara\"}]"
            t.paraf = true
            t.materai = c.jenis.kelompok == .ksdpk
            t.stempel = true
            t.waktu = jam.sekarang
            t.oleh = "Data contoh"
            try await t.create(on: db)
        }
    }
}
