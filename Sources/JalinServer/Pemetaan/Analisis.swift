import Fluent
import Foundation
import JalinDomain
import Vapor

/// The eligibility screen and partner recommendations of one submission (filled in below).
enum Analisis {
    struct Hasil {
        let kelayakan: Usulan.KelayakanTampil?
        let rekomendasi: [Usulan.RekomendasiTampil]
    }

    static func untuk(_ r: UsulanRecord, isi u: UsulanPotensi?, unit: UnitKerja, pelaku p: Pelaku, on db: any Database) async throws -> Hasil {
        Hasil(kelayakan: nil, rekomendasi: [])
    }
}
