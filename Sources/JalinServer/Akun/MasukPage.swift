import Fluent
import Foundation
import JalinDomain
import Vapor

/// Login and logout.
enum MasukPage {
    struct Form: Content {
        var username: String?
        var password: String?
        var lanjut: String?
    }

    struct Model: Encodable {
        let username: String
        let lanjut: String
    }

    static let pesanGagal = "Nama pengguna atau kata sandi salah."

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "masuk", akses: .publik, use: halaman)
        app.rute(.POST, "masuk", akses: .publik, use: masuk)
        app.rute(.POST, "keluar", akses: .semuaPengguna, use: keluar)
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        if let p = req.pelaku { return req.redirect(to: p.peran.beranda) }
        let lanjut = (try? req.query.get(String.self, at: "lanjut")) ?? ""
        return try await req.halaman("masuk", judul: "Masuk", Model(username: "", lanjut: tujuanAman(lanjut) ?? ""))
    }

    @Sendable static func keluar(_ req: Request) async throws -> Response {
        if let id = req.pelaku?.sesiID { try await SesiRecord.query(on: req.database).filter(\.$id == id).delete() }
        req.pelaku = nil
        let res = req.redirect(to: "/masuk?pesan=keluar")
        res.cookies[SesiWeb.cookie] = SesiWeb.cookieSesi("", aman: req.application.konfigurasi.cookieAman, hapus: true)
        // Unsent form drafts (static/isian-lokal.js keeps them in localStorage) must not outlive the session
        // on a shared PC: the browser drops this site's storage (honoured over HTTPS and on localhost).
        res.headers.replaceOrAdd(name: "Clear-Site-Data", value: "\"storage\"")
        return res
    }

    /// Only local paths are followed after login (no open redirect). The target is first normalised
    /// as a browser's URL parser does (WHATWG URL): C0 controls and spaces at either end are stripped,
    /// tab, CR and LF are removed everywhere, and a backslash counts as a slash. What remains must be a
    /// path: one "/" not followed by another "/" (`//host` is another site), with no control character.
    /// The normalised path is returned, so the `Location` header holds exactly what the browser opens.
    static func tujuanAman(_ s: String?) -> String? {
        guard let s, s.utf8.count < 1000 else { return nil }
        let ujung: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 }
        var skalar = Substring(s).unicodeScalars.drop(while: ujung)
        while let akhir = skalar.last, ujung(akhir) { skalar = skalar.dropLast() }
        let bersih = String(
            String.UnicodeScalarView(
                skalar.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }.map { $0 == "\\" ? "/" : $0 }))
        guard bersih.hasPrefix("/"), !bersih.hasPrefix("//"), bersih.count < 300,
            !bersih.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
            !bersih.hasPrefix("/masuk"), !bersih.hasPrefix("/keluar")
        else { return nil }
        return bersih
    }

    @Sendable static func masuk(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let nama = (form.username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let sandi = form.password ?? ""
        let lanjut = tujuanAman(form.lanjut) ?? ""
        func gagal(_ pesan: String, status: HTTPStatus) async throws -> Response {
            try await req.halaman(
                "masuk", judul: "Masuk", Model(username: String(nama.prefix(100)), lanjut: lanjut),
                status: status, galat: pesan)
        }
        if nama.isEmpty || sandi.isEmpty {
            return try await gagal("Nama pengguna dan kata sandi wajib diisi.", status: .unprocessableEntity)
        }
        // The attempt is counted before the password is checked: parallel guesses cannot outrun the limit.
        let alamat = req.alamatKlien
        if let sampai = try await PembatasMasuk.pesan(namaPengguna: nama, alamat: alamat, on: req.db, sekarang: req.jam.sekarang) {
            let menit = max(1, Int((sampai.timeIntervalSince(req.jam.sekarang) / 60).rounded(.up)))
            return try await gagal(
                "Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam \(menit) menit.", status: .tooManyRequests)
        }
        let pengguna =
            nama.count <= 100
            ? try await PenggunaRecord.query(on: req.db).filter(\.$namaPengguna == nama).first() : nil
        // Training participants (`sim-…`) have random passwords stored as SHA-256, like API tokens.
        if pengguna == nil, nama.hasPrefix("sim-"), nama.count <= 100,
            let peserta = try await PesertaSimulasiRecord.query(on: req.db).filter(\.$namaPengguna == nama).first()
        {
            _ = try? await req.password.async.verify(String(sandi.prefix(200)), created: req.application.hashSandiSemu)
            if Rahasia.sama(Rahasia.sha256(String(sandi.prefix(200))), peserta.hashSandi) {
                try await PembatasMasuk.berhasil(namaPengguna: nama, alamat: alamat, on: req.db)
                return try await RuangSimulasiPage.masuk(req, peserta: peserta)
            }
        }
        // Verify against a dummy hash when the user is unknown, so timing reveals nothing.
        let hash = pengguna?.hashSandi ?? req.application.hashSandiSemu
        let cocok = (try? await req.password.async.verify(String(sandi.prefix(200)), created: hash)) ?? false
        guard let pengguna, cocok, pengguna.aktif else {
            // The account's counters were taken by `pesan`.
            try await PembatasMasuk.gagal(alamat: alamat, on: req.db, sekarang: req.jam.sekarang)
            return try await gagal(pesanGagal, status: .unauthorized)
        }
        let token = try await req.db.transaction { db in
            try await PembatasMasuk.berhasil(namaPengguna: nama, alamat: alamat, on: db)
            pengguna.masukTerakhir = req.jam.sekarang
            try await pengguna.update(on: db)
            let t = try await SesiWeb.buat(untuk: pengguna, req: req, on: db)
            guard let pemda = try await PemdaRecord.find(pengguna.pemdaID, on: db) else { throw Abort(.internalServerError) }
            try await Audit.catat(
                "masuk", entitas: "pengguna", id: pengguna.id?.uuidString,
                pelaku: try Pelaku(pengguna: pengguna, pemda: pemda, csrf: nil, sesiID: nil, jam: req.jam),
                ip: alamat, on: db)
            return t
        }
        let tujuan =
            pengguna.wajibGantiSandi
            ? WajibGantiSandiMiddleware.halaman
            : lanjut.isEmpty ? pengguna.peran.beranda : lanjut
        let res = req.redirect(to: tujuan)
        res.cookies[SesiWeb.cookie] = SesiWeb.cookieSesi(token, aman: req.application.konfigurasi.cookieAman)
        return res
    }
}

extension Application {
    private struct HashSemuKey: StorageKey { typealias Value = String }

    /// A bcrypt hash of a random password, verified against when the username is unknown.
    var hashSandiSemu: String {
        get { storage[HashSemuKey.self] ?? "" }
        set { storage[HashSemuKey.self] = newValue }
    }
}
