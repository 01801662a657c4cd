import Vapor

/// Capabilities of Jalin that are planned but not built yet. Their pages say so honestly
/// instead of showing fake data.
enum KapabilitasPage {
    struct Info: Encodable, Sendable {
        let judul: String
        let href: String
        let ringkas: String
        let rincian: [String]
        let dasarHukum: String
    }

    static let semua: [Info] = [
        Info(
            judul: "Pemetaan Potensi", href: "/pemetaan",
            ringkas: "Periode pemetaan, usulan potensi dari OPD, kecamatan dan desa, penilaian TKKSD, dan rekomendasi mitra.",
            rincian: [
                "Usulan isu, potensi dan permasalahan per urusan dengan lokasi, sumber daya dan calon mitra.",
                "Penyaringan kelayakan KSD dan jenis kerja sama yang berlaku beserta dasar hukumnya.",
                "Penilaian oleh anggota TKKSD dengan bobot AHP, peringkat, dan uji sensitivitas.",
                "Matriks pemetaan (XLSX/CSV) dan laporan Rancangan Pemetaan Potensi (DOCX).",
            ],
            dasarHukum: "PP 28/2018 Pasal 5 dan 17; Permendagri 22/2020 Pasal 5"),
        Info(
            judul: "Naskah Kerja Sama", href: "/naskah",
            ringkas: "Penyusunan Kesepakatan Bersama, PKS dan naskah lain dengan pustaka klausul dan pemeriksa unsur wajib.",
            rincian: [
                "Templat KAK, studi kelayakan, surat penawaran, KB, PKS, NK dan RK, adendum, berita acara.",
                "Pemeriksa unsur yang diwajibkan peraturan, versi dengan perbandingan kata, dan komentar mitra.",
                "Unduhan DOCX (A4/F4), tampilan cetak dan PDF; berbagi rancangan dengan peninjau mitra.",
            ],
            dasarHukum: "UU 23/2014 Pasal 366 ayat (2); PP 28/2018 Pasal 19 ayat (2)"),
        Info(
            judul: "Siklus Kerja Sama", href: "/kerja-sama",
            ringkas: "Register seluruh kerja sama dan tahapannya dari persiapan sampai berakhir, dengan pengingat.",
            rincian: [
                "Tahapan menurut jenis KSD, termasuk persetujuan DPRD bila diperlukan.",
                "Pencatatan penandatanganan dan pindaian naskah bertanda tangan (SHA-256).",
                "Pengingat 90, 60, 30, 7 dan 0 hari sebelum berakhir; umpan kalender.",
            ],
            dasarHukum: "PP 28/2018 Pasal 6, 9 dan 22"),
        Info(
            judul: "Monev dan Laporan", href: "/monev",
            ringkas: "Evaluasi kerja sama yang berjalan, indeks monev, dan laporan kepada Bupati, DPRD dan Gubernur.",
            rincian: [
                "Periode evaluasi, rubrik, dan indeks 0–100 per kerja sama, OPD, urusan dan mitra.",
                "Dasbor pimpinan dengan peta, dan halaman transparansi publik.",
            ],
            dasarHukum: "UU 23/2014 Pasal 368; PP 28/2018 Pasal 43 dan 44"),
        Info(
            judul: "Panduan", href: "/panduan",
            ringkas: "Panduan setiap tahapan dan formulir dalam bahasa yang mudah, dengan dasar hukum dan daftar periksa.",
            rincian: ["Panduan per tahapan, daftar dokumen per jenis KSD, contoh naskah, dan mode simulasi untuk Bimtek."],
            dasarHukum: "PP 28/2018; Permendagri 22/2020"),
    ]

    /// Capabilities that have their own pages now.
    static let tersedia: Set<String> = ["/pemetaan", "/kerja-sama", "/naskah", "/monev", "/panduan"]

    static func daftarkan(_ app: Application) {
        for info in semua where !tersedia.contains(info.href) {
            let path = PathComponent(stringLiteral: String(info.href.dropFirst()))
            app.rute(.GET, path, akses: .internalPemda, use: halaman(info))
        }
    }

    /// The handler of a capability's overview page.
    static func halaman(_ info: Info) -> @Sendable (Request) async throws -> Response {
        { req in try await req.halaman("kapabilitas", judul: info.judul, info) }
    }
}
