import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import SQLKit
import Vapor

/// Storing naskah: versions, restore, status, sharing, comments, the clause library and the
/// checker's rules. Every change runs in one transaction with its audit entry.
enum NaskahAlur {
    // MARK: JSON

    static func json(_ n: Naskah) -> String {
        String(decoding: (try? n.json()) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func isi(_ r: NaskahRecord) throws -> Naskah {
        do { return try Naskah.dariJSON(Data(r.isiJSON.utf8)) } catch {
            throw Tolak(.internalServerError, "Isi naskah tersimpan tidak dapat dibaca. Hubungi admin; versi sebelumnya tetap tersimpan.")
        }
    }

    static func isi(_ v: VersiNaskahRecord) throws -> Naskah {
        do { return try Naskah.dariJSON(Data(v.isiJSON.utf8)) } catch {
            throw Tolak(.internalServerError, "Isi versi \(v.nomor) tidak dapat dibaca.")
        }
    }

    // MARK: Who may do what

    /// Internal staff see every naskah of their pemda; a partner reviewer only the ones shared with their partner.
    static func terlihat(_ r: NaskahRecord, oleh p: Pelaku) -> Bool {
        if p.peran.internalPemda { return true }
        return p.peran == .mitra && p.mitraID != nil && r.mitraID == p.mitraID && r.dibagikan
    }

    /// The admin, or the operator of the drafting unit.
    static func penyunting(_ r: NaskahRecord, _ p: Pelaku) -> Bool {
        p.peran == .admin || (p.peran == .operator && r.unitID != nil && r.unitID == p.unitID)
    }

    static let pesanFinal =
        "Naskah ini sudah ditandatangani dan bersifat final, sehingga tidak dapat diubah. Perubahan dilakukan melalui Adendum."

    static func pastikanBolehUbah(_ r: NaskahRecord, _ p: Pelaku) throws {
        guard penyunting(r, p) else {
            throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama atau operator unit penyusun yang dapat mengubah naskah ini.")
        }
        guard r.statusNaskah != .ditandatangani else { throw Tolak(.forbidden, pesanFinal) }
    }

    static func bolehKomentar(_ r: NaskahRecord, _ p: Pelaku) -> Bool {
        terlihat(r, oleh: p) && p.peran != .pimpinan && r.statusNaskah != .ditandatangani
    }

    /// The naskah of the route's `:naskah`, or 404 (another pemda's, or not shared with this reviewer).
    static func cari(_ req: Request) async throws -> NaskahRecord {
        let p = try req.pelakuWajib()
        let r = try await p.cari(NaskahRecord.self, req.parameters.get("naskah", as: UUID.self), on: req.database)
        guard terlihat(r, oleh: p) else { throw Abort(.notFound) }
        return r
    }

    // MARK: Create and save

    static func judulTampil(_ n: Naskah) -> String {
        let t = n.tentang.isEmpty ? "" : " tentang \(n.tentang)"
        return String((n.jenis.nama + t).prefix(400))
    }

    static func catatVersi(
        _ r: NaskahRecord, _ n: Naskah, sumber: String, catatan: String?, pelaku p: Pelaku, on db: any Database
    ) async throws {
        let v = VersiNaskahRecord()
        v.pemdaID = r.pemdaID
        v.naskahID = r.id!
        v.nomor = r.versiTerkini
        v.isiJSON = r.isiJSON
        v.sumber = sumber
        v.catatan = catatan
        v.penggunaID = p.penggunaID
        v.pengguna = p.namaLengkap
        v.waktu = p.jam.sekarang
        try await v.create(on: db)
    }

    struct Asal: Sendable {
        var unitID: UUID?
        var mitraID: UUID?
        var usulanID: UUID?
        var indukID: UUID?
        var kerjaSamaID: UUID?
        var contoh = false
    }

    /// Stores a new naskah as version 1.
    static func buat(_ naskah: Naskah, asal: Asal, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> NaskahRecord {
        let n = try naskah.diperiksa()
        let r = NaskahRecord()
        r.pemdaID = p.pemdaID
        r.jenis = n.jenis.rawValue
        r.jenisKerjaSama = n.jenisKerjaSama?.rawValue
        r.judul = judulTampil(n)
        r.unitID = asal.unitID
        r.mitraID = asal.mitraID
        r.usulanID = asal.usulanID
        r.indukID = asal.indukID
        r.kerjaSamaID = asal.kerjaSamaID
        r.status = StatusNaskah.draf.rawValue
        r.dibagikan = false
        r.versiTerkini = 1
        r.isiJSON = json(n)
        r.contoh = asal.contoh
        r.version = 1
        r.dibuatOleh = p.penggunaID
        try await db.transaction { db in
            try await r.create(on: db)
            try await catatVersi(r, n, sumber: "buat", catatan: "Dibuat dari templat \(n.jenis.nama)", pelaku: p, on: db)
            try await Audit.catat(
                "naskah.buat", entitas: "naskah", id: r.id?.uuidString,
                sesudah: ["jenis": n.jenis.rawValue, "judul": r.judul], pelaku: p, ip: ip, on: db)
        }
        return r
    }

    /// A PKS drafted from a KB and stored as version 1 (the KB's editors only).
    static func buatPKS(dari kb: NaskahRecord, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> NaskahRecord {
        guard penyunting(kb, p) else {
            throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama atau operator unit penyusun yang dapat menyusun PKS dari naskah ini.")
        }
        let (n, asal) = try await NaskahBaru.pksDariKB(kb, pelaku: p, on: db)
        return try await buat(n, asal: asal, pelaku: p, ip: ip, on: db)
    }

    /// An adendum to a signed naskah, stored as version 1 (the naskah's editors only).
    static func buatAdendum(atas asal: NaskahRecord, pelaku p: Pelaku, ip: String?, on db: any Database) async throws -> NaskahRecord {
        guard penyunting(asal, p) else {
            throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama atau operator unit penyusun yang dapat menyusun adendum naskah ini.")
        }
        let (n, a) = try await NaskahBaru.adendum(asal, pelaku: p, on: db)
        return try await buat(n, asal: a, pelaku: p, ip: ip, on: db)
    }

    /// Saves a new version; refuses a stale `versi` (409) and a signed naskah (403).
    static func simpan(
        _ r: NaskahRecord, _ naskah: Naskah, versi: Int, sumber: String, catatan: String?, pelaku p: Pelaku, ip: String?,
        on db: any Database
    ) async throws {
        try pastikanBolehUbah(r, p)
        var n = try naskah.diperiksa()
        guard n.jenis == r.jenisDokumen else {
            throw KesalahanValidasi(
                field: "jenis", pesan: "Jenis naskah tidak dapat diubah (\(r.jenisDokumen.nama)); buat naskah baru untuk jenis lain.")
        }
        n.jenis = r.jenisDokumen
        let n2 = n
        var v = Pemeriksa()
        let catatanBersih = Teks.bersihkan(catatan, field: "catatan", label: "Catatan versi", wajib: false, maks: 1000, ke: &v)
        try v.selesai()
        try await db.transaction { db in
            guard try await KunciVersi.klaim(tabel: NaskahRecord.schema, id: r.id!, diharapkan: versi, on: db) else { throw KonflikVersi() }
            r.version = versi + 1
            r.versiTerkini += 1
            r.isiJSON = json(n2)
            r.judul = judulTampil(n2)
            r.jenisKerjaSama = n2.jenisKerjaSama?.rawValue
            try await r.update(on: db)
            try await catatVersi(r, n2, sumber: sumber, catatan: catatanBersih, pelaku: p, on: db)
            try await Audit.catat(
                "naskah.\(sumber)", entitas: "naskah", id: r.id?.uuidString, sebelum: ["versi": r.versiTerkini - 1],
                sesudah: ["versi": r.versiTerkini], pelaku: p, ip: ip, on: db)
        }
    }

    /// Restores an old version as a new version (nothing is overwritten).
    static func pulihkan(_ r: NaskahRecord, nomor: Int, versi: Int, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        try pastikanBolehUbah(r, p)
        guard let lama = try await p.query(VersiNaskahRecord.self, on: db).filter(\.$naskahID == r.id!).filter(\.$nomor == nomor).first()
        else {
            throw Abort(.notFound)
        }
        try await simpan(
            r, try isi(lama), versi: versi, sumber: "pulihkan", catatan: "Dipulihkan dari versi \(nomor)", pelaku: p, ip: ip, on: db)
    }

    /// Adds a clause of the library as a new Pasal (before the closing Pasal when there is one).
    static func sisipkanKlausul(
        _ r: NaskahRecord, kode: String, varian: String?, nilai: [String: String], versi: Int, pelaku p: Pelaku,
        ip: String?, on db: any Database
    ) async throws -> Pasal {
        try pastikanBolehUbah(r, p)
        var n = try isi(r)
        let pasal = try await pustaka(p, on: db).terapkan(
            kode, varian: varian, kelompok: n.jenisKerjaSama?.kelompok, nilai: nilai, dokumen: n.jenis)
        let posisi = n.pasal.lastIndex { $0.kunci == "penutup" || $0.klausul?.kode == "penutup" } ?? n.pasal.count
        n.pasal.insert(pasal, at: posisi)
        try await simpan(
            r, n, versi: versi, sumber: "klausul",
            catatan: "Klausul \(pasal.judul.lowercased()) (varian \(pasal.klausul?.varian ?? "-"), versi \(pasal.klausul?.versi ?? 0))",
            pelaku: p, ip: ip, on: db)
        return pasal
    }

    // MARK: Status

    enum Aksi: String, CaseIterable {
        case ajukan, kembalikanDraf, bagikan, hentikanBagikan, tandatangani

        var nama: String {
            switch self {
            case .ajukan: "Ajukan untuk ditinjau"
            case .kembalikanDraf: "Kembalikan ke draf"
            case .bagikan: "Bagikan kepada mitra"
            case .hentikanBagikan: "Hentikan berbagi dengan mitra"
            case .tandatangani: "Catat sudah ditandatangani"
            }
        }
    }

    /// Why a naskah cannot be signed yet (empty when it can).
    static func halanganTandaTangan(_ r: NaskahRecord, _ n: Naskah, pelaku p: Pelaku, on db: any Database) async throws -> [String] {
        var alasan: [String] = []
        let t = try await temuan(n, p, on: db)
        for x in t where x.tingkat == .wajib { alasan.append("\(x.pesan) (\(x.dasarHukum))") }
        for x in t where x.tingkat == .isian && !x.kode.hasPrefix("pasal[") && !x.kode.hasPrefix("lampiran[") && x.kode != "pertimbangan" {
            alasan.append(x.pesan)
        }
        if r.jenisDokumen == .perjanjianKerjaSama, let induk = r.indukID {
            let kb = try await p.query(NaskahRecord.self, on: db).filter(\.$id == induk).first()
            if kb?.statusNaskah != .ditandatangani {
                alasan.append(
                    "Kesepakatan Bersama yang menjadi dasar Perjanjian Kerja Sama ini belum ditandatangani; tandatangani KB terlebih dahulu (PP 28/2018 Pasal 6 ayat (1) huruf d sebelum huruf g)."
                )
            }
        }
        return alasan
    }

    /// The record on which a naskah's signing is to be recorded, once nothing blocks it: the caller is an
    /// admin, the naskah is not final, it belongs to a record, and its required elements are complete.
    static func siapDitandatangani(_ r: NaskahRecord, pelaku p: Pelaku, on db: any Database) async throws -> KerjaSamaRecord {
        guard p.peran == .admin else { throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama yang mencatat penandatanganan naskah.") }
        guard r.statusNaskah != .ditandatangani else {
            throw KesalahanValidasi(field: "aksi", pesan: "Naskah ini sudah tercatat ditandatangani.")
        }
        var alasan = try await halanganTandaTangan(r, try isi(r), pelaku: p, on: db)
        let ks = try await r.kerjaSamaID.asyncMap { try await p.query(KerjaSamaRecord.self, on: db).filter(\.$id == $0).first() } ?? nil
        if ks == nil {
            alasan.append(
                "Hubungkan naskah ini dengan kerja samanya terlebih dahulu (bagian \"Kerja sama\" di halaman ini): penandatanganan dicatat pada kerja sama, dengan nomor, tanggal, penanda tangan dan pindaian."
            )
        }
        guard alasan.isEmpty, let ks else { throw KesalahanValidasi(alasan.map { KesalahanIsian(field: "aksi", pesan: $0) }) }
        return ks
    }

    /// Applies a status action for a caller in one transaction (`ubahStatus`).
    static func jalankan(_ aksi: Aksi, _ r: NaskahRecord, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        try await db.transaction { db in try await ubahStatus(r, aksi: aksi, pelaku: p, ip: ip, on: db) }
    }

    static func ubahStatus(_ r: NaskahRecord, aksi: Aksi, pelaku p: Pelaku, ip: String?, on db: any Database) async throws {
        let st = r.statusNaskah
        let sebelum = ["status": r.status, "dibagikan": r.dibagikan ? "ya" : "tidak"]
        switch aksi {
        case .ajukan:
            try pastikanBolehUbah(r, p)
            guard st == .draf else {
                throw KesalahanValidasi(field: "aksi", pesan: "Hanya naskah berstatus draf yang dapat diajukan untuk ditinjau.")
            }
            r.status = StatusNaskah.ditinjau.rawValue
        case .kembalikanDraf:
            guard p.peran == .admin else {
                throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama yang dapat mengembalikan naskah ke draf.")
            }
            guard st == .ditinjau else {
                throw KesalahanValidasi(field: "aksi", pesan: "Hanya naskah dalam peninjauan yang dapat dikembalikan ke draf.")
            }
            r.status = StatusNaskah.draf.rawValue
        case .bagikan, .hentikanBagikan:
            guard p.peran == .admin else {
                throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama yang dapat membagikan naskah kepada mitra.")
            }
            guard r.mitraID != nil else {
                throw KesalahanValidasi(
                    field: "aksi", pesan: "Naskah ini belum terhubung dengan mitra dari direktori, sehingga belum dapat dibagikan.")
            }
            guard st != .ditandatangani || aksi == .hentikanBagikan else { throw Tolak(.forbidden, pesanFinal) }
            // A reviewer reads the drafts from the sharing on; stopping and sharing again starts anew.
            if aksi == .bagikan && !r.dibagikan {
                r.dibagikanSejak = r.versiTerkini
                r.dibagikanPada = p.jam.sekarang
            }
            if aksi == .hentikanBagikan {
                r.dibagikanSejak = nil
                r.dibagikanPada = nil
            }
            r.dibagikan = aksi == .bagikan
            if aksi == .bagikan && st == .draf { r.status = StatusNaskah.ditinjau.rawValue }
        case .tandatangani:
            // A naskah becomes final only through its record's signing (`KerjaSamaAlur.tandaTangani`), where
            // the lifecycle's gates, the date rules and the scan apply; nothing here marks it signed.
            let ks = try await siapDitandatangani(r, pelaku: p, on: db)
            throw KesalahanValidasi(
                field: "aksi",
                pesan:
                    "Penandatanganan naskah dicatat pada kerja samanya (\(ks.judul)): nomor, tanggal, tempat, penanda tangan dan pindaian naskah bertanda tangan."
            )
        }
        r.version += 1
        try await r.update(on: db)
        if aksi == .bagikan, st != .ditandatangani {
            try await catatPadaKerjaSama(
                r, uraian: "Rancangan \(r.judul), versi \(r.versiTerkini), dibagikan kepada mitra", catatan: nil, pelaku: p, on: db)
        }
        if aksi == .bagikan, let m = r.mitraID {
            try await Kabar.kirim(
                .init(
                    jenis: .naskah, judul: "Rancangan naskah dibagikan kepada Anda: \(r.judul)",
                    isi: "Baca rancangan, lalu sampaikan komentar pada pasal yang perlu dibahas.", tautan: "/mitra/naskah/\(r.id!)"),
                ke: try await Kabar.mitra(r.pemdaID, [m], on: db), pelaku: p, on: db)
        }
        try await Audit.catat(
            "naskah.\(aksi.rawValue)", entitas: "naskah", id: r.id?.uuidString, sebelum: sebelum,
            sesudah: ["status": r.status, "dibagikan": r.dibagikan ? "ya" : "tidak"], pelaku: p, ip: ip, on: db)
    }
}
