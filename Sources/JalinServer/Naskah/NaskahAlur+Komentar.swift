import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// Comments on a naskah's Pasal: threads, replies, and resolving a thread.
extension NaskahAlur {

    static func komentari(
        _ r: NaskahRecord, pasal kunci: String?, isi teks: String?, induk: UUID?, pelaku p: Pelaku, ip: String?,
        on db: any Database
    ) async throws -> KomentarNaskahRecord {
        guard bolehKomentar(r, p) else {
            if r.statusNaskah == .ditandatangani {
                throw Tolak(
                    .forbidden, "Naskah yang sudah ditandatangani tidak dapat dikomentari lagi; perubahan dilakukan melalui Adendum.")
            }
            throw Tolak(.forbidden, "Peran Anda hanya dapat membaca naskah ini.")
        }
        var v = Pemeriksa()
        let isi = Teks.bersihkan(teks, field: "isi", label: "Komentar", wajib: true, maks: 5000, banyakBaris: true, ke: &v)
        let n = try self.isi(r)
        var kunciPasal = kunci ?? ""
        var akar: KomentarNaskahRecord?
        if let induk {
            akar = try await p.query(KomentarNaskahRecord.self, on: db).filter(\.$id == induk).filter(\.$naskahID == r.id!).first()
                .flatMap { utasTerlihat($0, r, oleh: p) ? $0 : nil }
            if akar == nil || akar?.indukID != nil { v.tambah("induk", "Utas komentar yang dibalas tidak ditemukan.") }
            kunciPasal = akar?.pasalKunci ?? kunciPasal
        }
        let i = n.indeksPasal(kunci: kunciPasal)
        if akar == nil && i == nil { v.tambah("pasal", "Pilih Pasal yang dikomentari.") }
        try v.selesai()
        let c = KomentarNaskahRecord()
        c.pemdaID = r.pemdaID
        c.naskahID = r.id!
        c.indukID = akar?.id
        c.pasalKunci = kunciPasal
        c.pasalLabel =
            akar?.pasalLabel ?? i.map { [n.labelPasal($0), n.pasal[$0].judul].filter { !$0.isEmpty }.joined(separator: " ") } ?? kunciPasal
        c.versi = r.versiTerkini
        c.penggunaID = p.penggunaID
        c.nama = p.namaLengkap
        c.dariMitra = p.peran == .mitra
        if p.peran == .mitra, let m = p.mitraID, let mitra = try await p.query(MitraRecord.self, on: db).filter(\.$id == m).first() {
            c.asal = mitra.nama
        } else {
            c.asal = p.pemdaNama
        }
        c.isi = isi!
        c.selesai = false
        c.waktu = p.jam.sekarang
        let akarTetap = akar
        try await db.transaction { db in
            try await c.create(on: db)
            if let akar = akarTetap, akar.selesai {
                // A reply reopens a resolved thread.
                akar.selesai = false
                akar.diselesaikanOleh = nil
                try await akar.update(on: db)
            }
            try await Audit.catat(
                "naskah.komentar", entitas: "komentar_naskah", id: c.id?.uuidString,
                sesudah: ["naskah": r.id!.uuidString, "pasal": c.pasalLabel], pelaku: p, ip: ip, on: db)
            try await kabarkanKomentar(r, c, akar: akarTetap, pelaku: p, on: db)
        }
        return c
    }

    /// The other side hears of a comment: the partner's comment reaches the admins and the drafting unit;
    /// a reply in a thread the partner began (while the draft is shared) reaches the partner's reviewers.
    static func kabarkanKomentar(
        _ r: NaskahRecord, _ c: KomentarNaskahRecord, akar: KomentarNaskahRecord?, pelaku p: Pelaku, on db: any Database
    ) async throws {
        if c.dariMitra {
            let dalam =
                try await Kabar.admin(r.pemdaID, on: db)
                + (try await r.unitID.asyncMap { try await Kabar.operatorUnit(r.pemdaID, [$0], on: db) } ?? [])
            try await Kabar.kirim(
                .init(
                    jenis: .naskah, judul: "Komentar mitra pada \(c.pasalLabel): \(r.judul)", isi: String(c.isi.prefix(300)),
                    tautan: "/naskah/\(r.id!)#komentar"),
                ke: dalam, pelaku: p, on: db)
        } else if let akar, akar.dariMitra, r.dibagikan, let m = r.mitraID {
            try await Kabar.kirim(
                .init(
                    jenis: .naskah, judul: "Balasan atas komentar Anda pada \(c.pasalLabel): \(r.judul)", isi: String(c.isi.prefix(300)),
                    tautan: "/mitra/naskah/\(r.id!)"),
                ke: try await Kabar.mitra(r.pemdaID, [m], on: db), pelaku: p, on: db)
        }
    }

    /// Who may resolve or reopen a thread: internal reviewers and editors, or the thread's author.
    static func bolehUbahStatus(utas c: KomentarNaskahRecord, _ p: Pelaku) -> Bool {
        [.admin, .tkksd, .operator].contains(p.peran) || c.penggunaID == p.penggunaID
    }

    /// Resolves or reopens a thread: internal reviewers and editors, or the thread's author.
    static func statusKomentar(
        _ r: NaskahRecord, komentar id: UUID?, selesai: Bool, pelaku p: Pelaku, ip: String?, on db: any Database
    ) async throws -> KomentarNaskahRecord {
        guard let id, let c = try await p.query(KomentarNaskahRecord.self, on: db).filter(\.$id == id).filter(\.$naskahID == r.id!).first(),
            terlihat(r, oleh: p), utasTerlihat(c, r, oleh: p)
        else { throw Abort(.notFound) }
        guard c.indukID == nil else {
            throw KesalahanValidasi(
                field: "komentar", pesan: "Hanya utas komentar (bukan balasan) yang dapat diselesaikan atau dibuka kembali.")
        }
        guard bolehUbahStatus(utas: c, p) else {
            throw Tolak(.forbidden, "Hanya peninjau internal atau penulis utas yang dapat menyelesaikan atau membuka kembali utas ini.")
        }
        try await db.transaction { db in
            c.selesai = selesai
            c.diselesaikanOleh = selesai ? p.namaLengkap : nil
            try await c.update(on: db)
            try await Audit.catat(
                selesai ? "naskah.komentar_selesai" : "naskah.komentar_dibuka", entitas: "komentar_naskah", id: c.id?.uuidString,
                pelaku: p, ip: ip, on: db)
        }
        return c
    }
}
