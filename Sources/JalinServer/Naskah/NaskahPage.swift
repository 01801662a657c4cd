import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The naskah pages: list, guided start, the draft with the checker, comments and versions, the
/// editor, the word diff and clause insertion. Each page is split into its reads
/// (`NaskahPage+Query`), the plain values its template shows (`NaskahPage+Model`) and its
/// rendering (`NaskahPage+View`); the handlers here parse the request, call the flow or the
/// reads, build the model and render it. The clause library and the checker's rules are
/// `NaskahPustakaPage`; downloads `NaskahKeluaranPage`.
enum NaskahPage {
    static let penyusun = Akses.peran([.admin, .operator])
    static let peninjau = Akses.peran([.admin, .tkksd, .operator])

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "naskah", akses: .internalPemda, use: daftar)
        app.rute(.GET, "naskah", "baru", akses: penyusun, use: baru)
        app.rute(.POST, "naskah", "baru", akses: penyusun, use: buat)
        app.rute(.GET, "naskah", ":naskah", akses: .internalPemda, use: detail)
        app.rute(.GET, "naskah", ":naskah", "ubah", akses: penyusun, use: ubah)
        app.rute(.POST, "naskah", ":naskah", "ubah", akses: penyusun, maksBody: "8mb", use: simpan)
        app.rute(.POST, "naskah", ":naskah", "aksi", akses: penyusun, use: aksi)
        app.rute(.POST, "naskah", ":naskah", "kerja-sama", akses: .admin, use: kaitkan)
        app.rute(.POST, "naskah", ":naskah", "diterima", akses: .admin, use: catatDiterima)
        app.rute(.POST, "naskah", ":naskah", "komentar", akses: peninjau, use: komentari)
        app.rute(.POST, "naskah", ":naskah", "komentar", ":komentar", "status", akses: peninjau, use: statusKomentar)
        app.rute(.POST, "naskah", ":naskah", "versi", ":nomor", "pulihkan", akses: penyusun, use: pulihkan)
        app.rute(.GET, "naskah", ":naskah", "diff", akses: .internalPemda, use: diff)
        app.rute(.POST, "naskah", ":naskah", "pks", akses: penyusun, use: pks)
        app.rute(.POST, "naskah", ":naskah", "adendum", akses: penyusun, use: adendum)
        app.rute(.GET, "naskah", ":naskah", "klausul", akses: penyusun, use: pilihKlausul)
        app.rute(.POST, "naskah", ":naskah", "klausul", akses: penyusun, use: sisipkanKlausul)
    }

    /// The comment form (the pages and the partner reviewer's page).
    struct FormKomentar: Content {
        var pasal: String?
        var isi: String?
        var induk: String?
    }

    struct FormVersion: Content { var version: String? }
    struct FormAksi: Content { var aksi: String? }
    struct FormStatusKomentar: Content { var selesai: String? }

    // MARK: List and start

    /// GET /naskah
    @Sendable static func daftar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let d = try await bacaDaftar(p, setelah: try req.kursorID("setelah"), sebelum: try req.kursorID("sebelum"), req: req)
        let nomor = req.nomorHalaman(d.halaman)
        return try await tampilDaftar(
            req, DaftarModel(d, pelaku: p, nomor: nomor, tautan: d.halaman.tautanID(jalur: "/naskah", nomor: nomor)))
    }

    /// GET /naskah/baru: the guided form, pre-filled from the submission and partner in the query.
    @Sendable static func baru(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let jenis = (try? req.query.get(String.self, at: "jenis")).flatMap(JenisDokumen.init(rawValue:)) ?? .kesepakatanBersama
        let isian = try await NaskahBaru.isianAwal(
            jenis: jenis, usulanID: try? req.query.get(String.self, at: "usulan"),
            mitraID: try? req.query.get(String.self, at: "mitra"), kerjaSamaID: try? req.query.get(String.self, at: "kerjaSama"),
            pelaku: p, on: req.database)
        return try await formBaru(req, isian)
    }

    /// POST /naskah/baru
    @Sendable static func buat(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let f = try req.content.decode(NaskahBaru.Isian.self)
        do {
            let (n, asal) = try await NaskahBaru.bangun(f, pelaku: p, on: req.database)
            let r = try await NaskahAlur.buat(n, asal: asal, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await formBaru(req, f, galat: v, status: .unprocessableEntity)
        }
    }

    static func formBaru(
        _ req: Request, _ isian: NaskahBaru.Isian, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let d = try await bacaFormBaru(isian, pelaku: try req.pelakuWajib(), on: req.database)
        return try await tampilFormBaru(req, FormBaruModel(isian, d, galat: galat), galat: galat, status: status)
    }

    // MARK: The draft

    /// GET /naskah/:naskah
    @Sendable static func detail(_ req: Request) async throws -> Response {
        try await halamanDetail(req, try await NaskahAlur.cari(req))
    }

    /// The draft with the checker's findings, versions and comments; `galat` when an action on it was refused.
    static func halamanDetail(
        _ req: Request, _ r: NaskahRecord, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        let n = try NaskahAlur.isi(r)
        let d = try await bacaDetail(r, n, pelaku: p, on: req.database)
        let m = detailModel(r, n, d, pelaku: p, pdfTersedia: CetakPDF.tersedia(req.application), galat: galat)
        return try await tampilDetail(req, r, m, galat: galat, status: status)
    }

    /// The draft as stored now, after a refusal (another request may have changed it).
    static func halamanDetailTerbaru(
        _ req: Request, _ r: NaskahRecord, galat: KesalahanValidasi, status: HTTPStatus
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        return try await halamanDetail(req, try await p.cari(NaskahRecord.self, r.id, on: req.database), galat: galat, status: status)
    }

    /// POST /naskah/:naskah/aksi: submit, return to draft, share, stop sharing, record the signing.
    @Sendable static func aksi(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        do {
            guard let a = NaskahAlur.Aksi(rawValue: try req.content.decode(FormAksi.self).aksi ?? "") else {
                throw KesalahanValidasi(field: "aksi", pesan: "Aksi tidak dikenal.")
            }
            if a == .tandatangani {
                // Signing opens the record's signing form, pre-filled from this naskah.
                let ks = try await NaskahAlur.siapDitandatangani(r, pelaku: p, on: req.database)
                return req.redirect(to: "/kerja-sama/\(ks.id!)?naskah=\(r.id!)#catat-ttd")
            }
            try await NaskahAlur.jalankan(a, r, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await halamanDetailTerbaru(req, r, galat: v, status: .unprocessableEntity)
        }
    }

    /// POST /naskah/:naskah/komentar: a comment on a Pasal, or a reply.
    @Sendable static func komentari(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let f = try req.content.decode(FormKomentar.self)
        do {
            _ = try await NaskahAlur.komentari(
                r, pasal: f.pasal, isi: f.isi, induk: f.induk.flatMap(UUID.init(uuidString:)), pelaku: p,
                ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan#komentar")
        } catch let v as KesalahanValidasi {
            return try await halamanDetail(req, r, galat: v, status: .unprocessableEntity)
        }
    }

    /// POST /naskah/:naskah/komentar/:komentar/status: resolve or reopen a thread.
    @Sendable static func statusKomentar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let f = try req.content.decode(FormStatusKomentar.self)
        do {
            _ = try await NaskahAlur.statusKomentar(
                r, komentar: req.parameters.get("komentar", as: UUID.self), selesai: f.selesai == "1",
                pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan#komentar")
        } catch let v as KesalahanValidasi {
            return try await halamanDetail(req, r, galat: v, status: .unprocessableEntity)
        }
    }

    /// POST /naskah/:naskah/versi/:nomor/pulihkan: an old version restored as a new one.
    @Sendable static func pulihkan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let f = try req.content.decode(FormVersion.self)
        do {
            guard let nomor = req.parameters.get("nomor", as: Int.self) else { throw Abort(.notFound) }
            try await NaskahAlur.pulihkan(
                r, nomor: nomor, versi: Int(f.version ?? "") ?? -1, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await halamanDetail(req, r, galat: v, status: .unprocessableEntity)
        } catch is KonflikVersi {
            return try await halamanDetailTerbaru(
                req, r, galat: KesalahanValidasi(field: "version", pesan: KonflikVersi().pesan), status: .conflict)
        }
    }

    /// POST /naskah/:naskah/pks: a PKS drafted from this KB.
    @Sendable static func pks(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let kb = try await NaskahAlur.cari(req)
        do {
            let r = try await NaskahAlur.buatPKS(dari: kb, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await halamanDetail(req, kb, galat: v, status: .unprocessableEntity)
        }
    }

    /// POST /naskah/:naskah/adendum: an adendum to this signed naskah.
    @Sendable static func adendum(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let asal = try await NaskahAlur.cari(req)
        do {
            let r = try await NaskahAlur.buatAdendum(atas: asal, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await halamanDetail(req, asal, galat: v, status: .unprocessableEntity)
        }
    }

    // MARK: The editor

    /// GET /naskah/:naskah/ubah
    @Sendable static func ubah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        try NaskahAlur.pastikanBolehUbah(r, p)
        return try await tampilUbah(req, r, NaskahForm.model(r, try NaskahAlur.isi(r), version: r.version))
    }

    /// POST /naskah/:naskah/ubah: saves a new version; a refusal shows the form again as typed
    /// (with the newer version beside it after a conflict).
    @Sendable static func simpan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        try NaskahAlur.pastikanBolehUbah(r, p)
        let f = try req.content.decode([String: String].self)
        let versi = Int(f["version"] ?? "") ?? -1
        let (n, tanggal, galatBaca) = NaskahForm.baca(f, dasar: try NaskahAlur.isi(r))
        func ulang(_ galat: [KesalahanIsian], status: HTTPStatus, konflik: NaskahForm.Konflik? = nil, version: Int) async throws -> Response
        {
            let m = NaskahForm.model(
                r, n, version: version, catatan: f["catatan"] ?? "", tanggalMentah: tanggal, galat: galat, konflik: konflik)
            return try await tampilUbah(req, r, m, galat: galat, konflik: konflik != nil, status: status)
        }
        if !galatBaca.isEmpty { return try await ulang(galatBaca, status: .unprocessableEntity, version: versi) }
        do {
            try await NaskahAlur.simpan(
                r, n, versi: versi, sumber: "simpan", catatan: f["catatan"], pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await ulang(v.daftar, status: .unprocessableEntity, version: versi)
        } catch is KonflikVersi {
            let (terbaru, oleh) = try await bacaKonflik(r, pelaku: p, on: req.database)
            return try await ulang(
                [], status: .conflict, konflik: konflikTampil(terbaru, try NaskahAlur.isi(terbaru), oleh: oleh), version: terbaru.version)
        }
    }

    // MARK: Diff

    /// GET /naskah/:naskah/diff?dari=&ke=&semua=1: the word diff of two versions the caller may read.
    @Sendable static func diff(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let versi = try await NaskahAlur.semuaVersiTerlihat(r, oleh: p, on: req.database)
        let nomor = versi.map(\.nomor)
        let ke = (try? req.query.get(Int.self, at: "ke")) ?? r.versiTerkini
        let dari = (try? req.query.get(Int.self, at: "dari")) ?? max(NaskahAlur.versiPertama(r, oleh: p), ke - 1)
        guard let a = versi.first(where: { $0.nomor == dari }), let b = versi.first(where: { $0.nomor == ke }) else {
            throw KesalahanValidasi(
                field: "dari",
                pesan: "Versi yang dibandingkan tidak ada; versi yang tersedia: \(nomor.map(String.init).joined(separator: ", ")).")
        }
        let h = try await HitungDiff.bandingkan(try NaskahAlur.isi(a), try NaskahAlur.isi(b))
        let semua = (try? req.query.get(String.self, at: "semua")) == "1"
        return try await tampilDiff(req, diffModel(r, dari: dari, ke: ke, pilihan: nomor, h, semua: semua))
    }

    // MARK: Clause insertion

    /// GET /naskah/:naskah/klausul: choose a clause of the library and its values.
    @Sendable static func pilihKlausul(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        try NaskahAlur.pastikanBolehUbah(r, p)
        return try await halamanSisip(req, r)
    }

    /// POST /naskah/:naskah/klausul: the clause inserted as a new Pasal.
    @Sendable static func sisipkanKlausul(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let f = try req.content.decode([String: String].self)
        do {
            var nilai: [String: String] = [:]
            for (k, v) in f where k.hasPrefix("nilai.") { nilai[String(k.dropFirst("nilai.".count))] = v }
            _ = try await NaskahAlur.sisipkanKlausul(
                r, kode: f["kode"] ?? "", varian: f["varian"].flatMap { $0.isEmpty ? nil : $0 }, nilai: nilai,
                versi: Int(f["version"] ?? "") ?? -1, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await halamanSisip(req, r, isian: f, galat: v, status: .unprocessableEntity)
        } catch is KonflikVersi {
            return try await halamanSisip(
                req, try await p.cari(NaskahRecord.self, r.id, on: req.database), isian: f,
                galat: KesalahanValidasi(field: "version", pesan: KonflikVersi().pesan), status: .conflict)
        }
    }

    static func halamanSisip(
        _ req: Request, _ r: NaskahRecord, isian: [String: String] = [:], galat: KesalahanValidasi? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let lib = try await NaskahAlur.pustaka(try req.pelakuWajib(), on: req.database)
        return try await tampilSisip(
            req, sisipModel(r, try NaskahAlur.isi(r), lib, isian: isian, galat: galat), galat: galat, status: status)
    }
}
