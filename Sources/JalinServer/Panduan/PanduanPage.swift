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
        app.rute(.GET, "panduan", akses: .semuaPengguna) { req async throws -> Response in
            let q = String(((try? req.query.get(String.self, at: "q")) ?? "").prefix(100))
            let dicari = !q.trimmingCharacters(in: .whitespaces).isEmpty
            let m = IndeksModel(
                q: q, dicari: dicari, hasil: dicari ? Panduan.cari(q).map(ringkas) : [],
                kelompok: Panduan.menurutKelompok().map { Kelompok(kode: $0.kelompok.rawValue, nama: $0.nama, uraian: $0.uraian, bagian: $0.bagian.map(ringkas)) },
                contoh: jenisContoh.map(tautanContoh), adaPDF: CetakPDF.tersedia(req.application))
            return try await req.halaman("panduan/indeks", judul: "Panduan", m)
        }
        app.rute(.GET, "panduan", "buku.docx", akses: .semuaPengguna) { req async throws -> Response in
            Keluaran.berkas(try buku(req), tipe: NaskahKeluaran.tipeDOCX, nama: "panduan-kerja-sama-daerah.docx")
        }
        app.rute(.GET, "panduan", "buku.pdf", akses: .semuaPengguna) { req async throws -> Response in
            guard let soffice = CetakPDF.jalur(req.application) else {
                throw Tolak(.serviceUnavailable, "PDF belum dapat dibuat karena LibreOffice belum terpasang di server. Unduh buku panduan dalam format DOCX.")
            }
            do {
                let pdf = try await req.application.cetakPDF.konversi(try buku(req), soffice: soffice, folderData: req.application.konfigurasi.dataDir)
                return Keluaran.berkas(pdf, tipe: "application/pdf", nama: "panduan-kerja-sama-daerah.pdf")
            } catch let p as AntreanKonversi.Penuh {
                throw CetakPDF.sibuk(p.cobaLagi)
            }
        }
        app.rute(.GET, "panduan", "contoh", ":berkas", akses: .semuaPengguna) { req async throws -> Response in
            let berkas = req.parameters.get("berkas") ?? ""
            guard berkas.hasSuffix(".docx"), let jenis = JenisKerjaSama(rawValue: String(berkas.dropLast(5))), let n = contoh(jenis) else {
                throw Tolak(.notFound, "Contoh naskah untuk jenis itu tidak tersedia.")
            }
            let data = try SusunNaskah.docx(n, opsi: OpsiCetak(tandaAir: req.tandaAirSimulasi ?? "CONTOH"))
            return Keluaran.berkas(data, tipe: NaskahKeluaran.tipeDOCX, nama: "contoh-\(jenis.rawValue).docx")
        }
        app.rute(.GET, "panduan", ":id", akses: .semuaPengguna) { req async throws -> Response in
            guard let id = req.parameters.get("id"), let b = Panduan.bagian(id: id) else {
                throw Tolak(.notFound, "Bagian panduan itu tidak ditemukan.")
            }
            let semua = Panduan.semua
            let i = semua.firstIndex { $0.id == b.id }!
            let tahap = Tahap.allCases.first { Panduan.idBagian(tahap: $0) == b.id }
            let jenis = Panduan.jenisKerjaSama(bagianID: b.id)
            let m = BagianModel(
                id: b.id, judul: b.judul, kelompok: b.kelompok.nama, kelompokKode: b.kelompok.rawValue, ringkas: b.ringkas,
                langkah: b.langkah, daftarPeriksa: b.daftarPeriksa,
                berlakuUntuk: b.kelompok == .tahap ? (tahap.map { Panduan.jenisYangMemakai($0).map(\.singkatan) } ?? []) : [],
                dasarHukum: b.dasarHukum.map { Rujukan(teks: $0.teks, tanda: $0.tanda, namaTanda: $0.namaTanda, peringatan: $0.peringatan) },
                adaBelumTerverifikasi: b.adaBelumTerverifikasi, tanda: Panduan.penjelasanTanda,
                tautan: b.tautan.filter { bolehBuka($0, req) }.map { Tautan(href: $0, label: Panduan.namaTautan($0)) },
                contoh: jenis.flatMap { j in jenisContoh.contains(j) ? [tautanContoh(j)] : nil } ?? [],
                sebelumnya: i > 0 ? Tetangga(href: "/panduan/\(semua[i - 1].id)", judul: semua[i - 1].judul) : nil,
                berikutnya: i + 1 < semua.count ? Tetangga(href: "/panduan/\(semua[i + 1].id)", judul: semua[i + 1].judul) : nil,
                adaPDF: CetakPDF.tersedia(req.application))
            return try await req.halaman("panduan/bagian", judul: b.judul, m)
        }
    }
}
