import CSV
import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import SQLKit
import Vapor

/// Import of existing agreements from a spreadsheet (CSV or XLSX): a dry run lists what will be created
/// and every row problem with its line; nothing is written until the user confirms; re-importing the same
/// file creates nothing twice (each row has a stable key).
enum ImporLamaPage {
    struct Rencana: Sendable {
        let hasil: HasilPeriksaImpor
        let baru: [EntriImpor]
        let sudahAda: Int
    }

    /// Reads the rows of a CSV (UTF-8, comma or semicolon) or XLSX file.
    struct Isi: Sendable {
        let header: [String]
        let baris: [[String]]
        /// Formula cells, as (row index in `baris`, column).
        let rumus: [(baris: Int, kolom: Int)]
        let tanggal1904: Bool
    }

    static func baca(_ data: Foundation.Data, nama: String) throws(KesalahanValidasi) -> Isi {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let h = try XLSXBaca.bacaLengkap(data)
            guard let header = h.baris.first else { throw KesalahanValidasi(field: "berkas", pesan: "Lembar kerja kosong.") }
            let rumus = h.selRumus.filter { $0.baris > 0 }.map { (baris: $0.baris - 1, kolom: $0.kolom) }
            return Isi(header: header, baris: Array(h.baris.dropFirst()), rumus: rumus, tanggal1904: h.tanggal1904)
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let teks = String(data: bytes, encoding: .utf8) else {
            throw KesalahanValidasi(
                field: "berkas",
                pesan: "Berkas bukan CSV UTF-8 atau XLSX. Simpan ulang sebagai \"CSV UTF-8\" atau \"Excel Workbook (.xlsx)\".")
        }
        let pemisah: UnicodeScalar =
            (teks.prefix(while: { $0 != "\n" }).filter { $0 == ";" }.count > teks.prefix(while: { $0 != "\n" }).filter { $0 == "," }.count)
            ? ";" : ","
        do {
            let r = try CSVReader(string: teks, hasHeaderRow: false, delimiter: pemisah)
            var semua: [[String]] = []
            while let b = r.next() { semua.append(b) }
            guard let header = semua.first else { throw KesalahanValidasi(field: "berkas", pesan: "Berkas kosong.") }
            return Isi(header: header, baris: Array(semua.dropFirst()), rumus: [], tanggal1904: false)
        } catch let v as KesalahanValidasi {
            throw v
        } catch {
            throw KesalahanValidasi(field: "berkas", pesan: "Berkas CSV tidak dapat dibaca.")
        }
    }

    /// The dry run: every row checked (`hariIni` dates the statuses), and the rows already imported set apart.
    static func rencana(_ data: Foundation.Data, nama: String, pemdaID: UUID, hariIni: Tanggal, on db: any Database) async throws -> Rencana
    {
        let isi = try baca(data, nama: nama)
        let hasil = ImporKerjaSama.periksa(
            header: isi.header, baris: isi.baris, barisPertama: 2, hariIni: hariIni,
            tanggal1904: isi.tanggal1904, selRumus: isi.rumus)
        let ada = Set(
            try await db.sql.select().column("kunci_impor").from(KerjaSamaRecord.schema)
                .where("pemda_id", .equal, pemdaID).where("kunci_impor", .isNot, SQLLiteral.null)
                .all(decoding: KunciBaris.self).map(\.kunci_impor))
        let baru = hasil.entri.filter { !ada.contains($0.kunci) }
        return Rencana(hasil: hasil, baru: baru, sudahAda: hasil.entri.count - baru.count)
    }

    private struct KunciBaris: Decodable { let kunci_impor: String }

    /// The lifecycle of an imported agreement: at its stage, with the documents and approvals it must have had.
    static func siklus(_ e: EntriImpor) -> Result<SiklusKerjaSama, PenolakanTransisi> {
        let berakhir = e.status == .berakhir
        let dprd: PenilaianDPRD? = [.ksdd, .ksdpk].contains(e.jenis.kelompok) ? .tidakMembebaniDanSudahDianggarkan : nil
        let dokumen = Set(
            SiklusKerjaSama.syarat(jenis: e.jenis, perluDPRD: false).compactMap { x -> JenisDokumen? in
                if case .dokumen(let d) = x.syarat { return d }
                return nil
            })
        let persetujuan = Set(
            SiklusKerjaSama.syarat(jenis: e.jenis, perluDPRD: false).compactMap { x -> JenisPersetujuan? in
                if case .persetujuan(let a) = x.syarat { return a }
                return nil
            })
        return SiklusKerjaSama.impor(
            jenis: e.jenis, penilaianDPRD: dprd, tahap: e.status, dokumenDitandatangani: dokumen,
            persetujuan: persetujuan, alasanBerakhir: berakhir ? .jangkaWaktuBerakhir : nil)
    }

    /// The columns of the rows `tulis` inserts, in the order of their values.
    static let kolomKerjaSama = [
        "id", "pemda_id", "judul", "objek", "jenis", "tahap", "siklus", "urusan", "lokasi", "mitra", "unit", "nilai", "sumber_dana",
        "tanggal_mulai", "tanggal_berakhir", "perpanjangan_ke", "kunci_impor", "contoh", "version", "dibuat_pada", "diubah_pada",
    ]
    static let kolomRiwayat = ["id", "pemda_id", "kerja_sama_id", "waktu", "pengguna", "uraian", "ke"]
    static let kolomTandaTangan = [
        "id", "pemda_id", "kerja_sama_id", "dokumen", "nomor", "tanggal", "tempat", "penandatangan", "paraf", "materai", "stempel", "waktu",
        "oleh",
    ]

    /// Inserts rows `per` at a time (under the database's parameter limit); `selesai` hears how many are in.
    static func sisipkan(
        _ baris: [[any SQLExpression]], ke tabel: String, kolom: [String], per: Int, on db: any SQLDatabase,
        selesai: (Int) -> Void = { _ in }
    ) async throws {
        var n = 0
        for potong in baris.chunked(per) {
            var ins = db.insert(into: tabel).columns(kolom)
            for b in potong { ins = ins.values(b) }
            try await ins.run()
            n += potong.count
            selesai(n)
        }
    }

    /// Writes the planned records in one transaction, in batches (fast on SQLite and PostgreSQL).
    static func tulis(
        _ r: Rencana, pelaku p: Pelaku, namaBerkas: String, sha: String, kemajuan: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
        on db: any Database
    ) async throws -> Int {
        guard r.hasil.masalah.isEmpty else {
            throw KesalahanValidasi(field: "berkas", pesan: "Perbaiki \(r.hasil.masalah.count) masalah pada berkas sebelum mengimpor.")
        }
        let mitra = try await p.query(MitraRecord.self, on: db).all()
        var idMitra = Dictionary(mitra.map { ($0.nama.lowercased(), $0.id!) }, uniquingKeysWith: { a, _ in a })
        let unit = try await p.query(UnitKerjaRecord.self, on: db).all()
        let idUnit = Dictionary(unit.map { ($0.nama.lowercased(), $0.id!) }, uniquingKeysWith: { a, _ in a })
        let sekarang = p.jam.sekarang
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        var rekaman: [[any SQLExpression]] = []
        var idBaru: [UUID] = []
        var riwayat: [[any SQLExpression]] = []
        var ttd: [[any SQLExpression]] = []
        var mitraBaru: [MitraRecord] = []
        var gagal: [MasalahImpor] = []
        for e in r.baru {
            let kunciMitra = e.mitra.lowercased()
            if idMitra[kunciMitra] == nil {
                let m = MitraRecord(
                    pemdaID: p.pemdaID, jenis: e.jenisMitra ?? .daerah, nama: e.mitra, kodeWilayah: e.kodeWilayahMitra?.nilai,
                    keterangan: "Dibuat dari impor data lama (\(namaBerkas)).")
                m.id = UUID()
                mitraBaru.append(m)
                idMitra[kunciMitra] = m.id
            }
            let s: SiklusKerjaSama
            switch siklus(e) {
            case .success(let x): s = x
            case .failure(let f):
                gagal.append(MasalahImpor(baris: e.baris, kolom: "jenis", pesan: f.pesan))
                continue
            }
            let id = UUID()
            idBaru.append(id)
            rekaman.append([
                SQLBind(id), SQLBind(p.pemdaID), SQLBind(e.judul), SQLBind(e.keterangan ?? e.judul), SQLBind(e.jenis.rawValue),
                SQLBind(s.tahap.rawValue),
                SQLBind(String(decoding: try enc.encode(s), as: UTF8.self)), SQLBind(e.urusan.map(\.kode).joined(separator: ",")),
                SQLBind(""),
                SQLBind(idMitra[kunciMitra]!.uuidString), SQLBind(e.perangkatDaerah.flatMap { idUnit[$0.lowercased()]?.uuidString } ?? ""),
                SQLBind(e.nilaiSen), SQLBind(e.sumberDana), SQLBind(e.tanggalMulai.iso), SQLBind(e.tanggalBerakhir.iso), SQLBind(0),
                SQLBind(e.kunci),
                SQLBind(false), SQLBind(1), SQLBind(sekarang), SQLBind(sekarang),
            ])
            riwayat.append([
                SQLBind(UUID()), SQLBind(p.pemdaID), SQLBind(id), SQLBind(sekarang), SQLBind(p.namaLengkap),
                SQLBind("Diimpor dari data lama (\(namaBerkas), baris \(e.baris))"), SQLBind(s.tahap.rawValue),
            ])
            struct N: Encodable {
                let pihak: String
                let nomor: String
            }
            let nomor =
                [N(pihak: "PIHAK KESATU", nomor: e.nomorPihakKesatu)] + (e.nomorPihakKedua.map { [N(pihak: e.mitra, nomor: $0)] } ?? [])
            ttd.append([
                SQLBind(UUID()), SQLBind(p.pemdaID), SQLBind(id), SQLBind(e.dokumen.rawValue),
                SQLBind(String(decoding: try enc.encode(nomor), as: UTF8.self)),
                SQLBind((e.tanggalTandaTangan ?? e.tanggalMulai).iso), SQLBind("–"), SQLBind("[]"), SQLBind(false), SQLBind(false),
                SQLBind(false),
                SQLBind(sekarang), SQLBind("Impor data lama"),
            ])
        }
        if !gagal.isEmpty {
            throw KesalahanValidasi(gagal.prefix(50).map { KesalahanIsian(field: "berkas", pesan: "Baris \($0.baris): \($0.pesan)") })
        }
        let total = rekaman.count
        let rekamanSiap = rekaman
        let idSiap = idBaru
        let riwayatSiap = riwayat
        let ttdSiap = ttd
        let mitraSiap = mitraBaru
        try await db.transaction { db in
            for m in mitraSiap { try await m.create(on: db) }
            try await sisipkan(rekamanSiap, ke: KerjaSamaRecord.schema, kolom: kolomKerjaSama, per: 200, on: db.sql) { kemajuan($0, total) }
            try await KaitKerjaSama.segarkan(idSiap, on: db.sql)
            try await sisipkan(riwayatSiap, ke: RiwayatKerjaSamaRecord.schema, kolom: kolomRiwayat, per: 500, on: db.sql)
            try await sisipkan(ttdSiap, ke: PenandatangananRecord.schema, kolom: kolomTandaTangan, per: 300, on: db.sql)
            try await Audit.catat(
                "kerja_sama.impor", entitas: "kerja_sama", id: nil,
                sesudah: [
                    "berkas": namaBerkas, "sha256": sha, "dibuat": "\(total)", "sudahAda": "\(r.sudahAda)",
                    "mitraBaru": "\(mitraSiap.count)",
                ],
                pelaku: p, on: db)
        }
        return total
    }

    // MARK: Pages

    struct Model: Encodable {
        let tahap: String  // "unggah" | "pratinjau" | "selesai"
        let namaBerkas: String
        let sha: String
        let jumlahBaris: Int
        let baru: [Medan]
        let jumlahBaru: Int
        let sudahAda: Int
        let masalah: [Medan]
        let catatan: [String]
        let kolom: [KolomImpor]
        let dibuat: Int
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "kerja-sama", "impor", akses: .admin, use: halaman)
        app.rute(.GET, "kerja-sama", "impor", "templat.csv", akses: .admin, use: templat)
        app.rute(.POST, "kerja-sama", "impor", akses: .admin, maksBody: .formUnggah, use: unggah)
    }

    @Sendable static func halaman(_ req: Request) async throws -> Response {
        try await tampil(.unggah(masalah: []), req: req)
    }

    @Sendable static func templat(_ req: Request) async throws -> Response {
        Unduhan.respons(Foundation.Data(ImporKerjaSama.templateCSV().utf8), tipe: Unduhan.csv, nama: "templat-impor-kerja-sama.csv")
    }

    struct FormUnggah: Content {
        var berkas: File?
        var sha: String?
        var nama: String?
        var konfirmasi: String?
    }

    /// `POST /kerja-sama/impor`: the dry run of an uploaded file, or (`konfirmasi=ya`) the import of the file
    /// this session's dry run kept.
    @Sendable static func unggah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let f = try req.content.decode(FormUnggah.self)
        do {
            let (data, nama) = try berkas(f, req: req, pelaku: p)
            let r = try await rencana(data, nama: nama, pemdaID: p.pemdaID, hariIni: req.jam.hariIni, on: req.database)
            if f.konfirmasi == "ya" {
                let sha = try Unggah.simpan(data, dir: req.berkasDir)
                let n = try await tulis(r, pelaku: p, namaBerkas: nama, sha: sha, on: req.database)
                ImporTertunda.hapus(req, p)
                return try await tampil(.selesai(r, nama: nama, sha: sha, dibuat: n), req: req)
            }
            let sha = try ImporTertunda.simpan(req, p, data)
            return try await tampil(
                .pratinjau(r, nama: nama, sha: sha), req: req, status: r.hasil.masalah.isEmpty ? .ok : .unprocessableEntity)
        } catch let v as KesalahanValidasi {
            return try await tampil(
                .unggah(masalah: v.daftar.map { Medan(label: "Berkas", nilai: $0.pesan) }), req: req,
                status: .unprocessableEntity, galat: v.daftar.first?.pesan)
        }
    }

    /// The file to check: the one uploaded now, or at confirmation the one this session uploaded for the dry
    /// run (never a file by a hash alone).
    static func berkas(_ f: FormUnggah, req: Request, pelaku p: Pelaku) throws -> (Foundation.Data, String) {
        if let sha = f.sha, f.konfirmasi == "ya" {
            guard let d = ImporTertunda.baca(req, p, sha: sha) else {
                throw KesalahanValidasi(field: "berkas", pesan: "Berkas pratinjau tidak ditemukan; unggah ulang.")
            }
            return (d, String((f.nama ?? "impor").prefix(200)))
        }
        guard let file = f.berkas, file.data.readableBytes > 0 else {
            throw KesalahanValidasi(field: "berkas", pesan: "Pilih berkas CSV atau XLSX.")
        }
        guard file.data.readableBytes <= 10 * 1024 * 1024 else {
            throw KesalahanValidasi(field: "berkas", pesan: "Berkas paling besar 10 MB.")
        }
        return (Foundation.Data(buffer: file.data), String(file.filename.prefix(200)))
    }

    static func tampil(_ m: Model, req: Request, status: HTTPStatus = .ok, galat: String? = nil) async throws -> Response {
        try await req.halaman("kerjasama/impor", judul: "Impor Data Kerja Sama", m, status: status, galat: galat)
    }
}

extension ImporLamaPage.Model {
    /// The upload form, with the template's columns and what was wrong with the last file.
    static func unggah(masalah: [Medan]) -> Self {
        .init(
            tahap: "unggah", namaBerkas: "", sha: "", jumlahBaris: 0, baru: [], jumlahBaru: 0, sudahAda: 0, masalah: masalah, catatan: [],
            kolom: ImporKerjaSama.kolom, dibuat: 0)
    }

    /// The dry run: what will be created, every problem, the notes.
    static func pratinjau(_ r: ImporLamaPage.Rencana, nama: String, sha: String) -> Self {
        .init(
            tahap: "pratinjau", namaBerkas: nama, sha: sha, jumlahBaris: r.hasil.jumlahBaris,
            baru: r.baru.prefix(200).map {
                Medan(
                    label: "Baris \($0.baris)",
                    nilai:
                        "\($0.judul) — \($0.jenis.singkatan) — \($0.mitra) — \($0.tanggalMulai.panjang) s.d. \($0.tanggalBerakhir.panjang)")
            },
            jumlahBaru: r.baru.count, sudahAda: r.sudahAda,
            masalah: r.hasil.masalah.prefix(500).map {
                Medan(label: "Baris \($0.baris)\($0.kolom.map { ", kolom \($0)" } ?? "")", nilai: $0.pesan)
            },
            catatan: r.hasil.catatan.map(\.pesan), kolom: [], dibuat: 0)
    }

    /// The import done.
    static func selesai(_ r: ImporLamaPage.Rencana, nama: String, sha: String, dibuat n: Int) -> Self {
        .init(
            tahap: "selesai", namaBerkas: nama, sha: sha, jumlahBaris: r.hasil.jumlahBaris, baru: [], jumlahBaru: n, sudahAda: r.sudahAda,
            masalah: [], catatan: [], kolom: [], dibuat: n)
    }
}

/// The file of an import's dry run, waiting for its confirmation. It belongs to the session (and so to the
/// user and pemda) that uploaded it: the confirmation names it by its hash, but only within that session's
/// own folder, so a hash of another pemda's upload finds nothing. One pending file per session; folders of
/// sessions a day old are removed at the next dry run.
enum ImporTertunda {
    static let umur: TimeInterval = 24 * 3600

    private static func akar(_ req: Request) -> String { (req.berkasDir as NSString).appendingPathComponent("impor-tertunda") }

    private static func folder(_ req: Request, _ p: Pelaku) -> String? {
        p.sesiID.map { (akar(req) as NSString).appendingPathComponent($0.uuidString) }
    }

    static func simpan(_ req: Request, _ p: Pelaku, _ data: Foundation.Data) throws -> String {
        guard let folder = folder(req, p) else { throw Tolak(.forbidden, "Impor dari berkas memerlukan sesi masuk.") }
        bersihkan(req)
        let fm = FileManager.default
        try? fm.removeItem(atPath: folder)
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let sha = SHA256.hex(data)
        try data.write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(sha)), options: .atomic)
        return sha
    }

    static func baca(_ req: Request, _ p: Pelaku, sha: String) -> Foundation.Data? {
        guard sha.count == 64, sha.allSatisfy(\.isHexDigit), let folder = folder(req, p),
            let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(sha.lowercased())),
            SHA256.hex(data) == sha.lowercased()
        else { return nil }
        return data
    }

    static func hapus(_ req: Request, _ p: Pelaku) {
        if let folder = folder(req, p) { try? FileManager.default.removeItem(atPath: folder) }
    }

    private static func bersihkan(_ req: Request) {
        let fm = FileManager.default
        let akar = akar(req)
        for nama in (try? fm.contentsOfDirectory(atPath: akar)) ?? [] {
            let jalur = (akar as NSString).appendingPathComponent(nama)
            if let t = (try? fm.attributesOfItem(atPath: jalur))?[.modificationDate] as? Date, req.jam.sekarang.timeIntervalSince(t) > umur
            {
                try? fm.removeItem(atPath: jalur)
            }
        }
    }
}
