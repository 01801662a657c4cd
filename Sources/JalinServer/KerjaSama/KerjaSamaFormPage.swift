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

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "kerja-sama", "baru", akses: .admin, use: formBaru)
        app.rute(.POST, "kerja-sama", "baru", akses: .admin, use: simpan)
        app.rute(.POST, "kerja-sama", ":ks", "tanda-tangan", akses: .admin, maksBody: .formUnggah, use: tandaTangan)
        app.rute(.POST, "kerja-sama", ":ks", "tanda-tangan", ":ttd", "verifikasi", akses: .internalPemda, use: verifikasiTandaTangan)
    }

    @Sendable static func formBaru(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        var isian = KerjaSamaAlur.Isian(jenis: JenisKerjaSama.ksddSukarela.rawValue)
        // Drafted first: the naskah's partner, unit, kind and submission.
        var usulanID = try? req.query.get(UUID.self, at: "usulan")
        var naskah: NaskahRecord?
        if let id = try? req.query.get(UUID.self, at: "naskah"),
            let n = try await p.query(NaskahRecord.self, on: req.database).filter(\.$id == id).first(), n.kerjaSamaID == nil
        {
            naskah = n
            usulanID = usulanID ?? n.usulanID
        }
        // Pre-filled from a mapping submission, the kind from the eligibility screen's verdict.
        if let id = usulanID, let r = try await p.query(UsulanRecord.self, on: req.database).filter(\.$id == id).first(),
            let u = UsulanAlur.isi(r)
        {
            let jenis = try await KerjaSamaAlur.jenisMenurutKelayakan(r, u, pelaku: p, on: req.database) ?? .ksddSukarela
            isian = KerjaSamaAlur.Isian(
                judul: u.judul, objek: u.deskripsi ?? u.judul, jenis: jenis.rawValue, urusan: u.urusan,
                lokasi: u.lokasi.map(\.nilai), mitra: u.calonMitra.map(\.uuidString), unit: [r.unitID.uuidString],
                usulanID: id.uuidString, kodeProgram: u.kodeProgram, namaProgram: u.namaProgram)
        }
        if let n = naskah {
            let isi = try NaskahAlur.isi(n)
            if isian.judul == nil { isian.judul = isi.tentang }
            if isian.objek == nil { isian.objek = isi.tentang }
            if let j = n.jenisKerjaSama { isian.jenis = j }
            if let m = n.mitraID { isian.mitra = [m.uuidString] }
            if let u = n.unitID, isian.unit == nil { isian.unit = [u.uuidString] }
            isian.naskahID = n.id?.uuidString
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
        let f = try req.content.decode(KerjaSamaAlur.IsianTtd.self)
        do {
            let catat = try await KerjaSamaAlur.tandaTangani(r, f, pelaku: p, req: req)
            return req.redirect(to: "/kerja-sama/\(r.id!)?pesan=\(catat)")
        } catch let v as KesalahanValidasi {
            let isian = [
                "dokumen": f.dokumen, "nomor1": f.nomor1, "nomor2": f.nomor2, "pihak2": f.pihak2, "tanggal": f.tanggal, "tempat": f.tempat,
                "nama1": f.nama1, "jabatan1": f.jabatan1, "kewenangan1": f.kewenangan1, "nama2": f.nama2, "jabatan2": f.jabatan2,
                "naskah": f.naskah,
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
}
