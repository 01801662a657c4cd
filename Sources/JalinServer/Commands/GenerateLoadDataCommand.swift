import Fluent
import Foundation
import JalinDomain
import SQLKit
import Vapor

/// `jalin generate-load-data [--pemda N] [--usulan N] [--kerja-sama N] …`
///
/// A deterministic (seeded) load data set on top of the seeded demo pemda (Kutai Kartanegara): every
/// generated row is a copy of a real demo row (so pages and documents decode it like any other), with
/// its own id, tenant, title, stage, dates and links. With `--pemda 1` everything goes into Kukar (the
/// dashboard benchmark of issue 6); the default spreads it over 552 pemda taken from the imported
/// wilayah codes (provinces and kabupaten/kota), Kukar first. Generated rows are marked `contoh`.
struct GenerateLoadDataCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "pemda", help: "Jumlah pemda (bawaan 552; 1 = hanya Kutai Kartanegara)") var pemda: Int?
        @Option(name: "unit", help: "Unit kerja per pemda tambahan (bawaan 8)") var unit: Int?
        @Option(name: "pengguna", help: "Jumlah pengguna (bawaan 500)") var pengguna: Int?
        @Option(name: "usulan", help: "Jumlah usulan potensi (bawaan 100000)") var usulan: Int?
        @Option(name: "kerja-sama", help: "Jumlah kerja sama (bawaan 20000)") var kerjaSama: Int?
        @Option(name: "kewajiban", help: "Jumlah butir kewajiban (bawaan 50000)") var kewajiban: Int?
        @Option(name: "periode-monev", help: "Periode evaluasi per pemda (bawaan 4 = dua tahun)") var periodeMonev: Int?
        @Option(name: "naskah", help: "Jumlah naskah (bawaan 10000, masing-masing 3 versi)") var naskah: Int?
        @Option(name: "benih", help: "Benih acak (bawaan 2026)") var benih: Int?
    }

    var help: String { "Membuat data beban (uji kinerja) yang deterministik di atas pemda demo." }

    func run(using context: CommandContext, signature s: Signature) async throws {
        let ukuran = DataBeban.Ukuran(
            pemda: s.pemda ?? 552, unitPerPemda: s.unit ?? 8, pengguna: s.pengguna ?? 500, usulan: s.usulan ?? 100_000,
            kerjaSama: s.kerjaSama ?? 20_000, kewajiban: s.kewajiban ?? 50_000, periodeMonev: s.periodeMonev ?? 4,
            naskah: s.naskah ?? 10_000, benih: UInt64(s.benih ?? 2026))
        let mulai = Date()
        do {
            let hasil = try await DataBeban.buat(ukuran, hariIni: context.application.jam.hariIni, on: context.application.db) {
                context.console.print($0)
            }
            context.console.print(String(format: "Selesai dalam %.1f detik: ", Date().timeIntervalSince(mulai)) + hasil)
        } catch let g as DataBeban.Gagal {
            context.console.error(g.pesan)
            throw PerintahGagal(pesan: "data beban tidak dibuat")
        }
    }
}

enum DataBeban {
    struct Ukuran: Sendable {
        var pemda, unitPerPemda, pengguna, usulan, kerjaSama, kewajiban, periodeMonev, naskah: Int
        var benih: UInt64
    }

    struct Gagal: Error { let pesan: String }

    /// SplitMix64: small, fast and the same on every platform.
    struct Acak {
        var s: UInt64
        mutating func next() -> UInt64 {
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func uuid() -> UUID {
            let a = next()
            let b = next()
            var t = (
                UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0),
                UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0), UInt8(0)
            )
            withUnsafeMutableBytes(of: &t) { p in
                withUnsafeBytes(of: a) { p.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: 8) }
                withUnsafeBytes(of: b) { (p.baseAddress! + 8).copyMemory(from: $0.baseAddress!, byteCount: 8) }
                p[6] = (p[6] & 0x0F) | 0x40
                p[8] = (p[8] & 0x3F) | 0x80
            }
            return UUID(uuid: t)
        }
        mutating func pilih<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
    }

    /// Copies one row of `tabel` (by id) with some columns replaced: `INSERT … SELECT` keeps every other
    /// column exactly as the demo row has it.
    struct Penyalin: Sendable {
        let tabel: String
        let kolom: [String]
        let dari: UUID

        func salin(_ db: any SQLDatabase, _ ganti: [String: any Encodable & Sendable]) async throws {
            var pilih: [any SQLExpression] = []
            for k in kolom {
                if let v = ganti[k] { pilih.append(SQLBind(v)) } else { pilih.append(SQLIdentifier(k)) }
            }
            try await db.raw(
                """
                INSERT INTO \(ident: tabel) (\(SQLList(kolom.map { SQLIdentifier($0) })))
                SELECT \(SQLList(pilih)) FROM \(ident: tabel) WHERE \(ident: "id") = \(bind: dari)
                """
            ).run()
        }
    }

    /// The generator's state: one object, so the transaction closures (which must be `@Sendable`) share it.
    final class Pembuat: @unchecked Sendable {
        let u: Ukuran
        let fdb: any Database
        let kabar: @Sendable (String) -> Void
        var r: Acak
        var penyalin: [UUID: Penyalin] = [:]
        var unitPer: [UUID: [UUID]] = [:]
        var mitraPer: [UUID: [UUID]] = [:]
        var periodePer: [UUID: UUID] = [:]
        var ksPer: [UUID: [UUID]] = [:]
        var ksID: [(UUID, UUID)] = []
        let hari: Tanggal

        init(_ u: Ukuran, _ fdb: any Database, hariIni: Tanggal, kabar: @escaping @Sendable (String) -> Void) {
            self.u = u
            self.hari = hariIni
            self.fdb = fdb
            self.kabar = kabar
            self.r = Acak(s: u.benih)
        }

        /// Copies the demo row `dari` of `tabel` with `ganti`; the column list is read once per demo row.
        func salin(_ db: any SQLDatabase, _ tabel: String, dari: UUID, _ ganti: [String: any Encodable & Sendable]) async throws {
            if penyalin[dari] == nil {
                guard let row = try await db.select().column("*").from(tabel).where("id", .equal, dari).first() else {
                    throw Gagal(pesan: "Baris contoh \(tabel) \(dari) tidak ditemukan.")
                }
                penyalin[dari] = Penyalin(tabel: tabel, kolom: row.allColumns, dari: dari)
            }
            try await penyalin[dari]!.salin(db, ganti)
        }

        /// Runs `n` copies in transactions of 2,000 rows, with a progress line.
        func dalamBlok(_ n: Int, _ satu: @escaping @Sendable (any SQLDatabase, Int) async throws -> Void) async throws {
            var i = 0
            while i < n {
                let (awal, akhir) = (i, min(n, i + 2_000))
                try await fdb.transaction { tx in
                    let s = tx as! any SQLDatabase
                    for j in awal..<akhir { try await satu(s, j) }
                }
                i = akhir
                Kemajuan.cetak(selesai: i, total: n)
            }
            if n > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }

    static func buat(
        _ u: Ukuran, hariIni: Tanggal = Jam.sistem.hariIni, on fdb: any Database, kabar: @escaping @Sendable (String) -> Void
    ) async throws -> String {
        guard let kukar = try await PemdaRecord.query(on: fdb).filter(\.$kodeWilayah == "64.02").first() else {
            throw Gagal(pesan: "Pemda demo Kutai Kartanegara belum ada: jalankan `jalin serve` sekali dulu (JALIN_DEMO=1).")
        }
        let g = Pembuat(u, fdb, hariIni: hariIni, kabar: kabar)
        let demo = try await Demo.baca(kukar.id!, on: fdb)
        let daftar = try await buatPemda(g, kid: kukar.id!)
        try await buatUnitMitraPeriode(g, demo, kid: kukar.id!, lain: Array(daftar.dropFirst()))
        let semua = daftar.map(\.0)
        try await buatPenggunaDanUsulan(g, demo, semua: semua)
        try await buatKerjaSama(g, demo, semua: semua)
        if !g.ksID.isEmpty { try await buatKewajibanDanMonev(g, demo, daftar: daftar) }
        try await buatNaskah(g, demo, semua: semua)
        return
            "\(daftar.count) pemda, \(u.pengguna) pengguna, \(u.usulan) usulan, \(u.kerjaSama) kerja sama, \(u.kewajiban) kewajiban, \(u.naskah) naskah."
    }

    /// The demo rows of Kukar that every generated row is copied from.
    struct Demo {
        let unit: [UnitKerjaRecord]
        let mitra: [MitraRecord]
        let pengguna: PenggunaRecord
        let periode: PeriodePemetaanRecord
        let usulan: [UsulanRecord]
        let kerjaSama: [KerjaSamaRecord]
        let kewajiban: KewajibanRecord
        let monev: PeriodeMonevRecord
        let evaluasi: EvaluasiMonevRecord
        let naskah: NaskahRecord
        let versi: VersiNaskahRecord

        static func baca(_ kid: UUID, on fdb: any Database) async throws -> Demo {
            let unitDemo = try await UnitKerjaRecord.query(on: fdb).filter(\.$pemdaID == kid).filter(\.$jenis == .opd).all()
            let mitraDemo = try await MitraRecord.query(on: fdb).filter(\.$pemdaID == kid).all()
            let penggunaDemo = try await PenggunaRecord.query(on: fdb).filter(\.$pemdaID == kid).filter(\.$peran == .operator).first()
            let periodeDemo = try await PeriodePemetaanRecord.query(on: fdb).filter(\.$pemdaID == kid).first()
            let usulanDemo = try await UsulanRecord.query(on: fdb).filter(\.$pemdaID == kid).filter(\.$status != StatusUsulan.draf.rawValue)
                .all()
            let ksDemo = try await KerjaSamaRecord.query(on: fdb).filter(\.$pemdaID == kid).all()
            let kewajibanDemo = try await KewajibanRecord.query(on: fdb).filter(\.$pemdaID == kid).first()
            let monevDemo = try await PeriodeMonevRecord.query(on: fdb).filter(\.$pemdaID == kid).filter(\.$dibuka == false).first()
            let evaluasiDemo = try await EvaluasiMonevRecord.query(on: fdb).filter(\.$pemdaID == kid).filter(\.$indeks != nil).first()
            let naskahDemo = try await NaskahRecord.query(on: fdb).filter(\.$pemdaID == kid).first()
            guard !unitDemo.isEmpty, !mitraDemo.isEmpty, let penggunaDemo, let periodeDemo, !usulanDemo.isEmpty, !ksDemo.isEmpty,
                let kewajibanDemo, let monevDemo, let evaluasiDemo, let naskahDemo,
                let versiDemo = try await VersiNaskahRecord.query(on: fdb).filter(\.$naskahID == naskahDemo.id!).first()
            else { throw Gagal(pesan: "Data demo Kutai Kartanegara tidak lengkap: jalankan `jalin serve` sekali pada basis data baru.") }
            return Demo(
                unit: unitDemo, mitra: mitraDemo, pengguna: penggunaDemo, periode: periodeDemo, usulan: usulanDemo, kerjaSama: ksDemo,
                kewajiban: kewajibanDemo, monev: monevDemo, evaluasi: evaluasiDemo, naskah: naskahDemo, versi: versiDemo)
        }
    }

    /// The pemda: Kukar first, then provinces and kabupaten/kota from the imported wilayah codes.
    static func buatPemda(_ g: Pembuat, kid: UUID) async throws -> [(UUID, String)] {
        let (u, fdb) = (g.u, g.fdb)
        let ada = Set(try await PemdaRecord.query(on: fdb).all().map(\.kodeWilayah))
        var daftar: [(UUID, String)] = [(kid, "64.02")]
        guard u.pemda > 1 else { return daftar }
        let kode = try await WilayahRecord.query(on: fdb).filter(\.$tingkat <= 2).filter(\.$pensiun == false).sort(\.$id).all()
        let baru = kode.filter { !ada.contains($0.id!) }
        guard baru.count + ada.count >= u.pemda else {
            throw Gagal(
                pesan:
                    "Hanya \(baru.count + ada.count) kode provinsi/kabupaten/kota tersedia untuk \(u.pemda) pemda: impor dulu daftar kode wilayah (`jalin import-wilayah ../shared/data/wilayah/wilayah.csv`)."
            )
        }
        for w in baru.prefix(u.pemda - ada.count) { daftar.append((g.r.uuid(), w.id!)) }
        let nama = Dictionary(uniqueKeysWithValues: kode.map { ($0.id!, $0.nama) })
        let tambah = Array(daftar.dropFirst())
        try await fdb.transaction { db in
            for (id, k) in tambah {
                try await PemdaRecord(id: id, kodeWilayah: k, nama: (k.count == 2 ? "Provinsi " : "") + nama[k]!, demo: false).create(
                    on: db)
            }
        }
        g.kabar("\(daftar.count - 1) pemda dibuat.")
        return daftar
    }

    /// Units, partners and one mapping round per other pemda; Kukar uses its own.
    static func buatUnitMitraPeriode(_ g: Pembuat, _ demo: Demo, kid: UUID, lain: [(UUID, String)]) async throws {
        let u = g.u
        g.unitPer[kid] = demo.unit.map { $0.id! }
        g.mitraPer[kid] = demo.mitra.map { $0.id! }
        g.periodePer[kid] = demo.periode.id!
        let (unitContoh, mitraContoh) = (demo.unit.map { ($0.nama, $0.singkatan ?? "", $0.urusan) }, demo.mitra.map(\.nama))
        let (unit0, mitra0, periode0) = (demo.unit[0].id!, demo.mitra[0].id!, demo.periode.id!)
        try await g.fdb.transaction { db in
            let sdb = db as! any SQLDatabase
            for (pid, kode) in lain {
                var us: [UUID] = []
                for i in 0..<u.unitPerPemda {
                    let id = g.r.uuid()
                    let asal = unitContoh[i % unitContoh.count]
                    try await g.salin(
                        sdb, UnitKerjaRecord.schema, dari: unit0,
                        [
                            "id": id, "pemda_id": pid, "nama": asal.0,
                            "singkatan": asal.1, "urusan": asal.2, "kode_wilayah": kode, "contoh": true,
                        ])
                    us.append(id)
                }
                g.unitPer[pid] = us
                var ms: [UUID] = []
                for i in 0..<3 {
                    let id = g.r.uuid()
                    try await g.salin(
                        sdb, MitraRecord.schema, dari: mitra0,
                        ["id": id, "pemda_id": pid, "nama": mitraContoh[i % mitraContoh.count], "contoh": true])
                    ms.append(id)
                }
                g.mitraPer[pid] = ms
                let per = g.r.uuid()
                try await g.salin(
                    sdb, PeriodePemetaanRecord.schema, dari: periode0,
                    [
                        "id": per, "pemda_id": pid,
                        "unit_diundang": us.map(\.uuidString).joined(separator: ","),
                    ])
                g.periodePer[pid] = per
            }
        }
    }

    /// Users (copies of the demo operator, same demo password) and potentials, spread over the pemda.
    static func buatPenggunaDanUsulan(_ g: Pembuat, _ demo: Demo, semua: [UUID]) async throws {
        let u = g.u
        let pengguna0 = demo.pengguna.id!
        try await g.dalamBlok(u.pengguna) { db, i in
            let pid = semua[i % semua.count]
            try await g.salin(
                db, PenggunaRecord.schema, dari: pengguna0,
                [
                    "id": g.r.uuid(), "pemda_id": pid,
                    "nama_pengguna": String(format: "beban.%05d", i), "nama_lengkap": "Pengguna Beban \(i)",
                    "email": "beban\(i)@contoh.go.id", "unit_id": g.r.pilih(g.unitPer[pid]!),
                ])
        }
        g.kabar("\(u.pengguna) pengguna dibuat.")

        let statusUsulan = [StatusUsulan.diajukan, .terverifikasi, .dinilai, .diprioritaskan, .ditolak, .dikembalikan].map(\.rawValue)
        let usulanContoh = demo.usulan.map { ($0.id!, $0.judul) }
        try await g.dalamBlok(u.usulan) { db, i in
            let asal = usulanContoh[i % usulanContoh.count]
            let pid = semua[i % semua.count]
            try await g.salin(
                db, UsulanRecord.schema, dari: asal.0,
                [
                    "id": g.r.uuid(), "pemda_id": pid, "periode_id": g.periodePer[pid]!,
                    "unit_id": g.r.pilih(g.unitPer[pid]!), "status": g.r.pilih(statusUsulan), "judul": "\(asal.1) (beban \(i))",
                    "publik": false, "contoh": true,
                ])
        }
        g.kabar("\(u.usulan) usulan potensi dibuat.")
    }

    /// Cooperation in every stage, with their link rows.
    static func buatKerjaSama(_ g: Pembuat, _ demo: Demo, semua: [UUID]) async throws {
        let u = g.u
        let tahap = Tahap.allCases.map(\.rawValue)
        let ksContoh = demo.kerjaSama.map { ($0.id!, $0.judul) }
        try await g.dalamBlok(u.kerjaSama) { db, i in
            let asal = ksContoh[i % ksContoh.count]
            let pid = semua[i % semua.count]
            let id = g.r.uuid()
            let mulaiH = g.hari.tambahHari(-g.r.int(1500))
            try await g.salin(
                db, KerjaSamaRecord.schema, dari: asal.0,
                [
                    "id": id, "pemda_id": pid, "judul": "\(asal.1) (beban \(i))",
                    "tahap": g.r.pilih(tahap), "mitra": g.r.pilih(g.mitraPer[pid]!).uuidString,
                    "unit": g.r.pilih(g.unitPer[pid]!).uuidString,
                    "tanggal_mulai": mulaiH.iso, "tanggal_berakhir": mulaiH.tambahHari(365 * (1 + g.r.int(5))).iso,
                    "kunci_impor": nil as String?, "induk_id": nil as UUID?, "contoh": true,
                ])
            g.ksPer[pid, default: []].append(id)
            g.ksID.append((id, pid))
        }
        let ksBaru = g.ksID.map(\.0)
        try await g.fdb.transaction { tx in try await KaitKerjaSama.segarkan(ksBaru, on: tx.sql) }
        g.kabar("\(u.kerjaSama) kerja sama dibuat.")
    }

    /// Obligations, then evaluation periods (two a year) with one evaluation per cooperation and period.
    static func buatKewajibanDanMonev(_ g: Pembuat, _ demo: Demo, daftar: [(UUID, String)]) async throws {
        let u = g.u
        let kewajiban0 = demo.kewajiban.id!
        try await g.dalamBlok(u.kewajiban) { db, i in
            let (ks, pid) = g.ksID[i % g.ksID.count]
            try await g.salin(
                db, KewajibanRecord.schema, dari: kewajiban0,
                [
                    "id": g.r.uuid(), "pemda_id": pid, "kerja_sama_id": ks,
                    "jatuh_tempo": g.hari.tambahHari(g.r.int(700) - 350).iso, "status": g.r.pilih(["belum", "berjalan", "selesai"]),
                ])
        }
        g.kabar("\(u.kewajiban) butir kewajiban dibuat.")

        let (monev0, evaluasi0) = (demo.monev.id!, demo.evaluasi.id!)
        var jumlah = 0
        for (pid, _) in daftar {
            guard let kss = g.ksPer[pid], !kss.isEmpty else { continue }
            for k in 0..<u.periodeMonev {
                let per = g.r.uuid()
                let akhir = g.hari.tambahHari(-182 * k - 30)
                try await g.dalamBlok(kss.count) { db, j in
                    if j == 0 {
                        try await g.salin(
                            db, PeriodeMonevRecord.schema, dari: monev0,
                            [
                                "id": per, "pemda_id": pid, "nama": "Semester beban \(k + 1)",
                                "mulai": akhir.tambahHari(-150).iso, "selesai": akhir.iso, "dibuka": false, "contoh": true,
                            ])
                    }
                    try await g.salin(
                        db, EvaluasiMonevRecord.schema, dari: evaluasi0,
                        [
                            "id": g.r.uuid(), "pemda_id": pid, "periode_id": per,
                            "kerja_sama_id": kss[j], "unit_id": g.r.pilih(g.unitPer[pid]!), "indeks": Double(400 + g.r.int(600)) / 10,
                            "usulan_id": nil as UUID?,
                        ])
                }
                jumlah += kss.count
            }
        }
        g.kabar("\(jumlah) evaluasi dalam \(u.periodeMonev) periode per pemda dibuat.")
    }

    /// Drafts with three versions each.
    static func buatNaskah(_ g: Pembuat, _ demo: Demo, semua: [UUID]) async throws {
        let u = g.u
        let (naskah0, versi0, judulNaskah) = (demo.naskah.id!, demo.versi.id!, demo.naskah.judul)
        try await g.dalamBlok(u.naskah) { db, i in
            let pid = semua[i % semua.count]
            let id = g.r.uuid()
            try await g.salin(
                db, NaskahRecord.schema, dari: naskah0,
                [
                    "id": id, "pemda_id": pid, "judul": "\(judulNaskah) (beban \(i))",
                    "unit_id": g.r.pilih(g.unitPer[pid]!), "mitra_id": g.r.pilih(g.mitraPer[pid]!), "usulan_id": nil as UUID?,
                    "induk_id": nil as UUID?, "versi_terkini": 3, "contoh": true,
                ])
            for v in 1...3 {
                try await g.salin(
                    db, VersiNaskahRecord.schema, dari: versi0, ["id": g.r.uuid(), "pemda_id": pid, "naskah_id": id, "nomor": v])
            }
        }
        g.kabar("\(u.naskah) naskah (\(u.naskah * 3) versi) dibuat.")
    }
}
