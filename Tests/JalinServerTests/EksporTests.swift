import Fluent
import Foundation
import JalinDomain
import Testing
import VaporTesting

@testable import JalinServer

@Suite("Ekspor JSON satu pemda")
struct EksporTests {
    @Test("jalin export writes every record of one pemda, nothing of another, and no secret")
    func ekspor() async throws {
        try await denganJalin { app in
            let kukar = try await app.pemda("64.02")
            let smd = try await app.pemda("64.72")
            let (data, jumlah) = try await EksporPemda.buat(kode: "64.02", on: app.db)
            let dok = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(dok["format"] as? String == "jalin-ekspor-pemda")
            let tabel = try #require(dok["tabel"] as? [String: [[String: Any]]])
            #expect(jumlah["kerja_sama"] == (try await KerjaSamaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).count()))
            #expect(tabel["usulan_potensi"]?.count == (try await UsulanRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).count()))
            #expect(tabel["pengguna"]?.count == (try await PenggunaRecord.query(on: app.db).filter(\.$pemdaID == kukar.id!).count()))
            #expect((tabel["audit_log"]?.count ?? 0) > 0)
            for (nama, rows) in tabel {
                for r in rows {
                    #expect((r["pemda_id"] as? String)?.lowercased() == kukar.id!.uuidString.lowercased(), "\(nama)")
                }
            }
            let teks = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!teks.contains("hash_sandi") && !teks.contains("token_hash") && !teks.contains("$2b$"))
            #expect(!teks.contains(smd.id!.uuidString.lowercased()))
            #expect(jumlah["sesi"] == nil && jumlah["token_api"] == nil)
            await #expect(throws: KesalahanValidasi.self) { _ = try await EksporPemda.buat(kode: "99.99", on: app.db) }
        }
    }
}
