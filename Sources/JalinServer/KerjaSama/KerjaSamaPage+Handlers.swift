import Fluent
import Foundation
import JalinDomain
import Vapor

/// The handlers of `KerjaSamaPage` (`/kerja-sama/:ks/…`).
extension KerjaSamaPage {
    @Sendable static func halaman(_ req: Request) async throws -> Response {
        try await tampil(req, try await KerjaSamaAlur.cari(req))
    }

    @Sendable static func terapkanPeristiwa(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        let f = try req.content.decode(KerjaSamaAlur.IsianPeristiwa.self)
        do {
            try await KerjaSamaAlur.catatPeristiwa(r, f, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/kerja-sama/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await tampil(req, try await p.cari(KerjaSamaRecord.self, r.id, on: req.database), galat: v)
        }
    }

    @Sendable static func catatKewajiban(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        guard p.peran == .admin || p.unitID.map(r.idUnit.contains) == true else {
            throw Tolak(.forbidden, "Hanya admin atau operator perangkat daerah pelaksana yang dapat mencatat kewajiban.")
        }
        struct F: Content {
            var uraian: String?
            var pemilik: String?
            var jatuhTempo: String?
            var periode: String?
        }
        let f = try req.content.decode(F.self)
        var v = Pemeriksa()
        let uraian = Teks.bersihkan(
            f.uraian, field: "uraian", label: "Uraian kewajiban", wajib: true, maks: 2000, banyakBaris: true, ke: &v)
        let pemilik = Teks.bersihkan(f.pemilik, field: "pemilik", label: "Pihak yang berkewajiban", wajib: true, maks: 300, ke: &v)
        let tempo = KerjaSamaAlur.isiTanggal(f.jatuhTempo, field: "jatuhTempo", label: "Jatuh tempo", ke: &v)
        let periode = Teks.bersihkan(f.periode, field: "periode", label: "Periode", wajib: false, maks: 100, ke: &v)
        if tempo == nil && periode == nil && v.kesalahan.allSatisfy({ $0.field != "jatuhTempo" }) {
            v.tambah("jatuhTempo", "Isi jatuh tempo atau periode (misalnya \"setiap triwulan\").")
        }
        do {
            try v.selesai()
            let k = KewajibanRecord()
            k.pemdaID = p.pemdaID
            k.kerjaSamaID = r.id!
            k.uraian = uraian!
            k.pemilik = pemilik!
            k.jatuhTempo = tempo?.iso
            k.periode = periode
            k.status = "belum"
            k.version = 1
            try await req.database.transaction { db in
                try await k.create(on: db)
                try await Audit.catat(
                    "kewajiban.buat", entitas: "kewajiban", id: k.id?.uuidString,
                    sesudah: ["uraian": k.uraian, "pemilik": k.pemilik, "jatuhTempo": k.jatuhTempo ?? ""], pelaku: p, ip: req.alamatKlien,
                    on: db)
            }
            return req.redirect(to: "/kerja-sama/\(r.id!)?pesan=dibuat")
        } catch let e as KesalahanValidasi {
            return try await tampil(
                req, r, galat: e,
                isian: ["uraian": f.uraian ?? "", "pemilik": f.pemilik ?? "", "jatuhTempo": f.jatuhTempo ?? "", "periode": f.periode ?? ""])
        }
    }

    @Sendable static func ubahKewajiban(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        guard p.peran == .admin || p.unitID.map(r.idUnit.contains) == true else {
            throw Tolak(.forbidden, "Hanya admin atau operator perangkat daerah pelaksana yang dapat memperbarui kewajiban.")
        }
        let k = try await p.cari(KewajibanRecord.self, req.parameters.get("kw", as: UUID.self), on: req.database)
        guard k.kerjaSamaID == r.id else { throw Abort(.notFound) }
        struct F: Content {
            var status: String?
            var version: Int?
            var bukti: File?
        }
        let f = try req.content.decode(F.self)
        do {
            guard let st = f.status, ["belum", "berjalan", "selesai"].contains(st) else {
                throw KesalahanValidasi(field: "status", pesan: "Pilih status kewajiban.")
            }
            var bukti: Unggah.Berkas?
            if let file = f.bukti, file.data.readableBytes > 0 { bukti = try Unggah.periksa(file, field: "bukti") }
            let berkas = bukti
            let sebelum = k.status
            // The evidence is recorded and stored only if the version check succeeds.
            try await Unggah.transaksi(req, berkas: berkas.map { [$0] } ?? []) { db in
                guard try await KunciVersi.klaim(tabel: KewajibanRecord.schema, id: k.id!, diharapkan: f.version ?? -1, on: db) else {
                    throw KonflikVersi()
                }
                k.version = (f.version ?? 0) + 1
                k.status = st
                if let berkas {
                    k.buktiID = try await Unggah.catat(berkas, entitas: "kewajiban", id: k.id!, pelaku: p, ip: req.alamatKlien, on: db).id
                }
                try await k.update(on: db)
                try await Audit.catat(
                    "kewajiban.ubah", entitas: "kewajiban", id: k.id?.uuidString, sebelum: ["status": sebelum],
                    sesudah: ["status": st], pelaku: p, ip: req.alamatKlien, on: db)
            }
            return req.redirect(to: "/kerja-sama/\(r.id!)?pesan=tersimpan")
        } catch let e as KesalahanValidasi {
            return try await tampil(req, r, galat: e)
        }
    }

    @Sendable static func unduhLampiran(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        let l = try await p.cari(LampiranRecord.self, req.parameters.get("lampiran", as: UUID.self), on: req.database)
        // A signed scan or an obligation's evidence of this cooperation.
        let ttd = try await p.query(PenandatangananRecord.self, on: req.database).filter(\.$kerjaSamaID == r.id!).all().compactMap(
            \.lampiranID)
        let kw = try await p.query(KewajibanRecord.self, on: req.database).filter(\.$kerjaSamaID == r.id!).all().compactMap(\.buktiID)
        guard ttd.contains(l.id!) || kw.contains(l.id!) else { throw Abort(.notFound) }
        return try Unggah.unduh(l, req: req, lihat: (try? req.query.get(String.self, at: "lihat")) == "1")
    }

    @Sendable static func perpanjang(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        guard let jenis = JenisKerjaSama(rawValue: r.jenis), let s = r.siklus, s.naskahMengikatDitandatangani else {
            throw Tolak(.forbidden, "Perpanjangan hanya untuk kerja sama yang naskahnya sudah ditandatangani.")
        }
        // A renewal runs the procedure again from persiapan, pre-filled from the old one (ksd-rules.md §4.2).
        let d = KerjaSamaAlur.Data(
            judul: r.judul, objek: r.objek, jenis: jenis, urusan: r.urusan.split(separator: ",").map(String.init),
            lokasi: r.lokasi.split(separator: ",").map(String.init), mitra: r.idMitra, unit: r.idUnit, nilai: r.nilai,
            sumberDana: r.sumberDana,
            tanggalMulai: nil, tanggalBerakhir: nil, penilaianDPRD: s.penilaianDPRD, usulanID: r.usulanID, kodeProgram: r.kodeProgram,
            namaProgram: r.namaProgram)
        let baru = try await KerjaSamaAlur.buat(d, pelaku: p, induk: r, hubungan: "perpanjangan", ip: req.alamatKlien, on: req.database)
        return req.redirect(to: "/kerja-sama/\(baru.id!)?pesan=dibuat")
    }
}
