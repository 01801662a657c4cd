import Fluent
import Foundation
import JalinDomain
import Vapor

/// The handlers of `PenggunaAdminPage` (`/admin/pengguna`).
extension PenggunaAdminPage {
    @Sendable static func daftar(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let semua = try await p.query(PenggunaRecord.self, on: req.database).sort(\.$namaPengguna).all()
        let unit = try await Pilihan.namaUnit(p, req: req)
        let baris = semua.map {
            Baris(
                id: $0.id?.uuidString ?? "", namaPengguna: $0.namaPengguna, namaLengkap: $0.namaLengkap,
                peran: $0.peran.nama, unit: $0.unitID.flatMap { unit[$0] } ?? "–", aktif: $0.aktif,
                masukTerakhir: Format.waktu($0.masukTerakhir))
        }
        return try await req.halaman("admin/pengguna", judul: "Pengguna", DaftarModel(baris: baris, pesanAkses: PencabutanAkses.pesan(req)))
    }

    @Sendable static func formBaru(_ req: Request) async throws -> Response {
        try await form(req, baru: true, id: "", isian: Isian(peran: "operator", aktif: "1", version: 0))
    }

    @Sendable static func buat(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let isian = try req.content.decode(Isian.self)
        do {
            // Every problem at once: the form's fields and the password's strength.
            var v = Pemeriksa()
            let sandi = isian.sandi ?? ""
            var data: Data?
            do { data = try await periksa(isian, baru: true, pelaku: p, diri: nil, on: req.database) } catch let e as KesalahanValidasi {
                e.daftar.forEach { v.tambah($0.field, $0.pesan) }
            }
            do throws(KesalahanValidasi) {
                try KebijakanKataSandi.periksa(sandi, namaPengguna: (isian.nama_pengguna ?? "").lowercased(), field: "sandi")
            } catch {
                error.daftar.forEach { v.tambah($0.field, $0.pesan) }
            }
            try v.selesai()
            guard let d = data else { throw Abort(.internalServerError) }
            let hash = try await req.password.async.hash(sandi)
            let u = PenggunaRecord(
                pemdaID: p.pemdaID, namaPengguna: d.namaPengguna, namaLengkap: d.namaLengkap, email: d.email,
                hashSandi: hash, peran: d.peran, unitID: d.unitID, mitraID: d.mitraID)
            u.aktif = d.aktif
            u.wajibGantiSandi = true  // the admin knows this password: the user replaces it at the first login
            try await req.database.transaction { db in
                try await u.create(on: db)
                try await Audit.catat(
                    "pengguna.buat", entitas: "pengguna", id: u.id?.uuidString, sesudah: d, pelaku: p, ip: req.alamatKlien, on: db)
            }
            return req.redirect(to: "/admin/pengguna?pesan=dibuat")
        } catch let v as KesalahanValidasi {
            var i = isian
            i.sandi = nil
            return try await form(req, baru: true, id: "", isian: i, galat: v, status: .unprocessableEntity)
        }
    }

    @Sendable static func formUbah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let u = try await p.cari(PenggunaRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        return try await form(req, baru: false, id: u.id!.uuidString, isian: isianDari(u))
    }

    @Sendable static func ubah(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let u = try await p.cari(PenggunaRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        let isian = try req.content.decode(Isian.self)
        do {
            let d = try await periksa(isian, baru: false, pelaku: p, diri: u, on: req.database)
            let sebelum = data(dari: u)
            try await req.database.transaction { db in
                guard try await KunciVersi.klaim(tabel: PenggunaRecord.schema, id: u.id!, diharapkan: isian.version ?? -1, on: db) else {
                    throw KonflikVersi()
                }
                u.namaLengkap = d.namaLengkap
                u.email = d.email
                u.peran = d.peran
                u.unitID = d.unitID
                u.mitraID = d.mitraID
                u.aktif = d.aktif
                u.version = (isian.version ?? 0) + 1
                try await u.update(on: db)
                if !d.aktif || sebelum.peran != d.peran {
                    try await SesiRecord.query(on: db).filter(\.$penggunaID == u.id!).delete()
                }
                try await Audit.catat(
                    "pengguna.ubah", entitas: "pengguna", id: u.id?.uuidString, sebelum: sebelum, sesudah: d,
                    pelaku: p, ip: req.alamatKlien, on: db)
            }
            return req.redirect(to: "/admin/pengguna?pesan=tersimpan")
        } catch let v as KesalahanValidasi {
            return try await form(req, baru: false, id: u.id!.uuidString, isian: isian, galat: v, status: .unprocessableEntity)
        } catch is KonflikVersi {
            let terbaru = try await p.cari(PenggunaRecord.self, u.id, on: req.database)
            var i = isian
            i.version = terbaru.version
            return try await form(req, baru: false, id: u.id!.uuidString, isian: i, konflik: data(dari: terbaru), status: .conflict)
        }
    }

    @Sendable static func aturUlangSandi(_ req: Request) async throws -> Response {
        let p = try req.pelakuWajib()
        let u = try await p.cari(PenggunaRecord.self, req.parameters.get("id", as: UUID.self), on: req.database)
        let isian = try req.content.decode(Isian.self)
        do {
            try KebijakanKataSandi.periksa(isian.sandi ?? "", namaPengguna: u.namaPengguna, field: "sandi")
            let hash = try await req.password.async.hash(isian.sandi ?? "")
            // The tokens and the calendar feed are revoked unless the admin unticks the box: a reset
            // usually means the password was lost or leaked, and these outlive it.
            let cabut = Kotak.dicentang(isian.cabut_akses)
            let akses = try await req.database.transaction { db in
                u.hashSandi = hash
                u.wajibGantiSandi = true  // the admin knows this password: the user replaces it at the next login
                u.version += 1
                try await u.update(on: db)
                try await SesiRecord.query(on: db).filter(\.$penggunaID == u.id!).delete()
                let akses =
                    cabut
                    ? try await PencabutanAkses.cabut(penggunaID: u.id!, sekarang: req.jam.sekarang, on: db)
                    : try await PencabutanAkses.tersisa(penggunaID: u.id!, sekarang: req.jam.sekarang, on: db)
                let catatan: [String: String]? =
                    cabut
                    ? ["token_dicabut": "\(akses.token)", "kalender_dicabut": akses.kalender ? "ya" : "tidak"] : nil
                try await Audit.catat(
                    "pengguna.atur_ulang_sandi", entitas: "pengguna", id: u.id?.uuidString, sesudah: catatan,
                    pelaku: p, ip: req.alamatKlien, on: db)
                return akses
            }
            return req.redirect(to: "/admin/pengguna?pesan=sandi-direset" + PencabutanAkses.query(akses, dicabut: cabut))
        } catch let v as KesalahanValidasi {
            return try await form(req, baru: false, id: u.id!.uuidString, isian: isianDari(u), galat: v, status: .unprocessableEntity)
        }
    }
}
