import Fluent
import Foundation
import JalinDomain
import Vapor

/// Many pemda on one installation: a pemda publishes selected submissions (offers and needs); the
/// needs–offers match (`PadananPage`) then pairs them with other pemda's published ones, and from a
/// match either admin starts a Kesepakatan Bersama that is pre-filled with both sides. Nothing of a
/// submission is visible to another pemda unless it is published, and then only its title, urusan and
/// the resources offered and needed (never drafts, notes, history or attachments).
enum LintasPemdaPage {
    /// Publishes or withdraws one submission; only a submitted, not rejected one can be published.
    static func publikasikan(_ r: UsulanRecord, publik: Bool, versi: Int, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        if publik && (r.status == StatusUsulan.draf.rawValue || r.status == StatusUsulan.ditolak.rawValue) {
            throw KesalahanValidasi(
                field: "publik", pesan: "Hanya usulan yang sudah diajukan dan tidak ditolak yang dapat dipublikasikan kepada pemda lain.")
        }
        try await db.transaction { db in
            guard try await KunciVersi.klaim(tabel: UsulanRecord.schema, id: r.id!, diharapkan: versi, on: db) else { throw KonflikVersi() }
            let sebelum = r.publik
            r.publik = publik
            r.version = versi + 1
            try await r.update(on: db)
            try await Audit.catat(
                publik ? "usulan.publikasi" : "usulan.tarik_publikasi", entitas: "usulan_potensi", id: r.id?.uuidString,
                sebelum: ["publik": sebelum], sesudah: ["publik": publik], pelaku: p, ip: ip, on: db)
        }
    }

    /// The other pemda as a partner in this pemda's directory: the existing entry with its kode wilayah, or a new one.
    static func mitraUntuk(_ lain: PemdaRecord, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> MitraRecord {
        if let m = try await p.query(MitraRecord.self, on: db).filter(\.$kodeWilayah == lain.kodeWilayah).first() { return m }
        let nama = lain.nama.hasPrefix("Pemerintah") ? lain.nama : "Pemerintah \(lain.nama)"
        let m = MitraRecord(
            pemdaID: p.pemdaID, jenis: .daerah, nama: nama, kodeWilayah: lain.kodeWilayah,
            keterangan: "Ditambahkan dari padanan lintas pemda.", contoh: false)
        try await db.transaction { db in
            try await m.create(on: db)
            try await Audit.catat(
                "mitra.buat", entitas: "mitra", id: m.id?.uuidString, sesudah: ["nama": nama, "kodeWilayah": lain.kodeWilayah],
                pelaku: p, ip: ip, on: db)
        }
        return m
    }

    static func daftarkan(_ app: Application) {
        app.rute(.POST, "pemetaan", "usulan", ":usulan", "publikasi", akses: .admin, use: publikasi)
        app.rute(.POST, "pemetaan", "padanan", "mulai", akses: .admin, use: mulaiDariPadanan)
    }

    @Sendable static func publikasi(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        struct F: Content {
            var publik: String?
            var version: Int?
        }
        let f = try req.content.decode(F.self)
        try await publikasikan(r, publik: f.publik == "1", versi: f.version ?? -1, pelaku: p, ip: req.alamatKlien, on: req.database)
        return req.redirect(to: "/pemetaan/usulan/\(r.id!)?pesan=tersimpan")
    }

    /// From a cross-pemda match: the partner pemda in the directory, then the KB form pre-filled with both sides.
    @Sendable static func mulaiDariPadanan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        struct F: Content {
            var usulan: UUID?
            var lain: UUID?
        }
        let f = try req.content.decode(F.self)
        let milik = try await p.cari(UsulanRecord.self, f.usulan, on: req.database)
        // The other side must be a published submission of another pemda.
        guard let id = f.lain,
            let lain = try await UsulanRecord.query(on: req.database).filter(\.$id == id).filter(\.$publik == true)
                .filter(\.$pemdaID != p.pemdaID).first(),
            let pemdaLain = try await PemdaRecord.find(lain.pemdaID, on: req.database)
        else { throw Tolak(.notFound, "Usulan pemda lain itu tidak ditemukan atau tidak dipublikasikan.") }
        let m = try await mitraUntuk(pemdaLain, pelaku: p, ip: req.alamatKlien, on: req.database)
        return req.redirect(to: "/naskah/baru?jenis=kesepakatanBersama&usulan=\(milik.id!.uuidString)&mitra=\(m.id!.uuidString)")
    }
}
