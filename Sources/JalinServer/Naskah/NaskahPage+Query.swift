import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import SQLKit
import Vapor

/// The reads of the naskah pages, each scoped to the caller (`Pelaku.query`). They return records and
/// plain rows; `NaskahPage+Model` turns them into what the templates show.
extension NaskahPage {
    // MARK: List

    /// A row of the list as `NaskahAlur.halaman` selects it (without the document's body).
    struct NaskahRingkas {
        let id: UUID
        let judul: String
        let jenis: String
        let status: String
        let mitraID: UUID?
        let versi: Int
        let diubah: Date?
        let dibagikan: Bool
    }

    /// A prioritised submission: title and unit only.
    struct UsulanRingkas {
        let id: UUID
        let judul: String
        let unitID: UUID?
    }

    struct DataDaftar {
        let halaman: HalamanBaris
        let naskah: [NaskahRingkas]
        let prioritas: [UsulanRingkas]
        let namaMitra: [UUID: String]
        let namaUnit: [UUID: String]
    }

    /// One page of the list, the prioritised submissions to start from (an operator: their own
    /// unit's), and the partner and unit names they refer to (remembered per page: `Pilihan.daftar`).
    static func bacaDaftar(_ p: Pelaku, setelah: UUID?, sebelum: UUID?, req: Request) async throws -> DataDaftar {
        let hal = try await NaskahAlur.halaman(p, setelah: setelah, sebelum: sebelum, on: req.database)
        let mitra = Dictionary(
            uniqueKeysWithValues: try await Pilihan.daftar(MitraRecord.schema, pelaku: p, req: req).map { ($0.id, $0.nama) })
        let q = req.database.sql.select().columns("id", "judul", "unit_id").from(UsulanRecord.schema)
            .where("pemda_id", .equal, p.pemdaID).where("status", .equal, StatusUsulan.diprioritaskan.rawValue)
        if p.peran == .operator { q.where("unit_id", .equal, p.unitID) }
        let prioritas = try await q.orderBy("judul").all()
        let unit = try await Pilihan.namaUnit(p, req: req)
        return DataDaftar(
            halaman: hal,
            naskah: try hal.baris.map { r in
                NaskahRingkas(
                    id: try r.decode(column: "id", as: UUID.self), judul: try r.decode(column: "judul", as: String.self),
                    jenis: try r.decode(column: "jenis", as: String.self), status: try r.decode(column: "status", as: String.self),
                    mitraID: try r.decode(column: "mitra_id", as: UUID?.self), versi: try r.decode(column: "versi_terkini", as: Int.self),
                    diubah: try r.decode(column: "diubah_pada", as: Date?.self), dibagikan: try r.decode(column: "dibagikan", as: Bool.self)
                )
            },
            prioritas: try prioritas.map { r in
                UsulanRingkas(
                    id: try r.decode(column: "id", as: UUID.self), judul: try r.decode(column: "judul", as: String.self),
                    unitID: try r.decode(column: "unit_id", as: UUID?.self))
            },
            namaMitra: mitra, namaUnit: unit)
    }

    // MARK: Detail

    /// What the detail page reads besides the naskah itself.
    struct DataDetail {
        let temuan: [Temuan]
        let mitra: String?
        let unit: String?
        let usulan: UsulanRecord?
        let induk: NaskahRecord?
        let turunan: [NaskahRecord]
        let versi: [VersiNaskahRecord]
        /// Why it cannot be signed yet (asked only for the admin, of a naskah not yet final).
        let halangan: [String]
        let komentar: [KomentarNaskahRecord]
        /// The cooperation record it belongs to, or the records it can be linked to.
        var kerjaSama: PanelKerjaSama? = nil
    }

    static func bacaDetail(_ r: NaskahRecord, _ n: Naskah, pelaku p: Pelaku, on db: any Database) async throws -> DataDetail {
        let temuan = try await NaskahAlur.temuan(n, p, on: db)
        let mitra =
            try await r.mitraID.asyncMap { id in try await p.query(MitraRecord.self, on: db).filter(\.$id == id).first()?.nama } ?? nil
        let unit =
            try await r.unitID.asyncMap { id in try await p.query(UnitKerjaRecord.self, on: db).filter(\.$id == id).first()?.nama } ?? nil
        let usulan = try await r.usulanID.asyncMap { id in try await p.query(UsulanRecord.self, on: db).filter(\.$id == id).first() } ?? nil
        let induk = try await r.indukID.asyncMap { id in try await p.query(NaskahRecord.self, on: db).filter(\.$id == id).first() } ?? nil
        let turunan = try await p.query(NaskahRecord.self, on: db).filter(\.$indukID == r.id!).sort(\.$dibuatPada).all()
        let versi = try await p.query(VersiNaskahRecord.self, on: db).filter(\.$naskahID == r.id!).sort(\.$nomor, .descending).all()
        var halangan: [String] = []
        if p.peran == .admin && r.statusNaskah != .ditandatangani {
            halangan = try await NaskahAlur.halanganTandaTangan(r, n, pelaku: p, on: db)
        }
        let komentar = try await NaskahAlur.komentarTerlihat(r, oleh: p, on: db)
        return DataDetail(
            temuan: temuan, mitra: mitra, unit: unit, usulan: usulan, induk: induk, turunan: turunan, versi: versi,
            halangan: halangan, komentar: komentar, kerjaSama: try await panelKerjaSama(r, pelaku: p, on: db))
    }

    // MARK: The guided form

    struct DataFormBaru {
        let mitra: [MitraRecord]
        /// The submission the naskah is drafted from, with what the template takes of it.
        let usulan: (record: UsulanRecord, konteks: KonteksUsulan)?
        /// The cooperation record it is drafted for.
        var kerjaSama: KerjaSamaRecord? = nil
    }

    static func bacaFormBaru(_ isian: NaskahBaru.Isian, pelaku p: Pelaku, on db: any Database) async throws -> DataFormBaru {
        let mitra = try await p.query(MitraRecord.self, on: db).sort(\.$nama).all()
        let ks = try? await NaskahBaru.kerjaSama(isian.kerjaSama, p, on: db)
        guard let r = try? await NaskahBaru.usulan(isian.usulan, p, on: db) else {
            return DataFormBaru(mitra: mitra, usulan: nil, kerjaSama: ks)
        }
        let k = try await NaskahBaru.konteksUsulan(r, pelaku: p, on: db).0
        return DataFormBaru(mitra: mitra, usulan: (r, k), kerjaSama: ks)
    }

    // MARK: The editor

    /// After a refused save (409): the naskah as now stored, and the version that was saved meanwhile.
    static func bacaKonflik(
        _ r: NaskahRecord, pelaku p: Pelaku, on db: any Database
    ) async throws -> (terbaru: NaskahRecord, oleh: VersiNaskahRecord?) {
        let terbaru = try await p.cari(NaskahRecord.self, r.id, on: db)
        let oleh = try await p.query(VersiNaskahRecord.self, on: db).filter(\.$naskahID == r.id!).filter(\.$nomor == terbaru.versiTerkini)
            .first()
        return (terbaru, oleh)
    }
}
