import Fluent
import Foundation
import JalinDomain
import Vapor

/// The demo mapping round of Kukar: 42 example submissions from OPD, kecamatan and desa covering the
/// seed stories (transport with IKN, the Samboja road access problem, a desa wisata, an ineligible
/// procurement), verified, returned and fixed, rejected, and scored by three TKKSD members, so that a
/// newcomer sees a real ranking. All of it is example data (`contoh`), not Kukar's real submissions.
enum DemoPemetaan {
    /// (unit, jenis, judul, urusan, lokasi, bentuk, dimiliki, dibutuhkan, calon mitra, eksternalitas, kode program, kualitas 1–5)
    struct Contoh {
        let unit: String
        let jenis: JenisUsulan
        let judul: String
        let urusan: [String]
        let lokasi: [String]
        let bentuk: BentukKegiatan
        let dimiliki: String
        let dibutuhkan: String
        let mitra: [String]
        let eksternalitas: String?
        let program: (String, String)?
        let kualitas: Int
        let akhir: StatusUsulan
    }

    static let ikn = "Otorita Ibu Kota Nusantara"
    static let ppu = "Pemerintah Kabupaten Penajam Paser Utara"
    static let smd = "Pemerintah Kota Samarinda"
    static let bpp = "Pemerintah Kota Balikpapan"
    static let kutim = "Pemerintah Kabupaten Kutai Timur"
    static let prov = "Pemerintah Provinsi Kalimantan Timur"
    static let kemenhub = "Kementerian Perhubungan"
    static let pt = "PT Angkutan Sungai Mahakam (contoh)"

    static let daftar: [Contoh] = [
        Contoh(
            unit: "Dinas Perhubungan", jenis: .potensi, judul: "Integrasi angkutan sungai dan darat Tenggarong–IKN", urusan: ["2.15"],
            lokasi: ["64.02.06", "64.02.03"], bentuk: .kerjaSamaDaerahLain,
            dimiliki: "dermaga sungai, armada angkutan sungai, terminal Tenggarong",
            dibutuhkan: "rute terpadu, integrasi tiket, pendanaan sarana", mitra: [ikn, ppu],
            eksternalitas: "Otorita IKN dan Kabupaten Penajam Paser Utara",
            program: ("2.15.02", "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan"), kualitas: 5, akhir: .diprioritaskan),
        Contoh(
            unit: "Kecamatan Samboja", jenis: .permasalahan, judul: "Akses jalan penghubung Samboja ke kawasan IKN", urusan: ["1.03"],
            lokasi: ["64.02.13"], bentuk: .kerjaSamaDaerahLain, dimiliki: "ruas jalan kabupaten, lahan milik daerah",
            dibutuhkan: "peningkatan jalan, jembatan, pendanaan konstruksi", mitra: [ikn, prov], eksternalitas: "Otorita IKN",
            program: ("1.03.10", "Program Penyelenggaraan Jalan"), kualitas: 5, akhir: .diprioritaskan),
        Contoh(
            unit: "Desa Karya Jaya", jenis: .potensi, judul: "Desa wisata Karya Jaya: paket ekowisata penyangga IKN", urusan: ["3.26"],
            lokasi: ["64.02.13.2014"], bentuk: .kerjaSamaDesa, dimiliki: "kebun buah, homestay warga, kelompok sadar wisata",
            dibutuhkan: "promosi, pelatihan pemandu, akses pasar wisatawan", mitra: [pt], eksternalitas: nil,
            program: ("3.26.02", "Program Peningkatan Daya Tarik Destinasi Pariwisata"), kualitas: 4, akhir: .dinilai),
        Contoh(
            unit: "Dinas Komunikasi dan Informatika", jenis: .isu, judul: "Pengadaan perangkat jaringan kantor dinas", urusan: ["2.16"],
            lokasi: ["64.02.06"], bentuk: .pengadaanBarangJasa, dimiliki: "anggaran belanja modal",
            dibutuhkan: "perangkat jaringan, penyedia barang", mitra: [], eksternalitas: nil,
            program: ("2.16.03", "Program Pengelolaan Aplikasi Informatika"), kualitas: 1, akhir: .ditolak),
        Contoh(
            unit: "Dinas Kesehatan", jenis: .potensi, judul: "Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN",
            urusan: ["1.02"],
            lokasi: ["64.02.06"], bentuk: .kerjaSamaDaerahLain, dimiliki: "rumah sakit rujukan, dokter spesialis, ambulans",
            dibutuhkan: "sistem rujukan bersama, pembiayaan layanan", mitra: [ikn, ppu], eksternalitas: "Penajam Paser Utara dan IKN",
            program: ("1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan"), kualitas: 5, akhir: .diprioritaskan),
        Contoh(
            unit: "Dinas Pendidikan dan Kebudayaan", jenis: .potensi, judul: "Peningkatan mutu pendidikan di wilayah perbatasan IKN",
            urusan: ["1.01"],
            lokasi: ["64.02.02", "64.02.03", "64.02.15"], bentuk: .kerjaSamaDaerahLain, dimiliki: "sekolah negeri, guru penggerak",
            dibutuhkan: "pelatihan guru, sarana laboratorium, beasiswa", mitra: [ikn, prov], eksternalitas: "Otorita IKN",
            program: ("1.01.02", "Program Pengelolaan Pendidikan"), kualitas: 4, akhir: .diprioritaskan),
        Contoh(
            unit: "Dinas Pekerjaan Umum dan Penataan Ruang", jenis: .permasalahan,
            judul: "Pengendalian banjir Sungai Mahakam di Tenggarong Seberang", urusan: ["1.03"],
            lokasi: ["64.02.16"], bentuk: .kerjaSamaDaerahLain, dimiliki: "data hidrologi, lahan sempadan",
            dibutuhkan: "tanggul, pompa banjir, pengelolaan daerah aliran sungai bersama", mitra: [smd, prov],
            eksternalitas: "Kota Samarinda",
            program: ("1.03.03", "Program Pengelolaan Sumber Daya Air"), kualitas: 4, akhir: .diprioritaskan),
        Contoh(
            unit: "Dinas Lingkungan Hidup", jenis: .permasalahan, judul: "Pengelolaan sampah regional Tenggarong–Samarinda",
            urusan: ["2.11"],
            lokasi: ["64.02.06", "64.02.16"], bentuk: .kerjaSamaDaerahLain, dimiliki: "lahan TPA, armada pengangkut sampah",
            dibutuhkan: "TPA regional, teknologi pengolahan sampah", mitra: [smd], eksternalitas: "Kota Samarinda",
            program: ("2.11.09", "Program Pengelolaan Persampahan"), kualitas: 4, akhir: .dinilai),
        Contoh(
            unit: "Dinas Pariwisata", jenis: .potensi, judul: "Festival Erau sebagai agenda wisata bersama Kalimantan Timur",
            urusan: ["3.26", "2.22"],
            lokasi: ["64.02.06"], bentuk: .kerjaSamaDaerahLain, dimiliki: "Festival Erau, Museum Mulawarman, Kedaton Kutai",
            dibutuhkan: "promosi bersama, paket perjalanan, penerbangan", mitra: [prov, bpp, smd], eksternalitas: nil,
            program: ("3.26.03", "Program Pemasaran Pariwisata"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Dinas Perikanan dan Kelautan", jenis: .potensi, judul: "Pasokan ikan air tawar ke pasar IKN", urusan: ["3.25"],
            lokasi: ["64.02.01", "64.02.08"], bentuk: .kerjaSamaPihakKetiga, dimiliki: "sentra budidaya ikan, kelompok pembudidaya",
            dibutuhkan: "rantai dingin, akses pasar, offtaker", mitra: [pt], eksternalitas: nil,
            program: ("3.25.04", "Program Pengelolaan Perikanan Budidaya"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Dinas Pertanian dan Peternakan", jenis: .potensi, judul: "Kawasan lumbung pangan penyangga IKN",
            urusan: ["3.27", "2.09"],
            lokasi: ["64.02.02", "64.02.20"], bentuk: .kerjaSamaDaerahLain,
            dimiliki: "lahan sawah, penyuluh pertanian, alat mesin pertanian",
            dibutuhkan: "jaminan pasar, irigasi, benih unggul", mitra: [ikn, ppu], eksternalitas: "Otorita IKN",
            program: ("3.27.03", "Program Penyediaan dan Pengembangan Prasarana Pertanian"), kualitas: 4, akhir: .dinilai),
        Contoh(
            unit: "Dinas Tenaga Kerja dan Transmigrasi", jenis: .isu, judul: "Penyiapan tenaga kerja lokal untuk proyek IKN",
            urusan: ["2.07"],
            lokasi: ["64.02.13", "64.02.03"], bentuk: .kerjaSamaDaerahLain, dimiliki: "balai latihan kerja, data pencari kerja",
            dibutuhkan: "sertifikasi kompetensi, informasi kebutuhan tenaga kerja", mitra: [ikn], eksternalitas: "Otorita IKN",
            program: ("2.07.03", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja"), kualitas: 4, akhir: .dinilai),
        Contoh(
            unit: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", jenis: .potensi,
            judul: "Promosi investasi kawasan industri Kariangau–Loa Janan", urusan: ["2.18"],
            lokasi: ["64.02.03"], bentuk: .kerjaSamaDaerahLain, dimiliki: "peta peluang investasi, lahan kawasan industri",
            dibutuhkan: "forum investasi bersama, insentif", mitra: [bpp, prov], eksternalitas: nil,
            program: ("2.18.03", "Program Promosi Penanaman Modal"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Dinas Koperasi dan Usaha Kecil Menengah", jenis: .potensi, judul: "Pemasaran produk UMKM Kukar di kawasan IKN",
            urusan: ["2.17"],
            lokasi: ["64.02.06", "64.02.13"], bentuk: .kerjaSamaDaerahLain, dimiliki: "produk UMKM, rumah kemasan",
            dibutuhkan: "gerai pemasaran, kurasi produk, akses pasar", mitra: [ikn], eksternalitas: nil,
            program: ("2.17.06", "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Dinas Sosial", jenis: .permasalahan, judul: "Penanganan penyandang masalah kesejahteraan sosial lintas daerah",
            urusan: ["1.06"],
            lokasi: ["64.02.06"], bentuk: .kerjaSamaDaerahLain, dimiliki: "panti sosial, pendamping sosial",
            dibutuhkan: "mekanisme rujukan, pemulangan, data terpadu", mitra: [smd, bpp],
            eksternalitas: "Kota Samarinda dan Kota Balikpapan",
            program: ("1.06.04", "Program Rehabilitasi Sosial"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Dinas Kependudukan dan Pencatatan Sipil", jenis: .isu, judul: "Pemutakhiran data penduduk terdampak delineasi IKN",
            urusan: ["2.12"],
            lokasi: ["64.02.13", "64.02.20", "64.02.02"], bentuk: .kerjaSamaDaerahLain,
            dimiliki: "basis data kependudukan, petugas registrasi",
            dibutuhkan: "data batas delineasi, berita acara penegasan batas", mitra: [ikn, ppu], eksternalitas: "Otorita IKN",
            program: ("2.12.02", "Program Pendaftaran Penduduk"), kualitas: 4, akhir: .dinilai),
        Contoh(
            unit: "Badan Penanggulangan Bencana Daerah", jenis: .permasalahan,
            judul: "Penanggulangan kebakaran hutan dan lahan di perbatasan", urusan: ["1.05"],
            lokasi: ["64.02.13", "64.02.14"], bentuk: .kerjaSamaDaerahLain, dimiliki: "regu pemadam, posko siaga",
            dibutuhkan: "peralatan pemadaman, sistem peringatan dini bersama", mitra: [ppu, bpp, ikn],
            eksternalitas: "Penajam Paser Utara dan Balikpapan",
            program: nil, kualitas: 4, akhir: .dinilai),
        Contoh(
            unit: "Dinas Perumahan dan Kawasan Permukiman", jenis: .permasalahan,
            judul: "Air minum curah untuk kawasan Samboja dan Muara Jawa", urusan: ["1.04", "1.03"],
            lokasi: ["64.02.13", "64.02.14"], bentuk: .kerjaSamaPihakKetiga, dimiliki: "sumber air baku, jaringan distribusi",
            dibutuhkan: "instalasi pengolahan air, pendanaan", mitra: [pt, bpp], eksternalitas: "Kota Balikpapan",
            program: ("1.03.05", "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa", jenis: .potensi, judul: "BUM Desa bersama kawasan penyangga IKN",
            urusan: ["2.13"],
            lokasi: ["64.02.13", "64.02.20"], bentuk: .kerjaSamaDesa, dimiliki: "BUM Desa aktif, aset desa",
            dibutuhkan: "pendampingan usaha, akses permodalan", mitra: [], eksternalitas: nil,
            program: ("2.13.04", "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat"), kualitas: 3,
            akhir: .dinilai),
        Contoh(
            unit: "Dinas Pemuda dan Olahraga", jenis: .potensi, judul: "Pusat pelatihan atlet Stadion Aji Imbut", urusan: ["2.19"],
            lokasi: ["64.02.16"], bentuk: .kerjaSamaDaerahLain, dimiliki: "Stadion Aji Imbut, fasilitas olahraga",
            dibutuhkan: "pengelola profesional, jadwal kejuaraan", mitra: [prov, smd], eksternalitas: nil,
            program: ("2.19.03", "Program Pengembangan Kapasitas Daya Saing Keolahragaan"), kualitas: 2, akhir: .dinilai),
        Contoh(
            unit: "Dinas Perindustrian dan Perdagangan", jenis: .potensi, judul: "Hilirisasi produk sawit dan karet rakyat",
            urusan: ["3.31", "3.30"],
            lokasi: ["64.02.07", "64.02.11"], bentuk: .kerjaSamaPihakKetiga, dimiliki: "bahan baku sawit dan karet, kelompok tani",
            dibutuhkan: "pabrik pengolahan, investor, akses pasar ekspor", mitra: [pt], eksternalitas: nil,
            program: ("3.31.02", "Program Pengembangan Industri"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Dinas Perpustakaan dan Kearsipan", jenis: .potensi, judul: "Digitalisasi naskah kuno Kesultanan Kutai",
            urusan: ["2.23", "2.24"],
            lokasi: ["64.02.06"], bentuk: .kerjaSamaLuarNegeri, dimiliki: "naskah kuno, arsip kesultanan",
            dibutuhkan: "teknologi digitalisasi, ahli konservasi", mitra: [], eksternalitas: nil,
            program: ("2.23.02", "Program Pembinaan Perpustakaan"), kualitas: 2, akhir: .dinilai),
        Contoh(
            unit: "Satuan Polisi Pamong Praja", jenis: .isu, judul: "Ketertiban umum di koridor jalan Samarinda–IKN", urusan: ["1.05"],
            lokasi: ["64.02.03", "64.02.13"], bentuk: .kerjaSamaDaerahLain, dimiliki: "personel Satpol PP, pos jaga",
            dibutuhkan: "patroli bersama, sarana komunikasi", mitra: [smd, ikn], eksternalitas: "Kota Samarinda dan Otorita IKN",
            program: nil, kualitas: 2, akhir: .dinilai),
        Contoh(
            unit: "Dinas Ketahanan Pangan", jenis: .permasalahan,
            judul: "Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota", urusan: ["2.09"],
            lokasi: ["64.02.06", "64.02.13"], bentuk: .kerjaSamaDaerahLain, dimiliki: "gudang cadangan pangan, data neraca pangan",
            dibutuhkan: "perjanjian pasokan antardaerah, transportasi logistik", mitra: [ppu, kutim], eksternalitas: "Penajam Paser Utara",
            program: ("2.09.02", "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Dinas Pengendalian Penduduk dan Keluarga Berencana", jenis: .isu,
            judul: "Proyeksi pertumbuhan penduduk akibat migrasi ke IKN", urusan: ["2.14"],
            lokasi: ["64.02.13", "64.02.03"], bentuk: .kerjaSamaDaerahLain, dimiliki: "data keluarga, penyuluh KB",
            dibutuhkan: "kajian demografi bersama", mitra: [ikn], eksternalitas: "Otorita IKN", program: nil, kualitas: 2,
            akhir: .terverifikasi),
        Contoh(
            unit: "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", jenis: .permasalahan,
            judul: "Layanan perlindungan anak di kawasan pekerja proyek", urusan: ["2.08"],
            lokasi: ["64.02.13"], bentuk: .kerjaSamaDaerahLain, dimiliki: "UPTD PPA, konselor", dibutuhkan: "rumah aman, rujukan bersama",
            mitra: [ppu], eksternalitas: "Penajam Paser Utara", program: ("2.08.05", "Program Perlindungan Khusus Anak"), kualitas: 3,
            akhir: .terverifikasi),
        Contoh(
            unit: "Dinas Pertanahan", jenis: .isu, judul: "Penyelesaian tumpang tindih lahan di wilayah delineasi", urusan: ["2.10"],
            lokasi: ["64.02.20", "64.02.02"], bentuk: .kerjaSamaDaerahLain, dimiliki: "data bidang tanah, tim penyelesaian sengketa",
            dibutuhkan: "peta batas resmi, koordinasi dengan Otorita IKN", mitra: [ikn], eksternalitas: "Otorita IKN",
            program: nil, kualitas: 3, akhir: .terverifikasi),
        Contoh(
            unit: "Dinas Perkebunan", jenis: .potensi, judul: "Kemitraan plasma kelapa sawit berkelanjutan", urusan: ["3.27"],
            lokasi: ["64.02.11", "64.02.10"], bentuk: .kerjaSamaPihakKetiga, dimiliki: "kebun rakyat, koperasi petani",
            dibutuhkan: "sertifikasi berkelanjutan, bibit unggul", mitra: [pt], eksternalitas: nil,
            program: ("3.27.05", "Program Penyuluhan Pertanian"), kualitas: 2, akhir: .diajukan),
        Contoh(
            unit: "Dinas Tanaman Pangan dan Hortikultura", jenis: .potensi,
            judul: "Sentra hortikultura dataran rendah untuk pasar Samarinda", urusan: ["3.27"],
            lokasi: ["64.02.16"], bentuk: .kerjaSamaDaerahLain, dimiliki: "lahan hortikultura, kelompok tani",
            dibutuhkan: "pasar induk, logistik",
            mitra: [smd], eksternalitas: nil, program: ("3.27.04", "Program Pengendalian dan Penanggulangan Bencana Pertanian"),
            kualitas: 2, akhir: .diajukan),
        Contoh(
            unit: "Dinas Pemadam Kebakaran dan Penyelamatan", jenis: .permasalahan, judul: "Pos pemadam kebakaran bersama di Loa Janan",
            urusan: ["1.05"],
            lokasi: ["64.02.03"], bentuk: .kerjaSamaDaerahLain, dimiliki: "armada pemadam", dibutuhkan: "pos bersama, hidran",
            mitra: [smd], eksternalitas: "Kota Samarinda", program: nil, kualitas: 2, akhir: .diajukan),
        Contoh(
            unit: "Kecamatan Loa Janan", jenis: .potensi, judul: "Loa Janan sebagai simpul logistik menuju IKN", urusan: ["2.15"],
            lokasi: ["64.02.03"], bentuk: .kerjaSamaDaerahLain, dimiliki: "lahan pergudangan, akses jalan tol",
            dibutuhkan: "terminal barang, penataan lalu lintas", mitra: [ikn, smd], eksternalitas: "Otorita IKN dan Kota Samarinda",
            program: ("2.15.02", "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan"), kualitas: 4, akhir: .dinilai),
        Contoh(
            unit: "Kecamatan Loa Kulu", jenis: .permasalahan, judul: "Kerusakan jalan akibat angkutan tambang", urusan: ["1.03", "2.15"],
            lokasi: ["64.02.02"], bentuk: .kerjaSamaPihakKetiga, dimiliki: "ruas jalan, data kerusakan",
            dibutuhkan: "perbaikan jalan, jalur khusus tambang",
            mitra: [pt], eksternalitas: nil, program: ("1.03.10", "Program Penyelenggaraan Jalan"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Kecamatan Sanga Sanga", jenis: .potensi, judul: "Wisata sejarah perjuangan Merah Putih Sanga-Sanga",
            urusan: ["3.26", "2.22"],
            lokasi: ["64.02.15"], bentuk: .kerjaSamaDaerahLain, dimiliki: "situs sejarah, museum perjuangan",
            dibutuhkan: "promosi, paket wisata bersama",
            mitra: [bpp, ikn], eksternalitas: nil, program: nil, kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Kecamatan Muara Jawa", jenis: .permasalahan, judul: "Abrasi pantai dan banjir rob", urusan: ["1.03", "2.11"],
            lokasi: ["64.02.14"], bentuk: .kerjaSamaDaerahLain, dimiliki: "data abrasi, kelompok masyarakat pesisir",
            dibutuhkan: "pemecah gelombang, penanaman mangrove", mitra: [prov, bpp], eksternalitas: "Kota Balikpapan", program: nil,
            kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Kecamatan Tenggarong", jenis: .potensi, judul: "Kota pusaka Tenggarong", urusan: ["2.22", "3.26"],
            lokasi: ["64.02.06"], bentuk: .kerjaSamaDaerahLain, dimiliki: "kawasan cagar budaya, Pulau Kumala",
            dibutuhkan: "revitalisasi kawasan, promosi",
            mitra: [prov], eksternalitas: nil, program: ("2.22.02", "Program Pengembangan Kebudayaan"), kualitas: 3, akhir: .dinilai),
        Contoh(
            unit: "Kecamatan Samboja Barat", jenis: .isu, judul: "Pelayanan administrasi warga terdampak perubahan batas", urusan: ["2.12"],
            lokasi: ["64.02.20"], bentuk: .kerjaSamaDaerahLain, dimiliki: "kantor kecamatan, petugas pelayanan",
            dibutuhkan: "kepastian batas wilayah, layanan bersama", mitra: [ikn], eksternalitas: "Otorita IKN", program: nil, kualitas: 3,
            akhir: .dinilai),
        Contoh(
            unit: "Kecamatan Muara Badak", jenis: .potensi, judul: "Pelabuhan perikanan Muara Badak", urusan: ["3.25"],
            lokasi: ["64.02.05"], bentuk: .kerjaSamaPihakKetiga, dimiliki: "tempat pelelangan ikan, nelayan",
            dibutuhkan: "cold storage, pasar ekspor",
            mitra: [pt, bpp], eksternalitas: nil, program: nil, kualitas: 2, akhir: .dinilai),
        Contoh(
            unit: "Kelurahan Jahab", jenis: .potensi, judul: "Sentra kerajinan rotan Jahab", urusan: ["3.31"],
            lokasi: ["64.02.06.1001"], bentuk: .kerjaSamaPihakKetiga, dimiliki: "perajin rotan, bahan baku rotan",
            dibutuhkan: "desain produk, pasar",
            mitra: [pt], eksternalitas: nil, program: nil, kualitas: 2, akhir: .dikembalikan),
        Contoh(
            unit: "Desa Bakungan", jenis: .potensi, judul: "Agrowisata buah Bakungan", urusan: ["3.26", "3.27"],
            lokasi: ["64.02.03.2001"], bentuk: .kerjaSamaDesa, dimiliki: "kebun buah, kelompok tani", dibutuhkan: "promosi, akses jalan",
            mitra: [], eksternalitas: nil, program: nil, kualitas: 2, akhir: .diajukan),
        Contoh(
            unit: "Desa Jonggon Desa", jenis: .permasalahan, judul: "Air bersih dusun terpencil Jonggon", urusan: ["1.04"],
            lokasi: ["64.02.02.2001"], bentuk: .kerjaSamaDesa, dimiliki: "sumber mata air", dibutuhkan: "pipanisasi, pendanaan",
            mitra: [], eksternalitas: nil, program: nil, kualitas: 2, akhir: .draf),
        Contoh(
            unit: "Desa Rapak Lambur", jenis: .potensi, judul: "Budidaya ikan keramba Rapak Lambur", urusan: ["3.25"],
            lokasi: ["64.02.06.2012"], bentuk: .kerjaSamaDesa, dimiliki: "keramba, kelompok pembudidaya", dibutuhkan: "pakan, pasar",
            mitra: [], eksternalitas: nil, program: nil, kualitas: 2, akhir: .draf),
        Contoh(
            unit: "Dinas Kesehatan", jenis: .isu, judul: "Pengadaan obat dan bahan medis habis pakai", urusan: ["1.02"],
            lokasi: ["64.02.06"], bentuk: .swakelola, dimiliki: "anggaran obat", dibutuhkan: "penyedia obat",
            mitra: [], eksternalitas: nil, program: ("1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan"), kualitas: 1,
            akhir: .ditolak),
    ]

    static func pastikan(app: Application, hash: String, on tujuan: (any Database)? = nil) async throws {
        let db = tujuan ?? app.db
        guard let pemda = try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == "64.02").first(), pemda.demo,
            try await PeriodePemetaanRecord.query(on: db).filter(\.$pemdaID == pemda.id!).count() == 0
        else { return }
        let o = try await Orang.muat(pemda, on: db)
        try await db.transaction { db in
            let x = try await bukaPeriode(o, on: db)
            var acak = UInt64(20260503)
            for c in daftar {
                try await tanam(c, periode: x, o, acak: &acak, on: db)
            }
        }
    }

    /// The demo pemda's people and reference data that the samples are written with.
    private struct Orang {
        let pemda: PemdaRecord
        let admin: Pelaku
        let penilai: [Pelaku]
        let unit: [UnitKerjaRecord]
        let unitID: [String: UUID]
        let operatorUnit: [UUID: PenggunaRecord]
        let mitraID: [String: UUID]

        static func muat(_ pemda: PemdaRecord, on db: any Database) async throws -> Orang {
            func pelaku(_ nama: String) async throws -> Pelaku {
                guard let u = try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == nama).first() else {
                    throw Abort(.internalServerError)
                }
                return try Pelaku(pengguna: u, pemda: pemda, csrf: nil, sesiID: nil, jam: .sistem)
            }
            let unit = try await UnitKerjaRecord.query(on: db).filter(\.$pemdaID == pemda.id!).all()
            let operatorUnit = try await PenggunaRecord.query(on: db).filter(\.$pemdaID == pemda.id!).filter(\.$peran == .operator).all()
            let mitra = try await MitraRecord.query(on: db).filter(\.$pemdaID == pemda.id!).all()
            return Orang(
                pemda: pemda, admin: try await pelaku("admin.kukar"),
                penilai: [try await pelaku("tkksd.kukar"), try await pelaku("tkksd.bappeda"), try await pelaku("tkksd.hukum")],
                unit: unit, unitID: Dictionary(uniqueKeysWithValues: unit.map { ($0.nama, $0.id!) }),
                operatorUnit: Dictionary(uniqueKeysWithValues: operatorUnit.compactMap { u in u.unitID.map { ($0, u) } }),
                mitraID: Dictionary(uniqueKeysWithValues: mitra.map { ($0.nama, $0.id!) }))
        }
    }

    /// The 2026 mapping round, open to every active unit, with each TKKSD member's pairwise judgments.
    private static func bukaPeriode(_ o: Orang, on db: any Database) async throws -> PeriodePemetaanRecord {
        let x = PeriodePemetaanRecord()
        x.pemdaID = o.pemda.id!
        x.judul = "Pemetaan Potensi KSD 2026"
        x.tahun = 2026
        x.batasWaktu = "2026-12-31"
        x.dibuka = true
        x.kriteriaJSON = String(decoding: try JSONEncoder().encode(KriteriaBawaan.semua), as: UTF8.self)
        x.topN = 10
        x.unitDiundang = o.unit.filter(\.aktif).compactMap { $0.id?.uuidString }.sorted().joined(separator: ",")
        x.version = 1
        try await x.create(on: db)
        try await Audit.catat(
            "periode.buka", entitas: "periode_pemetaan", id: x.id?.uuidString, sesudah: ["judul": x.judul], pelaku: o.admin, on: db)

        // Each member's pairwise judgments: urgency, IKN and planning fit weigh most, with shades of difference.
        let atas: [[[Double]]] = [
            [
                [1, 1.0 / 2, 1, 1.0 / 3, 1.0 / 2, 1.0 / 3], [2, 2, 1, 1, 1.0 / 2], [1, 1.0 / 2, 1.0 / 2, 1.0 / 3],
                [1.0 / 2, 1.0 / 2, 1.0 / 3], [1, 1.0 / 2], [1],
            ],
            [
                [1, 1.0 / 2, 2, 1.0 / 5, 1.0 / 3, 1.0 / 3], [1, 2, 1.0 / 3, 1, 1.0 / 2], [2, 1.0 / 3, 1.0 / 2, 1.0 / 2],
                [1.0 / 5, 1.0 / 3, 1.0 / 3], [2, 1], [1.0 / 2],
            ],
            [
                [2, 1, 2, 1.0 / 2, 1.0 / 2, 1.0 / 2], [1.0 / 2, 1, 1.0 / 3, 1.0 / 3, 1.0 / 3], [2, 1.0 / 2, 1, 1.0 / 2],
                [1.0 / 3, 1.0 / 2, 1.0 / 3], [1, 1], [1],
            ],
        ]
        for (p, a) in zip(o.penilai, atas) {
            try await BobotPage.simpan(try MatriksPerbandingan(ukuran: 7, atas: a), periode: x, pelaku: p, ip: nil, on: db)
        }
        return x
    }

    /// Writes one sample submission through the same flow a user's goes through, up to its final status.
    private static func tanam(
        _ c: Contoh, periode x: PeriodePemetaanRecord, _ o: Orang, acak: inout UInt64, on db: any Database
    ) async throws {
        guard let uid = o.unitID[c.unit] else { return }
        let pemda = o.pemda
        let admin = o.admin
        let pengusul =
            o.operatorUnit[uid].flatMap { try? Pelaku(pengguna: $0, pemda: pemda, csrf: nil, sesiID: nil, jam: .sistem) } ?? admin
        let isian = IsianUsulan(
            jenis: c.jenis.rawValue, judul: c.judul,
            deskripsi: "\(c.judul). Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah \(pemda.nama); bukan data resmi.",
            urusan: c.urusan, lokasi: c.lokasi, bentuk: c.bentuk.rawValue, sumberDayaDimiliki: c.dimiliki,
            sumberDayaDibutuhkan: c.dibutuhkan, calonMitra: c.mitra.compactMap { o.mitraID[$0]?.uuidString },
            eksternalitas: c.eksternalitas == nil ? "tidak" : "ya", eksternalitasDengan: c.eksternalitas,
            manfaat: "Pelayanan publik yang lebih cepat dan efisien bagi warga \(pemda.nama).",
            indikator: "Jumlah warga terlayani dan waktu layanan", perkiraanBiaya: c.kualitas >= 4 ? "2.500.000.000" : nil,
            sumberDana: c.kualitas >= 4 ? SumberDana.apbdDanMitra.rawValue : SumberDana.apbd.rawValue,
            kodeProgram: c.program?.0, namaProgram: c.program?.1,
            pengecualian: c.program == nil ? PengecualianPerencanaan.programStrategisNasional.rawValue : nil,
            alasanPengecualian: c.program == nil ? "Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional." : nil)
        let r = try await UsulanAlur.buat(isian, unitID: uid, periode: x, ajukan: c.akhir != .draf, pelaku: pengusul, ip: nil, on: db)
        r.contoh = true
        try await r.update(on: db)
        switch c.akhir {
        case .draf, .diajukan:
            break
        case .dikembalikan:
            try await UsulanAlur.ubahStatus(
                r, aksi: .kembalikan(catatan: "Lengkapi kode program Renstra dan perkiraan biaya."), pelaku: admin, ip: nil, on: db)
        case .ditolak:
            try await UsulanAlur.ubahStatus(
                r,
                aksi: .tolak(
                    alasan: "Bukan kerja sama daerah: pengadaan/swakelola internal diatur tersendiri (Perpres 16/2018 jo. 12/2021)."),
                pelaku: admin, ip: nil, on: db)
        default:
            if c.judul.hasPrefix("Akses jalan") {
                // Returned once, fixed and resubmitted: the history keeps both.
                try await UsulanAlur.ubahStatus(
                    r, aksi: .kembalikan(catatan: "Sebutkan ruas jalan dan lampirkan data kerusakan."), pelaku: admin, ip: nil, on: db)
                var i2 = isian
                i2.sumberDayaDimiliki = "ruas jalan kabupaten Samboja–Semoi (data kerusakan 2025), lahan milik daerah"
                try await UsulanAlur.ubah(r, isian: i2, versi: r.version, ajukan: true, pelaku: pengusul, ip: nil, on: db)
            }
            try await UsulanAlur.ubahStatus(r, aksi: .verifikasi, pelaku: admin, ip: nil, on: db)
            if c.akhir != .terverifikasi {
                for p in o.penilai {
                    var skor: [String: Double] = [:]
                    for k in KriteriaBawaan.semua {
                        acak = acak &* 6364136223846793005 &+ 1442695040888963407
                        let geser = Int((acak >> 33) % 3) - 1  // -1, 0, 1
                        let tambahan = (k.kode == "ikn" && c.mitra.contains(ikn)) ? 1 : 0
                        skor[k.kode] = Double(min(5, max(1, c.kualitas + geser + tambahan)))
                    }
                    try await UsulanAlur.nilai(
                        r, skor: skor, alasan: "Penilaian contoh berdasarkan kualitas usulan.", kriteria: KriteriaBawaan.semua,
                        pelaku: p, ip: nil, on: db)
                }
            }
            if c.akhir == .diprioritaskan {
                try await UsulanAlur.ubahStatus(r, aksi: .prioritaskan, pelaku: admin, ip: nil, on: db)
            }
        }
    }
}
