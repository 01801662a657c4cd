import Fluent
import Foundation
import SQLKit
import Vapor

/// Login throttling, in the database so that every instance sees it.
///
/// Three counters (fixed windows of 15 minutes):
///
/// - the pair account + client address: 5 attempts. This is the lock a guesser meets, and it locks
///   only the guesser's own address out of the account (the user elsewhere still gets in);
/// - the account from any address: 50 attempts. Since one address has at most 5, this is reached
///   only when at least 10 addresses attack the same account (a distributed attack): then the
///   account is locked for everyone until the window ends;
/// - the client address against any account: 30 failures (password spraying from one address).
///
/// The two account counters are reserved before the password is checked, each with one conditional
/// `INSERT … ON CONFLICT DO UPDATE … WHERE gagal < batas … RETURNING`, so concurrent attempts cannot
/// all pass a check made before any of them was counted; a success resets them. The address counter
/// is checked before and incremented (atomically) only after a failure: a class of 100 people behind
/// one address logging in at the same moment must not fill it, and parallel guesses from one address
/// are already bounded per account by the pair counter.
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

    static func subjek(_ alamat: String?) -> String? {
        alamat.map { AlamatIP($0)?.subjek ?? String($0.prefix(64)) }
    }

    /// The address counter, when the address is known.
    static func kunciAlamat(_ alamat: String?) -> Kunci? {
        subjek(alamat).map { Kunci(nilai: "ip:" + $0, batas: batasAlamat) }
    }

    /// The account's counters, in the order they are reserved: pair, account.
    static func kunciAkun(namaPengguna: String, alamat: String?) -> [Kunci] {
        let nama = "u:" + namaPengguna.lowercased().prefix(100)
        return [Kunci(nilai: nama + "|" + (subjek(alamat) ?? "?"), batas: batasPasangan), Kunci(nilai: nama, batas: batasAkun)]
    }

    /// Decides before the password check. Nil when the attempt may go on (its places in the account's
    /// counters are then taken); else the time the lock it met ends (and nothing is counted).
    static func pesan(namaPengguna: String, alamat: String?, on db: any Database, sekarang: Date = Date()) async throws -> Date? {
        let usang = sekarang.addingTimeInterval(-jendela)
        if let k = kunciAlamat(alamat), let row = try await PercobaanMasukRecord.find(k.nilai, on: db), row.mulai > usang,
            row.gagal >= k.batas
        {
            return max(row.mulai.addingTimeInterval(jendela), sekarang.addingTimeInterval(1))
        }
        var dipesan: [Kunci] = []
        for k in kunciAkun(namaPengguna: namaPengguna, alamat: alamat) {
            if try await ambilTempat(k, sekarang: sekarang, on: db) {
                dipesan.append(k)
                continue
            }
            for d in dipesan { try await kembalikan(d.nilai, on: db) }
            let mulai = try await PercobaanMasukRecord.find(k.nilai, on: db)?.mulai ?? sekarang
            return max(mulai.addingTimeInterval(jendela), sekarang.addingTimeInterval(1))
        }
        return nil
    }

    /// After a failed password check: one more failure for the address (the account's were counted by `pesan`).
    static func gagal(alamat: String?, on db: any Database, sekarang: Date = Date()) async throws {
        guard let k = kunciAlamat(alamat) else { return }
        _ = try await ambilTempat(Kunci(nilai: k.nilai, batas: 1_000_000_000), sekarang: sekarang, on: db)
    }

    /// After a successful login: the account's counters start again.
    static func berhasil(namaPengguna: String, alamat: String?, on db: any Database) async throws {
        for k in kunciAkun(namaPengguna: namaPengguna, alamat: alamat) {
            try await PercobaanMasukRecord.query(on: db).filter(\.$id == k.nilai).delete()
        }
    }

    /// The account's own counter only (a training participant's login, `RuangSimulasiPage`).
    static func bersihkan(namaPengguna: String, on db: any Database) async throws {
        try await PercobaanMasukRecord.query(on: db).filter(\.$id == "u:" + namaPengguna.lowercased().prefix(100)).delete()
    }

    /// One place in a counter, atomically: a new window when the old one is over, else one more
    /// attempt while under the limit. False when the counter is full.
    private static func ambilTempat(_ k: Kunci, sekarang: Date, on db: any Database) async throws -> Bool {
        let usang = sekarang.addingTimeInterval(-jendela)
        let baris = try await db.sql.raw(
            """
            INSERT INTO percobaan_masuk (kunci, gagal, mulai) VALUES (\(bind: k.nilai), 1, \(bind: sekarang))
            ON CONFLICT (kunci) DO UPDATE SET
              gagal = CASE WHEN percobaan_masuk.mulai <= \(bind: usang) THEN 1 ELSE percobaan_masuk.gagal + 1 END,
              mulai = CASE WHEN percobaan_masuk.mulai <= \(bind: usang) THEN \(bind: sekarang) ELSE percobaan_masuk.mulai END
            WHERE percobaan_masuk.mulai <= \(bind: usang) OR percobaan_masuk.gagal < \(bind: k.batas)
            RETURNING gagal
            """
        ).all()
        return !baris.isEmpty
    }

    private static func kembalikan(_ kunci: String, on db: any Database) async throws {
        try await db.sql.raw("UPDATE percobaan_masuk SET gagal = gagal - 1 WHERE kunci = \(bind: kunci) AND gagal > 0").run()
    }
}
