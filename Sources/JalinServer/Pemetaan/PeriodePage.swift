import Fluent
import Foundation
import JalinDomain
import Vapor

/// Mapping rounds: the admin opens a round, invites units and follows their progress. Models in
/// `PeriodePage+Model`, the writes in `PeriodeAlur`.
enum PeriodePage {
    struct Isian: Content {
        var judul: String?
        var tahun: String?
        var batas_waktu: String?
        var top_n: String?
        var unit: [String]?
    }

    static func cari(_ req: Request) async throws -> PeriodePemetaanRecord {
        try await req.pelakuWajib().cari(PeriodePemetaanRecord.self, req.parameters.get("periode", as: UUID.self), on: req.database)
    }

    // MARK: Routes

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "pemetaan", akses: .internalPemda, use: halamanDaftar)
        app.rute(.GET, "pemetaan", "periode", "baru", akses: .admin, use: halamanBaru)
        app.rute(.POST, "pemetaan", "periode", "baru", akses: .admin, use: simpanBaru)
        app.rute(.GET, "pemetaan", "periode", ":periode", akses: .internalPemda, use: halaman)
        app.rute(.POST, "pemetaan", "periode", ":periode", "kriteria", akses: .admin, use: simpanKriteria)
        app.rute(.POST, "pemetaan", "periode", ":periode", "status", akses: .admin, use: bukaTutup)
    }

    // MARK: Handlers

    @Sendable static func halamanDaftar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        return try await req.halaman("pemetaan/index", judul: "Pemetaan Potensi", try await daftarModel(pelaku: p, on: req.database))
    }

    @Sendable static func halamanBaru(_ req: Request) async throws -> Response {
        let tahun = Calendar.current.component(.year, from: req.jam.sekarang)
        return try await form(
            req, isian: Isian(judul: "Pemetaan Potensi KSD \(tahun)", tahun: "\(tahun)", top_n: "10", unit: nil), semua: true)
    }

    @Sendable static func simpanBaru(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let isian = try req.content.decode(Isian.self)
        do {
            let d = try await PeriodeAlur.periksa(isian, pelaku: p, on: req.database)
            let x = try await PeriodeAlur.buka(d, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/pemetaan/periode/\(x.id!)?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await form(req, isian: isian, galat: v, status: .unprocessableEntity)
        }
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        let x = try await cari(req)
        let status = (try? req.query.get(String.self, at: "status")).flatMap { StatusUsulan(rawValue: $0)?.rawValue } ?? ""
        let p = try req.pelakuWajib()
        let m = try await model(
            periode: x, filterStatus: status, unit: try await Pilihan.namaUnit(p, req: req), pelaku: p, on: req.database)
        return try await req.halaman("pemetaan/periode", judul: x.judul, m)
    }

    @Sendable static func simpanKriteria(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let x = try await cari(req)
        struct F: Content { var kriteria: String? }
        let teks = try req.content.decode(F.self).kriteria ?? ""
        do {
            try await PeriodeAlur.ubahKriteria(x, teks: teks, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/pemetaan/periode/\(x.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            let m = try await model(
                periode: x, filterStatus: "", unit: try await Pilihan.namaUnit(p, req: req), pelaku: p, on: req.database,
                galat: v, kriteriaTeks: String(teks.prefix(20_000)))
            return try await req.halaman("pemetaan/periode", judul: x.judul, m, status: .unprocessableEntity, galat: v.daftar.first?.pesan)
        }
    }

    @Sendable static func bukaTutup(_ req: Request) async throws -> Response {
        let x = try await cari(req)
        try await PeriodeAlur.bukaTutup(x, pelaku: try req.pelakuWajib(), ip: req.alamatKlien, on: req.database)
        return req.redirect(to: "/pemetaan/periode/\(x.id!)?pesan=tersimpan")
    }

    static func form(
        _ req: Request, isian: Isian, semua: Bool = false, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        let unit = try await p.query(UnitKerjaRecord.self, on: req.database).filter(\.$aktif == true).sort(\.$jenis).sort(\.$nama).all()
        return try await req.halaman(
            "pemetaan/periode-form", judul: "Periode Pemetaan Baru", formModel(isian, unit: unit, semua: semua, galat: galat),
            status: status, galat: galat == nil ? nil : "Periksa kembali isian yang ditandai.")
    }
}
