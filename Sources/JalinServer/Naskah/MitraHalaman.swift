import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The partner reviewer's pages: the drafts shared with their partner, each readable, printable and
/// open to comments on its Pasal. Nothing else of the pemda is reachable.
enum MitraHalaman {
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
        let utas: [NaskahHalaman.UtasTampil]
        let pilihanPasal: [PenggunaAdmin.Pilihan]
        let bolehKomentar: Bool
        let galat: [String: String]
        let isianKomentar: String
    }

    static func detail(_ req: Request, _ r: NaskahRecord, galat: KesalahanValidasi? = nil, isian: String = "", status: HTTPStatus = .ok) async throws -> Response {
        let p = try req.pelakuWajib()
        let n = try NaskahAlur.isi(r)
        let m = DetailModel(
            id: r.id!.uuidString, judul: r.judul, jenis: n.jenis.nama, status: r.statusNaskah.nama, versi: r.versiTerkini, pemda: p.pemdaNama,
            blok: TampilanNaskah.blok(SusunNaskah.blok(n)), utas: try await NaskahHalaman.utas(r, pelaku: p, on: req.database),
            pilihanPasal: NaskahHalaman.pilihanPasal(n), bolehKomentar: NaskahAlur.bolehKomentar(r, p), galat: Format.petaGalat(galat),
            isianKomentar: isian)
        return try await req.halaman("naskah/mitra-detail", judul: r.judul, m, status: status,
                                     galat: galat.map { "Komentar belum disimpan: " + $0.daftar.map(\.pesan).joined(separator: " ") })
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "mitra", akses: akses) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let semua = try await NaskahAlur.daftar(p, on: req.database)
            var baris: [Baris] = []
            for r in semua {
                let terbuka = try await p.query(KomentarNaskah.self, on: req.database).filter(\.$naskahID == r.id!).filter(\.$indukID == nil)
                    .filter(\.$selesai == false).count()
                baris.append(Baris(id: r.id!.uuidString, judul: r.judul, jenis: r.jenisDokumen.nama, status: r.statusNaskah.nama, versi: r.versiTerkini,
                                   diubah: Format.waktu(r.diubahPada), utasTerbuka: terbuka))
            }
            let mitra = try await p.mitraID.asyncMap { id in try await p.query(Mitra.self, on: req.database).filter(\.$id == id).first()?.nama } ?? nil
            struct M: Encodable { let naskah: [Baris]; let mitra: String; let pemda: String }
            return try await req.halaman("mitra", judul: "Naskah Dibagikan", M(naskah: baris, mitra: mitra ?? "–", pemda: p.pemdaNama))
        }
        app.rute(.GET, "mitra", "naskah", ":naskah", akses: akses) { req async throws -> Response in
            try await detail(req, try await NaskahAlur.cari(req))
        }
        app.rute(.POST, "mitra", "naskah", ":naskah", "komentar", akses: akses) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            struct F: Content { var pasal: String?; var isi: String?; var induk: String? }
            let f = try req.content.decode(F.self)
            do {
                _ = try await NaskahAlur.komentari(r, pasal: f.pasal, isi: f.isi, induk: f.induk.flatMap(UUID.init(uuidString:)), pelaku: p,
                                                   ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/mitra/naskah/\(r.id!)?pesan=tersimpan#komentar")
            } catch let v as KesalahanValidasi {
                return try await detail(req, r, galat: v, isian: f.isi ?? "", status: .unprocessableEntity)
            }
        }
        app.rute(.GET, "mitra", "naskah", ":naskah", "naskah.docx", akses: akses) { req async throws -> Response in
            let r = try await NaskahAlur.cari(req)
            return Keluaran.berkas(try NaskahKeluaran.docx(req, r), tipe: NaskahKeluaran.tipeDOCX, nama: NaskahKeluaran.namaBerkas(r, "docx"))
        }
        app.rute(.GET, "mitra", "naskah", ":naskah", "cetak", akses: akses) { req async throws -> Response in
            let r = try await NaskahAlur.cari(req)
            return try await NaskahKeluaran.cetak(req, r, kembali: "/mitra/naskah/\(r.id!)", awalan: "/mitra/naskah/\(r.id!)", denganPDF: false)
        }
    }
}
