import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The naskah page's "Kerja sama" panel: the record it belongs to, with its stage and what the next stage
/// still needs; or, for the admin of a naskah not yet linked, the records it can be linked to.
extension NaskahPage {
    struct PanelKerjaSama: Encodable {
        let href: String?
        let judul: String?
        let tahap: String?
        let berikutnya: String?
        let kurang: [String]
        /// The records the admin can link the naskah to (records of its partner first).
        let pilihan: [Pilihan]
        let bolehKaitkan: Bool
        let buatBaru: String?
    }

    static func panelKerjaSama(_ r: NaskahRecord, pelaku p: Pelaku, on db: any Database) async throws -> PanelKerjaSama {
        if let id = r.kerjaSamaID, let k = try await p.query(KerjaSamaRecord.self, on: db).filter(\.$id == id).first() {
            let s = k.siklus
            let berikut = s?.tahapBerikutnya
            return PanelKerjaSama(
                href: "/kerja-sama/\(id)", judul: k.judul, tahap: Tahap.nama(kode: k.tahap, untuk: JenisKerjaSama(rawValue: k.jenis)),
                berikutnya: berikut.flatMap { t in s.map { t.nama(untuk: $0.jenis) } },
                kurang: (berikut.flatMap { t in s?.kekurangan(untukMasuk: t) } ?? []).map { "\($0.uraianKurang) (\($0.dasarHukum))" },
                pilihan: [], bolehKaitkan: false, buatBaru: nil)
        }
        let boleh = p.peran == .admin && r.statusNaskah != .ditandatangani
        var pilihan: [Pilihan] = []
        if boleh {
            let ks = try await p.query(KerjaSamaRecord.self, on: db).filter(\.$tahap != Tahap.berakhir.rawValue).sort(
                \.$diubahPada, .descending
            )
            .limit(300).all()
            let milikMitra = r.mitraID.map { m in ks.filter { $0.idMitra.contains(m) } } ?? []
            let lain = ks.filter { k in !milikMitra.contains { $0 === k } }
            pilihan = (milikMitra + lain).map { k in
                let jenis = JenisKerjaSama(rawValue: k.jenis)
                let mulai = k.tanggalMulai.flatMap(Tanggal.init(iso:))?.panjang
                return Pilihan(
                    nilai: k.id!.uuidString,
                    label: [k.judul, jenis?.singkatan, Tahap.nama(kode: k.tahap, untuk: jenis), mulai.map { "mulai \($0)" }].compactMap {
                        $0
                    }
                    .joined(separator: " — "),
                    dipilih: false)
            }
        }
        return PanelKerjaSama(
            href: nil, judul: nil, tahap: nil, berikutnya: nil, kurang: [], pilihan: pilihan, bolehKaitkan: boleh,
            buatBaru: boleh ? "/kerja-sama/baru?naskah=\(r.id!)" : nil)
    }

    /// POST /naskah/:naskah/kerja-sama: links the naskah to a record of the pemda.
    @Sendable static func kaitkan(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        let f = try req.content.decode(NaskahAlur.IsianKait.self)
        do {
            try await NaskahAlur.kaitkan(r, kerjaSama: f.kerjaSama, versi: f.version, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await halamanDetailTerbaru(req, r, galat: v, status: .unprocessableEntity)
        }
    }

    /// The partner's acceptance as a sentence, or nil when it has not accepted any version.
    static func teksDiterima(_ r: NaskahRecord) -> String? {
        guard let v = r.diterimaVersi else { return nil }
        let oleh = r.diterimaOleh.map { " oleh \($0)" } ?? ""
        return v == r.versiTerkini
            ? "Mitra menyetujui rancangan ini (versi \(v))\(oleh)."
            : "Mitra menyetujui versi \(v)\(oleh); versi terkini (\(r.versiTerkini)) belum disetujui."
    }

    /// POST /naskah/:naskah/diterima: the admin records the partner's acceptance from its letter.
    @Sendable static func catatDiterima(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await NaskahAlur.cari(req)
        struct F: Content {
            var surat: String?
            var versi: Int?
        }
        let f = try req.content.decode(F.self)
        do {
            try await NaskahAlur.terima(r, versi: f.versi, surat: f.surat, pelaku: p, ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await halamanDetailTerbaru(req, r, galat: v, status: .unprocessableEntity)
        }
    }
}
