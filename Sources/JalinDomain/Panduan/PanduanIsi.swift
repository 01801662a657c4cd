import Foundation

// The text of the guidance. Every rule cited here is in ksd-rules.md with the same tag; where a rule is
// [U] the text says so in plain words. Keep paragraphs short and the language formal but plain.

extension Panduan {
    static func bag(
        _ id: String, _ k: Kelompok, _ judul: String, _ ringkas: String, langkah: [String], dasar: [Rujukan],
        periksa: [String] = [], tautan: [String] = [], kunci: [String] = []
    ) -> Bagian {
        Bagian(
            id: id, kelompok: k, judul: judul, ringkas: ringkas, langkah: langkah, dasarHukum: dasar, daftarPeriksa: periksa,
            tautan: tautan, kataKunci: kunci)
    }

    // MARK: - Umum

    static let umum: [Bagian] = [
        bag(
            "umum-apa-itu-ksd", .umum, "Apa Itu Kerja Sama Daerah",
            "Kerja Sama Daerah (KSD) adalah usaha bersama antara daerah dengan daerah lain, dengan pihak ketiga, dan/atau "
                + "dengan lembaga atau pemerintah daerah di luar negeri, berdasarkan efisiensi dan efektivitas pelayanan publik "
                + "serta saling menguntungkan. Tujuannya menyejahterakan masyarakat dan mempercepat pelayanan publik.",
            langkah: [
                "KSD dengan Daerah Lain (KSDD): dengan provinsi, kabupaten atau kota lain; dapat berupa kerja sama wajib atau sukarela.",
                "KSD dengan Pihak Ketiga (KSDPK): dengan perseorangan, badan usaha berbadan hukum (BUMN, BUMD, koperasi, swasta), atau organisasi kemasyarakatan.",
                "KSD dengan Pemerintah Daerah di Luar Negeri (KSDPL) dan dengan Lembaga di Luar Negeri (KSDLL).",
                "Sinergi dengan Pemerintah Pusat (kementerian/lembaga dan instansi vertikalnya) tidak disebut KSD dalam PP 28/2018; instrumennya Nota Kesepakatan dan Rencana Kerja. Jalin tetap mencatatnya.",
                "Kerja sama desa diatur tersendiri dalam UU 6/2014 dan PP 43/2014.",
                "Pemanfaatan barang milik daerah, KPBU, pengadaan barang/jasa, hibah dan kerja sama BLUD bukan KSD; ikuti peraturannya sendiri.",
            ],
            dasar: [
                V("UU 23/2014 Pasal 363"), V("PP 28/2018 Pasal 1"), V("PP 28/2018 Pasal 14"), V("PP 28/2018 Pasal 46"),
                V("UU 6/2014 Pasal 91"), S("Pemisahan kemitraan lain (BMD, KPBU, PBJ, hibah, BLUD) menurut panduan pemetaan Kota Yogyakarta"),
            ],
            periksa: [
                "Objek kerja sama adalah urusan pemerintahan yang menjadi kewenangan daerah.",
                "Jenis calon mitra sudah diketahui: daerah lain, pihak ketiga, kementerian/lembaga, luar negeri, atau desa.",
                "Kerja sama memberi manfaat bagi pelayanan publik atau kesejahteraan masyarakat.",
            ],
            tautan: ["/pemetaan", "/kerja-sama", j(.ksddWajib), j(.ksdpkPelayananPublik)],
            kunci: ["KSD", "pengertian", "definisi", "KSDD", "KSDPK", "KSDPL", "KSDLL", "sinergi", "jenis kerja sama"]),
        bag(
            "umum-peran", .umum, "Siapa Berperan dalam Kerja Sama Daerah",
            "Bupati mewakili daerah dan menandatangani naskah; DPRD memberi persetujuan bila diperlukan; Tim Koordinasi Kerja "
                + "Sama Daerah (TKKSD) membantu bupati menyiapkan kerja sama; Bagian Kerja Sama Setda memfasilitasi dan mencatat; "
                + "OPD pemrakarsa mengusulkan dan melaksanakan.",
            langkah: [
                "Bupati: menandatangani surat penawaran, Kesepakatan Bersama dan Perjanjian Kerja Sama, atau memberi kuasa kepada pejabat perangkat daerah untuk kontrak; meminta persetujuan DPRD; melaporkan.",
                "DPRD: menyetujui kerja sama yang membebani masyarakat dan daerah atau belum dianggarkan, serta rencana kerja sama luar negeri.",
                "TKKSD: dibentuk bupati untuk membantu menyiapkan kerja sama; menelaah KAK atau studi kelayakan, membahas rancangan naskah, menilai usulan pemetaan, dan ikut monev. Di Kukar dibentuk dengan SK Bupati Nomor 105/SK/BUP/HK/2021.",
                "Sekretaris Daerah: dalam praktik memimpin TKKSD. Apakah Permendagri mewajibkan Sekda sebagai ketua belum terverifikasi.",
                "Bagian Kerja Sama Setda: sekretariat TKKSD, menyiapkan surat penawaran, mencatat dan menyimpan naskah, menyelenggarakan bimtek, pemetaan dan evaluasi.",
                "Bagian Hukum Setda menelaah dan memaraf rancangan; Bappeda memadukan hasil pemetaan ke RPJMD dan RKPD; BPKAD memastikan anggaran dan mencatat hasil kerja sama sebagai pendapatan atau aset daerah.",
                "OPD pemrakarsa/teknis: mengusulkan, menyusun KAK atau studi kelayakan dan rancangan naskah, melaksanakan, melaporkan, dan menunjuk dua petugas penghubung (PPKSD).",
                "Camat memfasilitasi kerja sama desa atas nama bupati. Gubernur sebagai wakil Pemerintah Pusat membina, mengawasi, memantau dan mengevaluasi KSD kabupaten/kota di wilayahnya.",
            ],
            dasar: [
                V("PP 28/2018 Pasal 2 dan Pasal 13"), V("UU 23/2014 Pasal 154 ayat (1) huruf g dan huruf i"),
                V("PP 28/2018 Pasal 20"), V("UU 23/2014 Pasal 368 ayat (1)"), V("PP 43/2014 Pasal 143 ayat (5)"),
                S("Pengertian TKKSD (FAQ SIKERJA Samarinda); SK Bupati Kukar Nomor 105/SK/BUP/HK/2021"),
                S("Tugas Bagian Kerja Sama, Bagian Hukum, Bappeda dan OPD menurut praktik Kukar, Yogyakarta dan Samarinda"),
                U("Susunan dan tugas TKKSD menurut Permendagri 22/2020"),
            ],
            periksa: [
                "Keputusan pembentukan TKKSD masih berlaku.",
                "Setiap OPD pemrakarsa sudah menunjuk dua petugas penghubung.",
                "Surat kuasa tersedia bila kontrak ditandatangani pejabat selain bupati.",
            ],
            tautan: ["/panduan/umum-peran-pengguna"],
            kunci: ["peran", "bupati", "DPRD", "TKKSD", "Sekda", "Bagian Kerja Sama", "Bagian Hukum", "Bappeda", "BPKAD", "OPD", "camat", "gubernur", "PPKSD", "petugas penghubung"]),
        bag(
            "umum-peran-pengguna", .umum, "Peran Pengguna di Jalin",
            "Setiap pengguna Jalin memiliki satu peran dalam satu pemerintah daerah. Pembagian ini adalah pengaturan "
                + "aplikasi, bukan ketentuan peraturan, sehingga halaman ini tidak mencantumkan dasar hukum.",
            langkah: [
                "Admin Bagian Kerja Sama: mengelola seluruh data pemda, membuka periode pemetaan dan monev, memverifikasi usulan, mencatat kerja sama dan penandatanganan.",
                "Anggota TKKSD: mengisi perbandingan berpasangan (AHP), menilai usulan, dan mengisi evaluasi sebagai TKKSD.",
                "Operator Unit Kerja (OPD, kecamatan, desa/kelurahan): menyusun dan mengajukan usulan unitnya, memperbaiki usulan yang dikembalikan, mengisi evaluasi kerja sama yang dilaksanakan unitnya.",
                "Pimpinan (Bupati, Sekda): melihat dasbor dan laporan tanpa mengubah data.",
                "Mitra (peninjau naskah): melihat dan mengomentari rancangan naskah yang dibagikan kepadanya, dan mengisi evaluasi sebagai mitra.",
            ],
            dasar: [],
            periksa: ["Setiap operator terhubung dengan satu unit kerja.", "Setiap peninjau mitra terhubung dengan satu mitra."],
            tautan: ["/akun", "/admin/pengguna"],
            kunci: ["pengguna", "akun", "admin", "operator", "pimpinan", "mitra", "hak akses", "peran"]),
        bag(
            "umum-dasar-hukum", .umum, "Dasar Hukum dan Arti Tanda V, S, U",
            "Setiap panduan mencantumkan dasar hukumnya dengan tanda. V: sudah dicocokkan dengan naskah peraturan. S: sumber "
                + "sekunder (laman resmi pemda atau Kemendagri, praktik pemda lain). U: belum terverifikasi; periksa peraturan "
                + "terbaru sebelum dijadikan pegangan.",
            langkah: [
                "UU 23/2014 Pasal 363–369: dasar KSD (mitra, kerja sama wajib dan sukarela, pihak ketiga, luar negeri, pemantauan dan evaluasi).",
                "PP 28/2018 tentang Kerja Sama Daerah: jenis, tahapan, naskah, pembinaan, dan sinergi Pusat–Daerah. PP ini mencabut PP 50/2007.",
                "Permendagri 22/2020: tata cara KSDD dan KSDPK. Naskah lengkapnya belum dapat dibaca, sehingga banyak rincian (muatan KB, susunan TKKSD, batas waktu DPRD untuk KSDD/KSDPK, frekuensi laporan) berstatus S atau U.",
                "Permendagri 25/2020: tata cara KSD dengan pemerintah daerah dan lembaga di luar negeri; rinciannya belum terverifikasi.",
                "UU 6/2014 Pasal 91–93 dan PP 43/2014 Pasal 143–149: kerja sama desa; Permendagri 96/2017: tata caranya.",
                "Ketentuan berstatus S atau U disimpan Jalin sebagai aturan yang dapat diubah per pemda, bukan ketentuan tetap dalam program.",
            ],
            dasar: [
                V("UU 23/2014 Pasal 363–369"), V("PP 28/2018 Pasal 51 (pencabutan PP 50/2007)"),
                S("Permendagri 22/2020 (pembukaan dan garis besar isi)"), S("Permendagri 25/2020 (pembukaan dan keterangan Pemprov Banten)"),
                U("Perubahan UU 23/2014 Pasal 363–369 dan PP 28/2018 oleh undang-undang yang lebih baru"),
            ],
            periksa: ["Sebelum menjadikan ketentuan bertanda U sebagai pegangan, cocokkan dengan JDIH Kemendagri atau peraturan.go.id."],
            tautan: ["/naskah/aturan"],
            kunci: ["dasar hukum", "peraturan", "UU 23/2014", "PP 28/2018", "Permendagri 22/2020", "Permendagri 25/2020", "tanda", "verifikasi", "terverifikasi"]),
        bag(
            "umum-objek-perencanaan", .umum, "Objek Kerja Sama dan Kaitannya dengan RPJMD",
            "Objek KSDD dan KSDPK adalah urusan pemerintahan yang menjadi kewenangan daerah dan tidak bertentangan dengan "
                + "kesusilaan, ketertiban umum, kepentingan nasional dan peraturan. Prioritas objek ditetapkan berdasarkan "
                + "perencanaan pembangunan daerah (RPJMD, Renstra, RKPD).",
            langkah: [
                "Pilih bidang urusan dengan kodenya, misalnya 2.15 Perhubungan atau 3.26 Pariwisata.",
                "Tautkan usulan ke program, kegiatan atau sub kegiatan RPJMD/Renstra yang didukung.",
                "Bila objek belum ada dalam dokumen perencanaan, pilih alasan pengecualian yang sah: keadaan darurat (misalnya bencana), mendukung program strategis nasional, atau penugasan dalam rangka tugas pembantuan.",
                "Periksa apakah bidang urusan itu kewenangan kabupaten. Sebagian besar urusan kehutanan dan energi dan sumber daya mineral ada pada provinsi; rincian lampiran UU 23/2014 belum terverifikasi di Jalin.",
                "Hasil pemetaan menjadi bahan rancangan RPJMD dan RKPD (praktik Kemendagri dan pemda).",
            ],
            dasar: [
                V("PP 28/2018 Pasal 4"), V("PP 28/2018 Pasal 16"), V("UU 23/2014 Pasal 12"),
                S("Kode bidang urusan menurut Kepmendagri 050-5889/2021 dan perubahannya"),
                S("Hasil pemetaan sebagai bahan RPJMD/RKPD (Kemendagri 2021; Bantul; Banten)"),
                U("Rincian pembagian kewenangan dalam lampiran UU 23/2014 per bidang"),
            ],
            periksa: ["Kode bidang urusan", "Kode dan nama program RPJMD/Renstra, atau alasan pengecualian beserta penjelasannya"],
            tautan: ["/pemetaan", "/admin/urusan"],
            kunci: ["objek", "urusan", "RPJMD", "RKPD", "Renstra", "perencanaan", "pengecualian", "darurat", "program strategis nasional", "tugas pembantuan"]),
        bag(
            "umum-jangka-waktu", .umum, "Jangka Waktu, Perpanjangan, dan Pengingat",
            "Naskah KSD lazimnya berlaku paling lama 5 tahun dan dapat diperpanjang atas kesepakatan. Batas ini berasal dari "
                + "praktik pemda; pasalnya dalam Permendagri 22/2020 belum terverifikasi, sehingga Jalin menyimpannya sebagai "
                + "aturan yang dapat diubah.",
            langkah: [
                "Tentukan tanggal mulai dan berakhir pada setiap naskah pokok; pemeriksa unsur naskah Jalin menandai jangka waktu yang melebihi batas yang berlaku di pemda Anda.",
                "Pergantian bupati atau pejabat penanda tangan tidak mengakhiri KSDD atau KSDPK.",
                "Perpanjangan ditempuh dengan prosedur yang berlaku saat itu, bukan sekadar memperpanjang naskah lama.",
                "Jalin mengirim pengingat 90, 60, 30, 7 dan 0 hari sebelum naskah berakhir (dapat diubah Admin).",
                "Untuk kerja sama luar negeri, DPRD memutus rencana kerja sama paling lama 45 hari kerja sejak permohonan diterima. Untuk KSDD/KSDPK batas waktu DPRD tidak ditemukan dalam PP 28/2018; belum terverifikasi.",
                "Apakah Kesepakatan Bersama gugur bila tidak diikuti PKS dalam waktu tertentu belum ditemukan aturannya; belum terverifikasi.",
            ],
            dasar: [
                S("Jangka waktu paling lama 5 tahun (praktik Yogyakarta dan format KAK Samarinda)"),
                V("PP 28/2018 Pasal 9 ayat (2) dan Pasal 22 ayat (1)"), V("PP 28/2018 Pasal 30 ayat (4)"),
                S("Perpanjangan melalui prosedur baru (FAQ Yogyakarta)"), S("Pengingat 3 bulan sebelum berakhir (SIKERJA Samarinda)"),
                U("Pasal Permendagri 22/2020 tentang jangka waktu; batas waktu DPRD untuk KSDD/KSDPK; masa berlaku KB"),
            ],
            periksa: ["Tanggal mulai dan berakhir tercatat", "Pengingat diterima petugas penghubung dan Bagian Kerja Sama"],
            tautan: ["/kerja-sama", "/notifikasi", t(.berakhir)],
            kunci: ["jangka waktu", "lima tahun", "5 tahun", "perpanjangan", "pengingat", "berakhir", "kedaluwarsa", "masa berlaku"]),
        bag(
            "umum-perselisihan", .umum, "Penyelesaian Perselisihan",
            "Cara menyelesaikan perselisihan berbeda menurut jenis kerja sama. Cantumkan klausul penyelesaian perselisihan "
                + "dalam setiap PKS; untuk KSDPK klausul ini wajib.",
            langkah: [
                "KSDD: diselesaikan menurut ketentuan perselisihan antardaerah. Antarkabupaten/kota dalam satu provinsi oleh Gubernur sebagai wakil Pemerintah Pusat; selain itu oleh Menteri, dan keputusan Menteri bersifat final.",
                "KSDPK: musyawarah mufakat lebih dahulu, kemudian sesuai klausul perjanjian (pengadilan atau arbitrase).",
                "KSDPL/KSDLL: perundingan dan konsultasi.",
                "Kerja sama desa: musyawarah; bila desa dalam satu kecamatan difasilitasi camat; bila berbeda kecamatan dalam satu kabupaten difasilitasi bupati dan bersifat final (berita acara); perselisihan dengan pihak ketiga diselesaikan di pengadilan.",
            ],
            dasar: [
                V("PP 28/2018 Pasal 8"), V("UU 23/2014 Pasal 370"), V("PP 28/2018 Pasal 21"), V("PP 28/2018 Pasal 34 dan Pasal 41"),
                V("PP 43/2014 Pasal 148"), V("UU 23/2014 Pasal 366 ayat (2)"),
            ],
            periksa: ["Klausul penyelesaian perselisihan ada dalam PKS", "Berita acara penyelesaian disimpan sebagai lampiran kerja sama"],
            tautan: ["/naskah/klausul", "/kerja-sama"],
            kunci: ["perselisihan", "sengketa", "musyawarah", "arbitrase", "pengadilan", "gubernur", "menteri"]),
        bag(
            "umum-otorita-ikn", .umum, "Kerja Sama dengan Otorita Ibu Kota Nusantara",
            "Otorita IKN adalah pemerintah daerah khusus setingkat provinsi yang dibentuk sebagai lembaga setingkat "
                + "kementerian. PP 28/2018 tidak menyebut Otorita IKN, sehingga jenis kerja sama yang tepat belum pasti. "
                + "Jalin menandai kerja sama seperti ini untuk dikonsultasikan dengan Bagian Hukum atau Kemendagri.",
            langkah: [
                "Dua penafsiran dapat dipertahankan: seperti KSDD (Kesepakatan Bersama lalu PKS) atau seperti Sinergi (Nota Kesepakatan dan Rencana Kerja). Pilih per objek bersama Bagian Hukum.",
                "Catat dasar hukum di pihak Otorita: UU 3/2022 sebagaimana diubah UU 21/2023, dan PP 27/2023 Pasal 8–9 (kerja sama dengan Daerah Mitra dan daerah lain).",
                "Di pihak kabupaten tetap berlaku UU 23/2014 dan PP 28/2018, termasuk penilaian perlu tidaknya persetujuan DPRD.",
                "Kecamatan Loa Kulu, Loa Janan dan Sanga-Sanga di Kutai Kartanegara berbatasan dengan IKN, sehingga dampak lintas wilayah di sana perlu diperhatikan sejak pemetaan.",
                "Status penetapan Daerah Mitra IKN dan peraturan Kepala Otorita tentang tata caranya belum terverifikasi.",
            ],
            dasar: [
                V("UU 3/2022 Pasal 1 angka 2 dan angka 9; Pasal 4 dan Pasal 5"), V("UU 21/2023 Pasal 6 ayat (2) dan Pasal 12"),
                V("PP 27/2023 Pasal 8 dan Pasal 9"), S("Kesepakatan bersama OIKN, Pemprov Kaltim, Pemkab PPU dan Pemkab Kukar tentang pendidikan (Oktober 2025)"),
                U("Jenis KSD yang berlaku untuk kerja sama kabupaten dengan Otorita IKN; penetapan Daerah Mitra"),
            ],
            periksa: ["Pilihan instrumen (KB dan PKS, atau NK dan RK) dan alasannya", "Catatan konsultasi Bagian Hukum/Kemendagri", "Penilaian persetujuan DPRD"],
            tautan: ["/pemetaan", j(.sinergi), j(.ksddSukarela)],
            kunci: ["IKN", "Otorita", "Ibu Kota Nusantara", "Daerah Mitra", "OIKN", "Nusantara"]),
    ]

    // MARK: - Tahap

    /// The section of one stage. The switch is exhaustive, so a new stage cannot be added without guidance.
    static func isiTahap(_ tahap: Tahap) -> Bagian {
        let id = idBagian(tahap: tahap)
        switch tahap {
        case .persiapan:
            return bag(
                id, .tahap, "Tahap Persiapan",
                "Tahap pertama semua jenis kerja sama. OPD pemrakarsa menyiapkan bahan, TKKSD menelaah, dan bupati memutuskan "
                    + "apakah kerja sama dilanjutkan.",
                langkah: [
                    "Pastikan usulan berasal dari pemetaan urusan menurut potensi dan karakteristik daerah. Pemetaan wajib untuk kerja sama wajib dan untuk KSDPK atas prakarsa daerah.",
                    "OPD menyusun Kerangka Acuan Kerja (KSDD dan Sinergi) atau studi kelayakan (KSDPK).",
                    "OPD menyampaikan KAK dan surat inisiasi kepada Sekda selaku Ketua TKKSD, dan menunjuk dua petugas penghubung.",
                    "TKKSD menelaah; Bagian Kerja Sama mencatat kerja sama dan dokumennya di Jalin.",
                    "Untuk KSDPK atas prakarsa pihak ketiga: pihak ketiga menyusun studi kelayakan; periksa keterpaduan dengan rencana induk sektor, kelayakan ekonomi dan finansial, dan kemampuannya membiayai.",
                    "Untuk kerja sama luar negeri, prakarsa dapat datang dari pemda, dari pihak luar negeri, atau melalui Menteri Dalam Negeri atau Menteri Luar Negeri.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 6 ayat (1) huruf a"), V("PP 28/2018 Pasal 5, Pasal 17 dan Pasal 18"),
                    V("UU 23/2014 Pasal 366 ayat (3)"), V("PP 28/2018 Pasal 28 ayat (1)–(2)"),
                    S("KAK, surat inisiasi dan petugas penghubung menurut praktik Yogyakarta dan Samarinda"),
                ],
                periksa: [
                    "KAK (KSDD, Sinergi) atau studi kelayakan (KSDPK)",
                    "Rujukan program RPJMD/Renstra atau alasan pengecualian",
                    "Hasil penyaringan kelayakan KSD dari pemetaan",
                    "Nama dan kontak dua petugas penghubung",
                ],
                tautan: ["/pemetaan", n(.kak), n(.studiKelayakan), "/kerja-sama/baru", "/panduan/formulir-kak-studi-kelayakan"],
                kunci: ["persiapan", "KAK", "kerangka acuan kerja", "studi kelayakan", "inisiasi", "prakarsa", "PPKSD"])
        case .penawaran:
            return bag(
                id, .tahap, "Tahap Penawaran",
                "Daerah menyampaikan penawaran kerja sama kepada calon mitra, atau menelaah penawaran yang masuk. Surat "
                    + "penawaran ditandatangani bupati; OPD tidak dapat menawarkan kerja sama atas namanya sendiri.",
                langkah: [
                    "Bagian Kerja Sama menyiapkan surat penawaran dari KAK atau studi kelayakan yang telah ditelaah TKKSD.",
                    "Bupati menandatangani surat penawaran. Lampirkan KAK atau studi kelayakan, dan bila ada rancangan KB atau PKS (untuk Sinergi: rancangan NK dan RK).",
                    "Cantumkan dua petugas penghubung. Untuk KSDD, sampaikan tembusan kepada Gubernur provinsi pengusul.",
                    "Penawaran yang masuk dari daerah lain atau pihak ketiga ditelaah TKKSD, lalu dijawab tertulis.",
                    "Catat surat penawaran di Jalin agar tahap dapat dilanjutkan. Kewajiban ini berasal dari praktik pemda dan dapat dimatikan Admin.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 6 ayat (1) huruf b"), V("PP 28/2018 Pasal 19 ayat (1)"),
                    S("Format surat penawaran Samarinda (kepada pemda, pihak ketiga, kementerian/lembaga); penandatanganan oleh kepala daerah (FAQ Yogyakarta)"),
                ],
                periksa: [
                    "Surat penawaran bertanda tangan bupati", "Lampiran KAK atau studi kelayakan", "Rancangan KB/PKS atau NK/RK (bila ada)",
                    "Dua kontak petugas penghubung", "Tembusan kepada Gubernur (KSDD)",
                ],
                tautan: [n(.suratPenawaran), "/kerja-sama"],
                kunci: ["penawaran", "surat penawaran", "tawaran", "tembusan", "gubernur"])
        case .penyusunanKB:
            return bag(
                id, .tahap, "Tahap Penyusunan Kesepakatan Bersama",
                "Kesepakatan Bersama (KB) memuat kesepakatan yang bersifat umum antara para pihak. Hak dan kewajiban yang "
                    + "mengikat dituangkan kemudian dalam Perjanjian Kerja Sama (PKS).",
                langkah: [
                    "OPD menyusun rancangan KB dengan templat Jalin.",
                    "Bagian Kerja Sama dan TKKSD membahas rancangan dengan calon mitra; bagikan rancangan kepada peninjau mitra untuk dikomentari.",
                    "Bagian Hukum menelaah dan memaraf rancangan.",
                    "Isi yang lazim: identitas para pihak, maksud dan tujuan, objek dan ruang lingkup, bentuk kerja sama, sumber biaya, tahun mulai pelaksanaan, dan jangka waktu. Daftar muatan minimal KB menurut Permendagri 22/2020 belum terverifikasi; periksa peraturan terbaru.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 6 ayat (1) huruf c"), S("Pengertian KB dan PKS (FAQ SIKERJA Samarinda)"),
                    S("Bentuk judul dan pembukaan KB menurut templat Makassar dan OpenSID"), U("Muatan minimal KB menurut Permendagri 22/2020"),
                ],
                periksa: ["Rancangan KB versi terakhir", "Komentar mitra sudah ditanggapi", "Paraf Bagian Kerja Sama dan Bagian Hukum"],
                tautan: [n(.kesepakatanBersama), "/naskah", "/panduan/formulir-naskah"],
                kunci: ["KB", "kesepakatan bersama", "MoU", "rancangan", "penyusunan"])
        case .penandatangananKB:
            return bag(
                id, .tahap, "Tahap Penandatanganan Kesepakatan Bersama",
                "KB ditandatangani kepala daerah para pihak. KB yang telah ditandatangani bersifat final: perubahan "
                    + "dilakukan dengan adendum.",
                langkah: [
                    "Setiap pihak memberi nomor dari registernya sendiri.",
                    "Jadwalkan penandatanganan, berjenjang (dari meja ke meja) atau dalam acara bersama.",
                    "Pihak bukan pemerintah menandatangani di atas meterai (praktik templat naskah).",
                    "Catat penandatanganan di Jalin dan unggah pindaian naskah bertanda tangan; berkas dikunci dengan sidik SHA-256.",
                    "Sesudah itu, bila diperlukan, ajukan persetujuan DPRD; bila tidak, lanjutkan ke penyusunan PKS.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 6 ayat (1) huruf d dan ayat (3)"), S("KB ditandatangani kepala daerah (FAQ Yogyakarta)"),
                    S("Meterai bagi pihak bukan pemerintah (templat Makassar dan OpenSID)"),
                ],
                periksa: ["Nomor KB dari setiap pihak", "Tanggal dan tempat penandatanganan", "Pindaian KB bertanda tangan (PDF)"],
                tautan: ["/kerja-sama", "/panduan/formulir-penandatanganan"],
                kunci: ["tanda tangan", "penandatanganan", "KB", "kesepakatan bersama", "pindaian", "meterai"])
        case .persetujuanDPRD:
            return bag(
                id, .tahap, "Tahap Persetujuan DPRD",
                "Persetujuan DPRD diperlukan bila rencana kerja sama membebani masyarakat dan daerah dan/atau pembiayaannya "
                    + "belum dianggarkan dalam APBD tahun berjalan. Untuk kerja sama luar negeri, persetujuan DPRD atas rencana "
                    + "kerja sama selalu diperlukan.",
                langkah: [
                    "Jawab dua pertanyaan di Jalin: apakah kerja sama membebani masyarakat dan daerah, dan apakah pembiayaannya sudah dianggarkan dalam APBD tahun berjalan. Jalin menghitung perlu tidaknya persetujuan DPRD.",
                    "Pada KSDD dan KSDPK tahap ini berada sesudah penandatanganan KB dan sebelum penyusunan PKS. Pada kerja sama luar negeri, sesudah rencana kerja sama disusun.",
                    "Bupati menyampaikan permohonan persetujuan kepada DPRD. Lampiran yang lazim untuk KSDD/KSDPK adalah KB dan rancangan PKS (belum terverifikasi); untuk luar negeri, rencana kerja sama.",
                    "Untuk KSDPL/KSDLL, DPRD memberi persetujuan paling lama 45 hari kerja sejak permohonan diterima; bentuknya menurut tata tertib DPRD.",
                    "Untuk KSDD/KSDPK, batas waktu dan ketentuan dianggap disetujui tidak ditemukan dalam PP 28/2018; belum terverifikasi dalam Permendagri 22/2020. Periksa peraturan terbaru.",
                    "Catat keputusan DPRD beserta nomor dan tanggalnya di Jalin.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 6 ayat (2)"), V("PP 28/2018 Pasal 19 ayat (1)"),
                    V("UU 23/2014 Pasal 154 ayat (1) huruf g dan huruf i"), V("PP 28/2018 Pasal 30"),
                    U("Batas waktu dan lampiran permohonan persetujuan DPRD untuk KSDD/KSDPK"),
                ],
                periksa: [
                    "Jawaban: membebani masyarakat dan daerah (ya/tidak)", "Jawaban: sudah dianggarkan dalam APBD tahun berjalan (ya/tidak)",
                    "Surat permohonan bupati kepada DPRD", "Keputusan atau surat persetujuan DPRD",
                ],
                tautan: ["/kerja-sama"],
                kunci: ["DPRD", "dewan", "persetujuan DPRD", "APBD", "membebani", "anggaran", "45 hari kerja", "tata tertib"])
        case .penyusunanPKS:
            return bag(
                id, .tahap, "Tahap Penyusunan Perjanjian Kerja Sama",
                "PKS memuat hak dan kewajiban para pihak dan disusun OPD teknis setelah KB ditandatangani (dan setelah "
                    + "persetujuan DPRD bila diperlukan).",
                langkah: [
                    "Susun rancangan dari templat PKS; rujuk nomor KB yang dilaksanakan.",
                    "Untuk KSDPK, PKS wajib memuat: hak dan kewajiban para pihak; jangka waktu; penyelesaian perselisihan; sanksi bagi pihak yang tidak memenuhi perjanjian. Pemeriksa unsur Jalin menandai bila ada yang kurang.",
                    "Sebagai daftar periksa tambahan (dari PP 50/2007 yang sudah dicabut): subjek, objek, ruang lingkup, pengakhiran, keadaan kahar.",
                    "Cantumkan hasil kerja sama: uang masuk kas daerah sebagai pendapatan daerah, barang dicatat sebagai aset pemerintah daerah.",
                    "Bahas dengan mitra dan Bagian Hukum; setiap perubahan tersimpan sebagai versi yang dapat dibandingkan.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 6 ayat (1) huruf f"), V("UU 23/2014 Pasal 366 ayat (2)"), V("PP 28/2018 Pasal 19 ayat (2)"),
                    V("PP 28/2018 Pasal 20"), V("PP 50/2007 Pasal 7 huruf b (sudah dicabut; hanya sebagai daftar periksa)"),
                    U("Muatan PKS menurut Permendagri 22/2020"),
                ],
                periksa: [
                    "Hak dan kewajiban para pihak", "Jangka waktu", "Penyelesaian perselisihan", "Sanksi",
                    "Pembiayaan dan hasil kerja sama", "Rujukan nomor KB",
                ],
                tautan: [n(.perjanjianKerjaSama), "/naskah/klausul", "/panduan/formulir-naskah"],
                kunci: ["PKS", "perjanjian kerja sama", "kontrak", "hak dan kewajiban", "sanksi", "klausul"])
        case .penandatangananPKS:
            return bag(
                id, .tahap, "Tahap Penandatanganan Perjanjian Kerja Sama",
                "PKS ditandatangani kepala daerah atau pejabat perangkat daerah yang diberi kuasa (biasanya kepala OPD). "
                    + "Setelah PKS ditandatangani, kerja sama masuk tahap pelaksanaan.",
                langkah: [
                    "Bila penandatangan bukan bupati, siapkan surat kuasa bupati dan sebutkan dalam komparisi PKS.",
                    "Beri nomor dari register setiap pihak; pihak bukan pemerintah menandatangani di atas meterai.",
                    "Catat penandatanganan dan unggah pindaian PKS di Jalin; isi tanggal mulai dan berakhir.",
                    "Masukkan kewajiban para pihak dari PKS sebagai butir yang dipantau pada tahap pelaksanaan.",
                    "Sebagai pilihan, kirim salinan PKS kepada Gubernur, Menteri dan DPRD (kewajiban ini ada dalam PP 50/2007 yang sudah dicabut).",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 2 ayat (2)"), V("PP 28/2018 Pasal 6 ayat (1) huruf g dan ayat (3)"), V("PP 28/2018 Pasal 13 ayat (2)"),
                    V("PP 50/2007 Pasal 12 ayat (6) (sudah dicabut)"), S("Penandatanganan oleh kepala OPD dengan surat kuasa (FAQ Yogyakarta)"),
                ],
                periksa: ["Surat kuasa (bila bukan bupati)", "Nomor PKS setiap pihak", "Pindaian PKS bertanda tangan", "Tanggal mulai dan berakhir", "Daftar kewajiban para pihak"],
                tautan: ["/kerja-sama", "/panduan/formulir-penandatanganan"],
                kunci: ["tanda tangan", "penandatanganan", "PKS", "surat kuasa", "meterai", "pindaian"])
        case .penyusunanNK:
            return bag(
                id, .tahap, "Tahap Penyusunan Nota Kesepakatan dan Rencana Kerja (Sinergi)",
                "Sinergi dengan Pemerintah Pusat (kementerian/lembaga atau instansi vertikalnya) dituangkan dalam dokumen "
                    + "kesepakatan yang mengikat, dalam praktik Nota Kesepakatan (NK) disertai Rencana Kerja (RK). Tidak ada KB "
                    + "atau PKS.",
                langkah: [
                    "OPD menyusun KAK Sinergi; TKKSD menelaah.",
                    "Bagian Kerja Sama dan OPD menyusun rancangan NK dan RK, atau menelaah rancangan yang ditawarkan kementerian/lembaga.",
                    "Setiap pihak membiayai dari anggarannya sendiri (APBN dan APBD); Sinergi tidak terkait bantuan dana Pasal 12.",
                    "Bila mitranya Otorita IKN dan kerja samanya membebani atau belum dianggarkan, Jalin menambahkan tahap persetujuan DPRD. Ini penafsiran; belum terverifikasi.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 46"), S("NK dan RK sebagai pengganti PKS/MoU antara kementerian/lembaga dan pemda (Yogyakarta, Samarinda)"),
                    U("Muatan NK dan RK menurut Permendagri 22/2020; perlakuan Otorita IKN"),
                ],
                periksa: ["KAK Sinergi", "Rancangan NK", "Rancangan RK (kegiatan, lokasi, waktu, penanggung jawab)", "Kepastian anggaran masing-masing pihak"],
                tautan: [n(.notaKesepakatan), n(.rencanaKerja), j(.sinergi)],
                kunci: ["sinergi", "NK", "nota kesepakatan", "RK", "rencana kerja", "kementerian", "lembaga", "instansi vertikal", "pusat"])
        case .penandatangananNK:
            return bag(
                id, .tahap, "Tahap Penandatanganan Nota Kesepakatan dan Rencana Kerja",
                "NK dan RK ditandatangani para pihak; keduanya final setelah ditandatangani dan menjadi dasar pelaksanaan Sinergi.",
                langkah: [
                    "Cocokkan rancangan akhir NK dan RK dengan hasil pembahasan.",
                    "Catat penandatanganan kedua dokumen dan unggah pindaiannya.",
                    "Isi tanggal mulai dan berakhir; kerja sama masuk tahap pelaksanaan.",
                ],
                dasar: [V("PP 28/2018 Pasal 46 ayat (4)"), S("Rencana Kerja sebagai pasangan NK (praktik Yogyakarta dan Samarinda)")],
                periksa: ["Pindaian NK bertanda tangan", "Pindaian RK bertanda tangan", "Nomor dokumen setiap pihak"],
                tautan: ["/kerja-sama", "/panduan/formulir-penandatanganan"],
                kunci: ["sinergi", "NK", "RK", "tanda tangan", "penandatanganan"])
        case .penjajakan:
            return bag(
                id, .tahap, "Tahap Penjajakan (Kerja Sama Luar Negeri)",
                "Kepala daerah menjajaki peluang dan manfaat kerja sama dengan pemerintah daerah atau lembaga di luar negeri "
                    + "sebelum menyatakan kehendak bekerja sama.",
                langkah: [
                    "Periksa persyaratan: ada hubungan diplomatik; objeknya urusan pemerintah daerah; pemda tidak membuka kantor perwakilan di luar negeri; sesuai rencana pembangunan nasional dan daerah; kerja sama iptek harus mengalihkan pengetahuan kepada SDM Indonesia.",
                    "Pihak luar negeri tidak mencampuri urusan pemerintahan dalam negeri. Rumusan persis huruf ini belum terverifikasi.",
                    "Untuk KSDPL periksa juga kesetaraan status dan wilayah, sifat saling melengkapi, dan manfaat antarmasyarakat.",
                    "Objek yang dapat dikerjasamakan: ilmu pengetahuan dan teknologi, pertukaran budaya, peningkatan kemampuan teknis dan manajemen pemerintahan, promosi potensi daerah, dan objek lain yang sah.",
                    "Catat hasil penjajakan di Jalin.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 28 ayat (3)"), V("PP 28/2018 Pasal 27"), V("UU 23/2014 Pasal 367 ayat (1); PP 28/2018 Pasal 23 ayat (2)"),
                    S("Permenlu 3/2019 tentang Panduan Umum Hubungan Luar Negeri oleh Pemerintah Daerah"), U("Rumusan PP 28/2018 Pasal 27 ayat (1) huruf d"),
                ],
                periksa: ["Catatan peluang dan manfaat", "Pemeriksaan persyaratan Pasal 27", "Identitas calon mitra luar negeri"],
                tautan: [j(.ksdpl), j(.ksdll)],
                kunci: ["luar negeri", "penjajakan", "sister city", "kota kembar", "KSDPL", "KSDLL", "internasional"])
        case .konsultasiPusat:
            return bag(
                id, .tahap, "Tahap Konsultasi dengan Menteri Dalam Negeri dan Menteri Luar Negeri",
                "Sebelum menandatangani pernyataan kehendak, kepala daerah berkoordinasi dan berkonsultasi dengan Menteri "
                    + "Dalam Negeri dan Menteri Luar Negeri.",
                langkah: [
                    "Siapkan hasil penjajakan dan rancangan pernyataan kehendak.",
                    "Sampaikan permohonan konsultasi kepada Kemendagri dan Kemlu.",
                    "Catat tanggapan keduanya di Jalin sebelum melanjutkan.",
                ],
                dasar: [V("PP 28/2018 Pasal 28 ayat (4)"), U("Tata cara dan format konsultasi menurut Permendagri 25/2020")],
                periksa: ["Surat konsultasi kepada Mendagri dan Menlu", "Tanggapan tertulis"],
                tautan: ["/kerja-sama"],
                kunci: ["konsultasi", "Mendagri", "Menlu", "Kemendagri", "Kemlu", "luar negeri"])
        case .pernyataanKehendak:
            return bag(
                id, .tahap, "Tahap Pernyataan Kehendak (Letter of Intent)",
                "Pernyataan kehendak (LoI) menyatakan niat para pihak untuk bekerja sama. LoI belum mengikat para pihak; "
                    + "isinya menjadi dasar penyusunan rencana kerja sama.",
                langkah: [
                    "Susun LoI dengan templat Jalin.",
                    "Kepala daerah menandatangani LoI setelah konsultasi dengan Mendagri dan Menlu.",
                    "Catat penandatanganan dan unggah pindaiannya.",
                    "Format LoI menurut Permendagri 25/2020 belum terverifikasi; periksa peraturan terbaru.",
                ],
                dasar: [V("PP 28/2018 Pasal 28 ayat (4) dan ayat (5)"), S("Kepala daerah dapat menandatangani LoI/MoU dengan mitra luar negeri (FAQ Yogyakarta)"), U("Format LoI menurut Permendagri 25/2020")],
                periksa: ["LoI bertanda tangan", "Bukti konsultasi Mendagri dan Menlu"],
                tautan: [n(.pernyataanKehendak)],
                kunci: ["LoI", "letter of intent", "pernyataan kehendak", "luar negeri"])
        case .rencanaKerjaSama:
            return bag(
                id, .tahap, "Tahap Rencana Kerja Sama Luar Negeri",
                "Pernyataan kehendak dituangkan menjadi rencana kerja sama yang diajukan kepada DPRD.",
                langkah: [
                    "Susun rencana yang memuat: subjek; latar belakang; maksud, tujuan dan sasaran; objek; ruang lingkup; sumber pembiayaan; jangka waktu pelaksanaan.",
                    "Bupati mengajukan rencana kepada DPRD untuk disetujui (paling lama 45 hari kerja).",
                    "Catat rencana di Jalin.",
                ],
                dasar: [V("PP 28/2018 Pasal 28 ayat (5)"), V("PP 28/2018 Pasal 30 ayat (2) dan ayat (3)")],
                periksa: ["Rencana kerja sama dengan tujuh unsur minimal", "Surat permohonan persetujuan DPRD"],
                tautan: [n(.rencanaKerjaSamaLN), t(.persetujuanDPRD)],
                kunci: ["rencana kerja sama", "luar negeri", "DPRD", "sasaran", "pembiayaan"])
        case .pertimbanganMendagri:
            return bag(
                id, .tahap, "Tahap Pertimbangan Menteri Dalam Negeri",
                "Rencana kerja sama yang telah disetujui DPRD disampaikan kepada Menteri Dalam Negeri untuk dipertimbangkan dan "
                    + "diverifikasi. Jawaban tertulis Menteri berisi permintaan perbaikan rencana, atau persetujuan untuk menyusun "
                    + "rancangan naskah kerja sama.",
                langkah: [
                    "Kirim rencana yang telah disetujui DPRD beserta persetujuannya kepada Mendagri.",
                    "Bila diminta memperbaiki, perbaiki rencana lalu ajukan kembali.",
                    "Catat jawaban tertulis Mendagri di Jalin.",
                ],
                dasar: [V("PP 28/2018 Pasal 31"), V("PP 28/2018 Pasal 38 (KSDLL)")],
                periksa: ["Persetujuan DPRD", "Surat pengantar kepada Mendagri", "Jawaban tertulis Mendagri"],
                tautan: ["/kerja-sama"],
                kunci: ["Mendagri", "Kemendagri", "pertimbangan", "verifikasi", "luar negeri"])
        case .penyusunanNaskahLN:
            return bag(
                id, .tahap, "Tahap Penyusunan Naskah Kerja Sama Luar Negeri",
                "Rancangan naskah kerja sama diajukan kepada Menteri Dalam Negeri untuk disetujui, dibahas dalam rapat "
                    + "antarkementerian bersama Kemlu, kementerian/lembaga sektor, provinsi dan kabupaten/kota.",
                langkah: [
                    "Susun rancangan naskah (MoU atau perjanjian) dari templat Jalin, sesuai rencana yang telah disetujui.",
                    "Ajukan rancangan kepada Mendagri; ikuti rapat antarkementerian.",
                    "Catat persetujuan Mendagri atas rancangan di Jalin.",
                ],
                dasar: [V("PP 28/2018 Pasal 32"), V("PP 28/2018 Pasal 39 (KSDLL)"), U("Format MoU menurut Permendagri 25/2020")],
                periksa: ["Rancangan naskah", "Undangan dan hasil rapat antarkementerian", "Persetujuan Mendagri"],
                tautan: [n(.naskahLN)],
                kunci: ["MoU", "naskah luar negeri", "rapat antarkementerian", "Mendagri", "luar negeri"])
        case .perundinganMenlu:
            return bag(
                id, .tahap, "Tahap Perundingan oleh Menteri Luar Negeri",
                "Menteri Dalam Negeri menyampaikan rancangan yang telah disetujui kepada Menteri Luar Negeri. Menlu atau "
                    + "pejabat yang ditunjuk merundingkannya dengan pihak luar negeri, lalu mengirim hasilnya beserta surat "
                    + "konfirmasi kepada Mendagri, yang meneruskannya kepada pemda sebagai dasar penandatanganan.",
                langkah: [
                    "Pantau proses di Kemlu melalui Kemendagri.",
                    "Terima hasil perundingan dan surat konfirmasi Menlu dari Mendagri.",
                    "Catat surat konfirmasi di Jalin; tanpa surat ini naskah belum dapat ditandatangani.",
                ],
                dasar: [V("PP 28/2018 Pasal 33"), V("PP 28/2018 Pasal 40 (KSDLL)")],
                periksa: ["Hasil perundingan", "Surat konfirmasi Menlu", "Surat penerusan dari Mendagri"],
                tautan: ["/kerja-sama"],
                kunci: ["Menlu", "Kemlu", "perundingan", "surat konfirmasi", "luar negeri"])
        case .penandatangananNaskahLN:
            return bag(
                id, .tahap, "Tahap Penandatanganan Naskah Kerja Sama Luar Negeri",
                "Kepala daerah menandatangani naskah kerja sama setelah menerima surat konfirmasi Menteri Luar Negeri melalui "
                    + "Menteri Dalam Negeri. Setelah itu pemda melaporkan pelaksanaannya kepada Mendagri.",
                langkah: [
                    "Pastikan naskah yang ditandatangani sama dengan hasil perundingan.",
                    "Catat penandatanganan, unggah pindaian, dan isi tanggal mulai dan berakhir.",
                    "Jadwalkan laporan pelaksanaan kepada Mendagri. Frekuensi dan format laporannya menurut Permendagri 25/2020 belum terverifikasi.",
                ],
                dasar: [V("PP 28/2018 Pasal 33"), V("PP 28/2018 Pasal 43"), U("Frekuensi dan format laporan menurut Permendagri 25/2020")],
                periksa: ["Surat konfirmasi Menlu", "Pindaian naskah bertanda tangan", "Jadwal laporan kepada Mendagri"],
                tautan: ["/kerja-sama", "/panduan/formulir-penandatanganan"],
                kunci: ["tanda tangan", "penandatanganan", "luar negeri", "MoU", "naskah"])
        case .musyawarahDesa:
            return bag(
                id, .tahap, "Tahap Musyawarah Desa atau Musyawarah Antar-Desa",
                "Kerja sama antar-desa disepakati melalui musyawarah antar-Desa. Kerja sama desa dengan pihak ketiga "
                    + "dimusyawarahkan dalam Musyawarah Desa.",
                langkah: [
                    "Antar-desa: para kepala desa, BPD dan unsur masyarakat bermusyawarah tentang ruang lingkup, bidang, pendanaan dan jangka waktu kerja sama.",
                    "Desa dengan pihak ketiga: bahas rencana kerja sama dalam Musyawarah Desa.",
                    "Camat dapat memfasilitasi atas nama bupati.",
                    "Catat hasil musyawarah (berita acara) di Jalin.",
                ],
                dasar: [V("UU 6/2014 Pasal 92 ayat (2)"), V("UU 6/2014 Pasal 93 ayat (2)"), V("PP 43/2014 Pasal 143"), V("PP 43/2014 Pasal 143 ayat (5)")],
                periksa: ["Undangan dan daftar hadir musyawarah", "Berita acara hasil musyawarah"],
                tautan: ["/panduan/desa-kerja-sama-desa", n(.beritaAcara)],
                kunci: ["desa", "musyawarah desa", "musyawarah antar-desa", "BPD", "kepala desa", "camat"])
        case .penyusunanNaskahDesa:
            return bag(
                id, .tahap, "Tahap Penyusunan Naskah Kerja Sama Desa",
                "Kerja sama antar-desa dituangkan dalam Peraturan Bersama Kepala Desa; kerja sama desa dengan pihak ketiga "
                    + "dalam perjanjian bersama.",
                langkah: [
                    "Susun naskah dari templat Jalin.",
                    "Pastikan memuat: ruang lingkup; bidang; tata cara dan ketentuan pelaksanaan; jangka waktu; hak dan kewajiban; pendanaan; tata cara perubahan, penundaan dan pembatalan; penyelesaian perselisihan.",
                    "Bahas rancangan dengan para pihak; camat dapat memfasilitasi.",
                ],
                dasar: [V("UU 6/2014 Pasal 92 ayat (2)"), V("PP 43/2014 Pasal 143 ayat (2)–(4)"), S("Judul naskah desa menurut templat OpenSID")],
                periksa: ["Delapan unsur minimal naskah desa", "Hasil musyawarah sebagai dasar"],
                tautan: [n(.peraturanBersamaDesa), n(.perjanjianBersamaDesa)],
                kunci: ["desa", "peraturan bersama kepala desa", "perjanjian bersama", "naskah desa"])
        case .penandatangananNaskahDesa:
            return bag(
                id, .tahap, "Tahap Penandatanganan Naskah Kerja Sama Desa",
                "Para pihak menandatangani Peraturan Bersama Kepala Desa atau perjanjian bersama. Naskah final setelah "
                    + "ditandatangani; perubahan harus dimusyawarahkan dengan semua pihak.",
                langkah: [
                    "Cocokkan naskah akhir dengan hasil musyawarah.",
                    "Catat penandatanganan dan unggah pindaian di Jalin.",
                    "Kerja sama desa tidak melalui tahap persetujuan DPRD dan tidak melalui register kabupaten; lanjut ke pelaksanaan.",
                ],
                dasar: [V("UU 6/2014 Pasal 92 ayat (2) dan Pasal 93 ayat (2)"), V("PP 43/2014 Pasal 143 ayat (2) dan ayat (3)"), V("PP 43/2014 Pasal 145")],
                periksa: ["Naskah bertanda tangan para pihak", "Pindaian naskah"],
                tautan: ["/kerja-sama", "/panduan/desa-perubahan-berakhir"],
                kunci: ["desa", "tanda tangan", "penandatanganan", "peraturan bersama", "perjanjian bersama"])
        case .pelaksanaan:
            return bag(
                id, .tahap, "Tahap Pelaksanaan",
                "OPD teknis melaksanakan kerja sama bersama mitra sesuai naskah. Hasil berupa uang disetor ke kas daerah "
                    + "sebagai pendapatan daerah; hasil berupa barang dicatat sebagai aset pemerintah daerah.",
                langkah: [
                    "Laksanakan kegiatan sesuai rencana kerja dan kewajiban dalam naskah.",
                    "Perbarui status setiap kewajiban di Jalin beserta buktinya.",
                    "Koordinasikan dengan BPKAD pencatatan hasil sebagai pendapatan atau aset daerah.",
                    "Pergantian bupati atau pejabat penanda tangan tidak mengakhiri kerja sama.",
                    "Bila perlu perubahan, susun adendum atas kesepakatan para pihak.",
                ],
                dasar: [V("PP 28/2018 Pasal 20"), V("PP 28/2018 Pasal 9 ayat (2) dan Pasal 22 ayat (1)"), S("Tahap pelaksanaan, PP 28/2018 Pasal 6 ayat (1) huruf h (dibaca dari daftar Samarinda)"), S("Adendum atas kesepakatan para pihak (templat Makassar)")],
                periksa: ["Status kewajiban para pihak", "Bukti kegiatan dan keluaran", "Pencatatan hasil di BPKAD"],
                tautan: ["/kerja-sama", n(.adendum)],
                kunci: ["pelaksanaan", "kewajiban", "hasil kerja sama", "kas daerah", "aset", "adendum"])
        case .penatausahaan:
            return bag(
                id, .tahap, "Tahap Penatausahaan",
                "Bagian Kerja Sama mencatat, menomori dan menyimpan naskah asli kerja sama dalam register. Di Jalin register "
                    + "ini adalah daftar Kerja Sama beserta pindaian yang dikunci.",
                langkah: [
                    "Pastikan setiap naskah bertanda tangan tercatat dengan nomor, tanggal, para pihak dan masa berlaku.",
                    "Simpan naskah asli di arsip; unggah pindaiannya ke Jalin.",
                    "Periksa keutuhan pindaian dengan sidik SHA-256 bila diragukan.",
                    "Impor data kerja sama lama agar register lengkap.",
                    "Rincian kewajiban penatausahaan menurut Permendagri 22/2020 belum terverifikasi; periksa peraturan terbaru.",
                ],
                dasar: [S("Tahap penatausahaan, PP 28/2018 Pasal 6 ayat (1) huruf i (dibaca dari daftar Samarinda)"), U("Rincian kewajiban penatausahaan menurut Permendagri 22/2020")],
                periksa: ["Nomor register", "Naskah asli di arsip", "Pindaian di Jalin"],
                tautan: ["/kerja-sama", "/kerja-sama/impor"],
                kunci: ["penatausahaan", "register", "arsip", "nomor", "pindaian", "SHA-256"])
        case .pelaporan:
            return bag(
                id, .tahap, "Tahap Pelaporan dan Monitoring-Evaluasi",
                "Kerja sama yang berjalan dipantau dan dievaluasi, lalu dilaporkan: OPD kepada Bagian Kerja Sama, kepada "
                    + "bupati, dan seterusnya kepada Gubernur atau Menteri. Gubernur sebagai wakil Pemerintah Pusat memantau "
                    + "dan mengevaluasi KSD kabupaten/kota.",
                langkah: [
                    "Isi formulir evaluasi pada setiap periode monev (Jalin: dua kali setahun menurut praktik Yogyakarta; dapat diubah Admin).",
                    "Bagian Kerja Sama menyusun laporan kepada bupati, DPRD dan Gubernur dari hasil monev.",
                    "Kerja sama luar negeri dilaporkan kepada Menteri Dalam Negeri.",
                    "Frekuensi dan format laporan KSDD/KSDPK menurut Permendagri 22/2020 belum terverifikasi; periksa peraturan terbaru.",
                ],
                dasar: [
                    V("UU 23/2014 Pasal 368"), V("PP 28/2018 Pasal 43"), V("PP 28/2018 Pasal 44"),
                    S("Tahap pelaporan, PP 28/2018 Pasal 6 ayat (1) huruf j (dibaca dari daftar Samarinda)"), S("Evaluasi paling sedikit dua kali setahun (Yogyakarta)"),
                    U("Frekuensi dan format laporan KSDD/KSDPK menurut Permendagri 22/2020"),
                ],
                periksa: ["Evaluasi periode berjalan terisi", "Laporan kepada bupati dan Gubernur", "Laporan kepada Mendagri (luar negeri)"],
                tautan: ["/monev", "/monev/laporan", "/panduan/formulir-monev"],
                kunci: ["pelaporan", "laporan", "monev", "monitoring", "evaluasi", "gubernur", "Mendagri"])
        case .berakhir:
            return bag(
                id, .tahap, "Berakhirnya Kerja Sama",
                "Kerja sama berakhir hanya karena alasan yang diatur, dan alasan itu dicatat di Jalin. Pergantian kepala "
                    + "daerah bukan alasan berakhir.",
                langkah: [
                    "KSDD berakhir bila: jangka waktu habis; tujuan tercapai; para pihak sepakat mengakhiri; perubahan kebijakan atau peraturan membuatnya tidak dapat dilaksanakan; atau objeknya hilang atau musnah.",
                    "KSDPK juga berakhir karena putusan pengadilan yang berkekuatan hukum tetap, atau pihak ketiga dinyatakan pailit.",
                    "Kerja sama desa berakhir menurut PP 43/2014 Pasal 147, antara lain atas kesepakatan, tujuan tercapai, keadaan luar biasa, pelanggaran, atau jangka waktu habis.",
                    "Selesaikan kewajiban yang tersisa dan serah terima aset; catat dengan berita acara.",
                    "Untuk melanjutkan kerja sama yang berakhir, tempuh kembali prosedur yang berlaku (bukan sekadar memperpanjang naskah lama).",
                    "Kontrak yang ditandatangani sebelum PP 28/2018 tetap berlaku sampai berakhir.",
                ],
                dasar: [
                    V("PP 28/2018 Pasal 9"), V("PP 28/2018 Pasal 22"), V("PP 43/2014 Pasal 147"), V("PP 28/2018 Pasal 48–49"),
                    S("Perpanjangan melalui prosedur baru (FAQ Yogyakarta)"),
                ],
                periksa: ["Alasan berakhir", "Berita acara serah terima", "Penyelesaian kewajiban"],
                tautan: ["/kerja-sama", n(.beritaAcara), "/panduan/umum-jangka-waktu"],
                kunci: ["berakhir", "pengakhiran", "selesai", "putus", "pailit", "perpanjangan"])
        }
    }
}
