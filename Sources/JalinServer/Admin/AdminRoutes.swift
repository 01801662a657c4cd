import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// The admin index and the reference-data pages (urusan, wilayah, audit log).
enum AdminRoutes {
    static func daftarkan(_ app: Application) {
        let g = app.grouped("admin")
        g.rute(.GET, akses: .admin) { req async throws -> Response in
            try await req.halaman("admin/index", judul: "Administrasi", Kosong())
        }
        g.rute(.GET, "urusan", akses: .admin) { req async throws -> Response in
            struct B: Encodable { let kode: String; let nama: String; let kelompok: String; let edisi: String }
            struct M: Encodable { let baris: [B] }
            let rows = try await BidangUrusanRecord.query(on: req.database).sort(\.$id).all()
            return try await req.halaman("admin/urusan", judul: "Bidang Urusan", M(baris: rows.map {
                B(kode: $0.id ?? "", nama: $0.nama, kelompok: KelompokUrusan(rawValue: $0.kelompok)?.nama ?? "", edisi: $0.edisi)
            }))
        }
        g.rute(.GET, "wilayah", akses: .admin) { req async throws -> Response in
            struct T: Encodable { let tingkat: String; let jumlah: Int }
            struct I: Encodable { let waktu: String; let edisi: String; let berkas: String; let baris: Int; let ditambah: Int; let diubah: Int; let dipensiunkan: Int; let sha: String }
            struct M: Encodable { let perTingkat: [T]; let pensiun: Int; let impor: [I] }
            var per: [T] = []
            for t in TingkatWilayah.allCases {
                per.append(T(tingkat: t.nama, jumlah: try await Wilayah.query(on: req.database).filter(\.$tingkat == t.rawValue).filter(\.$pensiun == false).count()))
            }
            let pensiun = try await Wilayah.query(on: req.database).filter(\.$pensiun == true).count()
            let impor = try await CatatanImporWilayah.query(on: req.database).sort(\.$waktu, .descending).limit(20).all().map {
                I(waktu: Format.waktu($0.waktu), edisi: $0.edisi, berkas: $0.namaBerkas, baris: $0.jumlahBaris, ditambah: $0.ditambah,
                  diubah: $0.diubah, dipensiunkan: $0.dipensiunkan, sha: String($0.sha256.prefix(16)))
            }
            return try await req.halaman("admin/wilayah", judul: "Kode Wilayah", M(perTingkat: per, pensiun: pensiun, impor: impor))
        }
        g.rute(.GET, "audit", akses: .admin) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let halaman = max(1, (try? req.query.get(Int.self, at: "halaman")) ?? 1)
            let rows = try await LogAudit.query(p, halaman: halaman, on: req.database)
            struct M: Encodable { let baris: [LogAudit.Baris]; let halaman: Int; let sebelumnya: Int?; let berikutnya: Int? }
            return try await req.halaman("admin/audit", judul: "Log Audit", M(
                baris: Array(rows.prefix(LogAudit.perHalaman)), halaman: halaman,
                sebelumnya: halaman > 1 ? halaman - 1 : nil, berikutnya: rows.count > LogAudit.perHalaman ? halaman + 1 : nil))
        }
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

    /// One page plus one extra row (to know whether a next page exists).
    static func query(_ p: Pelaku, halaman: Int, on db: any Database) async throws -> [Baris] {
        let rows = try await CatatanAudit.query(on: db).filter(\.$pemdaID == p.pemdaID)
            .sort(\.$waktu, .descending).sort(\.$id, .descending)
            .range(((halaman - 1) * perHalaman)..<(halaman * perHalaman + 1)).all()
        let iso = ISO8601DateFormatter()
        return rows.map {
            Baris(waktu: Format.waktu($0.waktu), waktuISO: iso.string(from: $0.waktu), pengguna: $0.namaPengguna, aksi: $0.aksi,
                  entitas: $0.entitas, entitasID: $0.entitasID, sebelum: $0.sebelum, sesudah: $0.sesudah)
        }
    }
}
