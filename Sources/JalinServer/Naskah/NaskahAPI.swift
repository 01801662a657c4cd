import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// JSON API of the naskah: drafts, versions, the word diff, comments, the checker, clauses and
/// downloads. A partner reviewer's token reaches only the drafts shared with their partner (others
/// answer 404). The bodies are in `NaskahAPI+JSON`, the OpenAPI description in `NaskahAPI+OpenAPI`,
/// the reads in `NaskahAPI+Query`.
enum NaskahAPI {
    static let semua = Akses.semuaPengguna
    static let penyusun = Akses.peran([.admin, .operator])
    static let pengomentar = Akses.peran([.admin, .tkksd, .operator, .mitra])

    static func daftarkan(_ app: Application) {
        let api = app.grouped("api", "v1").grouped(TokenAPIMiddleware())
        api.rute(.GET, "naskah", akses: semua, api: Operasi.daftar, use: daftar)
        api.rute(.POST, "naskah", akses: penyusun, api: Operasi.buat, use: buat)
        api.rute(.GET, "naskah", ":naskah", akses: semua, api: Operasi.naskah, use: naskah)
        api.rute(.PUT, "naskah", ":naskah", akses: penyusun, api: Operasi.simpan, maksBody: "8mb", use: simpan)
        api.rute(.POST, "naskah", ":naskah", "aksi", akses: penyusun, api: Operasi.aksi, use: aksi)
        api.rute(.POST, "naskah", ":naskah", "kerja-sama", akses: .admin, api: Operasi.kaitkan, use: kaitkan)
        api.rute(.GET, "naskah", ":naskah", "pemeriksaan", akses: .internalPemda, api: Operasi.pemeriksaan, use: pemeriksaan)
        api.rute(.GET, "naskah", ":naskah", "versi", akses: semua, api: Operasi.daftarVersi, use: daftarVersi)
        api.rute(.GET, "naskah", ":naskah", "versi", ":nomor", akses: semua, api: Operasi.versi, use: versi)
        api.rute(.POST, "naskah", ":naskah", "versi", ":nomor", "pulihkan", akses: penyusun, api: Operasi.pulihkan, use: pulihkan)
        api.rute(.GET, "naskah", ":naskah", "diff", akses: semua, api: Operasi.diff, use: diff)
        api.rute(.GET, "naskah", ":naskah", "komentar", akses: semua, api: Operasi.daftarKomentar, use: daftarKomentar)
        api.rute(.POST, "naskah", ":naskah", "komentar", akses: pengomentar, api: Operasi.komentari, use: komentari)
        api.rute(
            .POST, "naskah", ":naskah", "komentar", ":komentar", "status", akses: pengomentar, api: Operasi.statusKomentar,
            use: statusKomentar)
        api.rute(.POST, "naskah", ":naskah", "klausul", akses: penyusun, api: Operasi.sisipkanKlausul, use: sisipkanKlausul)
        api.rute(.POST, "naskah", ":naskah", "pks", akses: penyusun, api: Operasi.pks, use: pks)
        api.rute(.POST, "naskah", ":naskah", "adendum", akses: penyusun, api: Operasi.adendum, use: adendum)
        api.rute(.GET, "naskah", ":naskah", "naskah.docx", akses: semua, api: Operasi.docx, use: NaskahKeluaranPage.unduhDOCX)
        api.rute(.GET, "naskah", ":naskah", "naskah.pdf", akses: .internalPemda, api: Operasi.pdf, use: NaskahKeluaranPage.unduhPDF)
        api.rute(.GET, "naskah", ":naskah", "naskah.md", akses: semua, api: Operasi.markdown, use: markdown)
        api.rute(.GET, "klausul", akses: .internalPemda, api: Operasi.pustaka, use: pustaka)
        api.rute(.PUT, "klausul", ":kode", ":varian", akses: .admin, api: Operasi.ubahKlausul, use: ubahKlausul)
    }

    // MARK: Drafts

    @Sendable static func daftar(_ req: Request) async throws -> [NaskahJSON] {
        try await NaskahAlur.daftar(try req.pelakuWajib(), on: req.database).map(NaskahJSON.init)
    }

    @Sendable static func buat(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let (n, asal) = try await NaskahBaru.bangun(try req.content.decode(NaskahBaru.Isian.self), pelaku: p, on: req.database)
        let r = try await NaskahAlur.buat(n, asal: asal, pelaku: p, ip: req.alamatKlien, on: req.database)
        return try await NaskahJSON(r).encodeResponse(status: .created, for: req)
    }

    @Sendable static func naskah(_ req: Request) async throws -> NaskahJSON {
        try NaskahJSON(try await NaskahAlur.cari(req))
    }

    /// A stale `version` is answered 409 with the newer version, so nothing typed is lost.
    @Sendable static func simpan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        try NaskahAlur.pastikanBolehUbah(r, p)
        let m = try req.content.decode(SimpanMasukan.self)
        do {
            try await NaskahAlur.simpan(
                r, m.isi, versi: m.version, sumber: "simpan", catatan: m.catatan, pelaku: p, ip: req.alamatKlien, on: req.database)
            return try await NaskahJSON(r).encodeResponse(for: req)
        } catch is KonflikVersi {
            let terbaru = try await p.cari(NaskahRecord.self, r.id, on: req.database)
            return try await KonflikJSON(
                error: .init(status: 409, pesan: KonflikVersi().pesan, isian: nil), terbaru: try NaskahJSON(terbaru)
            )
            .encodeResponse(status: .conflict, for: req)
        }
    }

    @Sendable static func aksi(_ req: Request) async throws -> NaskahJSON {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        guard let a = NaskahAlur.Aksi(rawValue: try req.content.decode(AksiMasukan.self).aksi) else {
            throw KesalahanValidasi(
                field: "aksi", pesan: "Aksi tidak dikenal: \(NaskahAlur.Aksi.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        try await NaskahAlur.jalankan(a, r, pelaku: p, ip: req.alamatKlien, on: req.database)
        return try NaskahJSON(r)
    }

    @Sendable static func kaitkan(_ req: Request) async throws -> NaskahJSON {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let f = try req.content.decode(NaskahAlur.IsianKait.self)
        try await NaskahAlur.kaitkan(r, kerjaSama: f.kerjaSama, versi: f.version, pelaku: p, ip: req.alamatKlien, on: req.database)
        return try NaskahJSON(try await p.cari(NaskahRecord.self, r.id, on: req.database))
    }

    @Sendable static func pemeriksaan(_ req: Request) async throws -> PemeriksaanJSON {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let n = try NaskahAlur.isi(r)
        let temuan = try await NaskahAlur.temuan(n, p, on: req.database)
        let halangan = r.statusNaskah == .ditandatangani ? [] : try await NaskahAlur.halanganTandaTangan(r, n, pelaku: p, on: req.database)
        return PemeriksaanJSON(temuan: temuan, kewajiban: JalinNaskah.Kewajiban.daftar(n), halanganTandaTangan: halangan)
    }

    // MARK: Versions

    @Sendable static func daftarVersi(_ req: Request) async throws -> [VersiJSON] {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        return try await NaskahAlur.semuaVersiTerlihat(r, oleh: p, on: req.database).map { VersiJSON($0, oleh: p, isi: nil) }
    }

    @Sendable static func versi(_ req: Request) async throws -> VersiJSON {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        guard let nomor = req.parameters.get("nomor", as: Int.self),
            let v = try await cariVersi(r, nomor: nomor, pelaku: p, on: req.database)
        else {
            throw Abort(.notFound)
        }
        return VersiJSON(v, oleh: p, isi: try NaskahAlur.isi(v))
    }

    @Sendable static func pulihkan(_ req: Request) async throws -> NaskahJSON {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let m = try req.content.decode(PulihkanMasukan.self)
        guard let nomor = req.parameters.get("nomor", as: Int.self) else { throw Abort(.notFound) }
        try await NaskahAlur.pulihkan(r, nomor: nomor, versi: m.version, pelaku: p, ip: req.alamatKlien, on: req.database)
        return try NaskahJSON(r)
    }

    /// The word diff of `dari` and `ke` (by default the current version and the one before it).
    @Sendable static func diff(_ req: Request) async throws -> DiffJSON {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let pertama = NaskahAlur.versiPertama(r, oleh: p)
        let ke = (try? req.query.get(Int.self, at: "ke")) ?? r.versiTerkini
        let dari = (try? req.query.get(Int.self, at: "dari")) ?? max(pertama, ke - 1)
        let v = try await versiDiff(r, dari: dari, ke: ke, pelaku: p, on: req.database)
        guard let a = v.first(where: { $0.nomor == dari }), let b = v.first(where: { $0.nomor == ke }) else {
            throw KesalahanValidasi(field: "dari", pesan: "Versi yang dibandingkan tidak ada (versi \(pertama) sampai \(r.versiTerkini)).")
        }
        let hasil = try await HitungDiff.bandingkan(try NaskahAlur.isi(a), try NaskahAlur.isi(b))
        return DiffJSON(dari: dari, ke: ke, bagian: hasil.bagian)
    }

    // MARK: Comments

    @Sendable static func daftarKomentar(_ req: Request) async throws -> [KomentarJSON] {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        return try await NaskahAlur.komentarTerlihat(r, oleh: p, on: req.database).map(KomentarJSON.init)
    }

    @Sendable static func komentari(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let m = try req.content.decode(KomentarMasukan.self)
        let c = try await NaskahAlur.komentari(
            r, pasal: m.pasal, isi: m.isi, induk: m.induk, pelaku: p, ip: req.alamatKlien, on: req.database)
        return try await KomentarJSON(c).encodeResponse(status: .created, for: req)
    }

    @Sendable static func statusKomentar(_ req: Request) async throws -> KomentarJSON {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let m = try req.content.decode(StatusKomentarMasukan.self)
        return KomentarJSON(
            try await NaskahAlur.statusKomentar(
                r, komentar: req.parameters.get("komentar", as: UUID.self), selesai: m.selesai,
                pelaku: p, ip: req.alamatKlien, on: req.database))
    }

    // MARK: Clauses and derived naskah

    @Sendable static func sisipkanKlausul(_ req: Request) async throws -> NaskahJSON {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let m = try req.content.decode(KlausulMasukan.self)
        _ = try await NaskahAlur.sisipkanKlausul(
            r, kode: m.kode, varian: m.varian, nilai: m.nilai ?? [:], versi: m.version, pelaku: p,
            ip: req.alamatKlien, on: req.database)
        return try NaskahJSON(r)
    }

    @Sendable static func pks(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.buatPKS(dari: try await NaskahAlur.cari(req), pelaku: p, ip: req.alamatKlien, on: req.database)
        return try await NaskahJSON(r).encodeResponse(status: .created, for: req)
    }

    @Sendable static func adendum(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.buatAdendum(atas: try await NaskahAlur.cari(req), pelaku: p, ip: req.alamatKlien, on: req.database)
        return try await NaskahJSON(r).encodeResponse(status: .created, for: req)
    }

    @Sendable static func markdown(_ req: Request) async throws -> Response {
        let r = try await NaskahAlur.cari(req)
        return Unduhan.respons(
            Data(MarkdownNaskah.tulis(try NaskahAlur.isi(r)).utf8), tipe: Unduhan.markdown, nama: NaskahKeluaranPage.namaBerkas(r, "md"))
    }

    @Sendable static func pustaka(_ req: Request) async throws -> PustakaJSON {
        PustakaJSON(klausul: try await NaskahAlur.pustaka(try req.pelakuWajib(), on: req.database).klausul)
    }

    /// PUT /klausul/:kode/:varian (admin): the variant's fields replaced; its code and version stay.
    @Sendable static func ubahKlausul(_ req: Request) async throws -> VarianJSON {
        let p = try req.pelakuWajib()
        let kode = req.parameters.get("kode") ?? ""
        let varian = req.parameters.get("varian") ?? ""
        guard var v = try await NaskahAlur.pustaka(p, on: req.database).cari(kode, varian: varian) else { throw Abort(.notFound) }
        let masuk = try req.content.decode(VarianJSON.self).varian
        v.nama = masuk.nama
        v.dasarHukum = masuk.dasarHukum
        v.status = masuk.status
        v.berlaku = masuk.berlaku
        v.isi = masuk.isi
        v.parameter = masuk.parameter
        return VarianJSON(varian: try await NaskahAlur.simpanVarian(v, klausul: kode, pelaku: p, ip: req.alamatKlien, on: req.database))
    }
}
