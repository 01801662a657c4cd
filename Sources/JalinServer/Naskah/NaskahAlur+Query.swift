import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import SQLKit
import Vapor

/// The reads of the naskah flows: what a caller may see of a naskah, the list, and the pemda's clause
/// library and checker rules.
extension NaskahAlur {
    // MARK: What a partner reviewer may read of a shared naskah

    /// The first version a caller may read: every version for internal staff; for a partner
    /// reviewer, the version current when the naskah was shared with them and the later ones.
    static func versiPertama(_ r: NaskahRecord, oleh p: Pelaku) -> Int {
        p.peran.internalPemda ? 1 : (r.dibagikanSejak ?? r.versiTerkini)
    }

    /// The versions of a naskah the caller may read (the one rule for the version list, a version,
    /// and both sides of a diff, in the API and on the pages).
    static func versiTerlihat(_ r: NaskahRecord, oleh p: Pelaku, on db: any Database) -> QueryBuilder<VersiNaskahRecord> {
        p.query(VersiNaskahRecord.self, on: db).filter(\.$naskahID == r.id!).filter(\.$nomor >= versiPertama(r, oleh: p))
    }

    /// A version's note is internal: a partner reviewer never gets it.
    static func catatan(_ v: VersiNaskahRecord, oleh p: Pelaku) -> String? {
        p.peran.internalPemda ? v.catatan : nil
    }

    /// The comments a caller may read, oldest first: for a partner reviewer, the threads begun since
    /// the naskah was shared with them or by their own side, with their replies; the internal
    /// discussion before sharing stays internal.
    static func komentarTerlihat(_ r: NaskahRecord, oleh p: Pelaku, on db: any Database) async throws -> [KomentarNaskahRecord] {
        let semua = try await p.query(KomentarNaskahRecord.self, on: db).filter(\.$naskahID == r.id!).sort(\.$waktu).all()
        if p.peran.internalPemda { return semua }
        let utas = Set(semua.filter { $0.indukID == nil && utasTerlihat($0, r, oleh: p) }.compactMap(\.id))
        return semua.filter { utas.contains($0.indukID ?? $0.id!) }
    }

    /// Whether the caller may read (and so answer or resolve) the thread rooted at `akar`.
    static func utasTerlihat(_ akar: KomentarNaskahRecord, _ r: NaskahRecord, oleh p: Pelaku) -> Bool {
        p.peran.internalPemda || akar.dariMitra || r.dibagikanPada.map { akar.waktu >= $0 } == true
    }

    /// The naskah a caller may see: all of the pemda, or the shared ones of the reviewer's partner.
    static let perHalaman = 100

    /// One page of the list, newest change first, without the documents' bodies: plain rows of the
    /// listed columns, by keyset on (change time, id) (`HalamanBaris.menurutID`).
    static func halaman(_ p: Pelaku, setelah: UUID?, sebelum: UUID?, on db: any Database) async throws -> HalamanBaris {
        let q = db.sql.select().columns("id", "judul", "jenis", "status", "mitra_id", "versi_terkini", "diubah_pada", "dibagikan")
            .from(NaskahRecord.schema).where("pemda_id", .equal, p.pemdaID)
        if !p.peran.internalPemda {
            guard let m = p.mitraID else { return .init(baris: []) }
            q.where("mitra_id", .equal, m).where("dibagikan", .equal, true)
        }
        return try await .menurutID(
            q, tabel: NaskahRecord.schema, kolom: "diubah_pada", turun: true, idTurun: false,
            setelah: setelah, sebelum: sebelum, perHalaman: perHalaman)
    }

    static func daftar(_ p: Pelaku, on db: any Database) async throws -> [NaskahRecord] {
        var q = p.query(NaskahRecord.self, on: db)
        if !p.peran.internalPemda {
            guard let m = p.mitraID else { return [] }
            q = q.filter(\.$mitraID == m).filter(\.$dibagikan == true)
        }
        return try await q.sort(\.$diubahPada, .descending).all()
    }

    /// The versions a caller may read, oldest first (`versiTerlihat`).
    static func semuaVersiTerlihat(_ r: NaskahRecord, oleh p: Pelaku, on db: any Database) async throws -> [VersiNaskahRecord] {
        try await versiTerlihat(r, oleh: p, on: db).sort(\.$nomor).all()
    }

    // MARK: Library and rules

    /// The built-in clauses overlaid with the latest version of every variant the admin edited.
    static func pustaka(_ p: Pelaku, on db: any Database) async throws -> PustakaKlausul {
        let rows = try await p.query(KlausulRecord.self, on: db).sort(\.$versi).all()
        var hasil = PustakaKlausul.bawaan
        for r in rows {
            guard let v = try? JSONDecoder().decode(VarianKlausul.self, from: Data(r.isiJSON.utf8)) else { continue }
            hasil = hasil.dengan(v, klausul: r.kode)
        }
        return hasil
    }

    static func aturan(_ p: Pelaku, on db: any Database) async throws -> AturanUnsur {
        guard let r = try await p.query(AturanNaskahRecord.self, on: db).first(),
            let a = try? JSONDecoder().decode(AturanUnsur.self, from: Data(r.isiJSON.utf8))
        else { return .bawaan }
        return a
    }

    static func temuan(_ n: Naskah, _ p: Pelaku, on db: any Database) async throws -> [Temuan] {
        PemeriksaUnsur.periksa(n, aturan: try await aturan(p, on: db), aturanKSD: .bawaan)
    }
}
