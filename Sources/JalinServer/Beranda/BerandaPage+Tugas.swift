import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// "Tugas saya": what waits for this person now, per role (issue 18.7), above the pemda's totals. Each
/// task is a count of records that need this person's action and a link to them; the unread notifications
/// that ask for an action follow.
extension BerandaPage {
    struct Tugas: Encodable {
        let judul: String
        let jumlah: Int
        let href: String
    }

    struct TugasSaya: Encodable {
        let tugas: [Tugas]
        let kabar: [NotifikasiPage.Baris]
    }

    static func tugasSaya(_ p: Pelaku, on db: any Database) async throws -> TugasSaya {
        var t: [Tugas] = []
        func tambah(_ judul: String, _ jumlah: Int, _ href: String) {
            if jumlah > 0 { t.append(Tugas(judul: judul, jumlah: jumlah, href: href)) }
        }
        let usulan = { (s: StatusUsulan) in p.query(UsulanRecord.self, on: db).filter(\.$status == s.rawValue) }
        switch p.peran {
        case .admin:
            tambah("Usulan menunggu verifikasi", try await usulan(.diajukan).count(), "/pemetaan")
            let (belum, pertama) = try await prioritasTanpaKerjaSama(p, on: db)
            tambah(
                "Usulan prioritas yang belum dimulai kerja samanya", belum, pertama.map { "/pemetaan/usulan/\($0)#lanjutan" } ?? "/pemetaan"
            )
            let komentar = p.query(KomentarNaskahRecord.self, on: db).filter(\.$dariMitra == true).filter(\.$selesai == false)
                .filter(\.$indukID == nil)
            let jumlahKomentar = try await komentar.count()
            let contoh = jumlahKomentar > 0 ? try await komentar.copy().first() : nil
            tambah(
                "Komentar mitra pada naskah yang belum diselesaikan", jumlahKomentar,
                contoh.map { "/naskah/\($0.naskahID)#komentar" } ?? "/naskah")
            tambah("Kewajiban yang melewati jatuh tempo", try await kewajibanTerlambat(p, unit: nil, on: db), "/kerja-sama?segera=1")
        case .tkksd:
            let (belum, pertama) = try await usulanTanpa(
                .terverifikasi,
                "NOT EXISTS (SELECT 1 FROM \(unsafeRaw: NilaiUsulanRecord.schema) n WHERE n.usulan_id = u.id AND n.pengguna_id = \(bind: p.penggunaID))",
                p, on: db)
            tambah("Usulan menunggu penilaian Anda", belum, pertama.map { "/pemetaan/usulan/\($0)#penilaian" } ?? "/pemetaan")
        case .operator:
            if let unit = p.unitID {
                let dikembalikan = try await usulan(.dikembalikan).filter(\.$unitID == unit).all()
                tambah(
                    "Usulan dikembalikan untuk diperbaiki", dikembalikan.count,
                    dikembalikan.first.map { "/pemetaan/usulan/\($0.id!)" } ?? "/pemetaan")
                tambah("Usulan yang masih draf", try await usulan(.draf).filter(\.$unitID == unit).count(), "/pemetaan")
                let monev = try await evaluasiBelumDiisi(p, unit: unit, on: db)
                tambah(
                    "Isian monitoring dan evaluasi yang belum diisi", monev.count, monev.first.map { "/monev/evaluasi/\($0)" } ?? "/monev")
                tambah(
                    "Kewajiban unit Anda yang melewati jatuh tempo", try await kewajibanTerlambat(p, unit: unit, on: db),
                    "/kerja-sama?segera=1")
            }
        case .mitra, .pimpinan:
            break
        }
        let kabar = try await p.query(NotifikasiRecord.self, on: db).filter(\.$penggunaID == p.penggunaID).filter(\.$dibaca == false)
            .filter(\.$mendesak == true).sort(\.$dibuat, .descending).limit(5).all()
        return TugasSaya(
            tugas: t,
            kabar: kabar.map {
                NotifikasiPage.Baris(
                    id: $0.id!.uuidString, judul: $0.judul, isi: $0.isi, tautan: "/notifikasi/\($0.id!)", waktu: Format.waktu($0.dibuat),
                    dibaca: false, mendesak: true, jenis: JenisKabar(rawValue: $0.jenis)?.nama ?? "")
            })
    }

    /// Open obligations past their due date, of the pemda or of the records a unit carries out: one count
    /// in SQL (the national data set has tens of thousands of obligations).
    static func kewajibanTerlambat(_ p: Pelaku, unit: UUID?, on db: any Database) async throws -> Int {
        let q = db.sql.select().column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n"))).from(
            KewajibanRecord.schema
        )
        .where("pemda_id", .equal, p.pemdaID).where("status", .notEqual, "selesai").where("jatuh_tempo", .isNot, SQLLiteral.null)
        .where("jatuh_tempo", .lessThan, p.jam.hariIni.iso)
        if let unit {
            q.where(
                SQLBinaryExpression(
                    SQLIdentifier("kerja_sama_id"), .in,
                    SQLSubquery.select {
                        $0.column("kerja_sama_id").from(KaitKerjaSama.schema).where("pemda_id", .equal, p.pemdaID)
                            .where("jenis", .equal, KaitKerjaSama.Jenis.unit.rawValue).where("nilai", .equal, unit.uuidString)
                    }))
        }
        return try await q.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The submissions of a status without something (`tanpa`, a `NOT EXISTS` over `u`): how many, and the first.
    static func usulanTanpa(_ status: StatusUsulan, _ tanpa: SQLQueryString, _ p: Pelaku, on db: any Database) async throws -> (Int, UUID?)
    {
        func q() -> SQLSelectBuilder {
            db.sql.select().from(SQLAlias(SQLIdentifier(UsulanRecord.schema), as: SQLIdentifier("u")))
                .where(SQLColumn("pemda_id", table: "u"), .equal, SQLBind(p.pemdaID))
                .where(SQLColumn("status", table: "u"), .equal, SQLBind(status.rawValue))
                .where(tanpa)
        }
        let n =
            try await q().column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n"))).first()?.decode(
                column: "n", as: Int.self) ?? 0
        let pertama = n > 0 ? try await q().column(SQLColumn("id", table: "u")).limit(1).first()?.decode(column: "id", as: UUID.self) : nil
        return (n, pertama)
    }

    /// The prioritised submissions from which no cooperation was started yet.
    static func prioritasTanpaKerjaSama(_ p: Pelaku, on db: any Database) async throws -> (Int, UUID?) {
        try await usulanTanpa(
            .diprioritaskan,
            "NOT EXISTS (SELECT 1 FROM \(unsafeRaw: KerjaSamaRecord.schema) k WHERE k.pemda_id = u.pemda_id AND k.usulan_id = u.id)",
            p, on: db)
    }

    /// The evaluations of an open monev period that the unit has not filled yet.
    static func evaluasiBelumDiisi(_ p: Pelaku, unit: UUID, on db: any Database) async throws -> [UUID] {
        let periode = try await p.query(PeriodeMonevRecord.self, on: db).filter(\.$dibuka == true).all().compactMap(\.id)
        guard !periode.isEmpty else { return [] }
        let e = try await p.query(EvaluasiMonevRecord.self, on: db).filter(\.$periodeID ~~ periode).filter(\.$unitID == unit).all()
        guard !e.isEmpty else { return [] }
        let diisi = Set(
            try await p.query(IsianMonevRecord.self, on: db).filter(\.$evaluasiID ~~ e.compactMap(\.id)).filter(\.$pihakID == unit).all()
                .map(\.evaluasiID))
        return e.compactMap(\.id).filter { !diisi.contains($0) }
    }
}
