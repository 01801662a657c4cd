import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// The dashboard: a namespace of Query, Model and View (`beranda.leaf`).
enum BerandaPage {
    struct Angka: Sendable {
        var unitPerJenis: [JenisUnit: Int]
        var pengguna: Int
        var mitra: Int
        var wilayah: Int
        var urusan: Int
    }

    /// Query: everything the dashboard counts, within the caller's pemda.
    static func query(_ p: Pelaku, on db: any Database) async throws -> Angka {
        var perJenis: [JenisUnit: Int] = [:]
        let unit = try await db.sql.select().column("jenis").column(
            SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n"))
        )
        .from(UnitKerjaRecord.schema).where("pemda_id", .equal, p.pemdaID).where("aktif", .equal, true).groupBy("jenis").all()
        for r in unit {
            if let j = JenisUnit(rawValue: try r.decode(column: "jenis", as: String.self)) {
                perJenis[j] = try r.decode(column: "n", as: Int.self)
            }
        }
        return Angka(
            unitPerJenis: perJenis,
            pengguna: try await p.query(PenggunaRecord.self, on: db).filter(\.$aktif == true).count(),
            mitra: try await p.query(MitraRecord.self, on: db).count(),
            // The pemda's own codes (kecamatan, desa, kelurahan): a range of the primary key, not a scan of
            // all 91,599 national codes.
            wilayah: try await WilayahRecord.query(on: db).filter(\.$id > p.pemdaKode + ".").filter(\.$id < p.pemdaKode + "/")
                .filter(\.$pensiun == false).count(),
            urusan: try await BidangUrusanRecord.query(on: db).filter(\.$aktif == true).count())
    }

    struct Kartu: Encodable {
        let judul: String
        let href: String
        let keterangan: String
        let tersedia: Bool
    }

    struct Statistik: Encodable {
        let label: String
        let nilai: String
    }

    struct Model: Encodable {
        let salam: String
        let pemda: String
        let statistik: [Statistik]
        let kartu: [Kartu]
        /// What waits for this person now.
        var tugas: TugasSaya? = nil
    }

    /// Model: a pure function of the counts.
    static func model(_ p: Pelaku, _ a: Angka) -> Model {
        let statistik: [Statistik] = [
            .init(label: "Perangkat daerah", nilai: "\(a.unitPerJenis[.opd] ?? 0)"),
            .init(label: "Kecamatan", nilai: "\(a.unitPerJenis[.kecamatan] ?? 0)"),
            .init(label: "Desa dan kelurahan", nilai: "\((a.unitPerJenis[.desa] ?? 0) + (a.unitPerJenis[.kelurahan] ?? 0))"),
            .init(label: "Pengguna aktif", nilai: "\(a.pengguna)"),
            .init(label: "Mitra terdaftar", nilai: "\(a.mitra)"),
            .init(label: "Kode wilayah aktif di daerah ini", nilai: "\(a.wilayah)"),
            .init(label: "Bidang urusan", nilai: "\(a.urusan)"),
        ]
        let kartu = KapabilitasPage.semua.map {
            Kartu(judul: $0.judul, href: $0.href, keterangan: $0.ringkas, tersedia: KapabilitasPage.tersedia.contains($0.href))
        }
        return Model(salam: "Selamat datang, \(p.namaLengkap).", pemda: p.pemdaNama, statistik: statistik, kartu: kartu)
    }

    static func daftarkan(_ app: Application) {
        app.ingatanBeranda = IngatanData<Angka>()
        app.rute(.GET, "beranda", akses: .internalPemda, use: halaman)
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        // The pimpinan's work is the dashboard.
        if p.peran == .pimpinan { return req.redirect(to: p.peran.beranda) }
        let ingatan = req.application.ingatanBeranda
        let a = try await ingatan.nilai(req.kunciIngatan(p), cache: req.application.cacheHalaman, simulasi: req.simulasi?.pesertaID) {
            try await query(p, on: req.database)
        }
        var m = model(p, a)
        m.tugas = try await tugasSaya(p, on: req.database)
        return try await req.halaman("beranda", judul: "Beranda", m)
    }
}

extension Application {
    private struct IngatanBerandaKey: StorageKey { typealias Value = IngatanData<BerandaPage.Angka> }

    /// The home page's counts, per pemda, until the data may have changed (any write of this server, or
    /// 30 s: `IngatanData`). One per application, made when the routes are registered.
    var ingatanBeranda: IngatanData<BerandaPage.Angka> {
        get { storage[IngatanBerandaKey.self]! }
        set { storage[IngatanBerandaKey.self] = newValue }
    }
}
