import Foundation

/// Built-in guidance ("Panduan", Scenario E step 1): short sections in plain Bahasa Indonesia for every
/// lifecycle stage, every main form, every kind of cooperation, kerja sama desa and the desa/kecamatan
/// operator, each with its legal basis cited from ksd-rules.md and tagged [V]/[S]/[U] as there.
///
/// Data and pure functions: the text is Markdown under `Panduan/Isi/` (read once, `PanduanIsi.swift`); the
/// server renders the pages, JalinNaskah renders the booklet.
public enum Panduan {
    // MARK: - Types

    /// One cited provision with its certainty tag from ksd-rules.md §0.
    public struct Rujukan: Sendable, Hashable, Codable {
        /// E.g. "PP 28/2018 Pasal 4 ayat (1)".
        public let teks: String
        /// "V" verified, "S" secondary, "U" unverified (ksd-rules.md §0).
        public let tanda: String

        public init(_ teks: String, tanda: String) {
            self.teks = teks
            self.tanda = tanda
        }

        public var status: StatusSumber? { StatusSumber(rawValue: tanda) }

        /// "Terverifikasi", "Sumber sekunder", "Belum diverifikasi".
        public var namaTanda: String { status?.nama ?? "Tanda tidak dikenal" }

        /// A warning for [U] rules, in the words users see; nil otherwise.
        public var peringatan: String? {
            tanda == "U" ? "Belum terverifikasi; periksa peraturan terbaru sebelum dijadikan pegangan." : nil
        }

        /// "PP 28/2018 Pasal 4 ayat (1) [V]".
        public var denganTanda: String { "\(teks) [\(tanda)]" }
    }

    /// The groups of the guidance, in the order the index lists them.
    public enum Kelompok: String, Sendable, Codable, CaseIterable {
        case umum, tahap, formulir, jenis, desa

        public var nama: String {
            switch self {
            case .umum: "Pengantar"
            case .tahap: "Tahapan Kerja Sama"
            case .formulir: "Formulir dan Langkah Kerja"
            case .jenis: "Jenis Kerja Sama dan Dokumen Wajib"
            case .desa: "Kerja Sama Desa dan Operator Desa/Kecamatan"
            }
        }

        public var uraian: String {
            switch self {
            case .umum: "Pengertian, peran, dasar hukum, dan hal umum yang berlaku untuk semua jenis kerja sama."
            case .tahap: "Apa yang dilakukan pada setiap tahap siklus kerja sama, siapa yang mengerjakan, dan dokumen apa yang dicatat."
            case .formulir: "Cara mengisi formulir utama Jalin: usulan potensi, penilaian TKKSD, naskah, penandatanganan, monev, dan laporan."
            case .jenis: "Ciri setiap jenis kerja sama dan daftar dokumen yang wajib disiapkan."
            case .desa: "Kerja sama antar-desa dan desa dengan pihak ketiga, peran camat, serta panduan operator desa/kecamatan."
            }
        }
    }

    /// One section of the guidance.
    public struct Bagian: Sendable, Hashable, Codable, Identifiable {
        /// Slug, e.g. "tahap-penyusunan-kb"; the page lives at /panduan/<id>.
        public let id: String
        public let kelompok: Kelompok
        public let judul: String
        /// One or two short paragraphs.
        public let ringkas: String
        /// Steps (or, for overview pages, points) in order.
        public let langkah: [String]
        public let dasarHukum: [Rujukan]
        /// What to have ready or to check.
        public let daftarPeriksa: [String]
        /// App paths, e.g. "/pemetaan", "/naskah/baru?jenis=kak", "/panduan/tahap-persiapan".
        public let tautan: [String]
        public let kataKunci: [String]

        public init(
            id: String, kelompok: Kelompok, judul: String, ringkas: String, langkah: [String], dasarHukum: [Rujukan],
            daftarPeriksa: [String] = [], tautan: [String] = [], kataKunci: [String] = []
        ) {
            self.id = id
            self.kelompok = kelompok
            self.judul = judul
            self.ringkas = ringkas
            self.langkah = langkah
            self.dasarHukum = dasarHukum
            self.daftarPeriksa = daftarPeriksa
            self.tautan = tautan
            self.kataKunci = kataKunci
        }

        /// Whether any cited rule is [U].
        public var adaBelumTerverifikasi: Bool { dasarHukum.contains { $0.tanda == "U" } }
    }

    /// The explanation of a tag, for the legend under every legal basis.
    public struct PenjelasanTanda: Sendable, Hashable, Codable {
        public let tanda: String
        public let nama: String
        public let arti: String
    }

    /// A group with its sections, for the index page and the booklet.
    public struct KelompokBagian: Sendable, Hashable, Codable {
        public let kelompok: Kelompok
        public let nama: String
        public let uraian: String
        public let bagian: [Bagian]
    }

    /// The legend of the tags (ksd-rules.md §0), in the words users see.
    public static let penjelasanTanda: [PenjelasanTanda] = [
        PenjelasanTanda(
            tanda: "V", nama: StatusSumber.terverifikasi.nama,
            arti: "Sudah dicocokkan dengan naskah peraturannya."),
        PenjelasanTanda(
            tanda: "S", nama: StatusSumber.sekunder.nama,
            arti: "Dari laman resmi pemda atau Kemendagri, berita, atau praktik pemda lain. Cukup untuk bekerja, "
                + "tetapi rujuk peraturannya sebelum dijadikan ketentuan."),
        PenjelasanTanda(
            tanda: "U", nama: StatusSumber.belumDiverifikasi.nama,
            arti: "Belum terverifikasi; periksa peraturan terbaru (JDIH Kemendagri, peraturan.go.id, "
                + "peraturan.bpk.go.id) sebelum dijadikan pegangan."),
    ]

    // MARK: - Lookup

    /// Every section: umum, then the stages in `Tahap.allCases` order, the forms, the kinds in
    /// `JenisKerjaSama.allCases` order, and desa.
    public static let semua: [Bagian] =
        umum + Tahap.allCases.map(isiTahap) + formulir + JenisKerjaSama.allCases.map(isiJenis) + desa

    private static let menurutID: [String: Bagian] = Dictionary(semua.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    public static func bagian(id: String) -> Bagian? { menurutID[id] }

    /// The id of a stage's section: "tahap-" + the raw value in kebab case ("tahap-penyusunan-kb").
    public static func idBagian(tahap: Tahap) -> String { "tahap-" + kebab(tahap.rawValue) }

    /// The id of a kind's section: "jenis-" + the raw value in kebab case ("jenis-ksdd-wajib").
    public static func idBagian(jenis: JenisKerjaSama) -> String { "jenis-" + kebab(jenis.rawValue) }

    /// The section of a stage (every stage has one).
    public static func bagian(tahap: Tahap) -> Bagian { menurutID[idBagian(tahap: tahap)] ?? isiTahap(tahap) }

    /// The section of a kind (every kind has one).
    public static func bagian(jenis: JenisKerjaSama) -> Bagian { menurutID[idBagian(jenis: jenis)] ?? isiJenis(jenis) }

    /// The kind a section is about, for kind sections (used to offer its example document).
    public static func jenisKerjaSama(bagianID: String) -> JenisKerjaSama? {
        JenisKerjaSama.allCases.first { idBagian(jenis: $0) == bagianID }
    }

    /// The kinds whose flow uses a stage (with DPRD approval included), in `JenisKerjaSama.allCases` order.
    public static func jenisYangMemakai(_ tahap: Tahap) -> [JenisKerjaSama] {
        JenisKerjaSama.allCases.filter { Tahap.alur(untuk: $0, perluDPRD: true).contains(tahap) }
    }

    /// The sections grouped, in `Kelompok.allCases` order; groups keep the order of `semua`.
    public static func menurutKelompok(_ daftar: [Bagian] = semua) -> [KelompokBagian] {
        Kelompok.allCases.compactMap { k in
            let isi = daftar.filter { $0.kelompok == k }
            return isi.isEmpty ? nil : KelompokBagian(kelompok: k, nama: k.nama, uraian: k.uraian, bagian: isi)
        }
    }

    /// A label for an app path in `tautan`, e.g. "/naskah/baru?jenis=kak" → "Susun Kerangka Acuan Kerja".
    public static func namaTautan(_ path: String) -> String {
        if path.hasPrefix("/naskah/baru?jenis="),
            let j = JenisDokumen(rawValue: String(path.dropFirst("/naskah/baru?jenis=".count)))
        {
            return "Susun \(j.nama)"
        }
        if path.hasPrefix("/panduan/"), let b = bagian(id: String(path.dropFirst("/panduan/".count))) {
            return "Panduan: \(b.judul)"
        }
        return labelTautan[path] ?? path
    }

    /// The app paths guidance may link to, with their labels.
    public static let labelTautan: [String: String] = [
        "/beranda": "Beranda",
        "/pemetaan": "Pemetaan Potensi",
        "/pemetaan/padanan": "Padanan kebutuhan dan tawaran",
        "/kerja-sama": "Register Kerja Sama",
        "/kerja-sama/baru": "Catat kerja sama",
        "/kerja-sama/impor": "Impor data kerja sama lama",
        "/naskah": "Naskah Kerja Sama",
        "/naskah/baru": "Susun naskah baru",
        "/naskah/klausul": "Pustaka klausul",
        "/naskah/aturan": "Aturan pemeriksa unsur naskah",
        "/monev": "Monev dan Laporan",
        "/monev/dasbor": "Dasbor pimpinan",
        "/monev/laporan": "Laporan kerja sama",
        "/notifikasi": "Notifikasi",
        "/wilayah": "Kode Wilayah",
        "/akun": "Akun",
        "/admin/unit": "Administrasi: unit kerja",
        "/admin/pengguna": "Administrasi: pengguna",
        "/admin/mitra": "Administrasi: mitra",
        "/admin/urusan": "Administrasi: urusan pemerintahan",
    ]

    // MARK: - Search

    private struct Indeks: Sendable {
        let bagian: Bagian
        let judul: String
        let utama: String
        let semua: String
    }

    private static let indeks: [Indeks] = semua.map { b in
        let judul = lipat(b.judul)
        let utama = lipat(([b.ringkas] + b.kataKunci).joined(separator: " \u{1F} "))
        let lain = lipat(
            (b.langkah + b.daftarPeriksa + b.dasarHukum.map(\.teks)).joined(separator: " \u{1F} "))
        return Indeks(bagian: b, judul: judul, utama: utama, semua: [judul, utama, lain].joined(separator: " \u{1F} "))
    }

    /// Case-, diacritic- and width-insensitive text for matching.
    static func lipat(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// The sections matching every word of `q` (case- and diacritic-insensitive) in their title, summary,
    /// steps, checklist, keywords or legal basis. Sections whose title holds every word come first, then
    /// those whose summary or keywords hold them, then the rest; each tier keeps the order of `semua`.
    /// A blank query (or one of punctuation only) gives [].
    public static func cari(_ q: String) -> [Bagian] {
        let kata = lipat(q)
            .split(whereSeparator: { $0.isWhitespace })
            .map { $0.trimmingCharacters(in: .punctuationCharacters.union(.symbols)) }
            .filter { !$0.isEmpty }
        guard !kata.isEmpty else { return [] }
        var judul: [Bagian] = [], utama: [Bagian] = [], lain: [Bagian] = []
        for x in indeks where kata.allSatisfy({ x.semua.contains($0) }) {
            if kata.allSatisfy({ x.judul.contains($0) }) {
                judul.append(x.bagian)
            } else if kata.allSatisfy({ x.judul.contains($0) || x.utama.contains($0) }) {
                utama.append(x.bagian)
            } else {
                lain.append(x.bagian)
            }
        }
        return judul + utama + lain
    }

    // MARK: - Required documents per kind

    /// The checklist of documents (and recorded approvals) a kind requires, in flow order, each with its
    /// basis and tag. `kemitraanLain` lists where each form goes instead (it is not run as KSD).
    public static func dokumenWajib(_ jenis: JenisKerjaSama) -> [String] {
        let dprd = "Persetujuan DPRD, bila rencana kerja sama membebani masyarakat dan daerah dan/atau pembiayaannya "
            + "belum dianggarkan dalam APBD tahun berjalan (PP 28/2018 Pasal 6 ayat (2)\(jenis.isKSDPK ? " jo. Pasal 19 ayat (1)" : "")) [V]"
        let rujukanRencana = "Rujukan program/kegiatan RPJMD, Renstra atau RKPD yang didukung, atau alasan pengecualian: "
            + "keadaan darurat, program strategis nasional, atau tugas pembantuan "
            + "(PP 28/2018 Pasal \(jenis.isKSDPK ? "16" : "4") ayat (2)–(3)) [V]"
        switch jenis.kelompok {
        case .ksdd:
            var d: [String] = []
            if jenis == .ksddWajib {
                d.append(
                    "Hasil pemetaan urusan menurut potensi dan karakteristik daerah, yang menunjukkan para daerah berbatasan "
                        + "dan urusannya berdampak lintas daerah (UU 23/2014 Pasal 364 ayat (1); PP 28/2018 Pasal 3 ayat (2) dan Pasal 5) [V]")
            } else {
                d.append("Hasil pemetaan dan penyaringan kelayakan KSD di Jalin (dianjurkan; Permendagri 22/2020 Pasal 5 menurut laporan Kemendagri) [S]")
            }
            d += [
                rujukanRencana,
                "Kerangka Acuan Kerja (KAK) yang ditandatangani kepala OPD pemrakarsa (format Samarinda dan Yogyakarta) [S]",
                "Surat penawaran yang ditandatangani bupati, dengan lampiran KAK dan tembusan kepada Gubernur (praktik pemda) [S]",
                "Kesepakatan Bersama yang ditandatangani kepala daerah para pihak (PP 28/2018 Pasal 6 ayat (1) huruf d dan ayat (3)) [V]",
                dprd,
                "Perjanjian Kerja Sama yang ditandatangani bupati atau pejabat yang diberi kuasa, dengan surat kuasanya "
                    + "(PP 28/2018 Pasal 6 ayat (1) huruf g dan ayat (3); Pasal 13 ayat (2)) [V]",
                "Pindaian naskah bertanda tangan dan nomor register masing-masing pihak (penatausahaan; rincian kewajibannya belum terverifikasi) [U]",
            ]
            if jenis == .ksddWajib {
                d.append(
                    "Bila kerja sama terus-menerus, sangat kompleks dan paling singkat 5 tahun: keputusan pembentukan "
                        + "sekretariat kerja sama (pilihan; PP 28/2018 Pasal 7) [V]")
            }
            return d
        case .ksdpk:
            var d = [
                "Studi kelayakan, disusun para pihak; untuk prakarsa pihak ketiga disusun oleh pihak ketiga "
                    + "(UU 23/2014 Pasal 366 ayat (3); PP 28/2018 Pasal 17 dan Pasal 18) [V]",
                "Untuk prakarsa pihak ketiga: bukti keterpaduan teknis dengan rencana induk sektor, kelayakan ekonomi dan "
                    + "finansial, dan kemampuan pihak ketiga membiayai (PP 28/2018 Pasal 18 ayat (1)) [V]",
                "Dokumen legalitas pihak ketiga: akta pendirian, izin, dan profil pengurus (format studi kelayakan Samarinda) [S]",
                rujukanRencana,
                "Surat penawaran (dari bupati, atau dari pihak ketiga beserta studi kelayakannya) (praktik pemda) [S]",
                "Kesepakatan Bersama yang ditandatangani para pihak (PP 28/2018 Pasal 6 ayat (3) jo. Pasal 19 ayat (1)) [V]",
                dprd,
                "Perjanjian Kerja Sama/kontrak yang memuat hak dan kewajiban para pihak, jangka waktu, penyelesaian perselisihan, "
                    + "dan sanksi bagi pihak yang tidak memenuhi perjanjian (UU 23/2014 Pasal 366 ayat (2); PP 28/2018 Pasal 19 ayat (2)) [V]",
                "Surat kuasa bila kontrak ditandatangani pejabat perangkat daerah atas nama bupati (PP 28/2018 Pasal 13) [V]",
                "Pihak bukan pemerintah menandatangani di atas meterai (praktik templat naskah) [S]",
            ]
            switch jenis {
            case .ksdpkAset:
                d.append("Dokumen pengelolaan barang milik daerah menurut Permendagri 19/2016 (PP 28/2018 Pasal 15 ayat (3)) [S]")
            case .ksdpkInvestasi:
                d.append("Dokumen menurut peraturan penanaman modal, dan bila berbentuk KPBU menurut Perpres 38/2015 (PP 28/2018 Pasal 15 ayat (3)) [S]")
            case .ksdpkLainnya:
                d.append("Dokumen menurut peraturan sektornya, misalnya pengadaan barang/jasa (Perpres 16/2018 jo. Perpres 12/2021) (PP 28/2018 Pasal 15 ayat (4)) [S]")
            default:
                break
            }
            return d
        case .sinergi:
            return [
                "Kerangka Acuan Kerja Sinergi dari OPD pemrakarsa (format Samarinda) [S]",
                "Surat penawaran kepada kementerian/lembaga, atau rancangan Nota Kesepakatan dan Rencana Kerja yang ditawarkan kementerian/lembaga (praktik pemda) [S]",
                "Kepastian bahwa setiap pihak membiayai dari anggarannya sendiri (APBN/APBD) (PP 28/2018 Pasal 46) [V]",
                "Nota Kesepakatan yang ditandatangani para pihak (PP 28/2018 Pasal 46 ayat (4)) [V]",
                "Rencana Kerja yang menyertai Nota Kesepakatan (praktik Yogyakarta dan Samarinda) [S]",
                "Bila mitranya Otorita IKN: penilaian perlu tidaknya persetujuan DPRD dan catatan konsultasi dengan Bagian Hukum/Kemendagri (penafsiran; belum terverifikasi) [U]",
            ]
        case .luarNegeri:
            let ll = jenis == .ksdll
            func p(_ pasal: String, _ jo: String) -> String { ll ? "PP 28/2018 \(pasal) jo. \(jo)" : "PP 28/2018 \(pasal)" }
            var d: [String] = []
            if ll {
                d.append(
                    "Bukti bentuk kerja sama: penerusan kerja sama Pemerintah Pusat (organisasi internasional, badan hukum nirlaba "
                        + "asing, mitra pembangunan luar negeri) atau bentuk lain dengan persetujuan Pemerintah Pusat (PP 28/2018 Pasal 25 dan Pasal 36) [V]")
            } else {
                d.append(
                    "Bukti persyaratan KSDPL: hubungan diplomatik, kesetaraan status dan wilayah, saling melengkapi, dan manfaat "
                        + "antarmasyarakat (PP 28/2018 Pasal 27) [V]")
            }
            d += [
                "Catatan penjajakan peluang dan manfaat oleh kepala daerah (\(p("Pasal 28 ayat (3)", "Pasal 38"))) [V]",
                "Bukti koordinasi dan konsultasi dengan Menteri Dalam Negeri dan Menteri Luar Negeri sebelum pernyataan kehendak (\(p("Pasal 28 ayat (4)", "Pasal 38"))) [V]",
                "Pernyataan kehendak (Letter of Intent) yang ditandatangani (\(p("Pasal 28 ayat (4)–(5)", "Pasal 38"))) [V]",
                "Rencana kerja sama: subjek; latar belakang; maksud, tujuan dan sasaran; objek; ruang lingkup; sumber pembiayaan; "
                    + "jangka waktu pelaksanaan (\(p("Pasal 30 ayat (3)", "Pasal 38"))) [V]",
                "Persetujuan DPRD atas rencana kerja sama, paling lama 45 hari kerja sejak permohonan diterima (PP 28/2018 Pasal 30; UU 23/2014 Pasal 154 ayat (1) huruf g) [V]",
                "Jawaban tertulis Menteri Dalam Negeri atas rencana yang telah disetujui DPRD (\(p("Pasal 31", "Pasal 38"))) [V]",
                "Persetujuan Menteri Dalam Negeri atas rancangan naskah kerja sama (\(p("Pasal 32", "Pasal 39"))) [V]",
                "Surat konfirmasi Menteri Luar Negeri yang diteruskan Menteri Dalam Negeri (\(p("Pasal 33", "Pasal 40"))) [V]",
                "Naskah kerja sama yang ditandatangani kepala daerah (\(p("Pasal 33", "Pasal 40"))) [V]",
                "Laporan pelaksanaan kepada Menteri Dalam Negeri (PP 28/2018 Pasal 43; format dan frekuensi menurut Permendagri 25/2020 belum terverifikasi) [V]",
            ]
            return d
        case .desa:
            if jenis == .desaAntarDesa {
                return [
                    "Hasil musyawarah antar-Desa yang menyepakati kerja sama (UU 6/2014 Pasal 92 ayat (2)) [V]",
                    "Peraturan Bersama Kepala Desa yang memuat ruang lingkup; bidang; tata cara dan ketentuan pelaksanaan; jangka waktu; "
                        + "hak dan kewajiban; pendanaan; tata cara perubahan, penundaan dan pembatalan; penyelesaian perselisihan "
                        + "(UU 6/2014 Pasal 92 ayat (2); PP 43/2014 Pasal 143 ayat (2) dan ayat (4)) [V]",
                    "Keputusan pembentukan badan kerja sama antar-Desa (UU 6/2014 Pasal 92; PP 43/2014 Pasal 144) [V]",
                    "Bila ada: dokumen BUM Desa bersama (UU 6/2014 Pasal 92) [V]",
                    "Catatan fasilitasi camat atas nama bupati (PP 43/2014 Pasal 143 ayat (5)) [V]",
                    "Tata cara rinci menurut Permendagri 96/2017 (isinya belum terverifikasi) [U]",
                ]
            }
            return [
                "Hasil Musyawarah Desa yang membahas kerja sama dengan pihak ketiga (UU 6/2014 Pasal 93 ayat (2)) [V]",
                "Perjanjian bersama yang memuat ruang lingkup; bidang; tata cara dan ketentuan pelaksanaan; jangka waktu; hak dan "
                    + "kewajiban; pendanaan; tata cara perubahan, penundaan dan pembatalan; penyelesaian perselisihan "
                    + "(PP 43/2014 Pasal 143 ayat (3) dan ayat (4)) [V]",
                "Catatan fasilitasi camat atas nama bupati (PP 43/2014 Pasal 143 ayat (5)) [V]",
                "Tata cara rinci menurut Permendagri 96/2017 (isinya belum terverifikasi) [U]",
            ]
        case .kemitraanLain:
            return [
                "Bukan Kerja Sama Daerah menurut PP 28/2018 dan tidak dijalankan melalui siklus kerja sama; siapkan dokumen menurut peraturannya sendiri:",
                "Pemanfaatan barang milik daerah (sewa, pinjam pakai, KSP, KSPI, BGS/BSG): Permendagri 19/2016 [S]",
                "Kerja sama pemerintah dengan badan usaha (KPBU): Perpres 38/2015 [S]",
                "Pengadaan barang/jasa, termasuk swakelola: Perpres 16/2018 jo. Perpres 12/2021 [S]",
                "Hibah: Permendagri 32/2011 jo. Permendagri 13/2018 [S]",
                "Kerja sama BLUD: Permendagri 79/2018 [S]",
            ]
        }
    }

    // MARK: - Helpers

    static func V(_ t: String) -> Rujukan { Rujukan(t, tanda: "V") }
    static func S(_ t: String) -> Rujukan { Rujukan(t, tanda: "S") }
    static func U(_ t: String) -> Rujukan { Rujukan(t, tanda: "U") }

    /// "penyusunanKB" → "penyusunan-kb", "ksddWajib" → "ksdd-wajib".
    static func kebab(_ s: String) -> String {
        var out = ""
        var sebelumnyaKecil = false
        for c in s {
            if c.isUppercase && sebelumnyaKecil { out.append("-") }
            sebelumnyaKecil = c.isLowercase || c.isNumber
            out.append(contentsOf: c.lowercased())
        }
        return out
    }

    static func t(_ tahap: Tahap) -> String { "/panduan/" + idBagian(tahap: tahap) }
    static func j(_ jenis: JenisKerjaSama) -> String { "/panduan/" + idBagian(jenis: jenis) }
    static func n(_ d: JenisDokumen) -> String { "/naskah/baru?jenis=" + d.rawValue }
}
