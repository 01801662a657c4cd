import Fluent
import Foundation
import JalinDomain
import Vapor

/// Recording a new cooperation (optionally from a prioritised mapping submission) and its signings.
enum KerjaSamaFormPage {
    struct Model: Encodable {
        let isian: KerjaSamaAlur.Isian
        let jenis: [Pilihan]
        let urusan: [Pilihan]
        let mitra: [Pilihan]
        let unit: [Pilihan]
        let lokasi: String
        let membebani: Bool
        let dianggarkan: Bool
        let galat: [String: String]
    }

    static func form(_ req: Request, isian: KerjaSamaAlur.Isian, galat: KesalahanValidasi? = nil) async throws -> Response {
        let p = try req.pelakuWajib()
        let mitra = try await p.query(MitraRecord.self, on: req.database).sort(\.$nama).all()
        let unit = try await p.query(UnitKerjaRecord.self, on: req.database).filter(\.$jenis == .opd).filter(\.$aktif == true).sort(\.$nama)
            .all()
        let pilihU = Set(isian.urusan ?? [])
        let pilihM = Set(isian.mitra ?? [])
        let pilihUnit = Set(isian.unit ?? [])
        let m = Model(
            isian: isian,
            jenis: JenisKerjaSama.allCases.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == isian.jenis) },
            urusan: KatalogUrusan.semua.map { .init(nilai: $0.kode, label: "\($0.kode) \($0.nama)", dipilih: pilihU.contains($0.kode)) },
            mitra: mitra.map {
                .init(nilai: $0.id!.uuidString, label: "\($0.nama) (\($0.jenis.nama))", dipilih: pilihM.contains($0.id!.uuidString))
            },
            unit: unit.map { .init(nilai: $0.id!.uuidString, label: $0.nama, dipilih: pilihUnit.contains($0.id!.uuidString)) },
            lokasi: (isian.lokasi ?? []).joined(separator: ", "), membebani: Kotak.dicentang(isian.membebani),
            dianggarkan: isian.dianggarkan == nil || Kotak.dicentang(isian.dianggarkan), galat: Format.petaGalat(galat))
        return try await req.halaman(
            "kerjasama/form", judul: "Catat Kerja Sama", m, status: galat == nil ? .ok : .unprocessableEntity,
            galat: galat.map { "Kerja sama belum disimpan. " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ") })
    }

    struct FormTtd: Content {
        var dokumen: String?
        var nomor1: String?
        var nomor2: String?
        var pihak2: String?
        var tanggal: String?
        var tempat: String?
        var nama1: String?
        var jabatan1: String?
        var kewenangan1: String?
        var nama2: String?
        var jabatan2: String?
        var paraf: String?
        var materai: String?
        var stempel: String?
        var pindaian: File?
        var version: Int?
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "kerja-sama", "baru", akses: .admin, use: formBaru)
        app.rute(.POST, "kerja-sama", "baru", akses: .admin, use: simpan)
        app.rute(.POST, "kerja-sama", ":ks", "tanda-tangan", akses: .admin, maksBody: .formUnggah, use: tandaTangan)
        app.rute(.POST, "kerja-sama", ":ks", "tanda-tangan", ":ttd", "verifikasi", akses: .internalPemda, use: verifikasiTandaTangan)
    }

    @Sendable static func formBaru(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        var isian = KerjaSamaAlur.Isian(jenis: JenisKerjaSama.ksddSukarela.rawValue)
        // Pre-filled from a mapping submission.
        if let id = (try? req.query.get(UUID.self, at: "usulan")),
            let r = try await p.query(UsulanRecord.self, on: req.database).filter(\.$id == id).first(),
            let u = UsulanAlur.isi(r)
        {
            isian = KerjaSamaAlur.Isian(
                judul: u.judul, objek: u.deskripsi ?? u.judul, jenis: JenisKerjaSama.ksddSukarela.rawValue, urusan: u.urusan,
                lokasi: u.lokasi.map(\.nilai), mitra: u.calonMitra.map(\.uuidString), unit: [r.unitID.uuidString],
                usulanID: id.uuidString, kodeProgram: u.kodeProgram, namaProgram: u.namaProgram)
        }
        return try await form(req, isian: isian)
    }

    @Sendable static func simpan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        var isian = try req.content.decode(KerjaSamaAlur.Isian.self)
        struct L: Content { var lokasiTeks: String? }
        if let t = try? req.content.decode(L.self).lokasiTeks {
            isian.lokasi = t.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        }
        do {
            let d = try await KerjaSamaAlur.periksa(isian, pelaku: p, on: req.database)
            let r = try await KerjaSamaAlur.buat(d, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/kerja-sama/\(r.id!)?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await form(req, isian: isian, galat: v)
        }
    }

    @Sendable static func tandaTangan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        let f = try req.content.decode(FormTtd.self)
        do {
            let catat = try await catatTandaTangan(r, f, pelaku: p, req: req)
            return req.redirect(to: "/kerja-sama/\(r.id!)?pesan=\(catat)")
        } catch let v as KesalahanValidasi {
            let isian = [
                "dokumen": f.dokumen, "nomor1": f.nomor1, "nomor2": f.nomor2, "pihak2": f.pihak2, "tanggal": f.tanggal, "tempat": f.tempat,
                "nama1": f.nama1, "jabatan1": f.jabatan1, "kewenangan1": f.kewenangan1, "nama2": f.nama2, "jabatan2": f.jabatan2,
            ]
            .compactMapValues { $0.map { String($0.prefix(300)) } }
            return try await KerjaSamaPage.tampil(
                req, try await p.cari(KerjaSamaRecord.self, r.id, on: req.database), galat: v, isian: isian)
        }
    }

    @Sendable static func verifikasiTandaTangan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        let t = try await p.cari(PenandatangananRecord.self, req.parameters.get("ttd", as: UUID.self), on: req.database)
        guard t.kerjaSamaID == r.id, let sha = t.sha256 else { throw Abort(.notFound) }
        let data = FileManager.default.contents(atPath: Unggah.jalur(sha, dir: req.berkasDir))
        let cocok = data.map { SHA256.hex($0) == sha } ?? false
        return req.redirect(to: "/kerja-sama/\(r.id!)?pesan=\(cocok ? "sha-cocok" : "sha-tidak-cocok")")
    }

    /// Records a signing: numbers, date, place, signatories, checklist and the signed scan (PDF/JPEG),
    /// then applies the lifecycle event — all or nothing.
    static func catatTandaTangan(_ r: KerjaSamaRecord, _ f: FormTtd, pelaku p: Pelaku, req: Request) async throws -> String {
        var v = Pemeriksa()
        let dokumen = f.dokumen.flatMap(JenisDokumen.init(rawValue:))
        if dokumen == nil { v.tambah("dokumen", "Pilih dokumen yang ditandatangani.") }
        let nomor1 = Teks.bersihkan(f.nomor1, field: "nomor1", label: "Nomor dokumen pihak kesatu", wajib: true, maks: 100, ke: &v)
        let nomor2 = Teks.bersihkan(f.nomor2, field: "nomor2", label: "Nomor dokumen pihak kedua", wajib: false, maks: 100, ke: &v)
        let pihak2 = Teks.bersihkan(f.pihak2, field: "pihak2", label: "Nama pihak kedua", wajib: true, maks: 200, ke: &v)
        let tanggal = KerjaSamaAlur.isiTanggal(f.tanggal, field: "tanggal", label: "Tanggal penandatanganan", ke: &v)
        if tanggal == nil && v.kesalahan.allSatisfy({ $0.field != "tanggal" }) {
            v.tambah("tanggal", "Tanggal penandatanganan wajib diisi.")
        }
        if let t = tanggal, t > p.jam.hariIni { v.tambah("tanggal", "Tanggal penandatanganan tidak boleh di masa depan.") }
        let tempat = Teks.bersihkan(f.tempat, field: "tempat", label: "Tempat penandatanganan", wajib: true, maks: 200, ke: &v)
        let nama1 = Teks.bersihkan(f.nama1, field: "nama1", label: "Nama penanda tangan pihak kesatu", wajib: true, maks: 200, ke: &v)
        let jabatan1 = Teks.bersihkan(
            f.jabatan1, field: "jabatan1", label: "Jabatan penanda tangan pihak kesatu", wajib: true, maks: 200, ke: &v)
        let kewenangan1 = Teks.bersihkan(
            f.kewenangan1, field: "kewenangan1", label: "Dasar kewenangan (surat kuasa)", wajib: false, maks: 300, ke: &v)
        let nama2 = Teks.bersihkan(f.nama2, field: "nama2", label: "Nama penanda tangan pihak kedua", wajib: true, maks: 200, ke: &v)
        let jabatan2 = Teks.bersihkan(
            f.jabatan2, field: "jabatan2", label: "Jabatan penanda tangan pihak kedua", wajib: true, maks: 200, ke: &v)
        // An OPD head signs for the kepala daerah only with a surat kuasa (PP 28/2018 Pasal 13 ayat (2)).
        if let j = jabatan1?.lowercased(),
            !(j.contains("bupati") || j.contains("wali kota") || j.contains("walikota") || j.contains("gubernur")),
            kewenangan1 == nil
        {
            v.tambah(
                "kewenangan1", "Penanda tangan selain kepala daerah wajib mencantumkan nomor surat kuasa (PP 28/2018 Pasal 13 ayat (2)).")
        }
        guard let file = f.pindaian, file.data.readableBytes > 0 else {
            v.tambah("pindaian", "Unggah pindaian naskah yang sudah ditandatangani (PDF atau JPEG).")
            try v.selesai()
            throw Abort(.internalServerError)
        }
        let jenisBerkas = JenisBerkas.kenali(Foundation.Data(buffer: file.data), nama: file.filename)
        if jenisBerkas != .pdf && jenisBerkas != .jpeg {
            v.tambah("pindaian", "Pindaian harus berkas PDF atau JPEG (dikenali dari isinya).")
        }
        try v.selesai()
        guard let s = r.siklus, let dokumen else { throw Abort(.internalServerError) }
        // Check the event first, so a refused signing stores nothing.
        if case .failure(let e) = s.terapkan(.catatTandaTangan(dokumen)) { throw e.sebagaiKesalahanValidasi }
        let berkas = try Unggah.periksa(file, field: "pindaian")
        struct N: Encodable {
            let pihak: String
            let nomor: String
        }
        struct P: Encodable {
            let pihak: String
            let nama: String
            let jabatan: String
            let kewenangan: String?
        }
        let pemda = try await PemdaRecord.find(p.pemdaID, on: req.database)
        let t = PenandatangananRecord()
        t.pemdaID = p.pemdaID
        t.kerjaSamaID = r.id!
        t.dokumen = dokumen.rawValue
        t.nomorJSON = String(
            decoding: try JSONEncoder().encode(
                [N(pihak: pemda?.nama ?? "Pihak kesatu", nomor: nomor1!)] + (nomor2.map { [N(pihak: pihak2!, nomor: $0)] } ?? [])),
            as: UTF8.self)
        t.tanggal = tanggal!.iso
        t.tempat = tempat!
        t.penandatanganJSON = String(
            decoding: try JSONEncoder().encode([
                P(pihak: UrutanPihak.sebutan(1), nama: nama1!, jabatan: jabatan1!, kewenangan: kewenangan1),
                P(pihak: UrutanPihak.sebutan(2), nama: nama2!, jabatan: jabatan2!, kewenangan: nil),
            ]), as: UTF8.self)
        t.paraf = Kotak.dicentang(f.paraf)
        t.materai = Kotak.dicentang(f.materai)
        t.stempel = Kotak.dicentang(f.stempel)
        t.sha256 = berkas.sha256
        t.waktu = p.jam.sekarang
        t.oleh = p.namaLengkap
        // The scan is recorded and stored only if the version check and the event succeed.
        try await Unggah.transaksi(req, berkas: [berkas]) { db in
            guard try await KunciVersi.klaim(tabel: KerjaSamaRecord.schema, id: r.id!, diharapkan: f.version ?? -1, on: db) else {
                throw KonflikVersi()
            }
            r.version = f.version ?? 0  // the claimed version; terapkan adds one
            t.lampiranID = try await Unggah.catat(berkas, entitas: "penandatanganan", id: r.id!, pelaku: p, ip: req.alamatKlien, on: db).id
            try await t.create(on: db)
            try await KerjaSamaAlur.terapkan(
                r, .catatTandaTangan(dokumen), catatan: "Nomor \(nomor1!), \(tanggal!.panjang), \(tempat!); SHA-256 \(berkas.sha256)",
                pelaku: p.namaLengkap, audit: p, ip: req.alamatKlien, on: db)
        }
        return "ttd-tercatat"
    }
}
