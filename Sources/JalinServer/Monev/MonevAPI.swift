import Fluent
import Foundation
import JalinDomain
import Vapor

/// JSON API of monev: periods, evaluations with their index breakdown, aggregates and report generation.
enum MonevAPI {
    struct PeriodeJSON: Content {
        let id: UUID
        let nama: String
        let mulai: String
        let selesai: String
        let dibuka: Bool
        let rubrik: RubrikMonev
        /// After closing, every party of an evaluation sees all its forms (the admin's choice).
        let tampilkanIsian: Bool
        let version: Int

        init(_ x: PeriodeMonevRecord) {
            id = x.id!
            nama = x.nama
            mulai = x.mulai
            selesai = x.selesai
            dibuka = x.dibuka
            rubrik = x.rubrik
            version = x.version
            tampilkanIsian = x.tampilkanIsian
        }
    }

    struct IsianJSON: Content {
        let peran: String
        /// The unit (peran opd), partner (mitra) or TKKSD member's user (tkksd) whose form this is.
        let pihakID: UUID
        let jawaban: JawabanMonev
        let bukti: [UUID]
        let version: Int
    }

    struct EvaluasiJSON: Content {
        let id: UUID
        let periodeID: UUID
        let kerjaSamaID: UUID
        let unitID: UUID
        let indeks: Double?
        let kategori: String?
        let rincian: IndeksMonev.Rincian?
        let nilaiAkhir: Int?
        let rekomendasiAkhir: String?
        let isian: [IsianJSON]
        let usulanID: UUID?
        let version: Int
    }

    /// One evaluation as the caller may see it: the forms of `MonevAlur.isianTerlihat`, the index once `indeksTerlihat`.
    static func evaluasiJSON(
        _ e: EvaluasiMonevRecord, periode x: PeriodeMonevRecord, ks: KerjaSamaRecord, pelaku p: Pelaku,
        on db: any Database
    ) async throws -> EvaluasiJSON {
        let semua = try await p.query(IsianMonevRecord.self, on: db).filter(\.$evaluasiID == e.id!).all()
        let isian = MonevAlur.isianTerlihat(semua, e: e, ks: ks, periode: x, oleh: p)
        let indeks = MonevAlur.indeksTerlihat(x, oleh: p) ? e.indeks : nil
        return EvaluasiJSON(
            id: e.id!, periodeID: e.periodeID, kerjaSamaID: e.kerjaSamaID, unitID: e.unitID, indeks: indeks,
            kategori: indeks.map(IndeksMonev.kategori),
            rincian: p.peran == .mitra || indeks == nil ? nil : e.rincian, nilaiAkhir: e.nilaiAkhir, rekomendasiAkhir: e.rekomendasiAkhir,
            isian: isian.compactMap { i in
                i.jawaban.map { IsianJSON(peran: i.peran, pihakID: i.pihakID, jawaban: $0, bukti: i.idBukti, version: i.version) }
            },
            usulanID: e.usulanID, version: e.version)
    }

    static func evaluasiJSON(_ e: EvaluasiMonevRecord, pelaku p: Pelaku, on db: any Database) async throws -> EvaluasiJSON {
        guard let x = try await p.query(PeriodeMonevRecord.self, on: db).filter(\.$id == e.periodeID).first() else {
            throw Abort(.notFound)
        }
        return try await evaluasiJSON(e, periode: x, ks: try await p.cari(KerjaSamaRecord.self, e.kerjaSamaID, on: db), pelaku: p, on: db)
    }

    struct AgregatJSON: Content {
        let periodeID: UUID?
        let opd: [IndeksMonev.Agregat]
        let urusan: [IndeksMonev.Agregat]
        let mitra: [IndeksMonev.Agregat]
        let jenis: [IndeksMonev.Agregat]
        let tidakDievaluasi: [UUID]
    }

    typealias P = OperasiAPI.Param
    static let pPeriode = P(nama: "periode", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID periode evaluasi")
    static let pEvaluasi = P(nama: "evaluasi", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID evaluasi")

    static func daftarkan(_ app: Application) {
        let api = app.grouped("api", "v1", "monev").grouped(TokenAPIMiddleware())
        api.rute(.GET, "periode", akses: .internalPemda, api: Operasi.daftarPeriode, use: daftarPeriode)
        api.rute(.POST, "periode", akses: .admin, api: Operasi.bukaPeriode, use: bukaPeriode)
        api.rute(.POST, "periode", ":periode", "tutup", akses: .admin, api: Operasi.tutupPeriode, use: tutupPeriode)
        api.rute(.GET, "periode", ":periode", "evaluasi", akses: .semuaPengguna, api: Operasi.evaluasiPeriode, use: evaluasiPeriode)
        api.rute(.GET, "evaluasi", ":evaluasi", akses: .semuaPengguna, api: Operasi.evaluasi, use: evaluasi)
        api.rute(
            .POST, "evaluasi", ":evaluasi", "isian", akses: .peran([.operator, .mitra, .tkksd]), api: Operasi.isiEvaluasi, use: isiEvaluasi)
        api.rute(.POST, "evaluasi", ":evaluasi", "akhir", akses: .admin, api: Operasi.penilaianAkhir, use: penilaianAkhir)
        api.rute(.GET, "indeks", akses: .internalPemda, api: Operasi.indeks, use: indeks)
        api.rute(.GET, "laporan", akses: MonevPage.aksesLaporan, api: Operasi.laporan, use: laporan)
    }

    /// The OpenAPI description of each operation.
    enum Operasi {
        static let daftarPeriode = OperasiAPI(
            id: "daftarPeriodeMonev", ringkasan: "Periode evaluasi (monev), terbaru dahulu", tag: "Monev", respons: "[PeriodeMonev]")
        static let bukaPeriode = OperasiAPI(
            id: "bukaPeriodeMonev",
            ringkasan:
                "Buka periode evaluasi; setiap kerja sama yang berjalan mendapat tugas evaluasi untuk perangkat daerahnya. Tanggal selesai sebelum tanggal mulai ditolak 422.",
            tag: "Monev", body: "PeriodeMonevMasukan", respons: "PeriodeMonev", statusSukses: 201)
        static let tutupPeriode = OperasiAPI(
            id: "tutupPeriodeMonev", ringkasan: "Tutup periode evaluasi: isian dikunci dan indeks ditetapkan", tag: "Monev",
            parameter: [pPeriode],
            body: "VersiMasukan", respons: "PeriodeMonev")
        static let evaluasiPeriode = OperasiAPI(
            id: "evaluasiPeriode", ringkasan: "Tugas evaluasi sebuah periode (mitra: hanya kerja sama yang melibatkannya)", tag: "Monev",
            parameter: [pPeriode], respons: "[EvaluasiMonev]")
        static let evaluasi = OperasiAPI(
            id: "evaluasiMonev", ringkasan: "Satu evaluasi dengan isian para pihak dan rincian indeksnya", tag: "Monev",
            parameter: [pEvaluasi], respons: "EvaluasiMonev")
        static let isiEvaluasi = OperasiAPI(
            id: "isiEvaluasi",
            ringkasan:
                "Isi formulir evaluasi pihak pemanggil (perangkat daerah pelaksana, mitra atau anggota TKKSD; setiap pihak memiliki formulirnya sendiri); nilai n_<kode> 1–5, nilai lain ditolak 422 dengan nama isiannya; evaluasi kerja sama perangkat daerah lain ditolak 403; version = versi isian Anda yang dibaca (0 bila belum ada), versi usang ditolak 409",
            tag: "Monev", parameter: [pEvaluasi], body: "IsianMonevMasukan", respons: "EvaluasiMonev")
        static let penilaianAkhir = OperasiAPI(
            id: "penilaianAkhirMonev", ringkasan: "Penilaian akhir admin (1–5) dan rekomendasi akhir", tag: "Monev",
            parameter: [pEvaluasi], body: "PenilaianAkhirMasukan", respons: "EvaluasiMonev")
        static let indeks = OperasiAPI(
            id: "indeksMonev",
            ringkasan:
                "Rata-rata indeks monev per perangkat daerah, urusan, mitra dan jenis, serta kerja sama yang tidak dievaluasi (bawaan: periode terakhir yang ditutup)",
            tag: "Monev", parameter: [P(nama: "periode", lokasi: "query", tipe: "string", wajib: false, keterangan: "ID periode evaluasi")],
            respons: "IndeksMonevAgregat")
        static let laporan = OperasiAPI(
            id: "laporanMonev",
            ringkasan:
                "Buat laporan kerja sama (DOCX atau XLSX) untuk Bupati, DPRD, Gubernur atau Mendagri; tanggal selesai sebelum tanggal mulai ditolak 422",
            tag: "Monev",
            parameter: [
                P(nama: "tujuan", lokasi: "query", tipe: "string", wajib: true, keterangan: "bupati | dprd | gubernur | mendagri"),
                P(nama: "mulai", lokasi: "query", tipe: "string", wajib: true, keterangan: "Tanggal mulai (TTTT-BB-HH)"),
                P(nama: "selesai", lokasi: "query", tipe: "string", wajib: true, keterangan: "Tanggal selesai (TTTT-BB-HH)"),
                P(nama: "format", lokasi: "query", tipe: "string", wajib: false, keterangan: "docx (bawaan) | xlsx"),
            ], respons: "Berkas", berkas: [Unduhan.docx, Unduhan.xlsx])
    }

    @Sendable static func daftarPeriode(_ req: Request) async throws -> [PeriodeJSON] {
        try await req.pelakuWajib().query(PeriodeMonevRecord.self, on: req.database).sort(\.$mulai, .descending).all().map(PeriodeJSON.init)
    }

    @Sendable static func bukaPeriode(_ req: Request) async throws -> Response {
        struct F: Content {
            var nama: String?
            var mulai: String?
            var selesai: String?
        }
        let f = try req.content.decode(F.self)
        let x = try await MonevAlur.buka(
            nama: f.nama, mulai: f.mulai, selesai: f.selesai, pelaku: try req.pelakuWajib(), ip: req.alamatKlien, on: req.database)
        return try await PeriodeJSON(x).encodeResponse(status: .created, for: req)
    }

    @Sendable static func tutupPeriode(_ req: Request) async throws -> PeriodeJSON {
        let x = try await MonevAlur.cariPeriode(req)
        try await MonevAlur.tutup(
            x, versi: try? req.content.get(Int.self, at: "version"), pelaku: try req.pelakuWajib(), ip: req.alamatKlien, on: req.database)
        return PeriodeJSON(x)
    }

    @Sendable static func evaluasiPeriode(_ req: Request) async throws -> [EvaluasiJSON] {
        let p = try req.pelakuWajib()
        let x = try await MonevAlur.cariPeriode(req)
        let ev = try await p.query(EvaluasiMonevRecord.self, on: req.database).filter(\.$periodeID == x.id!).all().filter {
            MonevAlur.terlihat($0, oleh: p)
        }
        let ks = Dictionary(
            uniqueKeysWithValues: try await p.query(KerjaSamaRecord.self, on: req.database).filter(\.$id ~~ ev.map(\.kerjaSamaID)).all().map
            { ($0.id!, $0) })
        var hasil: [EvaluasiJSON] = []
        for e in ev {
            guard let k = ks[e.kerjaSamaID] else { continue }
            hasil.append(try await evaluasiJSON(e, periode: x, ks: k, pelaku: p, on: req.database))
        }
        return hasil
    }

    @Sendable static func evaluasi(_ req: Request) async throws -> EvaluasiJSON {
        try await evaluasiJSON(try await MonevAlur.cariEvaluasi(req), pelaku: try req.pelakuWajib(), on: req.database)
    }

    @Sendable static func isiEvaluasi(_ req: Request) async throws -> EvaluasiJSON {
        let p = try req.pelakuWajib()
        let e = try await MonevAlur.cariEvaluasi(req)
        guard let x = try await p.query(PeriodeMonevRecord.self, on: req.database).filter(\.$id == e.periodeID).first() else {
            throw Abort(.notFound)
        }
        try await MonevAlur.simpanIsian(
            e, isian: MonevAlur.isian(req, rubrik: x.rubrik), bukti: nil,
            versi: try? req.content.get(Int.self, at: "version"), req: req)
        return try await evaluasiJSON(try await p.cari(EvaluasiMonevRecord.self, e.id, on: req.database), pelaku: p, on: req.database)
    }

    @Sendable static func penilaianAkhir(_ req: Request) async throws -> EvaluasiJSON {
        let p = try req.pelakuWajib()
        let e = try await MonevAlur.cariEvaluasi(req)
        struct F: Content {
            var nilaiAkhir: Int?
            var rekomendasi: String?
            var catatan: String?
            var version: Int?
        }
        let f = try req.content.decode(F.self)
        try await MonevAlur.nilaiAkhir(
            e, nilai: f.nilaiAkhir.map(String.init), rekomendasi: f.rekomendasi, catatan: f.catatan, versi: f.version, req: req)
        return try await evaluasiJSON(e, pelaku: p, on: req.database)
    }

    @Sendable static func indeks(_ req: Request) async throws -> AgregatJSON {
        let p = try req.pelakuWajib()
        let id = (try? req.query.get(UUID.self, at: "periode"))
        let x: PeriodeMonevRecord? =
            if let id { try await p.cari(PeriodeMonevRecord.self, id, on: req.database) } else {
                try await p.query(PeriodeMonevRecord.self, on: req.database).filter(\.$dibuka == false).sort(\.$selesai, .descending)
                    .first()
            }
        guard let x else { return AgregatJSON(periodeID: nil, opd: [], urusan: [], mitra: [], jenis: [], tidakDievaluasi: []) }
        let ev = try await p.query(EvaluasiMonevRecord.self, on: req.database).filter(\.$periodeID == x.id!).all()
        let unit = try await Pilihan.namaUnit(p, req: req)
        let mitra = Dictionary(uniqueKeysWithValues: try await p.query(MitraRecord.self, on: req.database).all().map { ($0.id!, $0.nama) })
        // A running period's indexes are the overseers' only (MonevAlur.indeksTerlihat).
        let dinilai = MonevAlur.indeksTerlihat(x, oleh: p) ? ev.filter { $0.indeks != nil } : []
        func titik(_ kunci: (EvaluasiMonevRecord) -> [String]) -> [IndeksMonev.Titik] {
            dinilai.map { .init(kunci: kunci($0), indeks: $0.indeks!) }
        }
        return AgregatJSON(
            periodeID: x.id, opd: IndeksMonev.agregat(titik { [unit[$0.unitID] ?? $0.unitID.uuidString] }),
            urusan: IndeksMonev.agregat(titik { $0.urusan.split(separator: ",").map(String.init) }),
            mitra: IndeksMonev.agregat(titik { $0.idMitra.compactMap { mitra[$0] } }),
            jenis: IndeksMonev.agregat(titik { [JenisKerjaSama(rawValue: $0.jenis)?.singkatan ?? $0.jenis] }),
            tidakDievaluasi: Array(
                IndeksMonev.tidakDievaluasi(aktif: Set(ev.map(\.kerjaSamaID)), dinilaiPeriodeTerakhir: Set(dinilai.map(\.kerjaSamaID)))
            ).sorted { $0.uuidString < $1.uuidString })
    }

    @Sendable static func laporan(_ req: Request) async throws -> Response {
        let (t, r) = try LaporanMonevPage.permintaan(req)
        let d = try await LaporanMonevPage.data(tujuan: t, rentang: r, pelaku: try req.pelakuWajib(), on: req.database)
        if (try? req.query.get(String.self, at: "format")) == "xlsx" {
            return Unduhan.respons(try LaporanMonevPage.xlsx(d), tipe: Unduhan.xlsx, nama: LaporanMonevPage.namaBerkas(d, "xlsx"))
        }
        return Unduhan.respons(try LaporanMonevPage.docx(d), tipe: Unduhan.docx, nama: LaporanMonevPage.namaBerkas(d, "docx"))
    }
}
