import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The clause library (read by everyone in the pemda, edited by the admin; each edit is a new
/// version) and the checker's rules (the admin switches [S]/[U] rules on and off and rewords them).
enum NaskahPustakaPage {
    struct ParamTampil: Encodable {
        let i: Int
        let kode: String
        let label: String
        let jenis: String
        let minimum: String
        let maksimum: String
        let satuan: String
        let bawaan: String
    }

    struct VarianTampil: Encodable {
        let kode: String
        let nama: String
        let berlaku: String
        let dasarHukum: String
        let status: String
        let versi: Int
        let teks: String
        let parameter: [ParamTampil]
    }

    struct KlausulTampil: Encodable {
        let kode: String
        let judul: String
        let keterangan: String
        let varian: [VarianTampil]
    }

    static func tampil(_ k: Klausul, _ v: VarianKlausul) -> VarianTampil {
        VarianTampil(
            kode: v.kode, nama: v.nama, berlaku: v.berlaku.isEmpty ? "Semua jenis" : v.berlaku.map(\.nama).joined(separator: "; "),
            dasarHukum: v.dasarHukum, status: "[\(v.status.rawValue)] \(v.status.nama)", versi: v.versi, teks: TeksPasal.tulis(v.isi),
            parameter: v.parameter.enumerated().map { i, x in
                ParamTampil(
                    i: i, kode: x.kode, label: x.label, jenis: x.jenis.rawValue, minimum: x.minimum.map(String.init) ?? "",
                    maksimum: x.maksimum.map(String.init) ?? "", satuan: x.satuan ?? "", bawaan: x.bawaan)
            })
    }

    struct FormModel: Encodable {
        let kode: String
        let judul: String
        let varian: VarianTampil
        let kelompok: [Pilihan]
        let statusPilihan: [Pilihan]
        let riwayat: [Medan]
        let galat: [String: String]
    }

    static func form(
        _ req: Request, kode: String, v: VarianKlausul, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        guard let k = try await NaskahAlur.pustaka(p, on: req.database).cari(kode) else { throw Abort(.notFound) }
        let riwayat = try await p.query(KlausulRecord.self, on: req.database).filter(\.$kode == kode).filter(\.$varian == v.kode).sort(
            \.$versi, .descending
        ).all()
        let m = FormModel(
            kode: k.kode, judul: k.judul, varian: tampil(k, v),
            kelompok: KelompokKerjaSama.allCases.filter { $0 != .kemitraanLain }.map {
                .init(nilai: $0.rawValue, label: $0.nama, dipilih: v.berlaku.contains($0))
            },
            statusPilihan: StatusSumber.allCases.map {
                .init(nilai: $0.rawValue, label: "[\($0.rawValue)] \($0.nama)", dipilih: $0 == v.status)
            },
            riwayat: riwayat.map { Medan(label: "Versi \($0.versi)", nilai: "\($0.pengguna), \(Format.waktu($0.waktu))") } + [
                Medan(label: "Versi 1", nilai: "Bawaan Jalin")
            ],
            galat: Format.petaGalat(galat))
        return try await req.halaman(
            "naskah/klausul-form", judul: "Ubah klausul \(k.judul.lowercased())", m, status: status,
            galat: galat.map { "Klausul belum disimpan: " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ") })
    }

    /// Reads the edit form into a variant (the code and the parameter codes stay).
    static func baca(_ f: [String: String], asal: VarianKlausul) -> VarianKlausul {
        var v = asal
        v.nama = (f["nama"] ?? v.nama).trimmingCharacters(in: .whitespacesAndNewlines)
        v.dasarHukum = (f["dasarHukum"] ?? v.dasarHukum).trimmingCharacters(in: .whitespacesAndNewlines)
        v.status = StatusSumber(rawValue: f["status"] ?? "") ?? v.status
        v.berlaku = KelompokKerjaSama.allCases.filter { f["berlaku_\($0.rawValue)"] == "1" }
        if let t = f["teks"] { v.isi = TeksPasal.urai(t) }
        v.parameter = v.parameter.enumerated().map { i, x in
            var x = x
            if let s = f["p\(i)_label"], !s.isEmpty { x.label = s }
            if let s = f["p\(i)_min"] { x.minimum = Int(s.trimmingCharacters(in: .whitespaces)) ?? x.minimum }
            if let s = f["p\(i)_max"] { x.maksimum = Int(s.trimmingCharacters(in: .whitespaces)) ?? x.maksimum }
            if let s = f["p\(i)_bawaan"] { x.bawaan = s.trimmingCharacters(in: .whitespaces) }
            return x
        }
        return v
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "naskah", "klausul", akses: .internalPemda, use: pustaka)
        app.rute(.GET, "naskah", "klausul", ":kode", ":varian", akses: .admin, use: ubahVarian)
        app.rute(.POST, "naskah", "klausul", ":kode", ":varian", akses: .admin, use: simpanVarian)
        app.rute(.GET, "naskah", "aturan", akses: .admin, use: aturan)
        app.rute(.POST, "naskah", "aturan", akses: .admin, use: simpanAturan)
    }

    /// GET /naskah/klausul: the library, every clause with its variants.
    @Sendable static func pustaka(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let lib = try await NaskahAlur.pustaka(p, on: req.database)
        struct M: Encodable {
            let klausul: [KlausulTampil]
            let admin: Bool
        }
        return try await req.halaman(
            "naskah/klausul", judul: "Pustaka Klausul",
            M(
                klausul: lib.klausul.map { k in
                    KlausulTampil(kode: k.kode, judul: k.judul, keterangan: k.keterangan, varian: k.varian.map { tampil(k, $0) })
                },
                admin: p.peran == .admin))
    }

    /// The variant of the route's `:kode` and `:varian`, or 404.
    static func varian(_ req: Request, _ p: Pelaku) async throws -> (kode: String, varian: VarianKlausul) {
        let kode = req.parameters.get("kode") ?? ""
        guard let v = try await NaskahAlur.pustaka(p, on: req.database).cari(kode, varian: req.parameters.get("varian") ?? "") else {
            throw Abort(.notFound)
        }
        return (kode, v)
    }

    /// GET /naskah/klausul/:kode/:varian: the admin's edit form.
    @Sendable static func ubahVarian(_ req: Request) async throws -> Response {
        let (kode, v) = try await varian(req, try req.pelakuWajib())
        return try await form(req, kode: kode, v: v)
    }

    /// POST /naskah/klausul/:kode/:varian: saves the variant as a new version.
    @Sendable static func simpanVarian(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let (kode, asal) = try await varian(req, p)
        let v = baca(try req.content.decode([String: String].self), asal: asal)
        do {
            _ = try await NaskahAlur.simpanVarian(v, klausul: kode, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/klausul?pesan=tersimpan#klausul-\(kode)")
        } catch let e as KesalahanValidasi {
            return try await form(req, kode: kode, v: v, galat: e, status: .unprocessableEntity)
        }
    }

    /// GET /naskah/aturan: the checker's rules.
    @Sendable static func aturan(_ req: Request) async throws -> Response {
        try await halamanAturan(req)
    }

    /// POST /naskah/aturan: switches rules on and off and rewords their key words.
    @Sendable static func simpanAturan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let f = try req.content.decode([String: String].self)
        let sebelum = try await NaskahAlur.aturan(p, on: req.database)
        let baru: AturanUnsur
        do { baru = try bacaAturan(f, asal: sebelum) } catch let e as KesalahanValidasi {
            return try await halamanAturan(req, galat: e, status: .unprocessableEntity)
        }
        try await NaskahAlur.simpanAturan(
            baru, sebelum: sebelum, versi: Int(f["version"] ?? "") ?? -1, pelaku: p, ip: req.alamatKlien, on: req.database)
        return req.redirect(to: "/naskah/aturan?pesan=tersimpan")
    }

    /// Reads the rules form over the stored rules (the verified [V] rules stay as they are).
    static func bacaAturan(_ f: [String: String], asal: AturanUnsur) throws -> AturanUnsur {
        var a = asal
        var v = Pemeriksa()
        for (i, u) in a.unsur.enumerated() where u.status != .terverifikasi {
            a.unsur[i].aktif = f["a\(i)_aktif"] == "1"
            if let k = f["a\(i)_kata"] {
                let kata = k.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
                if kata.contains(where: { $0.count > 100 }) { v.tambah("a\(i)_kata", "Setiap kata kunci paling banyak 100 karakter.") }
                a.unsur[i].kataKunci = kata
            }
        }
        try v.selesai()
        return a
    }

    static func halamanAturan(_ req: Request, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let p = try req.pelakuWajib()
        let a = try await NaskahAlur.aturan(p, on: req.database)
        let row = try await p.query(AturanNaskahRecord.self, on: req.database).first()
        struct B: Encodable {
            let i: Int
            let label: String
            let jenis: String
            let syarat: String
            let dasarHukum: String
            let status: String
            let terkunci: Bool
            let aktif: Bool
            let kata: String
        }
        struct M: Encodable {
            let baris: [B]
            let version: Int
            let versi: String
        }
        let syarat: [SyaratUnsur: String] = [
            .selalu: "Selalu", .pihakKetiga: "Bila ada pihak ketiga", .tanpaPihakKetiga: "Bila tanpa pihak ketiga",
        ]
        return try await req.halaman(
            "naskah/aturan", judul: "Aturan Pemeriksa Unsur Naskah",
            M(
                baris: a.unsur.enumerated().map { i, u in
                    B(
                        i: i, label: u.label, jenis: u.jenis.map(\.singkatan).joined(separator: ", "), syarat: syarat[u.syarat] ?? "",
                        dasarHukum: u.dasarHukum,
                        status: "[\(u.status.rawValue)]", terkunci: u.status == .terverifikasi, aktif: u.aktif,
                        kata: u.kataKunci.joined(separator: ", "))
                }, version: row?.version ?? 0, versi: a.versi), status: status,
            galat: galat.map { "Aturan belum disimpan: " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ") })
    }
}
