import Fluent
import Foundation
import JalinDomain
import Vapor

/// Lifecycle events asked for by the cooperation page or the API: one parse, one set of checks, one
/// transaction (version claim, the lifecycle machine, history and audit) for both.
extension KerjaSamaAlur {
    /// The fields of a lifecycle event, as the page's forms and `POST /api/v1/kerja-sama/{id}/peristiwa` send them.
    struct IsianPeristiwa: Content {
        var aksi: String?
        var tahap: String?
        var alasan: String?
        var dokumen: String?
        var persetujuan: String?
        var alasanBerakhir: String?
        var catatan: String?
        var version: Int?
    }

    /// The event a form asks for.
    static func peristiwa(_ f: IsianPeristiwa) throws(KesalahanValidasi) -> PeristiwaSiklus {
        switch f.aksi ?? "" {
        case "lanjut":
            guard let t = f.tahap.flatMap(Tahap.init(rawValue:)) else {
                throw KesalahanValidasi(field: "tahap", pesan: "Tahap tujuan tidak dikenal.")
            }
            return .lanjut(ke: t)
        case "kembali":
            guard let t = f.tahap.flatMap(Tahap.init(rawValue:)) else {
                throw KesalahanValidasi(field: "tahap", pesan: "Tahap tujuan tidak dikenal.")
            }
            var v = Pemeriksa()
            let alasan = Teks.bersihkan(
                f.alasan, field: "alasan", label: "Alasan kembali", wajib: true, maks: 1000, banyakBaris: true, ke: &v)
            try v.selesai()
            return .kembali(ke: t, alasan: alasan ?? "")
        case "dokumen":
            guard let d = f.dokumen.flatMap(JenisDokumen.init(rawValue:)) else {
                throw KesalahanValidasi(field: "dokumen", pesan: "Pilih dokumen.")
            }
            return .catatTandaTangan(d)
        case "persetujuan":
            guard let a = f.persetujuan.flatMap(JenisPersetujuan.init(rawValue:)) else {
                throw KesalahanValidasi(field: "persetujuan", pesan: "Pilih persetujuan.")
            }
            return .catatPersetujuan(a)
        case "akhiri":
            guard let a = f.alasanBerakhir.flatMap(AlasanBerakhir.init(rawValue:)) else {
                throw KesalahanValidasi(field: "alasanBerakhir", pesan: "Pilih alasan berakhir.")
            }
            return .akhiri(a)
        case "mulaiAdendum": return .mulaiAdendum
        case "batalkanAdendum":
            var v = Pemeriksa()
            let alasan = Teks.bersihkan(f.alasan, field: "alasan", label: "Alasan pembatalan", wajib: true, maks: 1000, ke: &v)
            try v.selesai()
            return .batalkanAdendum(alasan: alasan ?? "")
        default: throw KesalahanValidasi(field: "aksi", pesan: "Aksi tidak dikenal.")
        }
    }

    /// Applies the event `f` asks for to `r`: the signing of a binding document is refused here (it has
    /// its own form, with number, date, signatories and scan); the note is checked; then, in one
    /// transaction, the version the user saw is claimed and `terapkan` runs the lifecycle machine.
    static func catatPeristiwa(_ r: KerjaSamaRecord, _ f: IsianPeristiwa, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        let e = try peristiwa(f)
        if case .catatTandaTangan(let d) = e, d.mengikatParaPihak {
            throw KesalahanValidasi(
                field: "dokumen", pesan: "\(d.nama) dicatat melalui formulir penandatanganan (nomor, tanggal, penanda tangan dan pindaian)."
            )
        }
        var v = Pemeriksa()
        let catatan = Teks.bersihkan(f.catatan, field: "catatan", label: "Catatan", wajib: false, maks: 2000, banyakBaris: true, ke: &v)
        try v.selesai()
        try await db.transaction { db in
            guard try await KunciVersi.klaim(tabel: KerjaSamaRecord.schema, id: r.id!, diharapkan: f.version ?? -1, on: db) else {
                throw KonflikVersi()
            }
            r.version = f.version ?? 0  // the claimed version; terapkan adds one
            try await terapkan(r, e, catatan: catatan, pelaku: p.namaLengkap, audit: p, ip: ip, on: db)
        }
    }
}
