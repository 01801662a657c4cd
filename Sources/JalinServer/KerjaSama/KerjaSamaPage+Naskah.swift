import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The documents of a cooperation on its page: the naskah drafted for it, the binding documents still to
/// draft, and the signing form pre-filled from the naskah being signed (issue 18.1–2).
extension KerjaSamaPage {
    struct NaskahTampil: Encodable {
        let href: String
        let judul: String
        let jenis: String
        let status: String
        let versi: Int
        let final: Bool
    }

    struct Dokumen: Encodable {
        /// Every naskah drafted for this record, binding ones first.
        let naskah: [NaskahTampil]
        /// The naskah that can be chosen on the signing form (not yet final), and "drafted outside Jalin".
        let bisaDitandatangani: [Pilihan]
        /// Links to draft the binding documents this stage still needs and no naskah covers yet.
        let susun: [Tata.Menu]
        /// The signing form's fields taken from the naskah named in `?naskah=`.
        let isianTtd: [String: String]
    }

    static func dokumen(_ req: Request, _ r: KerjaSamaRecord, perluTtd: [JenisDokumen], pelaku p: Pelaku) async throws -> Dokumen {
        let semua = try await p.query(NaskahRecord.self, on: req.database).filter(\.$kerjaSamaID == r.id!).sort(\.$dibuatPada).all()
        let naskah = semua.sorted { ($0.jenisDokumen.mengikatParaPihak ? 0 : 1) < ($1.jenisDokumen.mengikatParaPihak ? 0 : 1) }.map {
            NaskahTampil(
                href: "/naskah/\($0.id!)", judul: $0.judul, jenis: $0.jenisDokumen.nama, status: $0.statusNaskah.nama,
                versi: $0.versiTerkini,
                final: $0.statusNaskah == .ditandatangani)
        }
        let terbuka = semua.filter { $0.statusNaskah != .ditandatangani && $0.jenisDokumen.mengikatParaPihak }
        let dipilih = (try? req.query.get(UUID.self, at: "naskah")).flatMap { id in terbuka.first { $0.id == id } }
        let bisa =
            terbuka.map {
                Pilihan(nilai: $0.id!.uuidString, label: "\($0.judul) (versi \($0.versiTerkini))", dipilih: $0.id == dipilih?.id)
            }
            + [Pilihan(nilai: "", label: "Naskah disusun di luar Jalin", dipilih: dipilih == nil && terbuka.isEmpty)]
        let ada = Set(semua.map(\.jenisDokumen))
        let susun =
            p.peran == .admin || p.peran == .operator
            ? perluTtd.filter { Templat.jenis.contains($0) && !ada.contains($0) }.map {
                Tata.Menu(label: "Susun \($0.nama)", href: "/naskah/baru?kerjaSama=\(r.id!)&jenis=\($0.rawValue)", aktif: false)
            } : []
        return Dokumen(naskah: naskah, bisaDitandatangani: bisa, susun: susun, isianTtd: try dipilih.map(isianTtd) ?? [:])
    }

    /// The signing form as the naskah states it: the document, both numbers, the second party, date and
    /// place, and the signatories with their authority.
    static func isianTtd(_ n: NaskahRecord) throws -> [String: String] {
        let x = try NaskahAlur.isi(n)
        var i: [String: String] = ["dokumen": n.jenis, "naskah": n.id!.uuidString]
        if let a = x.pihak.first {
            i["nomor1"] = a.nomorDokumen
            i["nama1"] = a.nama.kosongNil
            i["jabatan1"] = a.jabatan.kosongNil
            i["kewenangan1"] = a.dasarKewenangan
        }
        if x.pihak.count > 1 {
            let b = x.pihak[1]
            i["pihak2"] = b.instansi
            i["nomor2"] = b.nomorDokumen
            i["nama2"] = b.nama.kosongNil
            i["jabatan2"] = b.jabatan.kosongNil
        }
        i["tanggal"] = x.tanggal?.iso
        i["tempat"] = x.tempat
        return i.compactMapValues { $0 }
    }

    /// POST /kerja-sama/:ks/rapat: a review meeting of the drafts, by the admin or an operator of a unit
    /// taking part.
    @Sendable static func catatRapat(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let r = try await KerjaSamaAlur.cari(req)
        guard p.peran == .admin || p.unitID.map(r.idUnit.contains) == true else {
            throw Tolak(.forbidden, "Hanya admin atau operator perangkat daerah pelaksana yang dapat mencatat rapat pembahasan.")
        }
        struct F: Content {
            var rapatTanggal: String?
            var rapatTempat: String?
            var rapatPeserta: String?
            var rapatKeputusan: String?
        }
        let f = try req.content.decode(F.self)
        do {
            try await KerjaSamaAlur.catatRapat(
                r, tanggal: f.rapatTanggal, tempat: f.rapatTempat, peserta: f.rapatPeserta, keputusan: f.rapatKeputusan, pelaku: p,
                ip: req.alamatKlien, on: req.database)
            return req.redirect(to: "/kerja-sama/\(r.id!)?pesan=tersimpan#h-riwayat")
        } catch let v as KesalahanValidasi {
            let isian = [
                "rapatTanggal": f.rapatTanggal, "rapatTempat": f.rapatTempat, "rapatPeserta": f.rapatPeserta,
                "rapatKeputusan": f.rapatKeputusan,
            ]
            .compactMapValues { $0.map { String($0.prefix(4000)) } }
            return try await tampil(req, try await p.cari(KerjaSamaRecord.self, r.id, on: req.database), galat: v, isian: isian)
        }
    }
}

extension String {
    /// nil for an empty string (a form field the naskah left blank stays blank, not "").
    fileprivate var kosongNil: String? { isEmpty ? nil : self }
}
