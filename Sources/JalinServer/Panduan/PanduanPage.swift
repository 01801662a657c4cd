import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// Panduan: guidance for every stage, form and kind, searchable; the booklet (DOCX/PDF) and example
/// documents made by the document engine. Open to everyone logged in (desa operators included).
enum PanduanPage {
    struct Ringkas: Encodable {
        let id: String
        let judul: String
        let ringkas: String
        let kelompok: String
    }

    struct Kelompok: Encodable {
        let kode: String
        let nama: String
        let uraian: String
        let bagian: [Ringkas]
    }

    struct IndeksModel: Encodable {
        let q: String
        let dicari: Bool
        let hasil: [Ringkas]
        let kelompok: [Kelompok]
        let contoh: [Tautan]
        let adaPDF: Bool
    }

    struct Rujukan: Encodable {
        let teks: String
        let tanda: String
        let namaTanda: String
        let peringatan: String?
    }

    struct Tetangga: Encodable {
        let href: String
        let judul: String
    }

    struct BagianModel: Encodable {
        let id: String
        let judul: String
        let kelompok: String
        let kelompokKode: String
        let ringkas: String
        let langkah: [String]
        let daftarPeriksa: [String]
        let berlakuUntuk: [String]
        let dasarHukum: [Rujukan]
        let adaBelumTerverifikasi: Bool
        let tanda: [Panduan.PenjelasanTanda]
        let tautan: [Tautan]
        let contoh: [Tautan]
        let sebelumnya: Tetangga?
        let berikutnya: Tetangga?
        let adaPDF: Bool
    }

    static func ringkas(_ b: Panduan.Bagian) -> Ringkas {
        Ringkas(id: b.id, judul: b.judul, ringkas: b.ringkas, kelompok: b.kelompok.nama)
    }

    // MARK: Example documents

    /// The example document of a kind: its first main document, filled with sample parties.
    static func contoh(_ jenis: JenisKerjaSama) -> Naskah? {
        guard let dokumen = jenis.naskahPokok.first else { return nil }
        let kukar = Pihak(instansi: "Pemerintah Kabupaten Kutai Kartanegara", nama: "……", jabatan: "Bupati Kutai Kartanegara",
                          alamat: "Jalan Wolter Monginsidi Nomor 1, Tenggarong", pemerintah: true)
        let mitra: Pihak
        switch jenis.kelompok {
        case .ksdpk:
            mitra = Pihak(instansi: "PT Contoh Layanan Daerah", nama: "……", jabatan: "Direktur Utama", alamat: "……", pemerintah: false)
        case .desa:
            mitra = jenis == .desaPihakKetiga
                ? Pihak(instansi: "CV Contoh Mitra Desa", nama: "……", jabatan: "Direktur", alamat: "……", pemerintah: false)
                : Pihak(instansi: "Pemerintah Desa Bakungan", nama: "……", jabatan: "Kepala Desa Bakungan", alamat: "……", pemerintah: true)
        case .luarNegeri:
            mitra = Pihak(instansi: "Pemerintah Kota Contoh (luar negeri)", nama: "……", jabatan: "Wali Kota", alamat: "……", pemerintah: true)
        case .sinergi:
            mitra = Pihak(instansi: "Otorita Ibu Kota Nusantara", nama: "……", jabatan: "Kepala Otorita Ibu Kota Nusantara", alamat: "……", pemerintah: true)
        default:
            mitra = Pihak(instansi: "Pemerintah Kabupaten Penajam Paser Utara", nama: "……", jabatan: "Bupati Penajam Paser Utara",
                          alamat: "Jalan Provinsi Km 9, Penajam", pemerintah: true)
        }
        let pihak = jenis == .desaAntarDesa
            ? [Pihak(instansi: "Pemerintah Desa Karya Jaya", nama: "……", jabatan: "Kepala Desa Karya Jaya", alamat: "……", pemerintah: true), mitra]
            : [kukar, mitra]
        let isian = IsianTemplat(jenis: dokumen, jenisKerjaSama: jenis, pihak: pihak, tentang: "Contoh \(jenis.nama)",
                                 tempat: "Tenggarong", jangkaWaktuTahun: 3,
                                 hariKeadaanKahar: AturanKSD.bawaan.pemberitahuanKeadaanKaharHari.nilai, provinsi: "Kalimantan Timur")
        return try? Templat.buat(isian)
    }

    /// Kinds that have an example document.
    static let jenisContoh: [JenisKerjaSama] = JenisKerjaSama.allCases.filter { contoh($0) != nil }

    static func tautanContoh(_ j: JenisKerjaSama) -> Tautan {
        Tautan(href: "/panduan/contoh/\(j.rawValue).docx", label: "Contoh \(j.naskahPokok.first?.nama ?? "naskah") — \(j.nama)")
    }

    /// Whether the caller's role may open an app page linked from the guidance (links to pages of other
    /// roles are left out rather than shown to end in "tidak berwenang").
    static func bolehBuka(_ href: String, _ req: Request) -> Bool {
        let bagian = href.split(separator: "?")[0].split(separator: "/").map(String.init)
        let rute = req.application.routes.all.first { r in
            r.method == .GET && r.path.count == bagian.count && zip(r.path, bagian).allSatisfy { k, b in
                if case .constant(let c) = k { return c == b }
                return false
            }
        }
        guard let rute, let akses = rute.akses else { return true }
        return akses.mengizinkan(req.pelaku?.peran)
    }

    static func buku(_ req: Request) throws -> Data {
        try BukuPanduan.docx(Panduan.semua, judul: "Panduan Kerja Sama Daerah", tandaAir: req.tandaAirSimulasi)
    }

    // MARK: Routes

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "panduan", akses: .semuaPengguna, use: indeks)
        app.rute(.GET, "panduan", "buku.docx", akses: .semuaPengguna, use: bukuDOCX)
        app.rute(.GET, "panduan", "buku.pdf", akses: .semuaPengguna, use: bukuPDF)
        app.rute(.GET, "panduan", "contoh", ":berkas", akses: .semuaPengguna, use: contohNaskah)
        app.rute(.GET, "panduan", ":id", akses: .semuaPengguna, use: bagian)
    }
}
