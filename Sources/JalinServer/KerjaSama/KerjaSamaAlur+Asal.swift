import Fluent
import Foundation
import JalinDomain
import Vapor

/// Where a cooperation record comes from: a prioritised submission of the mapping (issue 18.1).
extension KerjaSamaAlur {
    /// The records already started from these submissions, by submission.
    static func dariUsulan(_ ids: [UUID], pelaku p: Pelaku, on db: any Database) async throws -> [UUID: KerjaSamaRecord] {
        guard !ids.isEmpty else { return [:] }
        let ks = try await p.query(KerjaSamaRecord.self, on: db).filter(\.$usulanID ~~ ids).sort(\.$dibuatPada).all()
        var hasil: [UUID: KerjaSamaRecord] = [:]
        for k in ks { if let u = k.usulanID, hasil[u] == nil { hasil[u] = k } }
        return hasil
    }

    /// What a submission's page and the ranking offer next: the record started from it, or — for the admin,
    /// once it is prioritised — starting one; and drafting a naskah from it.
    static func lanjutanUsulan(_ r: UsulanRecord, ks: KerjaSamaRecord?, pelaku p: Pelaku) -> [Tata.Menu] {
        if let ks { return [.init(label: "Buka kerja sama: \(ks.judul)", href: "/kerja-sama/\(ks.id!)", aktif: true)] }
        guard p.peran == .admin, StatusUsulan(rawValue: r.status) == .diprioritaskan else { return [] }
        return [
            .init(label: "Mulai kerja sama", href: "/kerja-sama/baru?usulan=\(r.id!)", aktif: true),
            .init(label: "Susun naskah dari usulan ini", href: "/naskah/baru?usulan=\(r.id!)", aktif: false),
        ]
    }
    /// The kind the eligibility screen gives a submission with its first candidate partner that it can
    /// decide for (the officer may still choose another on the form).
    static func jenisMenurutKelayakan(
        _ r: UsulanRecord, _ u: UsulanPotensi, pelaku p: Pelaku, on db: any Database
    ) async throws -> JenisKerjaSama? {
        guard let unit = try await p.query(UnitKerjaRecord.self, on: db).filter(\.$id == r.unitID).first() else { return nil }
        let h = Analisis.saring(u, unit: unit.jenis, try await Analisis.konteks(pelaku: p, on: db))
        for m in u.calonMitra {
            if let x = h.perMitra.first(where: { $0.mitra.id == m })?.hasil, let j = x.jenis ?? x.pilihanJenis.first { return j }
        }
        return nil
    }
}
