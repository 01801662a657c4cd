import Fluent
import Foundation
import JalinDomain
import Vapor

/// A party of an evaluation: the role it fills the form in, and the implementing unit (role `opd`), the partner
/// (role `mitra`) or the TKKSD member's own user (role `tkksd`) it speaks for. Each party has its own form.
struct PihakMonev: Hashable, Sendable {
    let peran: PeranPenilai
    let id: UUID

    func memiliki(_ i: IsianMonevRecord) -> Bool { i.peran == peran.rawValue && i.pihakID == id }
}

/// Evaluation periods, the parties' forms, the admin's final assessment, the index, and the flow of
/// recommendations back into the mapping round. Every action is one transaction with its audit entry.
enum MonevAlur {
    /// Stages in which a cooperation is running and is evaluated.
    static let tahapAktif = [Tahap.pelaksanaan.rawValue, Tahap.penatausahaan.rawValue, Tahap.pelaporan.rawValue]

    static func json<T: Encodable>(_ v: T) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: (try? e.encode(v)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The rubric that applies to the next period: the newest saved version, or the default.
    static func rubrikBerlaku(_ p: Pelaku, on db: any Database) async throws -> RubrikMonev {
        guard let r = try await p.query(RubrikMonevRecord.self, on: db).sort(\.$versi, .descending).first(),
            let x = try? JSONDecoder().decode(RubrikMonev.self, from: Data(r.rubrikJSON.utf8))
        else { return .bawaan }
        return x
    }

    /// Saves a new rubric version (weights and names edited by the admin).
    static func simpanRubrik(_ r: RubrikMonev, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> RubrikMonev {
        try r.periksa()
        let lama = try await rubrikBerlaku(p, on: db)
        var baru = r
        baru.versi = lama.versi + 1
        let row = RubrikMonevRecord()
        row.pemdaID = p.pemdaID
        row.versi = baru.versi
        row.rubrikJSON = json(baru)
        let simpan = baru
        try await db.transaction { db in
            try await row.create(on: db)
            try await Audit.catat(
                "monev.rubrik", entitas: "rubrik_monev", id: row.id?.uuidString, sebelum: lama, sesudah: simpan, pelaku: p, ip: ip, on: db)
        }
        return simpan
    }

    /// Opens a period: every active cooperation gets an evaluation task for its implementing OPD.
    static func buka(
        nama: String?, mulai: String?, selesai: String?, pelaku p: Pelaku, ip: String?, contoh: Bool = false,
        on db: any Database
    ) async throws -> PeriodeMonevRecord {
        var v = Pemeriksa()
        let n = Teks.bersihkan(nama, field: "nama", label: "Nama periode", wajib: true, maks: 200, ke: &v)
        var rentang: RentangMonev?
        do { rentang = try RentangMonev(mulai: mulai, selesai: selesai) } catch { for k in error.daftar { v.tambah(k.field, k.pesan) } }
        try v.selesai()
        let rubrik = try await rubrikBerlaku(p, on: db)
        let rentangTetap = rentang!
        let x = PeriodeMonevRecord()
        x.pemdaID = p.pemdaID
        x.nama = n!
        x.mulai = rentang!.mulai.iso
        x.selesai = rentang!.selesai.iso
        x.dibuka = true
        x.rubrikJSON = json(rubrik)
        x.contoh = contoh
        x.tampilkanIsian = false
        x.version = 1
        try await db.transaction { db in
            try await x.create(on: db)
            let aktif = try await p.query(KerjaSamaRecord.self, on: db).filter(\.$tahap ~~ tahapAktif).all()
            for ks in aktif {
                guard let unit = ks.idUnit.first else { continue }
                let e = EvaluasiMonevRecord()
                e.pemdaID = p.pemdaID
                e.periodeID = x.id!
                e.kerjaSamaID = ks.id!
                e.unitID = unit
                e.urusan = ks.urusan
                e.mitra = ks.mitra
                e.jenis = ks.jenis
                e.version = 1
                try await e.create(on: db)
                try await Kabar.kirim(
                    .init(
                        jenis: .monev, judul: "Isian monitoring dan evaluasi: \(ks.judul)",
                        isi: "Periode \(x.nama), \(rentangTetap.mulai.panjang) sampai \(rentangTetap.selesai.panjang).",
                        tautan: "/monev/evaluasi/\(e.id!)"),
                    ke: try await Kabar.operatorUnit(p.pemdaID, [unit], on: db) + (try await Kabar.mitra(p.pemdaID, ks.idMitra, on: db)),
                    pelaku: p, on: db)
            }
            try await Audit.catat(
                "monev.periode.buka", entitas: "periode_monev", id: x.id?.uuidString,
                sesudah: ["nama": x.nama, "mulai": x.mulai, "selesai": x.selesai, "tugas": String(aktif.count)],
                pelaku: p, ip: ip, on: db)
        }
        return x
    }

    static func cariPeriode(_ req: Request) async throws -> PeriodeMonevRecord {
        try await req.pelakuWajib().cari(PeriodeMonevRecord.self, req.parameters.get("periode", as: UUID.self), on: req.database)
    }

    /// May this caller see the evaluation? The pemda's staff all; a partner only its own cooperation.
    static func terlihat(_ e: EvaluasiMonevRecord, oleh p: Pelaku) -> Bool {
        p.peran.internalPemda || (p.peran == .mitra && p.mitraID.map(e.idMitra.contains) == true)
    }

    static func cariEvaluasi(_ req: Request) async throws -> EvaluasiMonevRecord {
        let p = try req.pelakuWajib()
        let e = try await p.cari(EvaluasiMonevRecord.self, req.parameters.get("evaluasi", as: UUID.self), on: req.database)
        guard terlihat(e, oleh: p) else { throw Abort(.notFound) }
        return e
    }

    /// Which party the caller speaks for in this evaluation (whose form it fills), or a refusal naming why.
    static func pihak(_ p: Pelaku, untuk e: EvaluasiMonevRecord, ks: KerjaSamaRecord) throws -> PihakMonev {
        switch p.peran {
        case .operator:
            guard let u = p.unitID, ks.idUnit.contains(u) else {
                throw Tolak(
                    .forbidden,
                    "Kerja sama ini dilaksanakan oleh perangkat daerah lain; Anda hanya dapat mengevaluasi kerja sama unit Anda sendiri.")
            }
            return PihakMonev(peran: .opd, id: u)
        case .mitra:
            guard let m = p.mitraID, e.idMitra.contains(m) else { throw Tolak(.forbidden, "Anda bukan mitra dalam kerja sama ini.") }
            return PihakMonev(peran: .mitra, id: m)
        case .tkksd: return PihakMonev(peran: .tkksd, id: p.penggunaID)
        case .admin, .pimpinan:
            throw Tolak(
                .forbidden,
                "Formulir evaluasi diisi oleh perangkat daerah pelaksana, mitra dan anggota TKKSD; admin memberi penilaian akhir.")
        }
    }

    /// The admin (who gives the final assessment) and the pimpinan (who receives the reports built from the
    /// forms) read every form and the running index; nobody else is an overseer.
    static func pengawas(_ p: Pelaku) -> Bool { p.peran == .admin || p.peran == .pimpinan }

    /// The forms of one evaluation the caller may read (and whose evidence it may download): an overseer all;
    /// a party its own form, and every party's once the period is closed if the admin chose to show them;
    /// anyone else none. Reading another party's form before then is answered as if it did not exist.
    static func isianTerlihat(
        _ isian: [IsianMonevRecord], e: EvaluasiMonevRecord, ks: KerjaSamaRecord, periode: PeriodeMonevRecord,
        oleh p: Pelaku
    ) -> [IsianMonevRecord] {
        if pengawas(p) { return isian }
        guard let saya = try? pihak(p, untuk: e, ks: ks) else { return [] }
        if !periode.dibuka && periode.tampilkanIsian { return isian }
        return isian.filter(saya.memiliki)
    }

    /// The index and its breakdown are computed from every party's forms: while the period is open only the
    /// overseers see them (a party could otherwise read another party's score off its role's line).
    static func indeksTerlihat(_ periode: PeriodeMonevRecord, oleh p: Pelaku) -> Bool { pengawas(p) || !periode.dibuka }

    /// The caller's own form of an evaluation, if it filled one.
    static func milik(
        _ saya: PihakMonev, evaluasi e: EvaluasiMonevRecord, pelaku p: Pelaku, on db: any Database
    ) async throws -> IsianMonevRecord? {
        try await p.query(IsianMonevRecord.self, on: db).filter(\.$evaluasiID == e.id!).filter(\.$peran == saya.peran.rawValue)
            .filter(\.$pihakID == saya.id).first()
    }

    /// Reads the rated items of the rubric from a form or JSON body.
    static func isian(_ req: Request, rubrik: RubrikMonev) -> IsianMonev {
        var nilai: [String: String] = [:]
        for b in rubrik.skala {
            if let s = try? req.content.get(String.self, at: "n_\(b.kode)") {
                nilai[b.kode] = s
            } else if let i = try? req.content.get(Int.self, at: "n_\(b.kode)") {
                nilai[b.kode] = String(i)
            }
        }
        return IsianMonev(
            nilai: nilai, permasalahan: try? req.content.get(String.self, at: "permasalahan"),
            rekomendasi: try? req.content.get(String.self, at: "rekomendasi"), catatan: try? req.content.get(String.self, at: "catatan"))
    }

    /// Evidence must be a PDF or an image, recognised by its content (checked before anything is stored).
    static func periksaBukti(_ f: File?) throws -> File? {
        guard let f, f.data.readableBytes > 0 else { return nil }
        let jenis = JenisBerkas.kenali(Data(buffer: f.data), nama: f.filename)
        guard jenis == .pdf || jenis == .jpeg || jenis == .png else {
            throw KesalahanValidasi(
                field: "bukti",
                pesan: "Bukti dukung harus berupa PDF atau gambar (JPEG/PNG); jenis dikenali dari isi berkas, bukan dari namanya.")
        }
        if f.data.readableBytes > Unggah.batasBita { throw KesalahanValidasi(field: "bukti", pesan: "Bukti dukung paling besar 10 MB.") }
        return f
    }

    /// Stores (or replaces) the caller's own party's form and recomputes the index. `versi` is the version of
    /// that form the caller read (0: it had none yet); a stale one is refused with `KonflikVersi` before anything
    /// is stored. Only API callers may leave it out.
    static func simpanIsian(_ e: EvaluasiMonevRecord, isian: IsianMonev, bukti: File?, versi: Int?, req: Request) async throws {
        let p = try req.pelakuWajib()
        guard let periode = try await p.query(PeriodeMonevRecord.self, on: req.database).filter(\.$id == e.periodeID).first() else {
            throw Abort(.notFound)
        }
        let ks = try await p.cari(KerjaSamaRecord.self, e.kerjaSamaID, on: req.database)
        let saya = try Self.pihak(p, untuk: e, ks: ks)
        let rol = saya.peran
        guard periode.dibuka else { throw Tolak(.forbidden, "Periode evaluasi ini sudah ditutup; isian tidak dapat diubah.") }
        let jawaban = try JawabanMonev.periksa(isian, rubrik: periode.rubrik)
        let berkas = try periksaBukti(bukti)
        let lama = try await milik(saya, evaluasi: e, pelaku: p, on: req.database)
        if let versi, versi != (lama?.version ?? 0) { throw KonflikVersi() }
        let unggahan = try berkas.map { try Unggah.periksa($0, field: "bukti") }
        // The evidence is recorded and stored only if the version check and the save succeed.
        try await Unggah.transaksi(req, berkas: unggahan.map { [$0] } ?? []) { db in
            let row = lama ?? IsianMonevRecord()
            let sebelum = lama?.jawabanJSON
            if let lama {
                guard try await KunciVersi.klaim(tabel: IsianMonevRecord.schema, id: lama.id!, diharapkan: lama.version, on: db) else {
                    throw KonflikVersi()
                }
                row.version = lama.version + 1
            } else {
                row.pemdaID = p.pemdaID
                row.evaluasiID = e.id!
                row.peran = rol.rawValue
                row.pihakID = saya.id
                row.bukti = ""
                row.version = 1
            }
            row.penggunaID = p.penggunaID
            row.jawabanJSON = json(jawaban)
            if let unggahan {
                let l = try await Unggah.catat(unggahan, entitas: "isian_monev", id: e.id!, pelaku: p, ip: req.alamatKlien, on: db)
                row.bukti = (row.idBukti + [l.id!]).map(\.uuidString).joined(separator: ",")
            }
            row.waktu = p.jam.sekarang
            do {
                try await row.save(on: db)
            } catch let d as any DatabaseError where lama == nil && d.isConstraintFailure {
                // Another user of the same party created the form meanwhile (the unique key refused the second row).
                throw KonflikVersi()
            }
            try await hitungUlang(e, periode: periode, on: db)
            try await Audit.catat(
                "monev.isian.\(rol.rawValue)", entitas: "evaluasi_monev", id: e.id?.uuidString, sebelum: sebelum,
                sesudah: row.jawabanJSON, pelaku: p, ip: req.alamatKlien, on: db)
        }
    }

    /// Recomputes and stores the index of one evaluation from its forms, obligations and final assessment.
    static func hitungUlang(_ e: EvaluasiMonevRecord, periode: PeriodeMonevRecord, on db: any Database) async throws {
        let isian = try await IsianMonevRecord.query(on: db).filter(\.$pemdaID == e.pemdaID).filter(\.$evaluasiID == e.id!).all()
        // Every party's form counts once, within its role (IndeksMonev.hitung(rubrik:isian:...)).
        var jawaban: [PeranPenilai: [JawabanMonev]] = [:]
        for i in isian.sorted(by: { $0.waktu < $1.waktu }) {
            if let r = PeranPenilai(rawValue: i.peran), let j = i.jawaban { jawaban[r, default: []].append(j) }
        }
        let kw = try await KewajibanRecord.query(on: db).filter(\.$pemdaID == e.pemdaID).filter(\.$kerjaSamaID == e.kerjaSamaID).all()
        let k = IndeksMonev.Kewajiban(
            selesai: kw.filter { $0.status == "selesai" }.count, berjalan: kw.filter { $0.status == "berjalan" }.count,
            belum: kw.filter { $0.status == "belum" }.count)
        let akhir = e.nilaiAkhir.flatMap { n in
            e.rekomendasiAkhir.flatMap(RekomendasiMonev.init(rawValue:)).map { PenilaianAkhir(nilai: n, rekomendasi: $0) }
        }
        let r = IndeksMonev.hitung(rubrik: periode.rubrik, isian: jawaban, kewajiban: k, akhir: akhir)
        // Not evaluated at all (no form, no final assessment): no index, whatever the obligations say.
        e.indeks = jawaban.isEmpty && akhir == nil ? nil : r.indeks
        e.rincianJSON = json(r)
        try await e.update(on: db)
    }

    /// The admin's final assessment of one evaluation (while the period is open).
    static func nilaiAkhir(
        _ e: EvaluasiMonevRecord, nilai: String?, rekomendasi: String?, catatan: String?, versi: Int?, req: Request
    ) async throws {
        let p = try req.pelakuWajib()
        guard let periode = try await p.query(PeriodeMonevRecord.self, on: req.database).filter(\.$id == e.periodeID).first() else {
            throw Abort(.notFound)
        }
        guard periode.dibuka else { throw Tolak(.forbidden, "Periode evaluasi ini sudah ditutup.") }
        let a = try PenilaianAkhir.periksa(nilai: nilai, rekomendasi: rekomendasi, catatan: catatan)
        try await req.database.transaction { db in
            guard try await KunciVersi.klaim(tabel: EvaluasiMonevRecord.schema, id: e.id!, diharapkan: versi ?? e.version, on: db) else {
                throw KonflikVersi()
            }
            e.version = (versi ?? e.version) + 1
            let sebelum = ["nilai": e.nilaiAkhir.map(String.init) ?? "", "rekomendasi": e.rekomendasiAkhir ?? ""]
            e.nilaiAkhir = a.nilai
            e.rekomendasiAkhir = a.rekomendasi.rawValue
            e.catatanAkhir = a.catatan
            try await hitungUlang(e, periode: periode, on: db)
            try await Audit.catat(
                "monev.penilaian_akhir", entitas: "evaluasi_monev", id: e.id?.uuidString, sebelum: sebelum,
                sesudah: ["nilai": String(a.nilai), "rekomendasi": a.rekomendasi.rawValue, "indeks": e.indeks.map { String($0) } ?? ""],
                pelaku: p, ip: req.alamatKlien, on: db)
        }
    }

    /// The admin's choice whether, once the period is closed, the parties of an evaluation see every party's form.
    static func aturTampilan(
        _ x: PeriodeMonevRecord, tampilkan: Bool, versi: Int?, pelaku p: Pelaku, ip: String?, on db: any Database
    ) async throws {
        let sebelum = x.tampilkanIsian
        try await db.transaction { db in
            guard try await KunciVersi.klaim(tabel: PeriodeMonevRecord.schema, id: x.id!, diharapkan: versi ?? x.version, on: db) else {
                throw KonflikVersi()
            }
            x.version = (versi ?? x.version) + 1
            x.tampilkanIsian = tampilkan
            try await x.update(on: db)
            try await Audit.catat(
                "monev.periode.tampilan", entitas: "periode_monev", id: x.id?.uuidString,
                sebelum: ["tampilkanIsian": String(sebelum)], sesudah: ["tampilkanIsian": String(tampilkan)], pelaku: p, ip: ip, on: db)
        }
    }

    /// Closes a period: the indexes are final and the forms locked.
    static func tutup(_ x: PeriodeMonevRecord, versi: Int?, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        guard x.dibuka else { throw Tolak(.forbidden, "Periode evaluasi ini sudah ditutup.") }
        try await db.transaction { db in
            guard try await KunciVersi.klaim(tabel: PeriodeMonevRecord.schema, id: x.id!, diharapkan: versi ?? x.version, on: db) else {
                throw KonflikVersi()
            }
            x.version = (versi ?? x.version) + 1
            x.dibuka = false
            x.ditutupPada = p.jam.sekarang
            try await x.update(on: db)
            let ev = try await p.query(EvaluasiMonevRecord.self, on: db).filter(\.$periodeID == x.id!).all()
            for e in ev { try await hitungUlang(e, periode: x, on: db) }
            try await Audit.catat(
                "monev.periode.tutup", entitas: "periode_monev", id: x.id?.uuidString,
                sesudah: ["dinilai": String(ev.filter { $0.indeks != nil }.count), "tugas": String(ev.count)], pelaku: p, ip: ip, on: db)
        }
    }

    /// The recommendation flows into the open mapping round as a draft submission of the OPD, pre-filled from the cooperation.
    static func usulkan(_ e: EvaluasiMonevRecord, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> UsulanRecord {
        if let u = e.usulanID, let ada = try await p.query(UsulanRecord.self, on: db).filter(\.$id == u).first() { return ada }
        guard
            let periode = try await p.query(PeriodePemetaanRecord.self, on: db).filter(\.$dibuka == true).sort(\.$tahun, .descending)
                .first()
        else {
            throw KesalahanValidasi(
                field: "periode", pesan: "Tidak ada periode pemetaan yang sedang dibuka; buka periode pemetaan terlebih dahulu.")
        }
        let ks = try await p.cari(KerjaSamaRecord.self, e.kerjaSamaID, on: db)
        let isian = try await p.query(IsianMonevRecord.self, on: db).filter(\.$evaluasiID == e.id!).all().compactMap(\.jawaban)
        let rek = e.rekomendasiAkhir.flatMap(RekomendasiMonev.init(rawValue:)) ?? isian.first?.rekomendasi ?? .lanjutkan
        let masalah = isian.compactMap(\.permasalahan).joined(separator: "\n")
        let deskripsi =
            "Tindak lanjut hasil monev kerja sama \"\(ks.judul)\" (indeks \(e.indeks.map { Format.angka1($0) } ?? "–")): rekomendasi \(rek.nama.lowercased())."
            + (masalah.isEmpty ? "" : "\nPermasalahan: \(masalah)")
        let u = IsianUsulan(
            jenis: "potensi", judul: String("Tindak lanjut monev: \(ks.judul)".prefix(300)), deskripsi: String(deskripsi.prefix(4000)),
            urusan: ks.urusan.split(separator: ",").map(String.init), lokasi: ks.lokasi.split(separator: ",").map(String.init),
            calonMitra: ks.idMitra.map(\.uuidString), kodeProgram: ks.kodeProgram, namaProgram: ks.namaProgram)
        let r = try await UsulanAlur.buat(u, unitID: e.unitID, periode: periode, ajukan: false, pelaku: p, ip: ip, on: db)
        e.usulanID = r.id
        try await e.update(on: db)
        return r
    }
}
