import Fluent
import Foundation
import JalinDomain
import Vapor

/// The reads of the naskah API beyond the flow's own (`NaskahAlur+Query`): versions the caller may read.
extension NaskahAPI {
    /// One version, if the caller may read it.
    static func cariVersi(_ r: NaskahRecord, nomor: Int, pelaku p: Pelaku, on db: any Database) async throws -> VersiNaskahRecord? {
        try await NaskahAlur.versiTerlihat(r, oleh: p, on: db).filter(\.$nomor == nomor).first()
    }

    /// The two sides of a diff, those of them the caller may read.
    static func versiDiff(_ r: NaskahRecord, dari: Int, ke: Int, pelaku p: Pelaku, on db: any Database) async throws -> [VersiNaskahRecord]
    {
        try await NaskahAlur.versiTerlihat(r, oleh: p, on: db).filter(\.$nomor ~~ [dari, ke]).all()
    }
}
