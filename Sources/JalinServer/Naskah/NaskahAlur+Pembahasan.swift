import Fluent
import Foundation
import JalinDomain
import Vapor

/// Two-party drafting, visible on the record (issue 18.6): a draft sent to the partner, the partner's
/// acceptance of a version (by its reviewer, or recorded by the admin from the partner's letter), and the
/// review meetings — each an entry in the cooperation record's history.
extension NaskahAlur {
    /// The partner accepts the version it read. Its reviewer accepts a draft shared with it; the admin records
    /// an acceptance the partner sent by letter (`surat`: its number and date). A version other than the
    /// current one is refused (the draft changed since it was read).
    static func terima(_ r: NaskahRecord, versi: Int?, surat: String?, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        guard r.statusNaskah != .ditandatangani else { throw Tolak(.forbidden, pesanFinal) }
        var v = Pemeriksa()
        var olehIsi = ""
        switch p.peran {
        case .mitra:
            guard r.dibagikan, r.mitraID != nil, p.mitraID == r.mitraID else { throw Abort(.notFound) }
            let mitra =
                try await r.mitraID.asyncMap { try await p.query(MitraRecord.self, on: db).filter(\.$id == $0).first()?.nama } ?? nil
            olehIsi = "\(p.namaLengkap)" + (mitra.map { " (\($0))" } ?? "")
        case .admin:
            guard r.mitraID != nil else {
                throw KesalahanValidasi(field: "surat", pesan: "Naskah ini belum terhubung dengan mitra dari direktori.")
            }
            let s = Teks.bersihkan(
                surat, field: "surat", label: "Nomor dan tanggal surat persetujuan mitra", wajib: true, maks: 300, ke: &v)
            olehIsi = "surat mitra \(s ?? "")"
        default:
            throw Tolak(.forbidden, "Persetujuan rancangan diberikan oleh mitra, atau dicatat admin dari surat mitra.")
        }
        if versi != r.versiTerkini {
            v.tambah(
                "versi", "Rancangan telah berubah sejak dibuka (kini versi \(r.versiTerkini)); baca versi terbaru sebelum menyetujuinya.")
        }
        try v.selesai()
        let oleh = olehIsi
        try await db.transaction { db in
            guard try await KunciVersi.klaim(tabel: NaskahRecord.schema, id: r.id!, diharapkan: r.version, on: db) else {
                throw KonflikVersi()
            }
            r.version += 1
            r.diterimaVersi = r.versiTerkini
            r.diterimaOleh = oleh
            try await r.update(on: db)
            try await Audit.catat(
                "naskah.diterima", entitas: "naskah", id: r.id?.uuidString, sesudah: ["versi": String(r.versiTerkini), "oleh": oleh],
                pelaku: p, ip: ip,
                on: db)
            try await catatPadaKerjaSama(
                r, uraian: "Mitra menyetujui rancangan \(r.judul), versi \(r.versiTerkini)", catatan: "Oleh \(oleh)", pelaku: p, on: db)
            let pesan = Kabar.Pesan(
                jenis: .naskah, judul: "Mitra menyetujui rancangan: \(r.judul)", isi: "Versi \(r.versiTerkini), oleh \(oleh).",
                tautan: "/naskah/\(r.id!)", mendesak: false)
            if p.peran == .mitra {
                let unit = try await r.unitID.asyncMap { try await Kabar.operatorUnit(r.pemdaID, [$0], on: db) } ?? []
                try await Kabar.kirim(pesan, ke: try await Kabar.admin(r.pemdaID, on: db) + unit, pelaku: p, on: db)
            } else if let m = r.mitraID {
                try await Kabar.kirim(
                    .init(
                        jenis: .naskah, judul: "Persetujuan Anda atas rancangan dicatat: \(r.judul)",
                        isi: "Versi \(r.versiTerkini), \(oleh).",
                        tautan: "/mitra/naskah/\(r.id!)", mendesak: false),
                    ke: try await Kabar.mitra(r.pemdaID, [m], on: db), pelaku: p, on: db)
            }
        }
    }

    /// An entry in the history of the record the naskah belongs to (nothing when it belongs to none yet).
    static func catatPadaKerjaSama(_ r: NaskahRecord, uraian: String, catatan: String?, pelaku p: Pelaku, on db: any Database) async throws
    {
        guard let id = r.kerjaSamaID, let k = try await p.query(KerjaSamaRecord.self, on: db).filter(\.$id == id).first() else { return }
        try await KerjaSamaAlur.riwayat(
            k, uraian: uraian, dari: k.tahap, catatan: catatan, pelaku: p.namaLengkap, waktu: p.jam.sekarang, on: db)
    }
}

extension KerjaSamaAlur {
    /// A review meeting (rapat pembahasan) of the drafts: when, where, who attended and what was decided —
    /// every field required, the date not in the future — recorded in the history with an audit entry, and told
    /// to the admins and the units taking part. Its berita acara is drafted as a naskah of the record.
    static func catatRapat(
        _ k: KerjaSamaRecord, tanggal: String?, tempat: String?, peserta: String?, keputusan: String?, pelaku p: Pelaku, ip: String?,
        on db: any Database
    ) async throws {
        var v = Pemeriksa()
        let t = isiTanggal(tanggal, field: "rapatTanggal", label: "Tanggal rapat", ke: &v)
        if t == nil && v.kesalahan.allSatisfy({ $0.field != "rapatTanggal" }) { v.tambah("rapatTanggal", "Tanggal rapat wajib diisi.") }
        if let t, t > p.jam.hariIni { v.tambah("rapatTanggal", "Tanggal rapat tidak boleh di masa depan.") }
        let tempat = Teks.bersihkan(tempat, field: "rapatTempat", label: "Tempat rapat", wajib: true, maks: 200, ke: &v)
        let peserta = Teks.bersihkan(
            peserta, field: "rapatPeserta", label: "Peserta rapat", wajib: true, maks: 2000, banyakBaris: true, ke: &v)
        let keputusan = Teks.bersihkan(
            keputusan, field: "rapatKeputusan", label: "Keputusan rapat", wajib: true, maks: 4000, banyakBaris: true, ke: &v)
        try v.selesai()
        let catatan = "\(t!.panjang), \(tempat!). Peserta: \(peserta!). Keputusan: \(keputusan!)"
        try await db.transaction { db in
            try await riwayat(
                k, uraian: "Rapat pembahasan naskah", dari: k.tahap, catatan: catatan, pelaku: p.namaLengkap, waktu: p.jam.sekarang, on: db)
            try await Audit.catat(
                "kerja_sama.rapat", entitas: "kerja_sama", id: k.id?.uuidString,
                sesudah: ["tanggal": t!.iso, "tempat": tempat!, "peserta": peserta!, "keputusan": keputusan!], pelaku: p, ip: ip, on: db)
            try await Kabar.kirim(
                .init(
                    jenis: .kerjaSama, judul: "Rapat pembahasan dicatat: \(k.judul)",
                    isi: "\(t!.panjang), \(tempat!). Keputusan: \(keputusan!)",
                    tautan: "/kerja-sama/\(k.id!)#h-riwayat", mendesak: false),
                ke: try await Kabar.admin(k.pemdaID, on: db) + (try await Kabar.operatorUnit(k.pemdaID, k.idUnit, on: db)), pelaku: p,
                on: db)
        }
    }
}
