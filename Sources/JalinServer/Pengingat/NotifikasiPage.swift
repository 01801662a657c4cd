import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import SQLKit
import Vapor

/// The in-app notification list and the per-user secret calendar feed (RFC 5545).
enum NotifikasiPage {
    struct Baris: Content {
        let id: String
        let judul: String
        let isi: String
        let tautan: String
        let waktu: String
        let dibaca: Bool
        var mendesak = false
        var jenis = ""
    }

    /// Above this the navigation says "99+": the count on every page stops there, whatever the backlog.
    static let batasHitung = 99

    /// A count as the pages say it: "Lebih dari 99" beyond the cap.
    static func teksJumlah(_ n: Int) -> String { n > batasHitung ? "Lebih dari \(batasHitung)" : String(n) }

    /// The caller's unread notifications, counted up to `batasHitung` + 1 (the navigation's count).
    static func belumDibaca(_ p: Pelaku, on db: any Database) async throws -> Int {
        let sub = SQLSubquery.select {
            $0.column(SQLLiteral.numeric("1")).from(NotifikasiRecord.schema).where("pengguna_id", .equal, p.penggunaID)
                .where("dibaca", .equal, false).where("pemda_id", .equal, p.pemdaID).limit(batasHitung + 1)
        }
        return try await db.sql.select().column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
            .from(SQLAlias(sub, as: SQLIdentifier("x"))).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "notifikasi", akses: .semuaPengguna, use: daftar)
        app.rute(.POST, "notifikasi", "dibaca", akses: .semuaPengguna, use: tandaiDibaca)
        // Opening one marks it read and goes where it points (an address Jalin wrote, never the client's).
        app.rute(.GET, "notifikasi", ":notifikasi", akses: .semuaPengguna, use: buka)
        app.rute(.POST, "akun", "kalender", akses: .internalPemda, use: buatKalender)
        // The feed itself: the secret in the address is the credential (calendar apps cannot log in).
        app.rute(.GET, "kalender", ":berkas", akses: .publik, use: feedKalender)
    }

    /// Every deadline the user may see: agreement ends and obligation due dates of their pemda.
    static func acara(pemdaID: UUID, on db: any Database) async throws -> [AcaraKalender] {
        var hasil: [AcaraKalender] = []
        let ks = try await KerjaSamaRecord.query(on: db).filter(\.$pemdaID == pemdaID).filter(\.$tahap != Tahap.berakhir.rawValue).all()
        let judul = Dictionary(uniqueKeysWithValues: ks.map { ($0.id!, $0.judul) })
        for k in ks {
            guard let t = k.tanggalBerakhir.flatMap(Tanggal.init(iso:)) else { continue }
            hasil.append(
                AcaraKalender(
                    uid: "ks-\(k.id!)@jalin", ringkasan: "Berakhir: \(k.judul)",
                    uraian: "Masa berlaku kerja sama berakhir. Tentukan perpanjangan, adendum, atau pengakhiran.",
                    tanggal: t, tautan: "/kerja-sama/\(k.id!)", kategori: "Kerja sama"))
        }
        let kw = try await KewajibanRecord.query(on: db).filter(\.$pemdaID == pemdaID).filter(\.$status != "selesai").filter(
            \.$jatuhTempo != nil
        ).all()
        for k in kw {
            guard let t = k.jatuhTempo.flatMap(Tanggal.init(iso:)), let j = judul[k.kerjaSamaID] else { continue }
            hasil.append(
                AcaraKalender(
                    uid: "kw-\(k.id!)@jalin", ringkasan: "Kewajiban: \(k.uraian.prefix(80))",
                    uraian: "\(k.uraian) — \(k.pemilik) — \(j)", tanggal: t, tautan: "/kerja-sama/\(k.kerjaSamaID)", kategori: "Kewajiban"))
        }
        return hasil.sorted { ($0.tanggal, $0.uid) < ($1.tanggal, $1.uid) }
    }
}

// MARK: Handlers

extension NotifikasiPage {
    @Sendable static func daftar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        // Unread first, tasks before information, then the newest.
        let rows = try await p.query(NotifikasiRecord.self, on: req.database).filter(\.$penggunaID == p.penggunaID)
            .sort(\.$dibaca).sort(\.$mendesak, .descending).sort(\.$dibuat, .descending).sort(\.$judul).limit(200).all()
        struct M: Encodable {
            let baris: [Baris]
            let belum: String
        }
        return try await req.halaman(
            "kerjasama/notifikasi", judul: "Notifikasi",
            M(
                baris: rows.map {
                    Baris(
                        id: $0.id!.uuidString, judul: $0.judul, isi: $0.isi, tautan: "/notifikasi/\($0.id!)",
                        waktu: Format.waktu($0.dibuat),
                        dibaca: $0.dibaca, mendesak: $0.mendesak, jenis: JenisKabar(rawValue: $0.jenis)?.nama ?? "")
                },
                belum: teksJumlah(try await belumDibaca(p, on: req.database))))
    }

    @Sendable static func buka(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let n = try await p.cari(NotifikasiRecord.self, req.parameters.get("notifikasi", as: UUID.self), on: req.database)
        guard n.penggunaID == p.penggunaID else { throw Abort(.notFound) }
        if !n.dibaca {
            n.dibaca = true
            try await n.update(on: req.database)
        }
        return req.redirect(to: n.tautan.hasPrefix("/") && !n.tautan.hasPrefix("//") ? n.tautan : "/notifikasi")
    }

    @Sendable static func tandaiDibaca(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        try await NotifikasiRecord.query(on: req.database).filter(\.$pemdaID == p.pemdaID).filter(\.$penggunaID == p.penggunaID)
            .set(\.$dibaca, to: true).update()
        return req.redirect(to: "/notifikasi?pesan=tersimpan")
    }

    @Sendable static func buatKalender(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let token = Rahasia.acak()
        try await req.database.transaction { db in
            try await TokenKalenderRecord.query(on: db).filter(\.$penggunaID == p.penggunaID).delete()
            let t = TokenKalenderRecord()
            t.pemdaID = p.pemdaID
            t.penggunaID = p.penggunaID
            t.tokenHash = Rahasia.sha256(token)
            t.dibuat = req.jam.sekarang
            try await t.create(on: db)
            try await Audit.catat("kalender.buat", entitas: "token_kalender", id: t.id?.uuidString, pelaku: p, ip: req.alamatKlien, on: db)
        }
        // An absolute address for calendar apps: the configured base URL, else the address this request came to.
        let dasar = req.application.konfigurasi.baseURL ?? req.headers.first(name: .host).map { "http://\($0)" } ?? ""
        return try await AkunPage.tampil(req, alamatKalender: dasar + "/kalender/\(token).ics")
    }

    @Sendable static func feedKalender(_ req: Request) async throws -> Response {
        let berkas = req.parameters.get("berkas") ?? ""
        guard berkas.hasSuffix(".ics"), berkas.count < 100 else { throw Abort(.notFound) }
        let token = String(berkas.dropLast(4))
        guard let t = try await TokenKalenderRecord.query(on: req.database).filter(\.$tokenHash == Rahasia.sha256(token)).first(),
            let u = try await PenggunaRecord.find(t.penggunaID, on: req.database), u.aktif, u.peran.internalPemda
        else { throw Abort(.notFound) }
        let daftarAcara = try await acara(pemdaID: t.pemdaID, on: req.database)
        let res = Response(
            status: .ok,
            body: .init(string: ICal.tulis(namaKalender: "Jalin — tenggat kerja sama", acara: daftarAcara, sekarang: req.jam.sekarang)))
        res.headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        res.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=300")
        return res
    }
}
