import Fluent
import Foundation
import JalinDomain
import Vapor

/// The authenticated caller of a request, with the scope every query must respect.
struct Pelaku: Sendable {
    let penggunaID: UUID
    let pemdaID: UUID
    let pemdaNama: String
    /// The pemda's Kemendagri code, e.g. "64.02".
    let pemdaKode: String
    let namaPengguna: String
    let namaLengkap: String
    let peran: Peran
    let unitID: UUID?
    let mitraID: UUID?
    /// The session's CSRF token (web sessions only).
    let csrf: String?
    let sesiID: UUID?
    /// The user must change a password someone else set before doing anything else (web sessions).
    var wajibGantiSandi = false
    /// The clock this caller's actions are dated by (the request's; a command's for the CLI).
    var jam: Jam = .sistem

    /// A query of a pemda-owned table, already limited to the caller's pemda.
    func query<M: MilikPemda>(_ model: M.Type, on db: any Database) -> QueryBuilder<M> {
        M.query(on: db).filter(.path([FieldKey("pemda_id")], schema: M.schema), .equal, .bind(pemdaID))
    }

    /// Finds one pemda-owned row by id within the caller's pemda, or 404.
    func cari<M: MilikPemda>(_ model: M.Type, _ id: UUID?, on db: any Database) async throws -> M {
        guard let id, let row = try await query(M.self, on: db).filter(\M._$id == id).first() else {
            throw Abort(.notFound)
        }
        return row
    }
}

extension Request {
    private struct PelakuKey: StorageKey { typealias Value = Pelaku }

    var pelaku: Pelaku? {
        get { storage[PelakuKey.self] }
        set { storage[PelakuKey.self] = newValue }
    }

    /// The caller, or 401 when nobody is logged in (the policy middleware normally stops that first).
    func pelakuWajib() throws -> Pelaku {
        guard let p = pelaku else { throw Abort(.unauthorized) }
        return p
    }

    var isAPI: Bool { url.path.hasPrefix("/api/") }

    /// The client address for throttling and the audit log: the connection's peer, or behind a
    /// trusted proxy (`JALIN_TRUSTED_PROXIES`) the address that proxy saw (`ProksiTepercaya`).
    var alamatKlien: String? {
        application.proksiTepercaya.alamatKlien(peer: remoteAddress?.ipAddress, xForwardedFor: headers[.xForwardedFor])
    }
}

extension Application {
    private struct ProksiTepercayaKey: StorageKey { typealias Value = ProksiTepercaya }

    /// Set in `configure` from `JALIN_TRUSTED_PROXIES`; none by default.
    var proksiTepercaya: ProksiTepercaya {
        get { storage[ProksiTepercayaKey.self] ?? .kosong }
        set { storage[ProksiTepercayaKey.self] = newValue }
    }
}

extension Pelaku {
    /// Builds the actor from a user row and its pemda.
    init(pengguna: PenggunaRecord, pemda: PemdaRecord, csrf: String?, sesiID: UUID?, jam: Jam) throws {
        self.init(
            penggunaID: try pengguna.requireID(), pemdaID: try pemda.requireID(), pemdaNama: pemda.nama, pemdaKode: pemda.kodeWilayah,
            namaPengguna: pengguna.namaPengguna, namaLengkap: pengguna.namaLengkap, peran: pengguna.peran,
            unitID: pengguna.unitID, mitraID: pengguna.mitraID, csrf: csrf, sesiID: sesiID,
            wajibGantiSandi: pengguna.wajibGantiSandi, jam: jam)
    }
}
