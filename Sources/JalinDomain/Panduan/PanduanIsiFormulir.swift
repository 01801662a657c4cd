import Foundation

// The guidance for the main forms, the kinds of cooperation and kerja sama desa (see PanduanIsi.swift).

extension Panduan {
    // MARK: - Formulir

    static let formulir: [Bagian] = [
        bag(
            "formulir-usulan-potensi", .formulir, "Mengisi dan Mengajukan Usulan Potensi",
            "Pada periode pemetaan yang dibuka, OPD, kecamatan dan desa/kelurahan mengirim usulan berupa isu strategis, "
                + "potensi, atau permasalahan yang dapat ditangani melalui kerja sama. Usulan dapat disimpan sebagai draf dan "
                + "diajukan setelah lengkap.",
            langkah: [
                "Buka Pemetaan Potensi, pilih periode yang masih dibuka, lalu pilih kirim usulan.",
                "Pilih jenis usulan: isu strategis (dari RPJMD/Renstra), potensi (produk unggulan atau sumber daya yang dapat ditawarkan), atau permasalahan (yang perlu diatasi bersama).",
                "Isi judul dan deskripsi, bidang urusan, lokasi (kode wilayah kecamatan atau desa/kelurahan), bentuk kegiatan, dan calon mitra bila sudah ada.",
                "Potensi: isi sumber daya yang dimiliki. Permasalahan: isi sumber daya yang dibutuhkan.",
                "Tandai bila ada dampak lintas daerah (eksternalitas) dan sebutkan daerahnya; ini menentukan apakah kerja sama bersifat wajib.",
                "Isi manfaat dan indikatornya, perkiraan biaya dan sumber dana, serta rujukan program RPJMD/Renstra atau alasan pengecualian (wajib untuk potensi sebelum diajukan; untuk isu dan permasalahan sebelum diprioritaskan).",
                "Simpan draf kapan saja (hanya judul yang wajib). Pilih Ajukan bila sudah lengkap; Jalin menyebutkan isian yang masih kurang.",
            ],
            dasar: [
                V("PP 28/2018 Pasal 5 dan Pasal 17"), V("PP 28/2018 Pasal 3 ayat (2) dan Penjelasannya"), V("PP 28/2018 Pasal 4 ayat (2)–(3)"),
                S("Permendagri 22/2020 Pasal 5 ayat (1): daerah wajib mengidentifikasi dan memetakan urusan (dikutip Kemendagri)"),
                S("Kolom matriks pemetaan menurut bimtek Kukar 2024, panduan Yogyakarta, Banjar dan Bantul"),
                U("Matriks resmi Pedoman Pemetaan Urusan Pemerintahan dalam rangka KSD (Kemendagri)"),
            ],
            periksa: [
                "Jenis usulan", "Judul dan deskripsi", "Paling sedikit satu bidang urusan dan satu lokasi", "Manfaat yang diharapkan",
                "Sumber daya yang dimiliki (potensi) atau dibutuhkan (permasalahan)", "Daerah terdampak bila ada eksternalitas",
                "Rujukan RPJMD/Renstra atau alasan pengecualian",
            ],
            tautan: ["/pemetaan", "/wilayah", "/panduan/desa-operator-mengajukan"],
            kunci: ["usulan", "potensi", "isu", "permasalahan", "pemetaan", "ajukan", "draf", "eksternalitas", "formulir usulan"]),
        bag(
            "formulir-verifikasi-usulan", .formulir, "Verifikasi Usulan oleh Bagian Kerja Sama",
            "Usulan yang diajukan diperiksa Bagian Kerja Sama selaku sekretariat TKKSD: apakah lengkap dan termasuk "
                + "lingkup pemetaan. Usulan dapat diverifikasi, dikembalikan untuk diperbaiki, atau ditolak.",
            langkah: [
                "Buka usulan berstatus Diajukan pada periode pemetaan.",
                "Baca hasil penyaringan kelayakan KSD dan rekomendasi calon mitra yang ditampilkan.",
                "Bila ada yang perlu diperbaiki, pilih Kembalikan dan tulis catatan yang jelas; pengusul menerima catatan itu.",
                "Bila lengkap dan sesuai, pilih Verifikasi; usulan siap dinilai TKKSD.",
                "Bila bukan kerja sama (misalnya pengadaan atau swakelola) atau di luar kewenangan, pilih Tolak dengan alasan tertulis.",
                "Pengusul dapat menarik kembali usulan yang belum diverifikasi untuk diubah.",
            ],
            dasar: [
                V("PP 28/2018 Pasal 4 ayat (1)"), S("Tugas TKKSD: identifikasi, verifikasi, sinkronisasi dengan dokumen perencanaan (Kukar)"),
                S("Penyaringan usulan yang bukan KSD (Kabupaten Banjar 2024: 31 dari 156 usulan)"), U("Alur status usulan sampai penetapan keputusan bupati"),
            ],
            periksa: ["Kelengkapan isian", "Hasil penyaringan kelayakan", "Catatan perbaikan atau alasan penolakan yang jelas"],
            tautan: ["/pemetaan"],
            kunci: ["verifikasi", "kembalikan", "tolak", "perbaikan", "catatan", "tarik kembali", "status usulan"]),
        bag(
            "formulir-kelayakan", .formulir, "Membaca Hasil Penyaringan Kelayakan KSD",
            "Jalin menyaring setiap usulan: apakah termasuk kerja sama yang dijalankan siklus (KSD, Sinergi, atau kerja sama "
                + "desa), jenisnya apa, dan apakah akan memerlukan persetujuan DPRD. Setiap kesimpulan disertai dasar hukumnya.",
            langkah: [
                "Kerja sama dengan daerah lain yang berbatasan dan urusannya berdampak lintas daerah: KSDD wajib. Tanpa syarat itu: KSDD sukarela.",
                "Kerja sama dengan perseorangan, badan usaha atau organisasi: KSDPK (pelayanan publik, aset, investasi, atau lainnya).",
                "Dengan kementerian/lembaga atau instansi vertikal: Sinergi. Dengan pihak di luar negeri: KSDPL atau KSDLL.",
                "Pengadaan barang/jasa, swakelola, hibah, pemanfaatan barang milik daerah dan KPBU: bukan KSD; Jalin menunjukkan peraturan yang berlaku.",
                "Kerja sama dengan Otorita IKN: Jalin menawarkan dua pilihan dan menandai perlunya konsultasi dengan Bagian Hukum/Kemendagri.",
                "Bidang urusan yang sebagian besar kewenangan provinsi ditandai agar diperiksa kembali.",
                "Daftar bentuk yang bukan KSD dan aturan penyaringan lain dapat diubah Admin karena sebagian bersumber sekunder.",
            ],
            dasar: [
                V("UU 23/2014 Pasal 364 ayat (1)–(2) dan Pasal 365"), V("PP 28/2018 Pasal 3"), V("PP 28/2018 Pasal 14 dan Pasal 15"),
                V("PP 28/2018 Pasal 46"), S("Pemisahan BMD, KPBU, PBJ, hibah dari KSD (Yogyakarta; Banjar)"),
                U("Kerja sama kabupaten dengan Otorita IKN; kewenangan provinsi per bidang urusan"),
            ],
            periksa: ["Kesimpulan per calon mitra", "Perlu tidaknya persetujuan DPRD", "Catatan konsultasi hukum bila ada"],
            tautan: ["/pemetaan", "/panduan/umum-otorita-ikn", t(.persetujuanDPRD)],
            kunci: ["kelayakan", "penyaringan", "screening", "bukan KSD", "wajib", "sukarela", "eksternalitas", "berbatasan"]),
        bag(
            "formulir-bobot-ahp", .formulir, "Pembobotan Kriteria dengan AHP oleh Anggota TKKSD",
            "Sebelum usulan dinilai, setiap anggota TKKSD membandingkan kriteria berpasangan untuk menentukan bobotnya "
                + "(Analytic Hierarchy Process). Bobot kelompok dihitung dari rata-rata geometrik perbandingan semua anggota.",
            langkah: [
                "Buka periode pemetaan, lalu halaman Bobot Kriteria.",
                "Untuk setiap pasangan kriteria, pilih mana yang lebih penting dan seberapa penting pada skala 1 sampai 9 (1 = sama penting, 9 = mutlak lebih penting).",
                "Simpan. Jalin menghitung bobot dan rasio konsistensi (CR).",
                "Bila CR melebihi 0,10, Jalin menyebutkan perbandingan yang paling tidak konsisten; tinjau kembali perbandingan itu.",
                "Kriteria bawaan: kesamaan tujuan, kapasitas daerah, komplementaritas sumber daya, keterbukaan dan kepercayaan, kesesuaian RPJMD/Renstra, peluang IKN, urgensi. Admin dapat mengubahnya per periode.",
            ],
            dasar: [
                S("Pemetaan yang terencana, objektif dan akuntabel (Pedoman Pemetaan Kemendagri, sosialisasi 2021)"),
                U("Penilaian multikriteria untuk menetapkan prioritas (pilihan metode, bukan ketentuan peraturan)"),
            ],
            periksa: ["Semua pasangan kriteria terisi", "Rasio konsistensi tidak melebihi 0,10"],
            tautan: ["/pemetaan"],
            kunci: ["AHP", "bobot", "kriteria", "perbandingan berpasangan", "konsistensi", "CR", "TKKSD", "Saaty"]),
        bag(
            "formulir-penilaian-tkksd", .formulir, "Penilaian Usulan oleh Anggota TKKSD",
            "Setiap anggota TKKSD menilai usulan yang telah diverifikasi pada setiap kriteria dengan skor 1 sampai 5, beserta "
                + "alasannya. Nilai kelompok adalah rata-rata geometrik nilai para anggota.",
            langkah: [
                "Buka usulan berstatus Terverifikasi.",
                "Beri skor 1 (sangat rendah) sampai 5 (sangat tinggi) untuk setiap kriteria; baca keterangan kriteria di samping isian.",
                "Tulis alasan penilaian; alasan disimpan dan ditampilkan bersama hasil kelompok.",
                "Setiap anggota menilai sendiri; penilaian ulang oleh anggota yang sama menggantikan penilaian sebelumnya.",
            ],
            dasar: [
                S("Tugas TKKSD menilai dan memverifikasi usulan (Kukar; FAQ Samarinda)"), V("PP 28/2018 Pasal 4 ayat (2)"),
                U("Penilaian multikriteria untuk menetapkan prioritas (pilihan metode, bukan ketentuan peraturan)"),
            ],
            periksa: ["Skor untuk setiap kriteria", "Alasan penilaian"],
            tautan: ["/pemetaan"],
            kunci: ["penilaian", "skor", "nilai", "TKKSD", "kriteria", "rata-rata geometrik"]),
        bag(
            "formulir-peringkat-prioritas", .formulir, "Peringkat, Uji Sensitivitas, dan Penetapan Prioritas",
            "Jalin menyusun peringkat usulan dari bobot kriteria dan nilai kelompok, lalu menguji apakah peringkat teratas "
                + "berubah bila bobot digeser. Admin menetapkan usulan teratas sebagai prioritas untuk ditindaklanjuti.",
            langkah: [
                "Buka halaman Peringkat Usulan pada periode pemetaan.",
                "Baca uji sensitivitas: apakah usulan teratas tetap sama bila bobot satu kriteria naik atau turun.",
                "Admin memilih Prioritaskan untuk usulan teratas. Usulan tanpa rujukan RPJMD/Renstra atau alasan pengecualian dilewati.",
                "Unduh matriks pemetaan (XLSX/CSV) dan laporan Rancangan Pemetaan Potensi (DOCX) sebagai bahan keputusan bupati dan bahan RPJMD/RKPD.",
                "Usulan prioritas ditindaklanjuti dengan KAK atau studi kelayakan dan pembahasan dengan calon mitra.",
            ],
            dasar: [
                V("PP 28/2018 Pasal 4 ayat (2)–(3) dan Pasal 16 ayat (2)–(3)"),
                S("Penetapan hasil pemetaan dengan keputusan kepala daerah dan integrasi ke RPJMD/RKPD (Bantul; Kemendagri 2021)"),
                S("Tindak lanjut: studi kelayakan, KAK, FGD dengan calon mitra (Banjar)"),
            ],
            periksa: ["Rujukan perencanaan setiap usulan prioritas", "Matriks pemetaan", "Laporan rancangan pemetaan"],
            tautan: ["/pemetaan", "/kerja-sama/baru", t(.persiapan)],
            kunci: ["peringkat", "prioritas", "sensitivitas", "matriks pemetaan", "laporan pemetaan", "XLSX", "keputusan bupati"]),
        bag(
            "formulir-padanan-mitra", .formulir, "Padanan Kebutuhan dan Tawaran serta Rekomendasi Mitra",
            "Bila beberapa pemda memakai Jalin yang sama, tawaran (potensi) satu pemda dipadankan dengan kebutuhan "
                + "(permasalahan) pemda lain. Jalin juga merekomendasikan calon mitra untuk setiap usulan beserta alasannya.",
            langkah: [
                "Buka Padanan kebutuhan dan tawaran dari halaman Pemetaan Potensi.",
                "Periksa pasangan yang ditemukan: bidang urusan yang sama, letak berbatasan, dan sumber daya yang saling melengkapi.",
                "Hubungi pemda pasangan melalui Bagian Kerja Sama; bila cocok, tambahkan sebagai calon mitra pada usulan.",
                "KSDD sukarela dapat dilakukan dengan daerah yang tidak berbatasan.",
            ],
            dasar: [V("PP 28/2018 Pasal 3 ayat (3)"), V("UU 23/2014 Pasal 365"), S("Identifikasi peran setiap daerah dan produk unggulan yang dapat ditawarkan (bimtek Kukar 2024)")],
            periksa: ["Bidang urusan sama", "Sumber daya saling melengkapi", "Kontak Bagian Kerja Sama pemda pasangan"],
            tautan: ["/pemetaan/padanan", "/pemetaan"],
            kunci: ["padanan", "pencocokan", "rekomendasi mitra", "calon mitra", "tawaran", "kebutuhan"]),
        bag(
            "formulir-kak-studi-kelayakan", .formulir, "Menyusun KAK dan Studi Kelayakan",
            "Kerangka Acuan Kerja (KAK) disusun untuk KSDD dan Sinergi; studi kelayakan wajib mendahului KSDPK. Keduanya "
                + "disusun dengan templat Jalin yang mengikuti format pemda yang telah dipakai.",
            langkah: [
                "KAK (format Samarinda): latar belakang; tujuan dan target; manfaat; ruang lingkup; kegiatan (objek); peran para pihak; pembiayaan; lokasi; jangka waktu; mitigasi risiko; ditandatangani kepala OPD pemrakarsa.",
                "Studi kelayakan (format Samarinda): nama kegiatan; tujuan dan target; rincian kegiatan; peran para pihak; aspek legalitas, regulasi, ekonomi/finansial, teknis, operasional, lokasi dan hubungan masyarakat; jangka waktu; mitigasi risiko; kesimpulan; lampiran.",
                "Untuk prakarsa pihak ketiga, studi kelayakan disusun pihak ketiga dan harus menunjukkan keterpaduan dengan rencana induk sektor, kelayakan ekonomi dan finansial, serta kemampuan membiayai.",
                "Formulir persiapan Samarinda juga meminta analisis dampak sosial, ekonomi dan lingkungan; apakah ini persis isi Permendagri 22/2020 Pasal 7 belum terverifikasi.",
            ],
            dasar: [
                V("UU 23/2014 Pasal 366 ayat (3)"), V("PP 28/2018 Pasal 17 dan Pasal 18"), S("Format KAK dan studi kelayakan SIKERJA Samarinda"),
                U("Muatan persiapan menurut Permendagri 22/2020 Pasal 7"),
            ],
            periksa: ["Bab-bab KAK atau studi kelayakan lengkap", "Tanda tangan kepala OPD", "Lampiran RKA bila sudah dianggarkan"],
            tautan: [n(.kak), n(.studiKelayakan), t(.persiapan)],
            kunci: ["KAK", "kerangka acuan kerja", "studi kelayakan", "kelayakan", "mitigasi risiko", "templat"]),
        bag(
            "formulir-naskah", .formulir, "Menyusun Naskah dengan Templat dan Pustaka Klausul",
            "Naskah disusun dari templat per jenis dokumen dan pustaka klausul. Pemeriksa unsur menandai unsur yang "
                + "diwajibkan peraturan bila belum ada. Setiap simpanan menjadi versi yang dapat dibandingkan kata demi kata.",
            langkah: [
                "Buka Naskah, pilih susun naskah baru, pilih jenis dokumen (KAK, studi kelayakan, surat penawaran, KB, PKS, NK, RK, LoI, naskah luar negeri, naskah desa, adendum, berita acara). Naskah dapat diisi otomatis dari usulan.",
                "Lengkapi para pihak, judul, dan Pasal; sisipkan klausul dari pustaka (misalnya keadaan kahar, penyelesaian perselisihan, sanksi).",
                "Baca hasil pemeriksa unsur: temuan wajib (dasar V) harus dipenuhi; temuan periksa (dasar S atau U) perlu ditimbang.",
                "Bagikan rancangan kepada peninjau mitra; tanggapi komentar di setiap Pasal.",
                "Unduh DOCX (A4 atau F4), tampilan cetak, atau PDF; gunakan tanda air RANCANGAN sebelum final.",
            ],
            dasar: [
                V("UU 23/2014 Pasal 366 ayat (2)"), V("PP 28/2018 Pasal 19 ayat (2)"), V("PP 43/2014 Pasal 143 ayat (4)"), V("PP 28/2018 Pasal 30 ayat (3)"),
                S("Pustaka klausul dari templat Makassar, Samarinda dan Yogyakarta"), U("Muatan KB dan PKS menurut Permendagri 22/2020"),
            ],
            periksa: ["Tidak ada temuan wajib yang tersisa", "Komentar mitra selesai ditanggapi", "Paraf berjenjang"],
            tautan: ["/naskah/baru", "/naskah/klausul", "/naskah/aturan", "/naskah"],
            kunci: ["naskah", "templat", "klausul", "pemeriksa unsur", "versi", "komentar", "DOCX", "PDF", "cetak", "F4"]),
        bag(
            "formulir-penandatanganan", .formulir, "Mencatat Penandatanganan dan Mengunggah Pindaian",
            "Setiap naskah pokok yang ditandatangani (KB, PKS, NK, RK, LoI, naskah luar negeri, naskah desa) dicatat di "
                + "halaman kerja sama beserta pindaiannya. Pindaian dikunci dengan sidik SHA-256 sehingga perubahan berkas "
                + "dapat diketahui.",
            langkah: [
                "Buka kerja sama, pilih catat penandatanganan pada tahap penandatanganan.",
                "Isi jenis dokumen, nomor dari setiap pihak, tanggal dan tempat, penanda tangan, dan (untuk naskah yang berlaku) tanggal mulai dan berakhir.",
                "Unggah pindaian naskah bertanda tangan dalam format PDF.",
                "Bila penanda tangan bukan bupati, catat surat kuasanya.",
                "Dokumen yang telah ditandatangani tidak dapat ditandatangani ulang; perubahan melalui adendum.",
            ],
            dasar: [V("PP 28/2018 Pasal 2 ayat (2) dan Pasal 13 ayat (2)"), V("PP 28/2018 Pasal 6 ayat (3)"), S("Penjadwalan penandatanganan berjenjang atau seremonial (SIKERJA Samarinda)")],
            periksa: ["Nomor setiap pihak", "Tanggal dan tempat", "Pindaian PDF", "Surat kuasa bila ada", "Masa berlaku"],
            tautan: ["/kerja-sama"],
            kunci: ["penandatanganan", "tanda tangan", "pindaian", "scan", "SHA-256", "nomor", "surat kuasa"]),
        bag(
            "formulir-catat-kerja-sama", .formulir, "Mencatat Kerja Sama Baru dan Mengimpor Data Lama",
            "Kerja sama baru dicatat Admin sejak tahap persiapan. Kerja sama yang telah berjalan sebelum Jalin dipakai "
                + "dapat diimpor dari berkas CSV agar register lengkap.",
            langkah: [
                "Pilih Catat kerja sama; isi judul, jenis, mitra, perangkat daerah pelaksana, dan bidang urusan. Kerja sama dapat dibuat dari usulan prioritas.",
                "Jawab pertanyaan persetujuan DPRD; Jalin menyusun tahap-tahap sesuai jenisnya.",
                "Untuk data lama, unduh templat CSV dari halaman impor, isi, lalu unggah; baris yang bermasalah disebutkan beserta kolomnya.",
                "Kontrak yang ditandatangani sebelum PP 28/2018 tetap berlaku sampai berakhir; kerja sama Pusat–Daerah lama dapat dilanjutkan sebagai Sinergi.",
            ],
            dasar: [V("PP 28/2018 Pasal 48 dan Pasal 49"), S("Kukar mencatat 210 dokumen KSD 2020–April 2024 (berita daerah)")],
            periksa: ["Jenis kerja sama", "Mitra dan perangkat daerah pelaksana", "Bidang urusan", "Jawaban persetujuan DPRD"],
            tautan: ["/kerja-sama/baru", "/kerja-sama/impor", "/kerja-sama"],
            kunci: ["catat", "kerja sama baru", "impor", "CSV", "data lama", "register"]),
        bag(
            "formulir-monev", .formulir, "Mengisi Formulir Evaluasi (Monev)",
            "Pada setiap periode evaluasi, kerja sama yang berjalan dinilai oleh perangkat daerah pelaksana, mitra dan TKKSD, "
                + "lalu diberi penilaian akhir oleh Bagian Kerja Sama. Jalin menghitung indeks monev 0–100.",
            langkah: [
                "Buka Monev dan Laporan, pilih periode, lalu tugas evaluasi Anda.",
                "Beri nilai 1 sampai 5 untuk setiap butir rubrik (misalnya keluaran, manfaat, pembiayaan).",
                "Bila ada butir bernilai 1 atau 2, tuliskan permasalahan dan tindak lanjutnya (wajib).",
                "Pilih rekomendasi: lanjutkan, ubah dengan adendum, perpanjang, atau akhiri; unggah bukti bila ada.",
                "Bagian Kerja Sama memberi penilaian akhir 1–5 dan dapat membuat draf usulan pemetaan dari hasil evaluasi.",
                "Rubrik bawaan adalah usulan rancangan Jalin, bukan formulir resmi; Admin dapat mengubah bobotnya.",
            ],
            dasar: [
                V("UU 23/2014 Pasal 368"), V("PP 28/2018 Pasal 44"), S("Evaluasi paling sedikit dua kali setahun (Yogyakarta)"),
                S("Monev tiga pihak dengan nilai 1–5 (SIKERJA Samarinda)"), U("Butir evaluasi (rancangan, bukan formulir peraturan)"),
            ],
            periksa: ["Nilai setiap butir", "Permasalahan bila ada nilai 1 atau 2", "Rekomendasi", "Bukti pendukung"],
            tautan: ["/monev", t(.pelaporan)],
            kunci: ["monev", "evaluasi", "monitoring", "rubrik", "indeks", "rekomendasi", "formulir evaluasi"]),
        bag(
            "formulir-laporan", .formulir, "Menyusun Laporan Kerja Sama",
            "Laporan pelaksanaan kerja sama disusun dari data Jalin untuk Bupati, DPRD, Gubernur atau Menteri Dalam Negeri, "
                + "untuk rentang tanggal yang dipilih, dalam format DOCX atau XLSX.",
            langkah: [
                "Buka Monev dan Laporan, pilih Laporan.",
                "Pilih tujuan laporan dan rentang tanggal.",
                "Laporan memuat daftar kerja sama menurut jenis dan tahap, naskah yang ditandatangani, kerja sama yang akan berakhir, hasil monev dengan indeks, permasalahan dan rekomendasi.",
                "Laporan kepada Menteri Dalam Negeri hanya memuat kerja sama luar negeri.",
                "Frekuensi dan format laporan KSDD/KSDPK menurut Permendagri 22/2020 belum terverifikasi; sesuaikan dengan permintaan Gubernur.",
            ],
            dasar: [V("PP 28/2018 Pasal 43"), V("UU 23/2014 Pasal 368 ayat (1)"), V("PP 12/2017 (dirujuk PP 28/2018 Pasal 44 ayat (5))"), U("Frekuensi dan format laporan KSDD/KSDPK")],
            periksa: ["Tujuan laporan", "Rentang tanggal", "Monev periode terakhir sudah ditutup"],
            tautan: ["/monev/laporan", "/monev/dasbor"],
            kunci: ["laporan", "pelaporan", "bupati", "DPRD", "gubernur", "Mendagri", "DOCX", "XLSX", "dasbor"]),
    ]

    // MARK: - Jenis

    /// The section of one kind; its checklist is `dokumenWajib`. The switch is exhaustive.
    static func isiJenis(_ jenis: JenisKerjaSama) -> Bagian {
        let id = idBagian(jenis: jenis)
        let periksa = dokumenWajib(jenis)
        let alur = Tahap.alur(untuk: jenis, perluDPRD: true)
        let langkahAlur = alur.isEmpty ? [] : ["Alur di Jalin: " + alur.map { $0.nama(untuk: jenis) }.joined(separator: ", ") + "."]
        let tautanAlur = alur.filter { $0 != .berakhir }.prefix(3).map(t)
        switch jenis {
        case .ksddWajib:
            return bag(
                id, .jenis, "KSDD Wajib",
                "Kerja sama wajib dilakukan dua daerah atau lebih yang berbatasan, untuk urusan yang berdampak lintas daerah "
                    + "(eksternalitas) dan pelayanan publik yang lebih efisien bila dikelola bersama.",
                langkah: [
                    "Pastikan para daerah berbatasan dan urusannya berdampak lintas provinsi dan/atau kabupaten/kota.",
                    "Petakan urusan menurut potensi dan karakteristik. Hasil pemetaan dibahas dalam koordinasi teknis tingkat provinsi (kabupaten/kota dalam satu provinsi) atau nasional, lalu disepakati kepala daerah.",
                    "Kombinasi yang dimungkinkan antara lain kabupaten/kota dengan kabupaten/kota dalam satu provinsi, dan provinsi dengan kabupaten/kota di wilayahnya.",
                    "Bila kerja sama wajib tidak dilaksanakan, untuk kabupaten/kota dalam satu provinsi urusannya diambil alih Gubernur sebagai wakil Pemerintah Pusat setelah pembinaan, evaluasi hambatan, dan persetujuan Menteri; biayanya dibebankan pada APBD masing-masing.",
                    "Bila kerja sama terus-menerus, sangat kompleks (lebih dari dua daerah dan/atau dua objek) dan berlangsung paling singkat 5 tahun, para daerah dapat membentuk sekretariat kerja sama.",
                    "Pemerintah Pusat dapat memberi bantuan dana dari APBN; pemda lain dapat memberi bantuan keuangan.",
                ] + langkahAlur,
                dasar: [
                    V("UU 23/2014 Pasal 364"), V("PP 28/2018 Pasal 3 ayat (2) dan Penjelasannya"), V("PP 28/2018 Pasal 5"),
                    V("PP 28/2018 Pasal 7"), V("PP 28/2018 Pasal 10 dan Pasal 11"), V("PP 28/2018 Pasal 12"),
                ],
                periksa: periksa, tautan: tautanAlur + ["/pemetaan"],
                kunci: ["KSDD", "wajib", "berbatasan", "eksternalitas", "lintas daerah", "daerah lain", "sekretariat kerja sama"])
        case .ksddSukarela:
            return bag(
                id, .jenis, "KSDD Sukarela",
                "Kerja sama sukarela dilakukan dua daerah atau lebih, berbatasan atau tidak, untuk urusan kewenangan daerah "
                    + "yang dinilai lebih efektif dan efisien bila dikerjakan bersama.",
                langkah: [
                    "Tentukan urusan dan manfaatnya; pemetaan dianjurkan.",
                    "Ikuti alur KSDD: KAK, surat penawaran, KB, persetujuan DPRD bila diperlukan, PKS, lalu pelaksanaan.",
                    "Perselisihan diselesaikan menurut ketentuan perselisihan antardaerah.",
                ] + langkahAlur,
                dasar: [V("UU 23/2014 Pasal 365"), V("PP 28/2018 Pasal 3 ayat (3)"), V("PP 28/2018 Pasal 6"), V("PP 28/2018 Pasal 8"), S("Pemetaan untuk kerja sama sukarela (laporan Banten dan Kalteng)")],
                periksa: periksa, tautan: tautanAlur + ["/pemetaan/padanan"],
                kunci: ["KSDD", "sukarela", "daerah lain", "tidak berbatasan", "kabupaten", "kota", "provinsi"])
        case .ksdpkPelayananPublik, .ksdpkAset, .ksdpkInvestasi, .ksdpkLainnya:
            let (judul, ringkas, huruf, kunci): (String, String, String, [String]) = {
                switch jenis {
                case .ksdpkAset:
                    return ("KSDPK Pengelolaan Aset",
                            "Kerja sama dengan pihak ketiga untuk mengelola aset daerah agar memberi nilai tambah atau pendapatan. "
                                + "Pelaksanaannya mengikuti peraturan tersendiri, antara lain pengelolaan barang milik daerah.",
                            "b", ["aset", "barang milik daerah", "BMD", "pendapatan"])
                case .ksdpkInvestasi:
                    return ("KSDPK Investasi",
                            "Kerja sama dengan pihak ketiga dalam bentuk investasi. Pelaksanaannya mengikuti peraturan tersendiri, "
                                + "antara lain penanaman modal dan KPBU.",
                            "c", ["investasi", "penanaman modal", "KPBU", "badan usaha"])
                case .ksdpkLainnya:
                    return ("KSDPK Lainnya",
                            "Kerja sama lain dengan pihak ketiga, misalnya dengan badan usaha berbadan hukum atau dalam rangka "
                                + "pengadaan barang/jasa, yang dilaksanakan menurut peraturannya.",
                            "d", ["lainnya", "badan usaha", "pengadaan"])
                default:
                    return ("KSDPK Penyediaan Pelayanan Publik",
                            "Kerja sama dengan pihak ketiga untuk menyediakan pelayanan publik. Jenis ini sepenuhnya mengikuti "
                                + "PP 28/2018.",
                            "a", ["pelayanan publik", "layanan"])
                }
            }()
            var dasar = [
                V("PP 28/2018 Pasal 15 ayat (1) huruf \(huruf)"), V("PP 28/2018 Pasal 14"), V("UU 23/2014 Pasal 366"),
                V("PP 28/2018 Pasal 17–19"), V("PP 28/2018 Pasal 20–22"),
            ]
            switch jenis {
            case .ksdpkAset: dasar += [V("PP 28/2018 Pasal 15 ayat (3)"), S("Permendagri 19/2016 tentang pengelolaan barang milik daerah")]
            case .ksdpkInvestasi: dasar += [V("PP 28/2018 Pasal 15 ayat (3)"), S("Perpres 38/2015 tentang KPBU")]
            case .ksdpkLainnya: dasar += [U("Rumusan PP 28/2018 Pasal 15 ayat (4) huruf a"), S("Perpres 16/2018 jo. Perpres 12/2021 tentang pengadaan barang/jasa")]
            default: dasar += [V("PP 28/2018 Pasal 15 ayat (2)")]
            }
            return bag(
                id, .jenis, judul, ringkas,
                langkah: [
                    "Pihak ketiga dapat berupa perseorangan, badan usaha berbadan hukum (BUMN, BUMD, koperasi, badan hukum swasta), atau organisasi kemasyarakatan.",
                    "Studi kelayakan wajib mendahului kerja sama. Atas prakarsa daerah, daerah memetakan urusan dan menyusun studi kelayakan; atas prakarsa pihak ketiga, pihak ketiga menyusunnya dan harus mampu membiayai.",
                    "Kontrak wajib memuat hak dan kewajiban, jangka waktu, penyelesaian perselisihan, dan sanksi.",
                    "Hasil berupa uang masuk kas daerah; barang dicatat sebagai aset daerah.",
                    "Selain alasan berakhir KSDD, KSDPK juga berakhir karena putusan pengadilan berkekuatan hukum tetap atau pailitnya pihak ketiga.",
                ] + (jenis.catatanAturanSektoral.map { [$0] } ?? []) + langkahAlur,
                dasar: dasar, periksa: periksa, tautan: tautanAlur + ["/panduan/formulir-kak-studi-kelayakan"],
                kunci: ["KSDPK", "pihak ketiga", "swasta", "BUMD", "BUMN", "koperasi", "studi kelayakan", "kontrak"] + kunci)
        case .sinergi:
            return bag(
                id, .jenis, "Sinergi Pusat–Daerah",
                "Sinergi perencanaan dan pelaksanaan pembangunan antara Pemerintah Pusat (kementerian/lembaga, termasuk "
                    + "instansi vertikalnya) dan pemda, untuk urusan yang memerlukan dukungan program bersama. Setiap pihak "
                    + "membiayai dari anggarannya sendiri dan kesepakatan dituangkan dalam dokumen yang mengikat.",
                langkah: [
                    "Dalam praktik dokumennya Nota Kesepakatan (NK) dan Rencana Kerja (RK). Sejak PP 28/2018, tidak lagi dibuat PKS/MoU antara kementerian/lembaga (atau instansi vertikal, PTN, BI, TNI, Polri, BPJS) dan pemda.",
                    "Kontrak Pusat–Daerah yang lama dapat dilanjutkan sebagai sinergi.",
                    "Sinergi tidak terkait bantuan dana kerja sama wajib (Pasal 12).",
                ] + langkahAlur,
                dasar: [V("PP 28/2018 Pasal 46"), V("PP 28/2018 Pasal 49"), S("NK dan RK menurut praktik Yogyakarta dan Samarinda"), U("Muatan NK dan RK menurut Permendagri 22/2020")],
                periksa: periksa, tautan: tautanAlur + [j(.ksddSukarela)],
                kunci: ["sinergi", "pusat", "kementerian", "lembaga", "instansi vertikal", "NK", "RK", "nota kesepakatan", "K/L"])
        case .ksdpl, .ksdll:
            let pl = jenis == .ksdpl
            return bag(
                id, .jenis, pl ? "KSDPL (Pemerintah Daerah di Luar Negeri)" : "KSDLL (Lembaga di Luar Negeri)",
                pl
                    ? "Kerja sama dengan pemerintah daerah di luar negeri, misalnya provinsi atau kabupaten/kota kembar (sister city). Memerlukan persetujuan DPRD dan Pemerintah Pusat."
                    : "Kerja sama dengan lembaga di luar negeri: sebagai penerusan kerja sama Pemerintah Pusat (organisasi internasional, badan hukum nirlaba asing yang bukan partai politik, mitra pembangunan luar negeri), atau bentuk lain dengan persetujuan Pemerintah Pusat, misalnya dengan perguruan tinggi asing.",
                langkah: [
                    "Objek: ilmu pengetahuan dan teknologi, pertukaran budaya, peningkatan kemampuan teknis dan manajemen pemerintahan, promosi potensi daerah, dan objek lain yang sah.",
                    "Urutan: penjajakan, konsultasi Mendagri dan Menlu, pernyataan kehendak, rencana kerja sama, persetujuan DPRD (paling lama 45 hari kerja), pertimbangan Mendagri, rancangan naskah dan rapat antarkementerian, perundingan oleh Menlu dan surat konfirmasi, penandatanganan.",
                    "Pemda tidak boleh membuka kantor perwakilan di luar negeri.",
                    "Perselisihan diselesaikan melalui perundingan dan konsultasi; pelaksanaan dilaporkan kepada Mendagri.",
                    "Rincian Permendagri 25/2020 (format LoI, MoU, dan laporan) belum terverifikasi; periksa peraturan terbaru.",
                ],
                dasar: (pl ? [V("PP 28/2018 Pasal 24"), V("PP 28/2018 Pasal 27–35")] : [V("PP 28/2018 Pasal 25 dan Pasal 36–42")])
                    + [V("UU 23/2014 Pasal 367"), V("UU 23/2014 Pasal 154 ayat (1) huruf g"), V("PP 28/2018 Pasal 43"),
                       S("Permenlu 3/2019"), U("Rincian tata cara menurut Permendagri 25/2020")],
                periksa: periksa, tautan: tautanAlur,
                kunci: ["luar negeri", "internasional", "asing", "LoI", "MoU", "Kemlu", "Menlu", "DPRD"]
                    + (pl ? ["KSDPL", "sister city", "kota kembar", "provinsi kembar"] : ["KSDLL", "lembaga", "organisasi internasional", "universitas asing"]))
        case .desaAntarDesa:
            return bag(
                id, .jenis, "Kerja Sama Antar-Desa",
                "Kerja sama antara dua desa atau lebih, dituangkan dalam Peraturan Bersama Kepala Desa yang disepakati melalui "
                    + "musyawarah antar-Desa dan dijalankan oleh badan kerja sama antar-Desa.",
                langkah: [
                    "Lingkup: usaha bersama desa yang bernilai ekonomi; kegiatan kemasyarakatan, pelayanan, pembangunan dan pemberdayaan masyarakat; keamanan dan ketertiban.",
                    "Badan kerja sama antar-Desa beranggotakan pemerintah desa, anggota BPD, lembaga kemasyarakatan desa, lembaga desa lain, dan tokoh masyarakat dengan memperhatikan keadilan gender.",
                    "Desa dapat membentuk BUM Desa bersama.",
                    "Camat memfasilitasi atas nama bupati.",
                ] + langkahAlur,
                dasar: [V("UU 6/2014 Pasal 91 dan Pasal 92"), V("PP 43/2014 Pasal 143 dan Pasal 144"), V("PP 43/2014 Pasal 143 ayat (5)"), S("Permendagri 96/2017 (ringkasan)"), U("Pengaruh UU 3/2024 terhadap UU 6/2014 Pasal 91–93")],
                periksa: periksa, tautan: tautanAlur + ["/panduan/desa-kerja-sama-desa"],
                kunci: ["desa", "antar-desa", "antar desa", "peraturan bersama kepala desa", "BUM Desa", "badan kerja sama antar-desa"])
        case .desaPihakKetiga:
            return bag(
                id, .jenis, "Kerja Sama Desa dengan Pihak Ketiga",
                "Kerja sama desa dengan pihak ketiga untuk mempercepat penyelenggaraan pemerintahan, pembangunan, pembinaan "
                    + "dan pemberdayaan masyarakat desa. Dibahas dalam Musyawarah Desa dan dituangkan dalam perjanjian bersama.",
                langkah: [
                    "Bahas rencana kerja sama dalam Musyawarah Desa.",
                    "Susun perjanjian bersama dengan delapan unsur minimal.",
                    "Camat memfasilitasi atas nama bupati.",
                    "Perselisihan dengan pihak ketiga yang tidak selesai dengan musyawarah diselesaikan di pengadilan.",
                ] + langkahAlur,
                dasar: [V("UU 6/2014 Pasal 91 dan Pasal 93"), V("PP 43/2014 Pasal 143 ayat (3)–(5)"), V("PP 43/2014 Pasal 148"), S("Permendagri 96/2017 (ringkasan)")],
                periksa: periksa, tautan: tautanAlur + ["/panduan/desa-kerja-sama-desa"],
                kunci: ["desa", "pihak ketiga", "perjanjian bersama", "musyawarah desa", "swasta"])
        case .kemitraanLain:
            return bag(
                id, .jenis, "Kemitraan Lain di Luar KSD",
                "Pemanfaatan barang milik daerah, KPBU, pengadaan barang/jasa, hibah dan kerja sama BLUD bukan Kerja Sama "
                    + "Daerah menurut PP 28/2018. Jalin mencatatnya untuk register, tetapi tidak menjalankannya melalui siklus "
                    + "kerja sama; ikuti alur menurut peraturannya sendiri.",
                langkah: [
                    "Penyaringan kelayakan di Pemetaan Potensi menandai bentuk-bentuk ini sebagai bukan KSD dan menyebutkan peraturannya.",
                    "Koordinasikan dengan BPKAD (barang milik daerah, hibah), unit pengadaan, atau perangkat daerah pengelola BLUD.",
                    "Daftar bentuk yang bukan KSD dapat diubah Admin karena bersumber sekunder.",
                ],
                dasar: [S("Pemisahan kemitraan lain dari KSD (panduan pemetaan dan FAQ Yogyakarta)"), S(jenis.dasarHukum)],
                periksa: periksa, tautan: ["/pemetaan", "/panduan/formulir-kelayakan"],
                kunci: ["BMD", "barang milik daerah", "KPBU", "pengadaan", "hibah", "BLUD", "sewa", "pinjam pakai", "bukan KSD"])
        }
    }

    // MARK: - Desa

    static let desa: [Bagian] = [
        bag(
            "desa-kerja-sama-desa", .desa, "Kerja Sama Desa: Siapa, untuk Apa, dan Bagaimana",
            "Desa dapat bekerja sama dengan desa lain dan/atau dengan pihak ketiga. Rezimnya berbeda dari KSD kabupaten: "
                + "dasarnya UU 6/2014 dan PP 43/2014, tidak memerlukan persetujuan DPRD, dan camat memfasilitasi atas nama bupati.",
            langkah: [
                "Antar-desa: disepakati dalam musyawarah antar-Desa, dituangkan dalam Peraturan Bersama Kepala Desa, dijalankan badan kerja sama antar-Desa.",
                "Desa dengan pihak ketiga: dibahas dalam Musyawarah Desa, dituangkan dalam perjanjian bersama.",
                "Naskah memuat paling sedikit: ruang lingkup; bidang; tata cara dan ketentuan pelaksanaan; jangka waktu; hak dan kewajiban; pendanaan; tata cara perubahan, penundaan dan pembatalan; penyelesaian perselisihan.",
                "Kewenangan kabupaten adalah memfasilitasi kerja sama antar-desa dalam satu kabupaten.",
                "Tata cara rincinya diatur Permendagri 96/2017, yang isinya belum terverifikasi di Jalin. Perubahan UU 6/2014 oleh UU 3/2024 juga belum diperiksa pengaruhnya.",
                "Kelurahan tidak membuat kerja sama sendiri; kerja samanya berjalan sebagai KSD kabupaten (penafsiran; belum terverifikasi).",
            ],
            dasar: [
                V("UU 6/2014 Pasal 91–93"), V("PP 43/2014 Pasal 143–149"), V("PP 43/2014 Pasal 143 ayat (4)"), V("UU 23/2014 lampiran, urusan pemberdayaan masyarakat dan desa"),
                S("Permendagri 96/2017 (ringkasan)"), U("Pengaruh UU 3/2024 terhadap UU 6/2014 Pasal 91–93; kedudukan kelurahan"),
            ],
            periksa: Array(dokumenWajib(.desaAntarDesa).prefix(2)) + Array(dokumenWajib(.desaPihakKetiga).prefix(1)),
            tautan: [j(.desaAntarDesa), j(.desaPihakKetiga), t(.musyawarahDesa)],
            kunci: ["desa", "kerja sama desa", "antar-desa", "pihak ketiga", "camat", "kepala desa", "BPD", "kelurahan"]),
        bag(
            "desa-peran-camat", .desa, "Peran Camat sebagai Fasilitator",
            "Camat memfasilitasi kerja sama desa atas nama bupati dan membantu menyelesaikan perselisihan antar-desa dalam "
                + "kecamatannya. Kukar juga meminta camat meneruskan pemahaman kerja sama daerah kepada desa dan kelurahan.",
            langkah: [
                "Dampingi musyawarah antar-Desa atau Musyawarah Desa bila diminta.",
                "Periksa rancangan Peraturan Bersama Kepala Desa atau perjanjian bersama terhadap delapan unsur minimal.",
                "Bila terjadi perselisihan antar-desa dalam satu kecamatan, fasilitasi penyelesaiannya; bila desa berbeda kecamatan, penyelesaian difasilitasi bupati dan bersifat final.",
                "Bantu operator desa dan kelurahan mengirim usulan potensi pada periode pemetaan, dan teruskan informasi bimtek.",
                "Sebagai operator kecamatan, Anda juga dapat mengajukan usulan atas nama kecamatan.",
            ],
            dasar: [V("PP 43/2014 Pasal 143 ayat (5)"), V("PP 43/2014 Pasal 148 ayat (2)"), S("Arahan Sekda Kukar kepada kecamatan, desa dan kelurahan (2024)")],
            periksa: ["Delapan unsur minimal naskah desa", "Berita acara fasilitasi", "Daftar desa yang sudah mengirim usulan"],
            tautan: ["/pemetaan", t(.musyawarahDesa), "/panduan/umum-perselisihan"],
            kunci: ["camat", "kecamatan", "fasilitator", "fasilitasi", "desa", "perselisihan"]),
        bag(
            "desa-operator-mengajukan", .desa, "Operator Desa/Kecamatan: Mengirim Usulan Potensi dari Ponsel",
            "Operator desa, kelurahan dan kecamatan dapat mengirim usulan potensi langsung dari peramban ponsel, tanpa "
                + "aplikasi tambahan. Halaman Jalin ringan sehingga tetap dapat dipakai pada sinyal lemah.",
            langkah: [
                "Masuk dengan akun operator unit Anda, lalu buka menu Pemetaan Potensi.",
                "Pilih periode pemetaan yang masih dibuka; perhatikan batas waktunya.",
                "Pilih kirim usulan. Isi judul lebih dahulu, lalu simpan sebagai draf; isian yang sudah tersimpan tidak hilang bila sinyal terputus.",
                "Lengkapi jenis usulan, deskripsi singkat, bidang urusan, lokasi desa atau kecamatan Anda, dan manfaatnya. Untuk potensi, sebutkan apa yang dimiliki desa (misalnya hasil pertanian, wisata, tenaga terampil) dan kaitannya dengan program RPJMD atau alasan pengecualian.",
                "Lampirkan foto atau dokumen pendukung bila ada; ukuran berkas dibatasi, jadi kirim foto yang sudah diperkecil.",
                "Pilih Ajukan. Bila masih ada yang kurang, Jalin menyebutkannya satu per satu.",
                "Usulan desa masuk pemetaan kabupaten. Hasilnya dapat menjadi KSD kabupaten atau ditindaklanjuti sebagai kerja sama desa.",
            ],
            dasar: [
                V("PP 28/2018 Pasal 5 dan Pasal 17"), V("PP 28/2018 Pasal 4 ayat (2)–(3)"),
                S("Arahan Sekda Kukar agar OPD, kecamatan, kelurahan dan desa menyelaraskan kerja sama dengan IKN (2024)"),
                S("Peserta bimtek pemetaan Kukar 2024 dari OPD, kecamatan dan TKKSD"),
            ],
            periksa: ["Akun operator terhubung dengan unit desa/kecamatan", "Judul dan deskripsi", "Bidang urusan", "Lokasi (kode wilayah)", "Manfaat", "Foto atau dokumen pendukung (bila ada)"],
            tautan: ["/pemetaan", "/wilayah", "/panduan/formulir-usulan-potensi", "/panduan/desa-operator-memantau"],
            kunci: ["operator", "desa", "kecamatan", "kelurahan", "ponsel", "HP", "sinyal", "usulan", "potensi", "kirim"]),
        bag(
            "desa-operator-memantau", .desa, "Operator Desa/Kecamatan: Mengikuti Status Usulan",
            "Setelah diajukan, usulan berpindah status sesuai pemeriksaan Bagian Kerja Sama dan penilaian TKKSD. Operator "
                + "dapat melihat status dan catatan setiap usulan unitnya kapan saja.",
            langkah: [
                "Buka Pemetaan Potensi, pilih periode, lalu usulan Anda; atau buka menu Notifikasi.",
                "Diajukan: menunggu pemeriksaan. Selama belum diverifikasi, Anda dapat menariknya kembali menjadi draf.",
                "Dikembalikan untuk perbaikan: baca catatan, ubah usulan, lalu ajukan lagi.",
                "Terverifikasi: usulan lengkap dan menunggu penilaian TKKSD. Dinilai: sudah diberi skor.",
                "Diprioritaskan: usulan terpilih untuk ditindaklanjuti. Ditolak: alasan penolakan tercantum pada usulan.",
                "Usulan yang diprioritaskan atau ditolak tidak dapat diubah lagi; usulan baru dapat dikirim pada periode berikutnya.",
            ],
            dasar: [V("PP 28/2018 Pasal 4 ayat (2)"), S("Status usulan sampai penetapan dan masuk RKPD (praktik Bantul)"), U("Alur status usulan (rancangan Jalin)")],
            periksa: ["Catatan perbaikan sudah ditanggapi", "Usulan diajukan ulang sebelum periode ditutup"],
            tautan: ["/pemetaan", "/notifikasi"],
            kunci: ["status", "usulan", "dikembalikan", "perbaikan", "diprioritaskan", "ditolak", "notifikasi", "operator", "desa"]),
        bag(
            "desa-perubahan-berakhir", .desa, "Perubahan, Berakhirnya, dan Perselisihan Kerja Sama Desa",
            "Perubahan kerja sama desa harus dimusyawarahkan dengan semua pihak. Kerja sama desa berakhir hanya karena "
                + "alasan yang diatur, dan perselisihannya diselesaikan bertingkat.",
            langkah: [
                "Perubahan atau pengakhiran: musyawarahkan dengan semua pihak, lalu catat hasilnya.",
                "Kerja sama desa berakhir bila: disepakati para pihak menurut tata cara dalam naskah; tujuan tercapai; keadaan luar biasa; salah satu pihak melanggar; diganti perjanjian baru; bertentangan dengan peraturan; objek hilang; merugikan kepentingan desa, daerah atau nasional; atau jangka waktu habis.",
                "Perselisihan: musyawarah lebih dahulu; desa dalam satu kecamatan difasilitasi camat; desa berbeda kecamatan dalam satu kabupaten difasilitasi bupati dan bersifat final dengan berita acara; perselisihan dengan pihak ketiga diselesaikan di pengadilan.",
            ],
            dasar: [V("PP 43/2014 Pasal 145 dan Pasal 146"), V("PP 43/2014 Pasal 147"), V("PP 43/2014 Pasal 148")],
            periksa: ["Berita acara musyawarah perubahan", "Alasan berakhir", "Berita acara penyelesaian perselisihan"],
            tautan: [n(.adendum), n(.beritaAcara), "/panduan/desa-peran-camat"],
            kunci: ["desa", "perubahan", "adendum", "berakhir", "perselisihan", "camat", "bupati", "pengadilan"]),
    ]
}
