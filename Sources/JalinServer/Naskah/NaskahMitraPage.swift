import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The partner reviewer's pages: the drafts shared with their partner, each readable, printable and
/// open to comments on its Pasal. Nothing else of the pemda is reachable.
enum NaskahMitraPage {
    static let akses = Akses.peran([.mitra])

    struct Baris: Encodable {
        let id: String
        let judul: String
        let jenis: String
        let status: String
        let versi: Int
        let diubah: String
        let utasTerbuka: Int
    }

    struct DetailModel: Encodable {
        let id: String
        let judul: String
        let jenis: String
        let status: String
        let versi: Int
        let pemda: String
        let blok: [BlokTampil]
        let utas: [NaskahPage.UtasTampil]
        let pilihanPasal: [Pilihan]
        let bolehKomentar: Bool
        let galat: [String: String]
        let isianKomentar: String
        /// The partner's acceptance: of which version and by whom; and whether it can accept this version.
        var diterima: String? = nil
        var bolehTerima = false
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "mitra", akses: akses, use: daftar)
        app.rute(.GET, "mitra", "naskah", ":naskah", akses: akses, use: detail)
        app.rute(.POST, "mitra", "naskah", ":naskah", "komentar", akses: akses, use: komentari)
        app.rute(.POST, "mitra", "naskah", ":naskah", "terima", akses: akses, use: terima)
        app.rute(.GET, "mitra", "naskah", ":naskah", "naskah.docx", akses: akses, use: NaskahKeluaranPage.unduhDOCX)
        app.rute(.GET, "mitra", "naskah", ":naskah", "cetak", akses: akses, use: cetak)
    }

    /// GET /mitra: the drafts shared with the reviewer's partner, with their open threads.
    @Sendable static func daftar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let semua = try await NaskahAlur.daftar(p, on: req.database)
        var baris: [Baris] = []
        for r in semua {
            let terbuka = try await p.query(KomentarNaskahRecord.self, on: req.database).filter(\.$naskahID == r.id!).filter(
                \.$indukID == nil
            )
            .filter(\.$selesai == false).count()
            baris.append(
                Baris(
                    id: r.id!.uuidString, judul: r.judul, jenis: r.jenisDokumen.nama, status: r.statusNaskah.nama, versi: r.versiTerkini,
                    diubah: Format.waktu(r.diubahPada), utasTerbuka: terbuka))
        }
        let mitra =
            try await p.mitraID.asyncMap { id in try await p.query(MitraRecord.self, on: req.database).filter(\.$id == id).first()?.nama }
            ?? nil
        struct M: Encodable {
            let naskah: [Baris]
            let mitra: String
            let pemda: String
        }
        return try await req.halaman("mitra", judul: "Naskah Dibagikan", M(naskah: baris, mitra: mitra ?? "–", pemda: p.pemdaNama))
    }

    /// GET /mitra/naskah/:naskah: a shared draft with its comments.
    @Sendable static func detail(_ req: Request) async throws -> Response {
        try await halamanDetail(req, try await NaskahAlur.cari(req))
    }

    /// POST /mitra/naskah/:naskah/komentar: a comment on a Pasal, or a reply.
    @Sendable static func komentari(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let f = try req.content.decode(NaskahPage.FormKomentar.self)
        do {
            _ = try await NaskahAlur.komentari(
                r, pasal: f.pasal, isi: f.isi, induk: f.induk.flatMap(UUID.init(uuidString:)), pelaku: p,
                ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/mitra/naskah/\(r.id!)?pesan=tersimpan#komentar")
        } catch let v as KesalahanValidasi {
            return try await halamanDetail(req, r, galat: v, isian: f.isi ?? "", status: .unprocessableEntity)
        }
    }

    /// POST /mitra/naskah/:naskah/terima: the partner accepts the version it read.
    @Sendable static func terima(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        struct F: Content { var versi: Int? }
        do {
            try await NaskahAlur.terima(
                r, versi: try req.content.decode(F.self).versi, surat: nil, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/mitra/naskah/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await halamanDetail(
                req, try await p.cari(NaskahRecord.self, r.id, on: req.database), galat: v, status: .unprocessableEntity)
        }
    }

    /// GET /mitra/naskah/:naskah/cetak: the printable page (no PDF for a partner).
    @Sendable static func cetak(_ req: Request) async throws -> Response {
        let r = try await NaskahAlur.cari(req)
        return try await NaskahKeluaranPage.cetak(
            req, r, kembali: "/mitra/naskah/\(r.id!)", awalan: "/mitra/naskah/\(r.id!)", denganPDF: false)
    }

    static func halamanDetail(
        _ req: Request, _ r: NaskahRecord, galat: KesalahanValidasi? = nil, isian: String = "",
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        let n = try NaskahAlur.isi(r)
        let komentar = try await NaskahAlur.komentarTerlihat(r, oleh: p, on: req.database)
        var m = DetailModel(
            id: r.id!.uuidString, judul: r.judul, jenis: n.jenis.nama, status: r.statusNaskah.nama, versi: r.versiTerkini,
            pemda: p.pemdaNama,
            blok: TampilanNaskah.blok(SusunNaskah.blok(n)), utas: NaskahPage.utas(komentar, n, pelaku: p),
            pilihanPasal: NaskahPage.pilihanPasal(n), bolehKomentar: NaskahAlur.bolehKomentar(r, p), galat: Format.petaGalat(galat),
            isianKomentar: isian)
        m.diterima = NaskahPage.teksDiterima(r)
        m.bolehTerima = r.statusNaskah != .ditandatangani && r.diterimaVersi != r.versiTerkini
        return try await req.halaman(
            "naskah/mitra-detail", judul: r.judul, m, status: status,
            galat: galat.map { $0.daftar.map(\.pesan).joined(separator: " ") })
    }
}
