import Fluent
import Foundation
import JalinDomain
import Vapor

/// JSON API of the mapping: rounds, submissions, actions, scores, weights and ranking.
enum PemetaanAPI {
    struct PeriodeJSON: Content {
        let id: UUID
        let judul: String
        let tahun: Int
        let batasWaktu: String
        let dibuka: Bool
        let topN: Int
        let kriteria: [Kriteria]
        let unitDiundang: [UUID]
        let version: Int

        init(_ x: PeriodePemetaanRecord) {
            id = x.id!
            judul = x.judul
            tahun = x.tahun
            batasWaktu = x.batasWaktu
            dibuka = x.dibuka
            topN = x.topN
            kriteria = x.kriteria
            unitDiundang = x.idUnitDiundang
            version = x.version
        }
    }

    struct UsulanJSON: Content {
        let id: UUID
        let periodeID: UUID
        let unitID: UUID
        let status: StatusUsulan
        let catatan: String?
        let isi: UsulanPotensi?
        let version: Int

        init(_ r: UsulanRecord) {
            id = r.id!
            periodeID = r.periodeID
            unitID = r.unitID
            status = StatusUsulan(rawValue: r.status) ?? .draf
            catatan = r.catatan
            isi = UsulanAlur.isi(r)
            version = r.version
        }
    }

    /// A new or edited submission: the form's fields, plus the unit (admin only) and whether to submit.
    struct UsulanMasukan: Content {
        let isian: IsianUsulan
        let unitID: UUID?
        let ajukan: Bool
        let version: Int?

        init(from decoder: any Decoder) throws {
            isian = try IsianUsulan(from: decoder)
            struct K: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }
            let c = try decoder.container(keyedBy: K.self)
            unitID = try c.decodeIfPresent(UUID.self, forKey: K(stringValue: "unitID"))
            ajukan = try c.decodeIfPresent(Bool.self, forKey: K(stringValue: "ajukan")) ?? false
            version = try c.decodeIfPresent(Int.self, forKey: K(stringValue: "version"))
        }

        func encode(to encoder: any Encoder) throws { try isian.encode(to: encoder) }
    }

    struct AksiMasukan: Content {
        let aksi: String
        let catatan: String?
    }

    struct NilaiMasukan: Content {
        let nilai: [String: Double]
        let alasan: String?
    }

    struct BobotMasukan: Content {
        /// The upper triangle row by row: row i holds the comparisons of criterion i with i+1 … n-1.
        let atas: [[Double]]
    }

    struct BobotJSON: Content {
        let kriteria: [Kriteria]
        let bobot: [Double]
        let cr: Double?
        let peringatan: String?
        let jumlahAnggota: Int
    }

    struct PeringkatJSON: Content {
        struct Baris: Content {
            let peringkat: Int
            let id: String
            let judul: String
            let total: Double
            let skor: [Double]
            let jumlahPenilai: Int
        }

        let kriteria: [Kriteria]
        let bobot: [Double]
        let cr: Double?
        let topN: Int
        let peringkat: [Baris]
        let sensitivitas: [HasilSensitivitas]
    }

    struct KelayakanJSON: Content {
        let penyaringan: HasilPenyaringan
        let rekomendasi: [Rekomendasi]
    }

    static func bobotJSON(_ g: BobotPage.Kelompok, kriteria: [Kriteria]) -> BobotJSON {
        BobotJSON(
            kriteria: kriteria, bobot: g.bobot, cr: g.hasil?.cr, peringatan: g.hasil?.peringatan(nama: kriteria.map(\.nama)),
            jumlahAnggota: g.jumlahAnggota)
    }

    typealias P = OperasiAPI.Param
    static let pPeriode = P(nama: "periode", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID periode pemetaan")
    static let pUsulan = P(nama: "usulan", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID usulan")

    static func daftarkan(_ app: Application) {
        let api = app.grouped("api", "v1").grouped(TokenAPIMiddleware())
        api.rute(
            .GET, "periode", akses: .internalPemda,
            api: .init(
                id: "daftarPeriode", ringkasan: "Periode pemetaan pemda", tag: "Pemetaan", respons: "[Periode]"), use: daftarPeriode)
        api.rute(
            .GET, "periode", ":periode", akses: .internalPemda,
            api: .init(
                id: "periode", ringkasan: "Satu periode pemetaan", tag: "Pemetaan", parameter: [pPeriode], respons: "Periode"), use: periode
        )
        api.rute(
            .GET, "periode", ":periode", "usulan", akses: .internalPemda,
            api: .init(
                id: "daftarUsulan", ringkasan: "Usulan dalam periode (draf hanya milik unit sendiri)", tag: "Pemetaan",
                parameter: [pPeriode, P(nama: "status", lokasi: "query", tipe: "string", wajib: false, keterangan: "Saring status")],
                respons: "[Usulan]"), use: daftarUsulan)
        api.rute(
            .POST, "periode", ":periode", "usulan", akses: .peran([.admin, .operator]),
            api: .init(
                id: "buatUsulan", ringkasan: "Buat usulan (draf, atau langsung diajukan dengan ajukan: true)", tag: "Pemetaan",
                parameter: [pPeriode], body: "UsulanMasukan", respons: "Usulan", statusSukses: 201), maksBody: "1mb", use: buatUsulan)
        api.rute(
            .GET, "usulan", ":usulan", akses: .internalPemda,
            api: .init(
                id: "usulan", ringkasan: "Satu usulan", tag: "Pemetaan", parameter: [pUsulan], respons: "Usulan"), use: usulan)
        api.rute(
            .PUT, "usulan", ":usulan", akses: .peran([.admin, .operator]),
            api: .init(
                id: "ubahUsulan", ringkasan: "Ubah usulan draf atau yang dikembalikan (dengan versi)", tag: "Pemetaan",
                parameter: [pUsulan], body: "UsulanMasukan", respons: "Usulan"), maksBody: "1mb", use: ubahUsulan)
        api.rute(
            .POST, "usulan", ":usulan", "aksi", akses: .peran([.admin, .operator]),
            api: .init(
                id: "aksiUsulan",
                ringkasan: "Ajukan, tarik kembali, kembalikan (dengan catatan), verifikasi, tolak (dengan alasan), prioritaskan",
                tag: "Pemetaan", parameter: [pUsulan], body: "AksiMasukan", respons: "Usulan"), use: aksiUsulan)
        api.rute(
            .PUT, "usulan", ":usulan", "nilai", akses: .peran([.tkksd]),
            api: .init(
                id: "nilaiUsulan", ringkasan: "Nilai saya (1–5 per kriteria) untuk usulan terverifikasi", tag: "Penilaian",
                parameter: [pUsulan], body: "NilaiMasukan", respons: "Usulan"), use: nilaiUsulan)
        api.rute(
            .GET, "usulan", ":usulan", "kelayakan", akses: .internalPemda,
            api: .init(
                id: "kelayakanUsulan", ringkasan: "Penyaringan kelayakan KSD dan rekomendasi calon mitra", tag: "Pemetaan",
                parameter: [pUsulan], respons: "Kelayakan"), use: kelayakanUsulan)
        api.rute(
            .GET, "periode", ":periode", "bobot", akses: .internalPemda,
            api: .init(
                id: "bobotKelompok", ringkasan: "Bobot kriteria kelompok (AHP, rata-rata geometrik anggota)", tag: "Penilaian",
                parameter: [pPeriode], respons: "Bobot"), use: bobotKelompok)
        api.rute(
            .PUT, "periode", ":periode", "bobot", akses: .peran([.tkksd]),
            api: .init(
                id: "simpanBobot", ringkasan: "Simpan perbandingan berpasangan saya; jawaban berisi bobot dan CR saya", tag: "Penilaian",
                parameter: [pPeriode], body: "BobotMasukan", respons: "Bobot"), use: simpanBobot)
        api.rute(
            .GET, "periode", ":periode", "peringkat", akses: .internalPemda,
            api: .init(
                id: "peringkat", ringkasan: "Peringkat usulan dengan uji sensitivitas bobot ±10 % dan ±25 %", tag: "Penilaian",
                parameter: [pPeriode], respons: "Peringkat"), use: peringkat)
    }

    // MARK: Handlers

    @Sendable static func daftarPeriode(_ req: Request) async throws -> [PeriodeJSON] {
        try await req.pelakuWajib().query(PeriodePemetaanRecord.self, on: req.database).sort(\.$tahun, .descending).all().map(
            PeriodeJSON.init)
    }

    @Sendable static func periode(_ req: Request) async throws -> PeriodeJSON {
        PeriodeJSON(try await PeriodePage.cari(req))
    }

    @Sendable static func daftarUsulan(_ req: Request) async throws -> [UsulanJSON] {
        let p = try req.pelakuWajib()
        let x = try await PeriodePage.cari(req)
        var q = p.query(UsulanRecord.self, on: req.database).filter(\.$periodeID == x.id!)
        if let s = try? req.query.get(String.self, at: "status"), !s.isEmpty {
            guard let st = StatusUsulan(rawValue: s) else {
                throw KesalahanValidasi(field: "status", pesan: "Status usulan tidak dikenal.")
            }
            q = q.filter(\.$status == st.rawValue)
        }
        return try await q.sort(\.$dibuatPada).all().filter { UsulanAlur.terlihat($0, oleh: p) }.map(UsulanJSON.init)
    }

    @Sendable static func buatUsulan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let x = try await PeriodePage.cari(req)
        let m = try req.content.decode(UsulanMasukan.self)
        let unit = try UsulanAlur.periksaPengusul(p, unitID: m.unitID, periode: x)
        let r = try await UsulanAlur.buat(
            m.isian, unitID: unit, periode: x, ajukan: m.ajukan, pelaku: p, ip: req.alamatKlien, on: req.database)
        return try await UsulanJSON(r).encodeResponse(status: .created, for: req)
    }

    @Sendable static func usulan(_ req: Request) async throws -> UsulanJSON {
        UsulanJSON(try await UsulanAlur.cari(req))
    }

    @Sendable static func ubahUsulan(_ req: Request) async throws -> UsulanJSON {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        try UsulanAlur.periksaBolehUbah(r, p)
        let m = try req.content.decode(UsulanMasukan.self)
        guard let v = m.version else { throw KesalahanValidasi(field: "version", pesan: "Versi wajib disertakan saat mengubah data.") }
        try await UsulanAlur.ubah(r, isian: m.isian, versi: v, ajukan: m.ajukan, pelaku: p, ip: req.alamatKlien, on: req.database)
        return UsulanJSON(r)
    }

    @Sendable static func aksiUsulan(_ req: Request) async throws -> UsulanJSON {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        let m = try req.content.decode(AksiMasukan.self)
        try await UsulanAlur.jalankan(
            try UsulanAlur.aksi(dari: m.aksi, catatan: m.catatan), r, pelaku: p, ip: req.alamatKlien, on: req.database)
        return UsulanJSON(r)
    }

    @Sendable static func nilaiUsulan(_ req: Request) async throws -> UsulanJSON {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        let x = try await p.cari(PeriodePemetaanRecord.self, r.periodeID, on: req.database)
        let m = try req.content.decode(NilaiMasukan.self)
        try await UsulanAlur.nilai(
            r, skor: m.nilai, alasan: m.alasan ?? "", kriteria: x.kriteria, pelaku: p, ip: req.alamatKlien, on: req.database)
        return UsulanJSON(r)
    }

    @Sendable static func kelayakanUsulan(_ req: Request) async throws -> KelayakanJSON {
        let p = try req.pelakuWajib()
        let r = try await UsulanAlur.cari(req)
        guard let u = UsulanAlur.isi(r) else { throw Abort(.internalServerError) }
        let unit = try await p.cari(UnitKerjaRecord.self, r.unitID, on: req.database)
        let k = try await Analisis.konteks(pelaku: p, on: req.database)
        let indeks = IndeksTeks(
            calon: try await Analisis.calon(k, on: req.database),
            usulanLain: try await Analisis.usulanPublik(kecuali: p.pemdaID, on: req.database))
        return KelayakanJSON(
            penyaringan: Analisis.saring(u, unit: unit.jenis, k),
            rekomendasi: RekomendasiMitra.rekomendasikan(
                usulan: u, kodePemda: k.kodePemda, unit: unit.jenis, indeks: indeks, batas: k.batas,
                namaWilayah: k.namaWilayah, jumlah: 10))
    }

    @Sendable static func bobotKelompok(_ req: Request) async throws -> BobotJSON {
        let p = try req.pelakuWajib()
        let x = try await PeriodePage.cari(req)
        return bobotJSON(try await BobotPage.kelompok(x, pelaku: p, on: req.database), kriteria: x.kriteria)
    }

    @Sendable static func simpanBobot(_ req: Request) async throws -> BobotJSON {
        let p = try req.pelakuWajib()
        let x = try await PeriodePage.cari(req)
        let m = try req.content.decode(BobotMasukan.self)
        let matriks = try MatriksPerbandingan(ukuran: x.kriteria.count, atas: m.atas)
        try await BobotPage.simpan(matriks, periode: x, pelaku: p, ip: req.alamatKlien, on: req.database)
        let h = AHP.hitung(matriks)
        return BobotJSON(
            kriteria: x.kriteria, bobot: h.bobot, cr: h.cr, peringatan: h.peringatan(nama: x.kriteria.map(\.nama)), jumlahAnggota: 1)
    }

    @Sendable static func peringkat(_ req: Request) async throws -> PeringkatJSON {
        let p = try req.pelakuWajib()
        let x = try await PeriodePage.cari(req)
        let h = try await PeringkatPage.hitung(x, pelaku: p, on: req.database)
        let item = Dictionary(uniqueKeysWithValues: h.items.map { ($0.id, $0) })
        return PeringkatJSON(
            kriteria: h.kelompok.kriteria, bobot: h.kelompok.bobot, cr: h.kelompok.hasil?.cr, topN: h.topN,
            peringkat: h.peringkat.map { r in
                .init(
                    peringkat: r.peringkat, id: r.id, judul: UUID(uuidString: r.id).flatMap { h.usulan[$0]?.judul } ?? "",
                    total: r.total, skor: item[r.id]?.skor ?? [], jumlahPenilai: item[r.id]?.jumlahPenilai.max() ?? 0)
            },
            sensitivitas: h.sensitivitas)
    }
}
