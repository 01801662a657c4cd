import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// The admin index and the reference-data pages (urusan, wilayah, audit log).
enum AdminPage {
    struct BarisUrusan: Encodable {
        let kode: String
        let nama: String
        let kelompok: String
        let edisi: String
    }
    struct UrusanModel: Encodable { let baris: [BarisUrusan] }

    struct PerTingkat: Encodable {
        let tingkat: String
        let jumlah: Int
    }
    struct ImporWilayah: Encodable {
        let waktu: String
        let edisi: String
        let berkas: String
        let baris: Int
        let ditambah: Int
        let diubah: Int
        let dipensiunkan: Int
        let sha: String
    }
    struct WilayahModel: Encodable {
        let perTingkat: [PerTingkat]
        let pensiun: Int
        let impor: [ImporWilayah]
    }

    struct AuditModel: Encodable {
        let baris: [LogAudit.Baris]
        let halaman: Int
        let sebelumnya: String?
        let berikutnya: String?
    }

    @Sendable static func beranda(_ req: Request) async throws -> Response {
        try await req.halaman("admin/index", judul: "Administrasi", Kosong())
    }

    @Sendable static func urusan(_ req: Request) async throws -> Response {
        let rows = try await BidangUrusanRecord.query(on: req.database).sort(\.$id).all()
        return try await req.halaman(
            "admin/urusan", judul: "Bidang Urusan",
            UrusanModel(
                baris: rows.map {
                    BarisUrusan(
                        kode: $0.id ?? "", nama: $0.nama, kelompok: KelompokUrusan(rawValue: $0.kelompok)?.nama ?? "", edisi: $0.edisi)
                }))
    }

    @Sendable static func wilayah(_ req: Request) async throws -> Response {
        var per: [PerTingkat] = []
        for t in TingkatWilayah.allCases {
            per.append(
                PerTingkat(
                    tingkat: t.nama,
                    jumlah: try await WilayahRecord.query(on: req.database).filter(\.$tingkat == t.rawValue).filter(\.$pensiun == false)
                        .count()))
        }
        let pensiun = try await WilayahRecord.query(on: req.database).filter(\.$pensiun == true).count()
        let impor = try await CatatanImporWilayahRecord.query(on: req.database).sort(\.$waktu, .descending).limit(20).all().map {
            ImporWilayah(
                waktu: Format.waktu($0.waktu), edisi: $0.edisi, berkas: $0.namaBerkas, baris: $0.jumlahBaris, ditambah: $0.ditambah,
                diubah: $0.diubah, dipensiunkan: $0.dipensiunkan, sha: String($0.sha256.prefix(16)))
        }
        return try await req.halaman("admin/wilayah", judul: "Kode Wilayah", WilayahModel(perTingkat: per, pensiun: pensiun, impor: impor))
    }

    @Sendable static func audit(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let hal = try await LogAudit.halaman(
            p, setelah: try req.kursorID("setelah"), sebelum: try req.kursorID("sebelum"), on: req.database)
        let nomor = req.nomorHalaman(hal)
        let tautan = hal.tautanID(jalur: "/admin/audit", nomor: nomor)
        return try await req.halaman(
            "admin/audit", judul: "Log Audit",
            AuditModel(
                baris: try hal.baris.map(LogAudit.Baris.init(baris:)), halaman: nomor,
                sebelumnya: tautan.sebelumnya,
                berikutnya: tautan.berikutnya))
    }
}

/// The audit log of one pemda, newest first.
enum LogAudit {
    static let perHalaman = 50

    struct Baris: Content {
        let waktu: String
        let waktuISO: String
        let pengguna: String
        let aksi: String
        let entitas: String
        let entitasID: String?
        let sebelum: String?
        let sesudah: String?
    }

    /// One page, newest first, by keyset on (time, id) (`HalamanBaris.menurutID`).
    static func halaman(_ p: Pelaku, setelah: UUID?, sebelum: UUID?, on db: any Database) async throws -> HalamanBaris {
        let q = db.sql.select().columns("id", "waktu", "nama_pengguna", "aksi", "entitas", "entitas_id", "sebelum", "sesudah")
            .from(CatatanAuditRecord.schema).where("pemda_id", .equal, p.pemdaID)
        return try await .menurutID(
            q, tabel: CatatanAuditRecord.schema, kolom: "waktu", turun: true, idTurun: true,
            setelah: setelah, sebelum: sebelum, perHalaman: perHalaman)
    }
}

extension LogAudit.Baris {
    init(baris r: any SQLRow) throws {
        let waktu = try r.decode(column: "waktu", as: Date.self)
        self.init(
            waktu: Format.waktu(waktu), waktuISO: waktu.formatted(.iso8601),
            pengguna: try r.decode(column: "nama_pengguna", as: String.self), aksi: try r.decode(column: "aksi", as: String.self),
            entitas: try r.decode(column: "entitas", as: String.self), entitasID: try r.decode(column: "entitas_id", as: String?.self),
            sebelum: try r.decode(column: "sebelum", as: String?.self), sesudah: try r.decode(column: "sesudah", as: String?.self))
    }
}

/// The route table of the admin index and the reference-data pages.
extension AdminPage {
    static func daftarkan(_ app: Application) {
        let g = app.grouped("admin")
        g.rute(.GET, akses: .admin, use: AdminPage.beranda)
        g.rute(.GET, "urusan", akses: .admin, use: AdminPage.urusan)
        g.rute(.GET, "wilayah", akses: .admin, use: AdminPage.wilayah)
        g.rute(.GET, "audit", akses: .admin, use: AdminPage.audit)
    }
}
