import Fluent
import Foundation
import JalinDomain
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// JSON API of the registry and the lifecycle.
enum KerjaSamaAPI {
    struct KerjaSamaJSON: Content {
        let id: UUID
        let judul: String
        let objek: String
        let jenis: String
        let tahap: String
        let tahapBerikutnya: String?
        let perluDPRD: Bool?
        let urusan: [String]
        let mitra: [UUID]
        let unit: [UUID]
        let nilai: Int64?
        let tanggalMulai: String?
        let tanggalBerakhir: String?
        let indukID: UUID?
        let hubungan: String?
        let kekurangan: [String]
        let version: Int

        /// The one mapping from a record's stored columns; a model and a plain row both come through here.
        init(
            id: UUID, judul: String, objek: String, jenis: String, tahap: String, siklus: String, urusan: String, mitra: String,
            unit: String, nilai: Int64?, tanggalMulai: String?, tanggalBerakhir: String?, indukID: UUID?, hubungan: String?, version: Int
        ) {
            let s = RingkasanSiklus.untuk(siklus)
            self.id = id
            self.judul = judul
            self.objek = objek
            self.jenis = jenis
            self.tahap = tahap
            tahapBerikutnya = s.tahapBerikutnya
            perluDPRD = s.perluDPRD
            kekurangan = s.kekurangan
            self.urusan = urusan.split(separator: ",").map(String.init)
            self.mitra = KerjaSamaRecord.daftarID(mitra)
            self.unit = KerjaSamaRecord.daftarID(unit)
            self.nilai = nilai
            self.tanggalMulai = tanggalMulai
            self.tanggalBerakhir = tanggalBerakhir
            self.indukID = indukID
            self.hubungan = hubungan
            self.version = version
        }

        init(_ r: KerjaSamaRecord) {
            self.init(
                id: r.id!, judul: r.judul, objek: r.objek, jenis: r.jenis, tahap: r.tahap, siklus: r.siklusJSON, urusan: r.urusan,
                mitra: r.mitra, unit: r.unit, nilai: r.nilai, tanggalMulai: r.tanggalMulai, tanggalBerakhir: r.tanggalBerakhir,
                indukID: r.indukID, hubungan: r.hubungan, version: r.version)
        }

        /// The columns `init(baris:)` reads.
        static let kolom = [
            "judul", "objek", "jenis", "tahap", "siklus", "urusan", "mitra", "unit", "nilai", "tanggal_mulai",
            "induk_id", "hubungan", "version",
        ]

        /// From a registry row read with `kolom` (the list endpoint reads plain rows, not models).
        init(baris r: any SQLRow) throws {
            func t(_ k: String) throws -> String { try r.decode(column: k, as: String.self) }
            func t0(_ k: String) throws -> String? { try r.decode(column: k, as: String?.self) }
            self.init(
                id: try r.decode(column: "id", as: UUID.self), judul: try t("judul"), objek: try t("objek"), jenis: try t("jenis"),
                tahap: try t("tahap"), siklus: try t("siklus"), urusan: try t("urusan"), mitra: try t("mitra"), unit: try t("unit"),
                nilai: try r.decode(column: "nilai", as: Int64?.self), tanggalMulai: try t0("tanggal_mulai"),
                tanggalBerakhir: try t0("tanggal_berakhir"), indukID: try r.decode(column: "induk_id", as: UUID?.self),
                hubungan: try t0("hubungan"), version: try r.decode(column: "version", as: Int.self))
        }
    }

    /// What the JSON shows of a lifecycle: the next stage, whether the DPRD must approve, and what is
    /// still missing to enter the next stage. Decoding the lifecycle JSON was the largest cost of the list
    /// endpoint (≈ 70 µs a row, a third of its CPU); the summary is a pure function of the JSON text, so
    /// it is remembered per distinct text (bounded), with no invalidation to get wrong.
    enum RingkasanSiklus {
        struct Nilai: Sendable {
            let tahapBerikutnya: String?
            let perluDPRD: Bool?
            let kekurangan: [String]
        }

        static let batas = 5_000
        private static let ingatan = NIOLockedValueBox<[String: Nilai]>([:])

        static func untuk(_ json: String) -> Nilai {
            if let n = ingatan.withLockedValue({ $0[json] }) { return n }
            let s = KerjaSamaRecord.siklus(dari: json)
            let n = Nilai(
                tahapBerikutnya: s?.tahapBerikutnya?.rawValue, perluDPRD: s?.perluDPRD,
                kekurangan: (s?.tahapBerikutnya.flatMap { t in s?.kekurangan(untukMasuk: t) } ?? []).map {
                    "\($0.uraianKurang) (\($0.dasarHukum))"
                })
            ingatan.withLockedValue {
                if $0.count >= batas { $0.removeAll(keepingCapacity: true) }
                $0[json] = n
            }
            return n
        }
    }

    struct KewajibanJSON: Content {
        let id: UUID
        let uraian: String
        let pemilik: String
        let jatuhTempo: String?
        let periode: String?
        let status: String
        let terlambat: Bool
        let version: Int
    }

    typealias P = OperasiAPI.Param
    static let pKS = P(nama: "ks", lokasi: "path", tipe: "string", wajib: true, keterangan: "ID kerja sama")

    static func daftarkan(_ app: Application) {
        let api = app.grouped("api", "v1").grouped(TokenAPIMiddleware())
        api.rute(.GET, "kerja-sama", akses: .internalPemda, api: Operasi.daftar, use: daftar)
        api.rute(.POST, "kerja-sama", akses: .admin, api: Operasi.buat, use: buat)
        api.rute(.GET, "kerja-sama", ":ks", akses: .internalPemda, api: Operasi.satu, use: satu)
        api.rute(.POST, "kerja-sama", ":ks", "peristiwa", akses: .admin, api: Operasi.peristiwa, use: peristiwa)
        api.rute(.GET, "kerja-sama", ":ks", "kewajiban", akses: .internalPemda, api: Operasi.kewajiban, use: kewajiban)
        api.rute(
            .POST, "kerja-sama", ":ks", "tanda-tangan", akses: .admin, api: Operasi.tandaTangan, maksBody: .formUnggah, use: tandaTangan)
        api.rute(.GET, "notifikasi", akses: .semuaPengguna, api: Operasi.notifikasi, use: notifikasi)
    }

    /// The OpenAPI description of each operation.
    enum Operasi {
        static let daftar = OperasiAPI(
            id: "daftarKerjaSama", ringkasan: "Register kerja sama dengan saringan", tag: "Kerja Sama",
            parameter: [
                ("jenis", "Kode jenis kerja sama, misalnya ksddSukarela"), ("tahap", "Kode tahap, misalnya pelaksanaan"),
                ("urusan", "Kode bidang urusan, utuh, misalnya 2.15"), ("mitra", "ID mitra"), ("unit", "ID perangkat daerah"),
                ("kecamatan", "ID unit kecamatan: kerja sama kecamatan itu serta desa dan kelurahan di wilayahnya"),
                ("tahun", "Tahun berlaku, misalnya 2026"), ("q", "Sebagian judul"),
            ]
            .map { P(nama: $0.0, lokasi: "query", tipe: "string", wajib: false, keterangan: "Saring menurut \($0.0): \($0.1)") }
                + [
                    P(nama: "segera", lokasi: "query", tipe: "string", wajib: false, keterangan: "1: berakhir dalam 90 hari"),
                    P(
                        nama: "setelah", lokasi: "query", tipe: "string", wajib: false,
                        keterangan: "Penanda halaman berikutnya (50 per halaman), dari header Link rel=\"next\" jawaban sebelumnya"),
                    P(
                        nama: "sebelum", lokasi: "query", tipe: "string", wajib: false,
                        keterangan: "Penanda halaman sebelumnya, dari header Link rel=\"prev\""),
                ],
            respons: "[KerjaSama]")
        static let buat = OperasiAPI(
            id: "buatKerjaSama", ringkasan: "Catat kerja sama baru (tahap persiapan)", tag: "Kerja Sama", body: "KerjaSamaMasukan",
            respons: "KerjaSama", statusSukses: 201)
        static let satu = OperasiAPI(
            id: "kerjaSama", ringkasan: "Satu kerja sama dengan tahap berikutnya dan kekurangannya", tag: "Kerja Sama",
            parameter: [pKS], respons: "KerjaSama")
        static let peristiwa = OperasiAPI(
            id: "peristiwaKerjaSama",
            ringkasan:
                "Terapkan peristiwa siklus (lanjut, kembali, dokumen, persetujuan, akhiri, mulaiAdendum, batalkanAdendum); yang tidak sah ditolak 422 dengan dasar hukumnya",
            tag: "Kerja Sama", parameter: [pKS], body: "PeristiwaMasukan", respons: "KerjaSama")
        static let tandaTangan = OperasiAPI(
            id: "tandaTanganKerjaSama",
            ringkasan:
                "Catat penandatanganan dokumen yang mengikat (nomor, tanggal, penanda tangan, pindaian); naskah yang dirujuk menjadi final dalam transaksi yang sama; yang tidak sah ditolak 422",
            tag: "Kerja Sama", parameter: [pKS], body: "PenandatangananMasukan", jenisBody: "multipart/form-data", respons: "KerjaSama")
        static let kewajiban = OperasiAPI(
            id: "kewajiban", ringkasan: "Hak dan kewajiban kerja sama", tag: "Kerja Sama", parameter: [pKS], respons: "[Kewajiban]")
        static let notifikasi = OperasiAPI(
            id: "notifikasi", ringkasan: "Notifikasi saya (terbaru dahulu)", tag: "Kerja Sama", respons: "[Notifikasi]")
    }

    /// `GET /api/v1/kerja-sama`: one page of the registry, the next and previous pages in the `Link` header.
    @Sendable static func daftar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let hal = try await RegisterPage.query(RegisterPage.Filter(req), pelaku: p, kolom: KerjaSamaJSON.kolom, on: req.database)
        let res = try await hal.baris.map(KerjaSamaJSON.init(baris:)).encodeResponse(for: req)
        res.tautkanHalaman(req, hal) { $0.teks }
        return res
    }

    @Sendable static func buat(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let f = try req.content.decode(KerjaSamaAlur.Isian.self)
        let d = try await KerjaSamaAlur.periksa(f, pelaku: p, on: req.database)
        let r = try await KerjaSamaAlur.buat(d, pelaku: p, ip: req.alamatKlien, on: req.database)
        return try await KerjaSamaJSON(r).encodeResponse(status: .created, for: req)
    }

    @Sendable static func satu(_ req: Request) async throws -> KerjaSamaJSON {
        KerjaSamaJSON(try await KerjaSamaAlur.cari(req))
    }

    @Sendable static func peristiwa(_ req: Request) async throws -> KerjaSamaJSON {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        let f = try req.content.decode(KerjaSamaAlur.IsianPeristiwa.self)
        try await KerjaSamaAlur.catatPeristiwa(r, f, pelaku: p, ip: req.alamatKlien, on: req.database)
        return KerjaSamaJSON(r)
    }

    /// `POST /api/v1/kerja-sama/{ks}/tanda-tangan`: the one signing path, as the page's form (multipart).
    @Sendable static func tandaTangan(_ req: Request) async throws -> KerjaSamaJSON {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        let f = try req.content.decode(KerjaSamaAlur.IsianTtd.self)
        _ = try await KerjaSamaAlur.tandaTangani(r, f, pelaku: p, req: req)
        return KerjaSamaJSON(try await p.cari(KerjaSamaRecord.self, r.id, on: req.database))
    }

    @Sendable static func kewajiban(_ req: Request) async throws -> [KewajibanJSON] {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        let hari = req.jam.hariIni
        return try await p.query(KewajibanRecord.self, on: req.database).filter(\.$kerjaSamaID == r.id!).sort(\.$jatuhTempo).all().map {
            KewajibanJSON(
                id: $0.id!, uraian: $0.uraian, pemilik: $0.pemilik, jatuhTempo: $0.jatuhTempo, periode: $0.periode, status: $0.status,
                terlambat: $0.status != "selesai" && ($0.jatuhTempo.flatMap(Tanggal.init(iso:)).map { $0 < hari } ?? false),
                version: $0.version)
        }
    }

    @Sendable static func notifikasi(_ req: Request) async throws -> [NotifikasiPage.Baris] {
        let p = try req.pelakuWajib()
        return try await p.query(NotifikasiRecord.self, on: req.database).filter(\.$penggunaID == p.penggunaID).sort(\.$dibaca)
            .sort(\.$mendesak, .descending).sort(\.$dibuat, .descending).limit(200).all()
            .map {
                .init(
                    id: $0.id!.uuidString, judul: $0.judul, isi: $0.isi, tautan: $0.tautan, waktu: Format.waktu($0.dibuat),
                    dibaca: $0.dibaca, mendesak: $0.mendesak, jenis: $0.jenis)
            }
    }
}
