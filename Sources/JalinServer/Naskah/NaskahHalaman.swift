import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import LeafKit
import Vapor

/// The naskah pages: list, guided start, the draft with the checker, comments and versions, the
/// editor, the word diff, the clause library and the checker's rules.
enum NaskahHalaman {
    static let penyusun = Akses.peran([.admin, .operator])

    // MARK: Shared view pieces

    struct TemuanTampil: Encodable {
        let tingkat: String
        let tingkatKode: String
        let pesan: String
        let dasarHukum: String
        let status: String
        let jangkar: String?
    }

    static func temuanTampil(_ t: [Temuan]) -> [TemuanTampil] {
        t.map { TemuanTampil(tingkat: $0.tingkat.nama, tingkatKode: $0.tingkat.rawValue, pesan: $0.pesan, dasarHukum: $0.dasarHukum,
                             status: "[\($0.status.rawValue)] \($0.status.nama)", jangkar: $0.pasal.map { "pasal-\($0)" }) }
    }

    struct PesanTampil: Encodable {
        let id: String
        let nama: String
        let asal: String
        let waktu: String
        let isi: String
        let mitra: Bool
        let versi: Int
    }

    struct UtasTampil: Encodable {
        let id: String
        let pasalKunci: String
        let pasalLabel: String
        let selesai: Bool
        let diselesaikanOleh: String?
        let pesan: [PesanTampil]
        let bolehUbahStatus: Bool
    }

    static func utas(_ r: NaskahRecord, pelaku p: Pelaku, on db: any Database) async throws -> [UtasTampil] {
        let semua = try await NaskahAlur.komentarTerlihat(r, oleh: p, on: db)
        let n = try NaskahAlur.isi(r)
        func tampil(_ c: KomentarNaskah) -> PesanTampil {
            PesanTampil(id: c.id!.uuidString, nama: c.nama, asal: c.asal, waktu: Format.waktu(c.waktu), isi: c.isi, mitra: c.dariMitra, versi: c.versi)
        }
        let balasan = Dictionary(grouping: semua.filter { $0.indukID != nil }, by: { $0.indukID! })
        return semua.filter { $0.indukID == nil }.map { a in
            let label = n.indeksPasal(kunci: a.pasalKunci).map { [n.labelPasal($0), n.pasal[$0].judul].filter { !$0.isEmpty }.joined(separator: " ") }
                ?? "\(a.pasalLabel) (sudah dihapus)"
            return UtasTampil(id: a.id!.uuidString, pasalKunci: a.pasalKunci, pasalLabel: label, selesai: a.selesai, diselesaikanOleh: a.diselesaikanOleh,
                              pesan: [tampil(a)] + (balasan[a.id!] ?? []).map(tampil),
                              bolehUbahStatus: [.admin, .tkksd, .operator].contains(p.peran) || a.penggunaID == p.penggunaID)
        }
    }

    static func pilihanPasal(_ n: Naskah) -> [PenggunaAdmin.Pilihan] {
        n.pasal.enumerated().map { i, x in
            .init(nilai: x.kunci, label: [n.labelPasal(i), x.judul].filter { !$0.isEmpty }.joined(separator: " ").ifEmpty("Bagian \(i + 1)"), dipilih: false)
        }
    }

    // MARK: Detail

    struct VersiTampil: Encodable {
        let nomor: Int
        let waktu: String
        let pengguna: String
        let sumber: String
        let catatan: String?
        let terkini: Bool
    }

    struct KewajibanTampil: Encodable {
        let pemilik: String
        let uraian: String
        let batas: String
    }

    struct DetailModel: Encodable {
        let id: String
        let judul: String
        let jenis: String
        let jenisKode: String
        let jenisKerjaSama: String?
        let status: String
        let statusKode: String
        let versi: Int
        let version: Int
        let dibagikan: Bool
        let mitra: String?
        let unit: String?
        let usulan: Tautan?
        let induk: Tautan?
        let turunan: [Tautan]
        let blok: [BlokTampil]
        let temuan: [TemuanTampil]
        let jumlahWajib: Int
        let jumlahPeriksa: Int
        let jumlahIsian: Int
        let bolehUbah: Bool
        let bolehKomentar: Bool
        let final: Bool
        let aksi: [Tata.Menu]
        let bolehPKS: Bool
        let bolehAdendum: Bool
        let versiDaftar: [VersiTampil]
        let utas: [UtasTampil]
        let pilihanPasal: [PenggunaAdmin.Pilihan]
        let kewajiban: [KewajibanTampil]
        let pdfTersedia: Bool
        let galat: [String: String]
        let halangan: [String]
        let dasar: String
    }

    static func detail(_ req: Request, _ r: NaskahRecord, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let p = try req.pelakuWajib()
        let n = try NaskahAlur.isi(r)
        let temuan = try await NaskahAlur.temuan(n, p, on: req.database)
        let mitra = try await r.mitraID.asyncMap { id in try await p.query(Mitra.self, on: req.database).filter(\.$id == id).first()?.nama } ?? nil
        let unit = try await r.unitID.asyncMap { id in try await p.query(UnitKerja.self, on: req.database).filter(\.$id == id).first()?.nama } ?? nil
        let usulan = try await r.usulanID.asyncMap { id in try await p.query(UsulanRecord.self, on: req.database).filter(\.$id == id).first() } ?? nil
        let induk = try await r.indukID.asyncMap { id in try await p.query(NaskahRecord.self, on: req.database).filter(\.$id == id).first() } ?? nil
        let turunan = try await p.query(NaskahRecord.self, on: req.database).filter(\.$indukID == r.id!).sort(\.$dibuatPada).all()
        let versi = try await p.query(VersiNaskah.self, on: req.database).filter(\.$naskahID == r.id!).sort(\.$nomor, .descending).all()
        let penyunting = NaskahAlur.penyunting(r, p)
        let final = r.statusNaskah == .ditandatangani
        var aksi: [Tata.Menu] = []
        if penyunting && r.statusNaskah == .draf { aksi.append(.init(label: NaskahAlur.Aksi.ajukan.nama, href: "ajukan", aktif: false)) }
        if p.peran == .admin {
            if r.statusNaskah == .ditinjau { aksi.append(.init(label: NaskahAlur.Aksi.kembalikanDraf.nama, href: "kembalikanDraf", aktif: false)) }
            if r.mitraID != nil && !final { aksi.append(r.dibagikan ? .init(label: NaskahAlur.Aksi.hentikanBagikan.nama, href: "hentikanBagikan", aktif: false)
                                                                 : .init(label: NaskahAlur.Aksi.bagikan.nama, href: "bagikan", aktif: false)) }
            if !final { aksi.append(.init(label: NaskahAlur.Aksi.tandatangani.nama, href: "tandatangani", aktif: false)) }
        }
        let halangan = p.peran == .admin && !final ? try await NaskahAlur.halanganTandaTangan(r, n, pelaku: p, on: req.database) : []
        let m = DetailModel(
            id: r.id!.uuidString, judul: r.judul, jenis: n.jenis.nama, jenisKode: n.jenis.rawValue, jenisKerjaSama: n.jenisKerjaSama?.nama,
            status: r.statusNaskah.nama, statusKode: r.status, versi: r.versiTerkini, version: r.version, dibagikan: r.dibagikan, mitra: mitra,
            unit: unit, usulan: usulan.map { Tautan(href: "/pemetaan/usulan/\($0.id!)", label: $0.judul) },
            induk: induk.map { Tautan(href: "/naskah/\($0.id!)", label: $0.judul) },
            turunan: turunan.map { Tautan(href: "/naskah/\($0.id!)", label: $0.judul) },
            blok: TampilanNaskah.blok(SusunNaskah.blok(n)), temuan: temuanTampil(temuan),
            jumlahWajib: temuan.filter { $0.tingkat == .wajib }.count, jumlahPeriksa: temuan.filter { $0.tingkat == .periksa }.count,
            jumlahIsian: temuan.filter { $0.tingkat == .isian }.count,
            bolehUbah: penyunting && !final, bolehKomentar: NaskahAlur.bolehKomentar(r, p), final: final, aksi: aksi,
            bolehPKS: penyunting && n.jenis == .kesepakatanBersama, bolehAdendum: penyunting && final,
            versiDaftar: versi.map { VersiTampil(nomor: $0.nomor, waktu: Format.waktu($0.waktu), pengguna: $0.pengguna, sumber: namaSumber($0.sumber),
                                                 catatan: $0.catatan, terkini: $0.nomor == r.versiTerkini) },
            utas: try await utas(r, pelaku: p, on: req.database), pilihanPasal: pilihanPasal(n),
            kewajiban: JalinNaskah.Kewajiban.daftar(n).map { KewajibanTampil(pemilik: "\($0.sebutan) — \($0.pemilik)", uraian: $0.uraian,
                                                                  batas: $0.batasWaktu?.panjang ?? "Selama jangka waktu kerja sama") },
            pdfTersedia: CetakPDF.tersedia(req.application), galat: Format.petaGalat(galat), halangan: halangan,
            dasar: n.jenisKerjaSama?.dasarHukum ?? "")
        return try await req.halaman("naskah/detail", judul: r.judul, m, status: status,
                                     galat: galat.map { "Belum dapat diproses: " + $0.daftar.map(\.pesan).prefix(4).joined(separator: " ") })
    }

    /// A row of the naskah list, handed to Leaf directly (as `Register.Baris`).
    struct Baris: Encodable, LeafDataRepresentable {
        let id: String
        let judul: String
        let jenis: String
        let status: String
        let statusKode: String
        let mitra: String
        let versi: String
        let diubah: String
        let dibagikan: Bool

        var leafData: LeafData {
            .dictionary(["id": .string(id), "judul": .string(judul), "jenis": .string(jenis), "status": .string(status),
                         "statusKode": .string(statusKode), "mitra": .string(mitra), "versi": .string(versi), "diubah": .string(diubah),
                         "dibagikan": .bool(dibagikan)])
        }
    }

    static func namaSumber(_ s: String) -> String {
        switch s {
        case "buat": "Dibuat dari templat"
        case "simpan": "Disimpan"
        case "klausul": "Klausul disisipkan"
        case "pulihkan": "Dipulihkan"
        default: s
        }
    }

    // MARK: Routes

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "naskah", akses: .internalPemda) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let hal = try await NaskahAlur.halaman(p, setelah: try req.kursorID("setelah"), sebelum: try req.kursorID("sebelum"), on: req.database)
            let nomor = req.nomorHalaman(hal)
            let tautan = hal.tautanID(jalur: "/naskah", nomor: nomor)
            let mitra = Dictionary(uniqueKeysWithValues: try await PenggunaAdmin.pilihan(Mitra.schema, pelaku: p, req: req).map { ($0.id, $0.nama) })
            struct U: Encodable { let id: String; let judul: String; let unit: String }
            struct M: Encodable { let naskah: [Baris]; let usulan: [U]; let jenis: [PenggunaAdmin.Pilihan]; let bolehBuat: Bool; let admin: Bool
                                  let halaman: Int; let sebelumnya: String?; let berikutnya: String? }
            // The prioritised submissions to start from (an operator: their own unit's), title and unit only.
            let q = req.database.sql.select().columns("id", "judul", "unit_id").from(UsulanRecord.schema)
                .where("pemda_id", .equal, p.pemdaID).where("status", .equal, StatusUsulan.diprioritaskan.rawValue)
            if p.peran == .operator { q.where("unit_id", .equal, p.unitID) }
            let prioritas = try await q.orderBy("judul").all()
            let unit = try await PenggunaAdmin.namaUnit(p, req: req)
            return try await req.halaman("naskah/index", judul: "Naskah Kerja Sama", M(
                naskah: try hal.baris.map { r in
                    let status = try r.decode(column: "status", as: String.self)
                    return Baris(id: try r.decode(column: "id", as: UUID.self).uuidString, judul: try r.decode(column: "judul", as: String.self),
                             jenis: (JenisDokumen(rawValue: try r.decode(column: "jenis", as: String.self)) ?? .kesepakatanBersama).singkatan,
                             status: (StatusNaskah(rawValue: status) ?? .draf).nama, statusKode: status,
                             mitra: try r.decode(column: "mitra_id", as: UUID?.self).flatMap { mitra[$0] } ?? "–",
                             versi: String(try r.decode(column: "versi_terkini", as: Int.self)), diubah: Format.waktu(try r.decode(column: "diubah_pada", as: Date?.self)),
                             dibagikan: try r.decode(column: "dibagikan", as: Bool.self))
                },
                usulan: try prioritas.map { r in
                    U(id: try r.decode(column: "id", as: UUID.self).uuidString, judul: try r.decode(column: "judul", as: String.self),
                      unit: try r.decode(column: "unit_id", as: UUID?.self).flatMap { unit[$0] } ?? "–")
                },
                jenis: Templat.jenis.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0 == .kesepakatanBersama) },
                bolehBuat: p.peran == .admin || p.peran == .operator, admin: p.peran == .admin, halaman: nomor,
                sebelumnya: tautan.sebelumnya,
                berikutnya: tautan.berikutnya))
        }
        app.rute(.GET, "naskah", "baru", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let jenis = (try? req.query.get(String.self, at: "jenis")).flatMap(JenisDokumen.init(rawValue:)) ?? .kesepakatanBersama
            let isian = try await NaskahBaru.isianAwal(jenis: jenis, usulanID: try? req.query.get(String.self, at: "usulan"),
                                                       mitraID: try? req.query.get(String.self, at: "mitra"), pelaku: p, on: req.database)
            return try await formBaru(req, isian)
        }
        app.rute(.POST, "naskah", "baru", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let f = try req.content.decode(NaskahBaru.Isian.self)
            do {
                let (n, asal) = try await NaskahBaru.bangun(f, pelaku: p, on: req.database)
                let r = try await NaskahAlur.buat(n, asal: asal, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/naskah/\(r.id!)?pesan=dibuat")
            } catch let v as KesalahanValidasi {
                return try await formBaru(req, f, galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.GET, "naskah", ":naskah", akses: .internalPemda) { req async throws -> Response in
            try await detail(req, try await NaskahAlur.cari(req))
        }
        app.rute(.GET, "naskah", ":naskah", "ubah", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            try NaskahAlur.pastikanBolehUbah(r, p)
            return try await req.halaman("naskah/ubah", judul: "Ubah \(r.judul)", NaskahForm.model(r, try NaskahAlur.isi(r), version: r.version))
        }
        app.rute(.POST, "naskah", ":naskah", "ubah", akses: penyusun, maksBody: "8mb") { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            try NaskahAlur.pastikanBolehUbah(r, p)
            let f = try req.content.decode([String: String].self)
            let versi = Int(f["version"] ?? "") ?? -1
            let (n, tanggal, galatBaca) = NaskahForm.baca(f, dasar: try NaskahAlur.isi(r))
            func ulang(_ galat: [KesalahanIsian], status: HTTPStatus, konflik: NaskahForm.Konflik? = nil, version: Int) async throws -> Response {
                let pesan = konflik != nil ? KonflikVersi().pesan : "Naskah belum disimpan. Periksa isian yang ditandai: " + galat.map(\.pesan).prefix(3).joined(separator: " ")
                return try await req.halaman("naskah/ubah", judul: "Ubah \(r.judul)",
                                             NaskahForm.model(r, n, version: version, catatan: f["catatan"] ?? "", tanggalMentah: tanggal, galat: galat, konflik: konflik),
                                             status: status, galat: pesan)
            }
            if !galatBaca.isEmpty { return try await ulang(galatBaca, status: .unprocessableEntity, version: versi) }
            do {
                try await NaskahAlur.simpan(r, n, versi: versi, sumber: "simpan", catatan: f["catatan"], pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await ulang(v.daftar, status: .unprocessableEntity, version: versi)
            } catch is KonflikVersi {
                let terbaru = try await p.cari(NaskahRecord.self, r.id, on: req.database)
                let nt = try NaskahAlur.isi(terbaru)
                let oleh = try await p.query(VersiNaskah.self, on: req.database).filter(\.$naskahID == r.id!).filter(\.$nomor == terbaru.versiTerkini).first()
                let konflik = NaskahForm.Konflik(
                    versi: terbaru.versiTerkini, oleh: oleh?.pengguna ?? "–", waktu: Format.waktu(oleh?.waktu),
                    bagian: nt.pasal.enumerated().map { i, x in Usulan.Medan(label: [nt.labelPasal(i), x.judul].filter { !$0.isEmpty }.joined(separator: " "),
                                                                             nilai: TeksPasal.tulis(x.isi)) })
                return try await ulang([], status: .conflict, konflik: konflik, version: terbaru.version)
            }
        }
        app.rute(.POST, "naskah", ":naskah", "aksi", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            struct F: Content { var aksi: String? }
            do {
                guard let a = NaskahAlur.Aksi(rawValue: try req.content.decode(F.self).aksi ?? "") else {
                    throw KesalahanValidasi(field: "aksi", pesan: "Aksi tidak dikenal.")
                }
                try await req.database.transaction { db in try await NaskahAlur.ubahStatus(r, aksi: a, pelaku: p, ip: req.alamatKlien, on: db) }
                return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await detail(req, try await p.cari(NaskahRecord.self, r.id, on: req.database), galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.POST, "naskah", ":naskah", "komentar", akses: .peran([.admin, .tkksd, .operator])) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            struct F: Content { var pasal: String?; var isi: String?; var induk: String? }
            let f = try req.content.decode(F.self)
            do {
                _ = try await NaskahAlur.komentari(r, pasal: f.pasal, isi: f.isi, induk: f.induk.flatMap(UUID.init(uuidString:)), pelaku: p,
                                                   ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan#komentar")
            } catch let v as KesalahanValidasi {
                return try await detail(req, r, galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.POST, "naskah", ":naskah", "komentar", ":komentar", "status", akses: .peran([.admin, .tkksd, .operator])) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            struct F: Content { var selesai: String? }
            let f = try req.content.decode(F.self)
            do {
                _ = try await NaskahAlur.statusKomentar(r, komentar: req.parameters.get("komentar", as: UUID.self), selesai: f.selesai == "1",
                                                        pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan#komentar")
            } catch let v as KesalahanValidasi {
                return try await detail(req, r, galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.POST, "naskah", ":naskah", "versi", ":nomor", "pulihkan", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            struct F: Content { var version: String? }
            let f = try req.content.decode(F.self)
            do {
                guard let nomor = req.parameters.get("nomor", as: Int.self) else { throw Abort(.notFound) }
                try await NaskahAlur.pulihkan(r, nomor: nomor, versi: Int(f.version ?? "") ?? -1, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await detail(req, r, galat: v, status: .unprocessableEntity)
            } catch is KonflikVersi {
                return try await detail(req, try await p.cari(NaskahRecord.self, r.id, on: req.database),
                                        galat: KesalahanValidasi(field: "version", pesan: KonflikVersi().pesan), status: .conflict)
            }
        }
        app.rute(.GET, "naskah", ":naskah", "diff", akses: .internalPemda) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            return try await req.halaman("naskah/diff", judul: "Perbandingan versi", try await diffModel(req, r, pelaku: p))
        }
        app.rute(.POST, "naskah", ":naskah", "pks", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let kb = try await NaskahAlur.cari(req)
            guard NaskahAlur.penyunting(kb, p) else { throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama atau operator unit penyusun yang dapat menyusun PKS dari naskah ini.") }
            do {
                let (n, asal) = try await NaskahBaru.pksDariKB(kb, pelaku: p, on: req.database)
                let r = try await NaskahAlur.buat(n, asal: asal, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/naskah/\(r.id!)?pesan=dibuat")
            } catch let v as KesalahanValidasi {
                return try await detail(req, kb, galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.POST, "naskah", ":naskah", "adendum", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let asal = try await NaskahAlur.cari(req)
            guard NaskahAlur.penyunting(asal, p) else { throw Tolak(.forbidden, "Hanya admin Bagian Kerja Sama atau operator unit penyusun yang dapat menyusun adendum naskah ini.") }
            do {
                let (n, a) = try await NaskahBaru.adendum(asal, pelaku: p, on: req.database)
                let r = try await NaskahAlur.buat(n, asal: a, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/naskah/\(r.id!)?pesan=dibuat")
            } catch let v as KesalahanValidasi {
                return try await detail(req, asal, galat: v, status: .unprocessableEntity)
            }
        }
        app.rute(.GET, "naskah", ":naskah", "klausul", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            try NaskahAlur.pastikanBolehUbah(r, p)
            return try await halamanSisip(req, r)
        }
        app.rute(.POST, "naskah", ":naskah", "klausul", akses: penyusun) { req async throws -> Response in
            let p = try req.pelakuWajib()
            let r = try await NaskahAlur.cari(req)
            let f = try req.content.decode([String: String].self)
            do {
                var nilai: [String: String] = [:]
                for (k, v) in f where k.hasPrefix("nilai.") { nilai[String(k.dropFirst("nilai.".count))] = v }
                _ = try await NaskahAlur.sisipkanKlausul(r, kode: f["kode"] ?? "", varian: f["varian"].flatMap { $0.isEmpty ? nil : $0 }, nilai: nilai,
                                                         versi: Int(f["version"] ?? "") ?? -1, pelaku: p, ip: req.alamatKlien, on: req.database)
                return req.redirect(to: "/naskah/\(r.id!)?pesan=tersimpan")
            } catch let v as KesalahanValidasi {
                return try await halamanSisip(req, r, isian: f, galat: v, status: .unprocessableEntity)
            } catch is KonflikVersi {
                return try await halamanSisip(req, try await p.cari(NaskahRecord.self, r.id, on: req.database), isian: f,
                                              galat: KesalahanValidasi(field: "version", pesan: KonflikVersi().pesan), status: .conflict)
            }
        }
    }

    // MARK: The guided form

    struct FormBaruModel: Encodable {
        let isian: NaskahBaru.Isian
        let jenis: [PenggunaAdmin.Pilihan]
        let jenisKerjaSama: [PenggunaAdmin.Pilihan]
        let mitra: [PenggunaAdmin.Pilihan]
        let usulan: Usulan.DetailRingkas?
        let gaya: String
        let galat: [String: String]
    }

    static func formBaru(_ req: Request, _ isian: NaskahBaru.Isian, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let p = try req.pelakuWajib()
        let jenis = JenisDokumen(rawValue: isian.jenis ?? "") ?? .kesepakatanBersama
        let mitra = try await p.query(Mitra.self, on: req.database).sort(\.$nama).all()
        var ringkas: Usulan.DetailRingkas?
        if let r = try? await NaskahBaru.usulan(isian.usulan, p, on: req.database) {
            let k = try await NaskahBaru.konteksUsulan(r, pelaku: p, on: req.database).0
            ringkas = Usulan.DetailRingkas(id: r.id!.uuidString, judul: r.judul, medan: [
                Usulan.Medan(label: "Unit pengusul", nilai: k.unitPengusul ?? "–"),
                Usulan.Medan(label: "Urusan", nilai: k.urusan.joined(separator: ", ")),
                Usulan.Medan(label: "Lokasi", nilai: k.lokasi.joined(separator: ", ")),
                Usulan.Medan(label: "Sumber daya dibutuhkan (ruang lingkup)", nilai: k.dibutuhkan ?? "–"),
                Usulan.Medan(label: "Manfaat (tujuan)", nilai: k.manfaat ?? "–"),
            ])
        }
        let m = FormBaruModel(
            isian: isian,
            jenis: Templat.jenis.map { .init(nilai: $0.rawValue, label: $0.nama, dipilih: $0 == jenis) },
            jenisKerjaSama: [.init(nilai: "", label: "— menurut mitra —", dipilih: (isian.jenisKerjaSama ?? "").isEmpty)]
                + JenisKerjaSama.allCases.filter { $0 != .kemitraanLain }.map { .init(nilai: $0.rawValue, label: $0.singkatan + " — " + $0.nama, dipilih: $0.rawValue == isian.jenisKerjaSama) },
            mitra: [.init(nilai: "", label: "— tanpa mitra —", dipilih: (isian.mitra ?? "").isEmpty)]
                + mitra.map { .init(nilai: $0.id!.uuidString, label: "\($0.nama) — \($0.jenis.nama)", dipilih: $0.id!.uuidString == isian.mitra) },
            usulan: ringkas, gaya: GayaNaskah.untuk(jenis).rawValue, galat: Format.petaGalat(galat))
        return try await req.halaman("naskah/baru", judul: "Naskah Baru", m, status: status,
                                     galat: galat.map { "Naskah belum dibuat. Periksa isian yang ditandai: " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ") })
    }

    // MARK: Diff

    struct DiffModel: Encodable {
        struct Potong: Encodable { let jenis: String; let teks: String }
        struct Bagian: Encodable { let kunci: String; let label: String; let status: String; let statusKode: String; let potongan: [Potong]; let tambah: Int; let hapus: Int
                               /// Why the change is shown by line or whole, when it is too large to compare word by word.
                               let catatan: String? }
        let id: String
        let judul: String
        let dari: Int
        let ke: Int
        let pilihan: [Int]
        let bagian: [Bagian]
        let hanyaBerubah: Bool
        let milidetik: String
    }

    static func catatanSatuan(_ s: DiffKata.Satuan) -> String {
        switch s {
        case .baris: "Perubahan pada bagian ini terlalu besar untuk dibandingkan per kata, sehingga ditampilkan per baris."
        case .utuh: "Perubahan pada bagian ini terlalu besar untuk dibandingkan per kata, sehingga teks lama ditampilkan utuh sebagai dihapus dan teks baru sebagai ditambahkan."
        }
    }

    static func diffModel(_ req: Request, _ r: NaskahRecord, pelaku p: Pelaku) async throws -> DiffModel {
        let versi = try await NaskahAlur.versiTerlihat(r, oleh: p, on: req.database).sort(\.$nomor).all()
        let nomor = versi.map(\.nomor)
        let ke = (try? req.query.get(Int.self, at: "ke")) ?? r.versiTerkini
        let dari = (try? req.query.get(Int.self, at: "dari")) ?? max(NaskahAlur.versiPertama(r, oleh: p), ke - 1)
        guard let a = versi.first(where: { $0.nomor == dari }), let b = versi.first(where: { $0.nomor == ke }) else {
            throw KesalahanValidasi(field: "dari", pesan: "Versi yang dibandingkan tidak ada; versi yang tersedia: \(nomor.map(String.init).joined(separator: ", ")).")
        }
        let h = try await HitungDiff.bandingkan(try NaskahAlur.isi(a), try NaskahAlur.isi(b))
        let hasil = h.bagian, d = h.durasi
        let semua = (try? req.query.get(String.self, at: "semua")) == "1"
        let nama: [DiffKata.Status: String] = [.tetap: "Tidak berubah", .diubah: "Diubah", .ditambah: "Ditambahkan", .dihapus: "Dihapus"]
        return DiffModel(
            id: r.id!.uuidString, judul: r.judul, dari: dari, ke: ke, pilihan: nomor,
            bagian: hasil.filter { semua || $0.status != .tetap }.map { x in
                .init(kunci: x.kunci, label: x.label, status: nama[x.status] ?? "", statusKode: x.status.rawValue,
                      potongan: x.potongan.map { .init(jenis: $0.jenis.rawValue, teks: $0.teks) }, tambah: x.jumlahTambah, hapus: x.jumlahHapus,
                      catatan: x.satuan.map(catatanSatuan))
            },
            hanyaBerubah: !semua, milidetik: String(format: "%.2f", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000))
    }

    // MARK: Clause insertion

    struct SisipModel: Encodable {
        struct Param: Encodable { let kode: String; let label: String; let nilai: String; let keterangan: String; let galat: String? }
        struct Varian: Encodable { let kode: String; let nama: String; let dasarHukum: String; let status: String; let versi: Int; let cocok: Bool; let pratinjau: String; let parameter: [Param]; let dipilih: Bool }
        struct Klausul: Encodable { let kode: String; let judul: String; let keterangan: String; let varian: [Varian] }
        let id: String
        let judul: String
        let version: Int
        let klausul: [Klausul]
        let galat: [String: String]
    }

    static func halamanSisip(_ req: Request, _ r: NaskahRecord, isian: [String: String] = [:], galat: KesalahanValidasi? = nil,
                             status: HTTPStatus = .ok) async throws -> Response {
        let p = try req.pelakuWajib()
        let n = try NaskahAlur.isi(r)
        let lib = try await NaskahAlur.pustaka(p, on: req.database)
        let g = Format.petaGalat(galat)
        let dipilih = (isian["kode"] ?? "") + "/" + (isian["varian"] ?? "")
        let m = SisipModel(id: r.id!.uuidString, judul: r.judul, version: Int(isian["version"] ?? "") ?? r.version, klausul: lib.klausul.map { k in
            .init(kode: k.kode, judul: k.judul, keterangan: k.keterangan, varian: k.varian.map { v in
                let pilih = dipilih == "\(k.kode)/\(v.kode)"
                return .init(kode: v.kode, nama: v.nama, dasarHukum: v.dasarHukum, status: "[\(v.status.rawValue)]", versi: v.versi,
                             cocok: v.cocokUntuk(n.jenisKerjaSama?.kelompok), pratinjau: TeksPasal.tulis(v.isi),
                             parameter: v.parameter.map { x in
                                 .init(kode: x.kode, label: x.label, nilai: pilih ? (isian["nilai.\(x.kode)"] ?? x.bawaan) : x.bawaan,
                                       keterangan: x.jenis == .bilangan ? "bilangan bulat \(x.minimum ?? 0)–\(x.maksimum ?? 0)\(x.satuan.map { " " + $0 } ?? "")" : "teks",
                                       galat: pilih ? g["nilai.\(x.kode)"] : nil)
                             }, dipilih: pilih)
            })
        }, galat: g)
        return try await req.halaman("naskah/klausul-sisip", judul: "Sisipkan klausul", m, status: status,
                                     galat: galat.map { "Klausul belum disisipkan: " + $0.daftar.map(\.pesan).prefix(3).joined(separator: " ") })
    }
}

extension Optional {
    func asyncMap<T>(_ f: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let w): try await f(w)
        case .none: nil
        }
    }
}

extension String {
    func ifEmpty(_ lain: String) -> String { isEmpty ? lain : self }
}

extension Usulan {
    struct DetailRingkas: Encodable {
        let id: String
        let judul: String
        let medan: [Medan]
    }
}
