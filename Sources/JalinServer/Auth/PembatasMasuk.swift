import Fluent
import Foundation
import Vapor

/// Login throttling. Failures are counted per username (whether it exists or not, so the
/// lock reveals nothing) and per client address, in the database so that every instance sees them.
enum PembatasMasuk {
    static let batasPerAkun = 5
    static let batasPerAlamat = 30
    static let jendela: TimeInterval = 15 * 60
    static let lamaKunci: TimeInterval = 15 * 60

    static func kunci(namaPengguna: String, ip: String?) -> [(String, Int)] {
        var k = [("u:" + namaPengguna.lowercased().prefix(100), batasPerAkun)]
        if let ip { k.append(("ip:" + ip, batasPerAlamat)) }
        return k
    }

    /// The lock's end when the caller is locked out now.
    static func terkunci(namaPengguna: String, ip: String?, on db: any Database) async throws -> Date? {
        let now = Date()
        for (k, _) in kunci(namaPengguna: namaPengguna, ip: ip) {
            if let row = try await PercobaanMasuk.find(k, on: db), let sampai = row.terkunciSampai, sampai > now {
                return sampai
            }
        }
        return nil
    }

    static func catatGagal(namaPengguna: String, ip: String?, on db: any Database) async throws {
        let now = Date()
        for (k, batas) in kunci(namaPengguna: namaPengguna, ip: ip) {
            let row = try await PercobaanMasuk.find(k, on: db) ?? PercobaanMasuk(kunci: k, mulai: now)
            if now.timeIntervalSince(row.mulai) > jendela {
                row.mulai = now
                row.gagal = 0
                row.terkunciSampai = nil
            }
            row.gagal += 1
            if row.gagal >= batas { row.terkunciSampai = now.addingTimeInterval(lamaKunci) }
            try await row.save(on: db)
        }
    }

    static func bersihkan(namaPengguna: String, on db: any Database) async throws {
        try await PercobaanMasuk.query(on: db).filter(\.$id == "u:" + namaPengguna.lowercased()).delete()
    }
}
