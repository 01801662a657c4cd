import Fluent
import Foundation
import JalinDomain
import Vapor

/// The handlers of `KelasSimulasiPage` (`/admin/simulasi`).
extension KelasSimulasiPage {
    @Sendable static func halaman(_ req: Request) async throws -> Response {
        let p = try bukanSimulasi(req)
        let besok = req.jam.hariIni
        return try await daftar(req, p, isian: Isian(tanggal: besok.iso, jumlah: "30", berlaku_sampai: besok.tambahHari(30).iso))
    }

    @Sendable static func buat(_ req: Request) async throws -> Response {
        let p = try bukanSimulasi(req)
        let isian = try req.content.decode(Isian.self)
        let d: Data
        do throws(KesalahanValidasi) { d = try periksa(isian, hariIni: req.jam.hariIni) } catch {
            return try await daftar(req, p, isian: isian, galat: error, status: .unprocessableEntity)
        }
        let kelas = KelasSimulasiRecord()
        kelas.pemdaID = p.pemdaID
        kelas.nama = d.nama
        kelas.tanggal = d.tanggal
        kelas.berlakuSampai = d.berlakuSampai
        kelas.dibuatOleh = p.namaPengguna
        kelas.version = 1
        var kode = kodeAcak()
        while try await KelasSimulasiRecord.query(on: req.db).filter(\.$kode == kode).first() != nil { kode = kodeAcak() }
        kelas.kode = kode
        let login = try await req.db.transaction { db in
            try await kelas.create(on: db)
            let login = try await buatPeserta(kelas, jumlah: d.jumlah, pemdaID: p.pemdaID, sekarang: req.jam.sekarang, on: db)
            try await Audit.catat(
                "simulasi.kelas.buat", entitas: "kelas_simulasi", id: kelas.id?.uuidString, sesudah: d,
                pelaku: p, ip: req.alamatKlien, on: db)
            return login
        }
        return try await lembar(req, kelas, login, status: .created)
    }

    /// The class's participants, numbered from 1, each with a fresh password (returned once, never stored).
    private static func buatPeserta(
        _ kelas: KelasSimulasiRecord, jumlah: Int, pemdaID: UUID, sekarang: Date, on db: any Database
    ) async throws -> [Login] {
        var login: [Login] = []
        for i in 1...jumlah {
            let ps = PesertaSimulasiRecord()
            ps.pemdaID = pemdaID
            ps.kelasID = kelas.id!
            ps.nomor = i
            ps.namaPengguna = String(format: "sim-%@-%03d", kelas.kode, i)
            let sandi = sandiAcak()
            ps.hashSandi = Rahasia.sha256(sandi)
            ps.disiapkanPada = sekarang
            try await ps.create(on: db)
            login.append(Login(nomor: i, namaPengguna: ps.namaPengguna, sandi: sandi))
        }
        return login
    }

    @Sendable static func detail(_ req: Request) async throws -> Response {
        let p = try bukanSimulasi(req)
        let kelas = try await p.cari(KelasSimulasiRecord.self, req.parameters.get("id", as: UUID.self), on: req.db)
        let peserta = try await PesertaSimulasiRecord.query(on: req.db).filter(\.$kelasID == kelas.id!).sort(\.$nomor).all()
        var barisP: [BarisPeserta] = []
        for ps in peserta {
            let selesai = try await KemajuanLatihan.selesai(req.application, ps)
            barisP.append(
                BarisPeserta(
                    nomor: ps.nomor, namaPengguna: ps.namaPengguna,
                    masukTerakhir: ps.masukTerakhir.map(Format.waktu) ?? "belum pernah masuk",
                    selesai: Latihan.semua.map { selesai.contains($0.id) }, jumlahSelesai: selesai.count))
        }
        let m = DetailModel(
            kelas: baris(kelas, jumlah: peserta.count), latihan: Latihan.semua.map { "\($0.nomor). \($0.judul)" }, peserta: barisP)
        return try await req.halaman("simulasi/kelas", judul: "Kelas Simulasi \(kelas.nama)", m)
    }

    @Sendable static func sandiBaru(_ req: Request) async throws -> Response {
        let p = try bukanSimulasi(req)
        let kelas = try await p.cari(KelasSimulasiRecord.self, req.parameters.get("id", as: UUID.self), on: req.db)
        let login = try await req.db.transaction { db in
            var login: [Login] = []
            for ps in try await PesertaSimulasiRecord.query(on: db).filter(\.$kelasID == kelas.id!).sort(\.$nomor).all() {
                let sandi = sandiAcak()
                ps.hashSandi = Rahasia.sha256(sandi)
                try await ps.update(on: db)
                login.append(Login(nomor: ps.nomor, namaPengguna: ps.namaPengguna, sandi: sandi))
            }
            try await Audit.catat(
                "simulasi.kelas.sandi", entitas: "kelas_simulasi", id: kelas.id?.uuidString, pelaku: p, ip: req.alamatKlien, on: db)
            return login
        }
        return try await lembar(req, kelas, login, status: .ok)
    }

    @Sendable static func reset(_ req: Request) async throws -> Response {
        let p = try bukanSimulasi(req)
        let kelas = try await p.cari(KelasSimulasiRecord.self, req.parameters.get("id", as: UUID.self), on: req.db)
        let nomor = (try? req.content.get(Int.self, at: "nomor")) ?? nil
        var q = PesertaSimulasiRecord.query(on: req.db).filter(\.$kelasID == kelas.id!)
        if let nomor { q = q.filter(\.$nomor == nomor) }
        let peserta = try await q.all()
        guard !peserta.isEmpty else { throw KesalahanValidasi(field: "nomor", pesan: "Peserta nomor itu tidak ada di kelas ini.") }
        for ps in peserta { try await aturUlang(req.application, ps, on: req.db) }
        try await Audit.catat(
            "simulasi.reset", entitas: "kelas_simulasi", id: kelas.id?.uuidString,
            sesudah: ["peserta": nomor.map(String.init) ?? "semua"], pelaku: p, ip: req.alamatKlien, on: req.db)
        return req.redirect(to: "/admin/simulasi/\(kelas.id!.uuidString)?pesan=simulasi-reset")
    }

    @Sendable static func hapusKelas(_ req: Request) async throws -> Response {
        let p = try bukanSimulasi(req)
        let kelas = try await p.cari(KelasSimulasiRecord.self, req.parameters.get("id", as: UUID.self), on: req.db)
        try await hapus(req.application, kelas, on: req.db)
        try await Audit.catat(
            "simulasi.kelas.hapus", entitas: "kelas_simulasi", id: kelas.id?.uuidString,
            sebelum: ["nama": kelas.nama], pelaku: p, ip: req.alamatKlien, on: req.db)
        return req.redirect(to: "/admin/simulasi?pesan=simulasi-dihapus")
    }
}
