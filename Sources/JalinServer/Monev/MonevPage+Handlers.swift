import Fluent
import Foundation
import JalinDomain
import Vapor

/// The handlers of `MonevPage` (`/monev/…`).
extension MonevPage {
    @Sendable static func halaman(_ req: Request) async throws -> Response {
        try await index(req)
    }

    @Sendable static func bukaPeriode(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        struct F: Content {
            var nama: String?
            var mulai: String?
            var selesai: String?
        }
        let f = try req.content.decode(F.self)
        do {
            let x = try await MonevAlur.buka(
                nama: f.nama, mulai: f.mulai, selesai: f.selesai, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/monev/periode/\(x.id!)?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await index(req, galat: v, isian: ["nama": f.nama ?? "", "mulai": f.mulai ?? "", "selesai": f.selesai ?? ""])
        }
    }

    @Sendable static func simpanRubrik(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        var r = try await MonevAlur.rubrikBerlaku(p, on: req.database)
        var v = Pemeriksa()
        for (i, b) in r.butir.enumerated() where b.jenis == .skala {
            let t = ((try? req.content.get(String.self, at: "bobot_\(b.kode)")) ?? "").replacingOccurrences(of: ",", with: ".")
            guard let w = Double(t) else {
                v.tambah("bobot_\(b.kode)", "Bobot \(b.nama) harus angka.")
                continue
            }
            r.butir[i].bobot = w
        }
        do {
            try v.selesai()
            _ = try await MonevAlur.simpanRubrik(r, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/monev?pesan=tersimpan")
        } catch let e as KesalahanValidasi {
            return try await index(req, galat: e)
        }
    }

    @Sendable static func halamanPeriode(_ req: Request) async throws -> Response {
        try await periode(req, try await MonevAlur.cariPeriode(req))
    }

    @Sendable static func tutupPeriode(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let x = try await MonevAlur.cariPeriode(req)
        try await MonevAlur.tutup(x, versi: try? req.content.get(Int.self, at: "version"), pelaku: p, ip: req.alamatKlien, on: req.database)
        return req.redirect(to: "/monev/periode/\(x.id!)?pesan=tersimpan")
    }

    @Sendable static func aturTampilan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let x = try await MonevAlur.cariPeriode(req)
        let tampilkan = (try? req.content.get(String.self, at: "tampilkanIsian")) == "1"
        let versi = ((try? req.content.get(String.self, at: "version")).flatMap { Int($0) }) ?? -1
        try await MonevAlur.aturTampilan(x, tampilkan: tampilkan, versi: versi, pelaku: p, ip: req.alamatKlien, on: req.database)
        return req.redirect(to: "/monev/periode/\(x.id!)?pesan=tersimpan")
    }

    @Sendable static func halamanEvaluasi(_ req: Request) async throws -> Response {
        try await evaluasi(req, try await MonevAlur.cariEvaluasi(req))
    }

    @Sendable static func simpanIsian(_ req: Request) async throws -> Response {
        let e = try await MonevAlur.cariEvaluasi(req)
        guard let x = try await req.pelakuWajib().query(PeriodeMonevRecord.self, on: req.database).filter(\.$id == e.periodeID).first()
        else { throw Abort(.notFound) }
        let ketikan = MonevAlur.isian(req, rubrik: x.rubrik)
        // The version of the caller's form the page was read with; a form without one is treated as stale.
        let versi =
            ((try? req.content.get(String.self, at: "version")).flatMap { Int($0) }) ?? (try? req.content.get(Int.self, at: "version"))
            ?? -1
        do {
            try await MonevAlur.simpanIsian(e, isian: ketikan, bukti: try? req.content.get(File.self, at: "bukti"), versi: versi, req: req)
            return req.redirect(to: "/monev/evaluasi/\(e.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await evaluasi(req, e, galat: v, ketikan: ketikan)
        } catch is KonflikVersi {
            return try await evaluasi(req, e, status: .conflict, ketikan: ketikan, konflik: true)
        }
    }

    @Sendable static func nilaiAkhir(_ req: Request) async throws -> Response {
        let e = try await MonevAlur.cariEvaluasi(req)
        struct F: Content {
            var nilaiAkhir: String?
            var rekomendasi: String?
            var catatan: String?
            var version: Int?
        }
        let f = try req.content.decode(F.self)
        do {
            try await MonevAlur.nilaiAkhir(
                e, nilai: f.nilaiAkhir, rekomendasi: f.rekomendasi, catatan: f.catatan, versi: f.version, req: req)
            return req.redirect(to: "/monev/evaluasi/\(e.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await evaluasi(req, e, galat: v)
        }
    }

    @Sendable static func usulkan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let e = try await MonevAlur.cariEvaluasi(req)
        do {
            let u = try await MonevAlur.usulkan(e, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/pemetaan/usulan/\(u.id!)?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            return try await evaluasi(req, e, galat: v)
        }
    }

    @Sendable static func unduhBukti(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let e = try await MonevAlur.cariEvaluasi(req)
        let l = try await p.cari(LampiranRecord.self, req.parameters.get("lampiran", as: UUID.self), on: req.database)
        guard let x = try await p.query(PeriodeMonevRecord.self, on: req.database).filter(\.$id == e.periodeID).first() else {
            throw Abort(.notFound)
        }
        let ks = try await p.cari(KerjaSamaRecord.self, e.kerjaSamaID, on: req.database)
        let semua = try await p.query(IsianMonevRecord.self, on: req.database).filter(\.$evaluasiID == e.id!).all()
        // Only the evidence of a form the caller may read; another party's answers as if it did not exist.
        let isian = MonevAlur.isianTerlihat(semua, e: e, ks: ks, periode: x, oleh: p)
        guard isian.flatMap(\.idBukti).contains(l.id!) else { throw Abort(.notFound) }
        return try Unggah.unduh(l, req: req)
    }
}
