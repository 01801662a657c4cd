import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The handlers of `PanduanPage`.
extension PanduanPage {
    @Sendable static func indeks(_ req: Request) async throws -> Response {
        let q = String(((try? req.query.get(String.self, at: "q")) ?? "").prefix(100))
        let dicari = !q.trimmingCharacters(in: .whitespaces).isEmpty
        let m = IndeksModel(
            q: q, dicari: dicari, hasil: dicari ? Panduan.cari(q).map(ringkas) : [],
            kelompok: Panduan.menurutKelompok().map {
                Kelompok(kode: $0.kelompok.rawValue, nama: $0.nama, uraian: $0.uraian, bagian: $0.bagian.map(ringkas))
            },
            contoh: jenisContoh.map(tautanContoh), adaPDF: CetakPDF.tersedia(req.application))
        return try await req.halaman("panduan/indeks", judul: "Panduan", m)
    }

    @Sendable static func bukuDOCX(_ req: Request) async throws -> Response {
        Unduhan.respons(try buku(req), tipe: Unduhan.docx, nama: "panduan-kerja-sama-daerah.docx")
    }

    @Sendable static func bukuPDF(_ req: Request) async throws -> Response {
        guard let soffice = CetakPDF.jalur(req.application) else {
            throw Tolak(
                .serviceUnavailable,
                "PDF belum dapat dibuat karena LibreOffice belum terpasang di server. Unduh buku panduan dalam format DOCX.")
        }
        do {
            let pdf = try await req.application.cetakPDF.konversi(
                try buku(req), soffice: soffice, folderData: req.application.konfigurasi.dataDir)
            return Unduhan.respons(pdf, tipe: Unduhan.pdf, nama: "panduan-kerja-sama-daerah.pdf")
        } catch let p as AntreanKonversi.Penuh {
            throw CetakPDF.sibuk(p.cobaLagi)
        }
    }

    @Sendable static func contohNaskah(_ req: Request) async throws -> Response {
        let berkas = req.parameters.get("berkas") ?? ""
        guard berkas.hasSuffix(".docx"), let jenis = JenisKerjaSama(rawValue: String(berkas.dropLast(5))), let n = contoh(jenis) else {
            throw Tolak(.notFound, "Contoh naskah untuk jenis itu tidak tersedia.")
        }
        let data = try SusunNaskah.docx(n, opsi: OpsiCetak(tandaAir: req.tandaAirSimulasi ?? "CONTOH"))
        return Unduhan.respons(data, tipe: Unduhan.docx, nama: "contoh-\(jenis.rawValue).docx")
    }

    @Sendable static func bagian(_ req: Request) async throws -> Response {
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
