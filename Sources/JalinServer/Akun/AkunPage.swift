import Fluent
import Foundation
import JalinDomain
import Vapor

/// The user's own account: password change and personal API tokens.
enum AkunPage {
    struct TokenBaris: Encodable {
        let id: String
        let nama: String
        let prefiks: String
        let dibuat: String
        let dipakai: String
        let kedaluwarsa: String
        let status: String
        let aktif: Bool
    }

    struct Model: Encodable {
        let namaPengguna: String
        let namaLengkap: String
        let peran: String
        let token: [TokenBaris]
        let tokenBaru: String?
        let galatSandi: [String: String]
        let galatToken: [String: String]
        let namaToken: String
        let alamatKalender: String?
        let internalPemda: Bool
        /// What a password change did to the tokens and the calendar feed (`PencabutanAkses`).
        let pesanAkses: String?
        let cabutAkses: Bool
        /// One checkbox per kind of notification: ticked when it also comes by e-mail.
        var surel: [Pilihan] = []
        var adaEmail = false
    }

    /// The account page of a user whose password someone else set: the password form alone, until they change it.
    struct SandiModel: Encodable {
        let wajib: Bool
        let galatSandi: [String: String]
        let cabutAkses: Bool
    }

    struct FormSandi: Content {
        var sandi_lama: String?
        var sandi_baru: String?
        var sandi_ulang: String?
        /// "1" (the checkbox, ticked by default): revoke the API tokens and the calendar feed too.
        var cabut_akses: String?
    }

    struct FormToken: Content {
        var nama: String?
        var masa_berlaku: Int?
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "akun", akses: .semuaPengguna, use: halaman)
        app.rute(.POST, "akun", "sandi", akses: .semuaPengguna, use: ubahSandi)
        app.rute(.POST, "akun", "token", akses: .semuaPengguna, use: buatToken)
        app.rute(.POST, "akun", "token", ":id", "cabut", akses: .semuaPengguna, use: cabutToken)
        app.rute(.POST, "akun", "surel", akses: .semuaPengguna, use: simpanSurel)
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        // A password someone else set: only the password form until it is changed (`WajibGantiSandiMiddleware`).
        try req.pelakuWajib().wajibGantiSandi ? try await halamanSandi(req) : try await tampil(req)
    }

    /// POST /akun/surel: the kinds of notification that also come by e-mail (the others stay in the app).
    @Sendable static func simpanSurel(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        struct F: Content { var jenis: [String]? }
        let hidup = Set((try? req.content.decode(F.self).jenis) ?? [])
        let u = try await p.cari(PenggunaRecord.self, p.penggunaID, on: req.database)
        u.surelNonaktif = JenisKabar.allCases.map(\.rawValue).filter { !hidup.contains($0) }.joined(separator: ",")
        try await u.update(on: req.database)
        return req.redirect(to: "/akun?pesan=tersimpan#surel")
    }

    @Sendable static func cabutToken(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let token = try await p.cari(TokenAPIRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        guard token.penggunaID == p.penggunaID else { throw Abort(.notFound) }
        try await req.database.transaction { db in
            token.dicabut = true
            try await token.update(on: db)
            try await Audit.catat("token.cabut", entitas: "token_api", id: token.id?.uuidString, pelaku: p, ip: req.alamatKlien, on: db)
        }
        return req.redirect(to: "/akun?pesan=token-dicabut")
    }

    static func tampil(
        _ req: Request, tokenBaru: String? = nil, galatSandi: KesalahanValidasi? = nil, galatToken: KesalahanValidasi? = nil,
        namaToken: String = "", alamatKalender: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        let rows = try await p.query(TokenAPIRecord.self, on: req.database).filter(\.$penggunaID == p.penggunaID)
            .sort(\.$dibuatPada, .descending).all()
        let now = req.jam.sekarang
        let baris = rows.map { t in
            let habis = t.kedaluwarsa.map { $0 < now } ?? false
            return TokenBaris(
                id: t.id?.uuidString ?? "", nama: t.nama, prefiks: t.prefiks, dibuat: Format.waktu(t.dibuatPada),
                dipakai: Format.waktu(t.dipakaiPada), kedaluwarsa: t.kedaluwarsa.map { Format.waktu($0) } ?? "tidak ada",
                status: t.dicabut ? "dicabut" : (habis ? "kedaluwarsa" : "aktif"), aktif: !t.dicabut && !habis)
        }
        let galat = galatSandi ?? galatToken
        let u = try await PenggunaRecord.find(p.penggunaID, on: req.database)
        let mati = Set((u?.surelNonaktif ?? "").split(separator: ",").map(String.init))
        var m = Model(
            namaPengguna: p.namaPengguna, namaLengkap: p.namaLengkap, peran: p.peran.nama, token: baris,
            tokenBaru: tokenBaru, galatSandi: Format.petaGalat(galatSandi), galatToken: Format.petaGalat(galatToken),
            namaToken: namaToken, alamatKalender: alamatKalender, internalPemda: p.peran.internalPemda,
            pesanAkses: PencabutanAkses.pesan(req), cabutAkses: true)
        m.surel = JenisKabar.allCases.map { Pilihan(nilai: $0.rawValue, label: $0.nama, dipilih: !mati.contains($0.rawValue)) }
        m.adaEmail = u?.email?.isEmpty == false
        return try await req.halaman(
            "akun", judul: "Akun Saya", m, status: status, galat: galat.map { _ in "Periksa kembali isian yang ditandai." })
    }

    static func halamanSandi(
        _ req: Request, galat: KesalahanValidasi? = nil, cabutAkses: Bool = true,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        return try await req.halaman(
            "akun-sandi", judul: "Ganti Kata Sandi",
            SandiModel(wajib: p.wajibGantiSandi, galatSandi: Format.petaGalat(galat), cabutAkses: cabutAkses),
            status: status, galat: galat.map { _ in "Periksa kembali isian yang ditandai." })
    }

    /// The user's own password change. Other sessions end; the API tokens and the calendar feed are
    /// revoked too unless the user unticks the box. It is ticked by default: a password is usually
    /// changed because it may have leaked, and whoever used it may have made a token or a feed
    /// address, which would outlive the new password. Re-creating a token is cheap, and the page
    /// says what was revoked.
    @Sendable static func ubahSandi(req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let f = try req.content.decode(FormSandi.self)
        let pengguna = try await p.cari(PenggunaRecord.self, p.penggunaID, on: req.database)
        var v = Pemeriksa()
        let lamaCocok =
            (try? await req.password.async.verify(String((f.sandi_lama ?? "").prefix(200)), created: pengguna.hashSandi)) ?? false
        if !lamaCocok { v.tambah("sandi_lama", "Kata sandi lama tidak cocok.") }
        let baru = f.sandi_baru ?? ""
        do throws(KesalahanValidasi) { try KebijakanKataSandi.periksa(baru, namaPengguna: p.namaPengguna, field: "sandi_baru") } catch {
            error.daftar.forEach { v.tambah($0.field, $0.pesan) }
        }
        if baru != (f.sandi_ulang ?? "") { v.tambah("sandi_ulang", "Ulangan kata sandi baru tidak sama.") }
        if lamaCocok && baru == (f.sandi_lama ?? "") { v.tambah("sandi_baru", "Kata sandi baru harus berbeda dari yang lama.") }
        let cabut = Kotak.dicentang(f.cabut_akses)
        if !v.kesalahan.isEmpty {
            let galat = KesalahanValidasi(v.kesalahan)
            if p.wajibGantiSandi { return try await halamanSandi(req, galat: galat, cabutAkses: cabut, status: .unprocessableEntity) }
            return try await tampil(req, galatSandi: galat, status: .unprocessableEntity)
        }
        let hash = try await req.password.async.hash(baru)
        let akses = try await req.database.transaction { db in
            pengguna.hashSandi = hash
            pengguna.wajibGantiSandi = false
            pengguna.version += 1
            try await pengguna.update(on: db)
            // Every other session of this user ends; this one stays.
            try await SesiRecord.query(on: db).filter(\.$penggunaID == p.penggunaID).filter(\.$id != p.sesiID ?? UUID()).delete()
            let akses =
                cabut
                ? try await PencabutanAkses.cabut(penggunaID: p.penggunaID, sekarang: p.jam.sekarang, on: db)
                : try await PencabutanAkses.tersisa(penggunaID: p.penggunaID, sekarang: p.jam.sekarang, on: db)
            let catatan: [String: String]? =
                cabut
                ? ["token_dicabut": "\(akses.token)", "kalender_dicabut": akses.kalender ? "ya" : "tidak"] : nil
            try await Audit.catat(
                "pengguna.ubah_sandi", entitas: "pengguna", id: p.penggunaID.uuidString, sesudah: catatan,
                pelaku: p, ip: req.alamatKlien, on: db)
            return akses
        }
        return req.redirect(to: "/akun?pesan=sandi-diubah" + PencabutanAkses.query(akses, dicabut: cabut))
    }

    @Sendable static func buatToken(req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let f = try req.content.decode(FormToken.self)
        var v = Pemeriksa()
        let nama = Teks.bersihkan(f.nama, field: "nama", label: "Nama token", wajib: true, maks: 100, ke: &v)
        let hari = f.masa_berlaku ?? 90
        if hari < 0 || hari > 3650 { v.tambah("masa_berlaku", "Masa berlaku antara 0 (tanpa batas) dan 3650 hari.") }
        if !v.kesalahan.isEmpty {
            return try await tampil(
                req, galatToken: KesalahanValidasi(v.kesalahan), namaToken: String((f.nama ?? "").prefix(100)),
                status: .unprocessableEntity)
        }
        let rahasia = "jalin_" + Rahasia.acak()
        let token = TokenAPIRecord(
            pemdaID: p.pemdaID, penggunaID: p.penggunaID, nama: nama ?? "", tokenHash: Rahasia.sha256(rahasia),
            prefiks: String(rahasia.prefix(12)), kedaluwarsa: hari == 0 ? nil : req.jam.sekarang.addingTimeInterval(Double(hari) * 86400))
        try await req.database.transaction { db in
            try await token.create(on: db)
            try await Audit.catat(
                "token.buat", entitas: "token_api", id: token.id?.uuidString,
                sesudah: ["nama": token.nama, "prefiks": token.prefiks], pelaku: p, ip: req.alamatKlien, on: db)
        }
        return try await tampil(req, tokenBaru: rahasia)
    }
}
