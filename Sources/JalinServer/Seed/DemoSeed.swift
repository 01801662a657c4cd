import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// The demo pemda Kabupaten Kutai Kartanegara (64.02) and a second pemda, Kota Samarinda (64.72),
/// seeded once. Names of units are real; their urusan mapping and the partner entries are
/// example data (`contoh = true`). A second start neither duplicates nor overwrites anything.
enum DemoSeed {
    static let kataSandi = "DemoJalin#2026"
    static let edisiWilayah = "Demo (subset Kepmendagri 300.2.2-2138/2025)"

    struct Akun: Sendable {
        let namaPengguna: String
        let namaLengkap: String
        let peran: Peran
        let keterangan: String
        let pemda: String
        let unit: String?
        let mitra: String?
    }

    static let akun: [Akun] = [
        Akun(
            namaPengguna: "admin.kukar", namaLengkap: "Admin Bagian Kerja Sama Kukar", peran: .admin,
            keterangan: "Bagian Kerja Sama Setda Kutai Kartanegara", pemda: "64.02", unit: nil, mitra: nil),
        Akun(
            namaPengguna: "tkksd.kukar", namaLengkap: "Anggota TKKSD Kukar", peran: .tkksd,
            keterangan: "Tim Koordinasi Kerja Sama Daerah", pemda: "64.02", unit: nil, mitra: nil),
        Akun(
            namaPengguna: "tkksd.bappeda", namaLengkap: "Anggota TKKSD dari Bappeda", peran: .tkksd,
            keterangan: "Tim Koordinasi Kerja Sama Daerah (Bappeda)", pemda: "64.02", unit: nil, mitra: nil),
        Akun(
            namaPengguna: "tkksd.hukum", namaLengkap: "Anggota TKKSD dari Bagian Hukum", peran: .tkksd,
            keterangan: "Tim Koordinasi Kerja Sama Daerah (Bagian Hukum)", pemda: "64.02", unit: nil, mitra: nil),
        Akun(
            namaPengguna: "operator.dishub", namaLengkap: "Operator Dinas Perhubungan", peran: .operator,
            keterangan: "Dinas Perhubungan", pemda: "64.02", unit: "Dinas Perhubungan", mitra: nil),
        Akun(
            namaPengguna: "operator.samboja", namaLengkap: "Operator Kecamatan Samboja", peran: .operator,
            keterangan: "Kecamatan Samboja", pemda: "64.02", unit: "Kecamatan Samboja", mitra: nil),
        Akun(
            namaPengguna: "operator.karyajaya", namaLengkap: "Operator Desa Karya Jaya", peran: .operator,
            keterangan: "Desa Karya Jaya, Samboja", pemda: "64.02", unit: "Desa Karya Jaya", mitra: nil),
        Akun(
            namaPengguna: "pimpinan.kukar", namaLengkap: "Sekretaris Daerah Kukar", peran: .pimpinan,
            keterangan: "Bupati/Sekda (dasbor, hanya baca)", pemda: "64.02", unit: nil, mitra: nil),
        Akun(
            namaPengguna: "mitra.ppu", namaLengkap: "Peninjau Kabupaten Penajam Paser Utara", peran: .mitra,
            keterangan: "Mitra peninjau naskah dari PPU", pemda: "64.02", unit: nil, mitra: "Pemerintah Kabupaten Penajam Paser Utara"),
        Akun(
            namaPengguna: "admin.samarinda", namaLengkap: "Admin Bagian Kerja Sama Samarinda", peran: .admin,
            keterangan: "Pemda kedua di instalasi yang sama: Kota Samarinda", pemda: "64.72", unit: nil, mitra: nil),
    ]

    /// Kalimantan Timur, its 10 kabupaten/kota, Kukar's 20 kecamatan and a few desa/kelurahan.
    static let wilayah: [(String, String)] = [
        ("64", "Kalimantan Timur"),
        ("64.01", "Kabupaten Paser"), ("64.02", "Kabupaten Kutai Kartanegara"), ("64.03", "Kabupaten Berau"),
        ("64.07", "Kabupaten Kutai Barat"), ("64.08", "Kabupaten Kutai Timur"), ("64.09", "Kabupaten Penajam Paser Utara"),
        ("64.11", "Kabupaten Mahakam Ulu"), ("64.71", "Kota Balikpapan"), ("64.72", "Kota Samarinda"), ("64.74", "Kota Bontang"),
        ("64.02.01", "Muara Muntai"), ("64.02.02", "Loa Kulu"), ("64.02.03", "Loa Janan"), ("64.02.04", "Anggana"),
        ("64.02.05", "Muara Badak"), ("64.02.06", "Tenggarong"), ("64.02.07", "Sebulu"), ("64.02.08", "Kota Bangun"),
        ("64.02.09", "Kenohan"), ("64.02.10", "Kembang Janggut"), ("64.02.11", "Muara Kaman"), ("64.02.12", "Tabang"),
        ("64.02.13", "Samboja"), ("64.02.14", "Muara Jawa"), ("64.02.15", "Sanga Sanga"), ("64.02.16", "Tenggarong Seberang"),
        ("64.02.17", "Marang Kayu"), ("64.02.18", "Muara Wis"), ("64.02.19", "Kota Bangun Darat"), ("64.02.20", "Samboja Barat"),
        ("64.72.04", "Samarinda Ilir"), ("64.72.06", "Sungai Kunjang"),
        ("64.02.13.2014", "Karya Jaya"), ("64.02.06.1001", "Jahab"), ("64.02.03.2001", "Bakungan"),
        ("64.02.02.2001", "Jonggon Desa"), ("64.02.06.2012", "Rapak Lambur"),
    ]

    /// Perangkat daerah of Kukar with their bidang urusan (example mapping).
    static let opdKukar: [(String, String, [String])] = [
        ("Dinas Pendidikan dan Kebudayaan", "Disdikbud", ["1.01", "2.22"]),
        ("Dinas Kesehatan", "Dinkes", ["1.02"]),
        ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", ["1.03"]),
        ("Dinas Perumahan dan Kawasan Permukiman", "Disperkim", ["1.04"]),
        ("Satuan Polisi Pamong Praja", "Satpol PP", ["1.05"]),
        ("Badan Penanggulangan Bencana Daerah", "BPBD", ["1.05"]),
        ("Dinas Pemadam Kebakaran dan Penyelamatan", "Damkar", ["1.05"]),
        ("Dinas Sosial", "Dinsos", ["1.06"]),
        ("Dinas Tenaga Kerja dan Transmigrasi", "Disnakertrans", ["2.07", "3.32"]),
        ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", ["2.08"]),
        ("Dinas Ketahanan Pangan", "DKP", ["2.09"]),
        ("Dinas Pertanahan", "Distanah", ["2.10"]),
        ("Dinas Lingkungan Hidup", "DLH", ["2.11"]),
        ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", ["2.12"]),
        ("Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa", "DPMPD", ["2.13"]),
        ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB", ["2.14"]),
        ("Dinas Perhubungan", "Dishub", ["2.15"]),
        ("Dinas Komunikasi dan Informatika", "Diskominfo", ["2.16", "2.20", "2.21"]),
        ("Dinas Koperasi dan Usaha Kecil Menengah", "Diskop UKM", ["2.17"]),
        ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", ["2.18"]),
        ("Dinas Pemuda dan Olahraga", "Dispora", ["2.19"]),
        ("Dinas Perpustakaan dan Kearsipan", "Dispursip", ["2.23", "2.24"]),
        ("Dinas Perikanan dan Kelautan", "DKP Perikanan", ["3.25"]),
        ("Dinas Pariwisata", "Dispar", ["3.26"]),
        ("Dinas Pertanian dan Peternakan", "Distannak", ["3.27"]),
        ("Dinas Tanaman Pangan dan Hortikultura", "DTPH", ["3.27"]),
        ("Dinas Perkebunan", "Disbun", ["3.27"]),
        ("Dinas Perindustrian dan Perdagangan", "Disperindag", ["3.30", "3.31"]),
    ]

    static let desaKukar: [(String, JenisUnit, String)] = [
        ("Desa Karya Jaya", .desa, "64.02.13.2014"),
        ("Kelurahan Jahab", .kelurahan, "64.02.06.1001"),
        ("Desa Bakungan", .desa, "64.02.03.2001"),
        ("Desa Jonggon Desa", .desa, "64.02.02.2001"),
        ("Desa Rapak Lambur", .desa, "64.02.06.2012"),
    ]

    static let mitraKukar: [(JenisMitra, String, String?, String)] = [
        (
            .otoritaIKN, "Otorita Ibu Kota Nusantara", nil,
            "Pemerintah Daerah Khusus IKN (UU 3/2022 jo. UU 21/2023; PP 27/2023 Pasal 8–9). Berbatasan dengan Kecamatan Loa Kulu, Loa Janan dan Sanga-Sanga (UU 21/2023 Pasal 6 ayat (2))."
        ),
        (.daerah, "Pemerintah Kabupaten Penajam Paser Utara", "64.09", "Daerah berbatasan di kawasan penyangga IKN."),
        (.daerah, "Pemerintah Kota Samarinda", "64.72", "Daerah berbatasan; ibu kota Provinsi Kalimantan Timur."),
        (.daerah, "Pemerintah Kota Balikpapan", "64.71", "Daerah di kawasan penyangga IKN."),
        (.daerah, "Pemerintah Kabupaten Kutai Timur", "64.08", "Daerah berbatasan."),
        (.daerah, "Pemerintah Provinsi Kalimantan Timur", "64", "Provinsi; Gubernur sebagai wakil Pemerintah Pusat."),
        (.kementerianLembaga, "Kementerian Perhubungan", nil, "Contoh mitra sinergi Pusat–Daerah (Nota Kesepakatan dan Rencana Kerja)."),
        (.pihakKetiga, "PT Angkutan Sungai Mahakam (contoh)", nil, "Contoh badan usaha; bukan perusahaan nyata."),
    ]

    static func pastikan(app: Application, on tujuan: (any Database)? = nil) async throws {
        let db = tujuan ?? app.db
        try await pastikanWilayah(on: db)
        let kukarAda = try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == "64.02").first() != nil
        let samarindaAda = try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == "64.72").first() != nil
        try await pastikanTetangga(on: db)
        if kukarAda && samarindaAda { return }
        let hash = try await app.password.async.hash(kataSandi)
        try await db.transaction { db in
            if !kukarAda { try await seedKukar(hash: hash, on: db) }
            if !samarindaAda { try await seedSamarinda(hash: hash, on: db) }
        }
        if !kukarAda {
            try await DemoPemetaan.pastikan(app: app, hash: hash, on: db)
            try await DemoLintasPemda.pastikan(app: app, hash: hash, on: db)
            try await DemoKerjaSama.pastikan(app: app, on: db)
            try await DemoNaskah.pastikan(app: app, on: db)
            try await DemoMonev.pastikan(app: app, on: db)
            // The demo's own history notifies its people in the app; nothing of it is mailed to the demo addresses.
            try await db.sql.update(NotifikasiRecord.schema).set("surel", to: SQLLiteral.null).where("surel", .equal, "menunggu").run()
        }
    }

    /// Kukar's neighbours among Kalimantan Timur's kabupaten/kota, as computed from
    /// `kaltim-kabkota.geojson` (recorded as "manual" so a later `import-geo` keeps them).
    static let tetangga: [(String, String)] = [
        ("64.02", "64.07"), ("64.02", "64.08"), ("64.02", "64.09"), ("64.02", "64.11"), ("64.02", "64.71"), ("64.02", "64.72"),
        ("64.02", "64.74"),
    ]

    static func pastikanTetangga(on db: any Database) async throws {
        for (a, b) in tetangga where try await TetanggaRecord.query(on: db).filter(\.$kodeA == a).filter(\.$kodeB == b).first() == nil {
            let t = TetanggaRecord()
            t.kodeA = a
            t.kodeB = b
            t.sumber = "manual"
            try await t.create(on: db)
        }
    }

    static func pastikanWilayah(on db: any Database) async throws {
        let ada = Set(try await WilayahRecord.query(on: db).filter(\.$id ~~ wilayah.map(\.0)).all().compactMap(\.id))
        for (kode, nama) in wilayah where !ada.contains(kode) {
            guard let k = KodeWilayah(valid: kode) else { continue }
            let w = WilayahRecord()
            w.id = kode
            w.nama = nama
            w.tingkat = k.tingkat.rawValue
            w.induk = k.induk?.nilai
            w.edisi = edisiWilayah
            w.pensiun = false
            try await w.create(on: db)
        }
    }

    static func seedKukar(hash: String, on db: any Database) async throws {
        let pemda = PemdaRecord(kodeWilayah: "64.02", nama: "Kabupaten Kutai Kartanegara", demo: true)
        try await pemda.create(on: db)
        let pid = try pemda.requireID()
        var unitID: [String: UUID] = [:]
        for (nama, singkat, urusan) in opdKukar {
            let u = UnitKerjaRecord(pemdaID: pid, jenis: .opd, nama: nama, singkatan: singkat, urusan: urusan, contoh: true)
            try await u.create(on: db)
            unitID[nama] = u.id
        }
        for (kode, nama) in wilayah where kode.hasPrefix("64.02.") && kode.count == 8 {
            let u = UnitKerjaRecord(pemdaID: pid, jenis: .kecamatan, nama: "Kecamatan \(nama)", kodeWilayah: kode, contoh: true)
            try await u.create(on: db)
            unitID[u.nama] = u.id
        }
        for (nama, jenis, kode) in desaKukar {
            let u = UnitKerjaRecord(pemdaID: pid, jenis: jenis, nama: nama, kodeWilayah: kode, contoh: true)
            try await u.create(on: db)
            unitID[nama] = u.id
        }
        var mitraID: [String: UUID] = [:]
        for (jenis, nama, kode, ket) in mitraKukar {
            let m = MitraRecord(pemdaID: pid, jenis: jenis, nama: nama, kodeWilayah: kode, keterangan: ket, contoh: true)
            try await m.create(on: db)
            mitraID[nama] = m.id
        }
        for a in akun where a.pemda == "64.02" {
            try await PenggunaRecord(
                pemdaID: pid, namaPengguna: a.namaPengguna, namaLengkap: a.namaLengkap, email: "\(a.namaPengguna)@demo.jalin.example",
                hashSandi: hash, peran: a.peran, unitID: a.unit.flatMap { unitID[$0] }, mitraID: a.mitra.flatMap { mitraID[$0] }
            ).create(on: db)
        }
        try await Audit.catat(
            "demo.seed", entitas: "pemda", id: pid.uuidString, sesudah: ["nama": pemda.nama], pelaku: nil, pemdaID: pid, on: db)
    }

    static func seedSamarinda(hash: String, on db: any Database) async throws {
        let pemda = PemdaRecord(kodeWilayah: "64.72", nama: "Kota Samarinda", demo: true)
        try await pemda.create(on: db)
        let pid = try pemda.requireID()
        for (nama, singkat, urusan) in [
            ("Dinas Perhubungan", "Dishub", ["2.15"]), ("Dinas Kebudayaan dan Pariwisata", "Disbudpar", ["2.22", "3.26"]),
        ] {
            try await UnitKerjaRecord(pemdaID: pid, jenis: .opd, nama: nama, singkatan: singkat, urusan: urusan, contoh: true).create(
                on: db)
        }
        try await MitraRecord(
            pemdaID: pid, jenis: .daerah, nama: "Pemerintah Kabupaten Kutai Kartanegara", kodeWilayah: "64.02",
            keterangan: "Daerah berbatasan.", contoh: true
        ).create(on: db)
        for a in akun where a.pemda == "64.72" {
            try await PenggunaRecord(
                pemdaID: pid, namaPengguna: a.namaPengguna, namaLengkap: a.namaLengkap, hashSandi: hash, peran: a.peran
            ).create(on: db)
        }
        try await Audit.catat(
            "demo.seed", entitas: "pemda", id: pid.uuidString, sesudah: ["nama": pemda.nama], pelaku: nil, pemdaID: pid, on: db)
    }
}
