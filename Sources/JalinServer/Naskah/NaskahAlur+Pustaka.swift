import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The admin's edits of the clause library (each edit a new version) and of the checker's rules.
extension NaskahAlur {

    static func simpanVarian(_ v: VarianKlausul, klausul kode: String, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> VarianKlausul {
        let lib = try await pustaka(p, on: db)
        guard let sekarang = lib.cari(kode, varian: v.kode) else { throw Abort(.notFound) }
        var baru = v
        baru.isi = Naskah.bersihkan(v.isi)
        baru.versi = sekarang.versi + 1
        try baru.periksa()
        let r = KlausulRecord()
        r.pemdaID = p.pemdaID
        r.kode = kode
        r.varian = v.kode
        r.versi = baru.versi
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        r.isiJSON = String(decoding: try e.encode(baru), as: UTF8.self)
        let tersimpan = baru
        r.pengguna = p.namaLengkap
        r.waktu = p.jam.sekarang
        try await db.transaction { db in
            try await r.create(on: db)
            try await Audit.catat("klausul.ubah", entitas: "klausul_naskah", id: "\(kode)/\(v.kode)", sebelum: sekarang, sesudah: tersimpan, pelaku: p, ip: ip, on: db)
        }
        return tersimpan
    }

    /// Saves the checker's rules (one row per pemda, created on the first save); refuses a stale
    /// `versi` (409). The audit entry lists the rules switched off before and after.
    static func simpanAturan(_ aturan: AturanUnsur, sebelum: AturanUnsur, versi: Int, pelaku p: Pelaku, ip: String?,
                             on db: any Database) async throws {
        let row = try await p.query(AturanNaskahRecord.self, on: db).first() ?? {
            let r = AturanNaskahRecord()
            r.pemdaID = p.pemdaID
            r.version = 0
            return r
        }()
        guard versi == row.version else { throw KonflikVersi() }
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        try await db.transaction { db in
            row.isiJSON = String(decoding: try e.encode(aturan), as: UTF8.self)
            if row.id == nil {
                row.version = 1
                try await row.create(on: db)
            } else {
                guard try await KunciVersi.klaim(tabel: AturanNaskahRecord.schema, id: row.id!, diharapkan: versi, on: db) else { throw KonflikVersi() }
                row.version = versi + 1
                try await row.update(on: db)
            }
            try await Audit.catat("aturan_naskah.ubah", entitas: "aturan_naskah", id: row.id?.uuidString,
                                  sebelum: sebelum.unsur.filter { !$0.aktif }.map(\.id), sesudah: aturan.unsur.filter { !$0.aktif }.map(\.id),
                                  pelaku: p, ip: ip, on: db)
        }
    }
}
