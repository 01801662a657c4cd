import Fluent
import Foundation
import SQLKit
import Vapor

/// Sends the e-mails of notifications (`Kabar`) in the background, every minute while the server runs:
/// each is claimed by one conditional UPDATE first, so it goes out once whatever the number of instances.
/// Without `JALIN_SMTP_URL` the queue is cleared (the notifications stay in the app).
enum KirimSurel {
    struct Hasil: Sendable, Equatable {
        var terkirim = 0
        var gagal = 0
    }

    static func jalankan(app: Application, batas: Int = 50) async throws -> Hasil {
        let db = app.db
        guard let smtp = app.konfigurasi.smtpURL.flatMap(KlienSMTP.init(url:)) else {
            try await db.sql.update(NotifikasiRecord.schema).set("surel", to: SQLLiteral.null).where("surel", .equal, "menunggu").run()
            return Hasil()
        }
        var h = Hasil()
        let antre = try await NotifikasiRecord.query(on: db).filter(\.$surel == "menunggu").sort(\.$dibuat).limit(batas).all()
        for n in antre {
            let diklaim = try await db.sql.update(NotifikasiRecord.schema).set("surel", to: "mengirim").where("id", .equal, n.id!)
                .where("surel", .equal, "menunggu").returning("id").all()
            guard !diklaim.isEmpty else { continue }
            let u = try await PenggunaRecord.find(n.penggunaID, on: db)
            var status = "gagal"
            if let alamat = u?.email, !alamat.isEmpty {
                do {
                    try await smtp.kirim(
                        ke: [alamat], judul: "[Jalin] \(n.judul)",
                        isi: n.isi + "\n\n" + (app.konfigurasi.baseURL ?? "") + "/notifikasi/\(n.id!)"
                            + "\n\nPilihan pemberitahuan lewat surel: " + (app.konfigurasi.baseURL ?? "") + "/akun",
                        on: app.eventLoopGroup)
                    status = "terkirim"
                } catch {
                    app.logger.warning("notifikasi: surel gagal dikirim: \(error)")
                }
            }
            try await db.sql.update(NotifikasiRecord.schema).set("surel", to: status).where("id", .equal, n.id!).run()
            if status == "terkirim" { h.terkirim += 1 } else { h.gagal += 1 }
        }
        return h
    }
}
