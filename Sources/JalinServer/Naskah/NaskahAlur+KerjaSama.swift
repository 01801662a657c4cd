import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// A naskah and the cooperation record it belongs to (issue 18.1): every binding document is signed
/// through its record, so a naskah drafted before its record existed is linked to it here.
extension NaskahAlur {
    /// The fields of linking a naskah to a record: the page's form and the API's body alike.
    struct IsianKait: Content {
        var kerjaSama: String?
        var version: Int?
    }

    /// Why a naskah cannot belong to a record (empty when it can): the naskah is final or already belongs
    /// to another record, its partner is not one of the record's, its KSD kind differs, or the KB it
    /// implements belongs to another record.
    static func halanganKait(_ r: NaskahRecord, _ k: KerjaSamaRecord, pelaku p: Pelaku, on db: any Database) async throws -> [String] {
        var alasan: [String] = []
        if r.statusNaskah == .ditandatangani { alasan.append(pesanFinal) }
        if let lain = r.kerjaSamaID, lain != k.id { alasan.append("Naskah ini sudah tercatat untuk kerja sama lain.") }
        if let m = r.mitraID, !k.idMitra.contains(m) {
            alasan.append("Mitra naskah ini bukan mitra kerja sama \"\(k.judul)\".")
        }
        if let j = r.jenisKerjaSama, j != k.jenis, let a = JenisKerjaSama(rawValue: j), let b = JenisKerjaSama(rawValue: k.jenis) {
            alasan.append("Naskah ini disusun untuk \(a.nama), sedangkan kerja sama \"\(k.judul)\" berjenis \(b.nama).")
        }
        if let i = r.indukID, let induk = try await p.query(NaskahRecord.self, on: db).filter(\.$id == i).first(),
            let kInduk = induk.kerjaSamaID, kInduk != k.id
        {
            alasan.append("Naskah yang menjadi dasarnya (\(induk.judul)) tercatat untuk kerja sama lain.")
        }
        return alasan
    }

    /// Links a naskah to a record of the pemda (admin only), with a new version of the row and an audit entry.
    static func kaitkan(
        _ r: NaskahRecord, kerjaSama id: String?, versi: Int?, pelaku p: Pelaku, ip: String?, on db: any Database
    ) async throws {
        guard p.peran == .admin else {
            throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama yang menghubungkan naskah dengan kerja sama.")
        }
        guard let kid = id.flatMap(UUID.init(uuidString:)),
            let k = try await p.query(KerjaSamaRecord.self, on: db).filter(\.$id == kid).first()
        else {
            throw KesalahanValidasi(field: "kerjaSama", pesan: "Pilih kerja sama dari daftar.")
        }
        let alasan = try await halanganKait(r, k, pelaku: p, on: db)
        guard alasan.isEmpty else { throw KesalahanValidasi(alasan.map { KesalahanIsian(field: "kerjaSama", pesan: $0) }) }
        try await db.transaction { db in try await tautkan(r, k, versi: versi ?? r.version, pelaku: p, ip: ip, on: db) }
    }

    /// Writes the link inside the caller's transaction: the version the caller saw is claimed first.
    static func tautkan(
        _ r: NaskahRecord, _ k: KerjaSamaRecord, versi: Int, pelaku p: Pelaku, ip: String?, on db: any Database
    ) async throws {
        guard try await KunciVersi.klaim(tabel: NaskahRecord.schema, id: r.id!, diharapkan: versi, on: db) else { throw KonflikVersi() }
        r.version = versi + 1
        r.kerjaSamaID = k.id
        try await r.update(on: db)
        try await Audit.catat(
            "naskah.kaitkan", entitas: "naskah", id: r.id?.uuidString, sesudah: ["kerja_sama": k.id!.uuidString, "judul": k.judul],
            pelaku: p, ip: ip, on: db)
    }
}
