import Fluent
import Foundation
import SQLKit
import Vapor

/// Login throttling, in the database so that every instance sees it.
///
/// Every attempt first reserves a place in three counters (fixed windows of 15 minutes), each with
/// one conditional `INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING`, so concurrent attempts
/// cannot all pass a check made before any of them was counted. Only an attempt that got its place
/// in all three reaches the password check; a success gives its places back.
///
/// - the pair account + client address: 5 attempts. This is the lock a guesser meets, and it locks
///   only the guesser's own address out of the account (the user elsewhere still gets in);
/// - the account from any address: 50 attempts. Since one address has at most 5, this is reached
///   only when at least 10 addresses attack the same account (a distributed attack): then the
///   account is locked for everyone until the window ends;
/// - the client address against any account: 30 attempts (password spraying from one address).
///
/// Failures are counted per username whether it exists or not, so the lock reveals nothing.
/// Behind a reverse proxy the address is only the client's when the proxy is trusted
/// (`JALIN_TRUSTED_PROXIES`); otherwise every client shares the proxy's address.
enum PembatasMasuk {
    static let batasPasangan = 5
    static let batasAkun = 50
    static let batasAlamat = 30
    static let jendela: TimeInterval = 15 * 60

    struct Kunci: Equatable {
        let nilai: String
        let batas: Int
    }

    /// The counters of an attempt, in the order they are reserved: address, pair, account.
    static func kunci(namaPengguna: String, alamat: String?) -> [Kunci] {
        let nama = "u:" + namaPengguna.lowercased().prefix(100)
        let subjek = alamat.map { AlamatIP($0)?.subjek ?? String($0.prefix(64)) }
        var k: [Kunci] = []
        if let subjek { k.append(Kunci(nilai: "ip:" + subjek, batas: batasAlamat)) }
        k.append(Kunci(nilai: nama + "|" + (subjek ?? "?"), batas: batasPasangan))
        k.append(Kunci(nilai: nama, batas: batasAkun))
        return k
    }

    /// Reserves one attempt. Nil when the attempt may go on to the password check; else the time
    /// the lock it met ends (and nothing stays counted).
    static func pesan(namaPengguna: String, alamat: String?, on db: any Database, sekarang: Date = Date()) async throws -> Date? {
        var dipesan: [Kunci] = []
        for k in kunci(namaPengguna: namaPengguna, alamat: alamat) {
            if try await ambilTempat(k, sekarang: sekarang, on: db) {
                dipesan.append(k)
                continue
            }
            for d in dipesan { try await kembalikan(d.nilai, on: db) }
            let mulai = try await PercobaanMasuk.find(k.nilai, on: db)?.mulai ?? sekarang
            return max(mulai.addingTimeInterval(jendela), sekarang.addingTimeInterval(1))
        }
        return nil
    }

    /// After a successful login: the account's counters start again, the address gets its place back.
    static func berhasil(namaPengguna: String, alamat: String?, on db: any Database) async throws {
        let k = kunci(namaPengguna: namaPengguna, alamat: alamat)
        for x in k where !x.nilai.hasPrefix("ip:") {
            try await PercobaanMasuk.query(on: db).filter(\.$id == x.nilai).delete()
        }
        if let ip = k.first(where: { $0.nilai.hasPrefix("ip:") }) { try await kembalikan(ip.nilai, on: db) }
    }

    /// The account's own counter only (a training participant's login, `RuangSimulasi`).
    static func bersihkan(namaPengguna: String, on db: any Database) async throws {
        try await PercobaanMasuk.query(on: db).filter(\.$id == "u:" + namaPengguna.lowercased().prefix(100)).delete()
    }

    /// One place in a counter, atomically: a new window when the old one is over, else one more
    /// attempt while under the limit. False when the counter is full.
    private static func ambilTempat(_ k: Kunci, sekarang: Date, on db: any Database) async throws -> Bool {
        let usang = sekarang.addingTimeInterval(-jendela)
        let baris = try await db.sql.raw("""
            INSERT INTO percobaan_masuk (kunci, gagal, mulai) VALUES (\(bind: k.nilai), 1, \(bind: sekarang))
            ON CONFLICT (kunci) DO UPDATE SET
              gagal = CASE WHEN percobaan_masuk.mulai <= \(bind: usang) THEN 1 ELSE percobaan_masuk.gagal + 1 END,
              mulai = CASE WHEN percobaan_masuk.mulai <= \(bind: usang) THEN \(bind: sekarang) ELSE percobaan_masuk.mulai END
            WHERE percobaan_masuk.mulai <= \(bind: usang) OR percobaan_masuk.gagal < \(bind: k.batas)
            RETURNING gagal
            """).all()
        return !baris.isEmpty
    }

    private static func kembalikan(_ kunci: String, on db: any Database) async throws {
        try await db.sql.raw("UPDATE percobaan_masuk SET gagal = gagal - 1 WHERE kunci = \(bind: kunci) AND gagal > 0").run()
    }
}
