import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// The automatic checks of the guided exercises, run against a participant's sandbox: only what was
/// done after the sandbox was (re)made counts.
enum KemajuanLatihan {
    static func selesai(_ app: Application, _ ps: PesertaSimulasiRecord) async throws -> Set<String> {
        guard FileManager.default.fileExists(atPath: KotakSimulasi.jalur(app, peserta: ps.id!)) else { return [] }
        let db = try await KotakSimulasi.database(app, peserta: ps.id!)
        return try await selesai(db, sejak: ps.disiapkanPada)
    }

    static func selesai(_ db: any Database, sejak: Date) async throws -> Set<String> {
        var hasil: Set<String> = []
        let baru = try await UsulanRecord.query(on: db).filter(\.$dibuatPada >= sejak).all()
        if baru.contains(where: { $0.status != StatusUsulan.draf.rawValue && $0.urusan.split(separator: ",").contains("2.15") }) {
            hasil.insert("potensi-ikn")
        }
        let lanjut: Set<String> = [StatusUsulan.terverifikasi, .dinilai, .diprioritaskan].map(\.rawValue).reduce(into: []) { $0.insert($1) }
        if baru.contains(where: { lanjut.contains($0.status) }) { hasil.insert("saring-kelayakan") }
        if try await NilaiUsulanRecord.query(on: db).filter(\.$diubahPada >= sejak).count() >= 3 { hasil.insert("nilai-tiga") }
        for r in try await NaskahRecord.query(on: db).filter(\.$dibuatPada >= sejak).all() {
            guard let n = try? NaskahAlur.isi(r), n.jenis == .kesepakatanBersama else { continue }
            let temuan = PemeriksaUnsur.periksa(n)
            guard !temuan.contains(where: { $0.tingkat == .wajib || $0.tingkat == .isian }) else { continue }
            hasil.insert("kb-ppu")
            if r.statusNaskah != .draf { hasil.insert("ke-penandatanganan") }
        }
        return hasil
    }
}

/// The participant's side: logging in to a sandbox, the exercise page and playing another demo role.
enum RuangSimulasiPage {
    /// Cookie value of a sandbox session: `s.<participant id>.<session token>`.
    static func cookie(peserta: UUID, token: String) -> String { "s.\(peserta.uuidString.lowercased()).\(token)" }

    static func pecahCookie(_ nilai: String) -> (UUID, String)? {
        let bagian = nilai.split(separator: ".", maxSplits: 2)
        guard bagian.count == 3, bagian[0] == "s", let id = UUID(uuidString: String(bagian[1])) else { return nil }
        return (id, String(bagian[2]))
    }

    /// The participant and class of a sandbox cookie, if both still exist and the class has not expired.
    static func konteks(_ req: Request, peserta id: UUID) async throws -> KonteksSimulasi? {
        guard let ps = try await PesertaSimulasiRecord.find(id, on: req.db),
            let kelas = try await KelasSimulasiRecord.find(ps.kelasID, on: req.db),
            kelas.berlakuSampai >= req.jam.hariIni.iso,
            FileManager.default.fileExists(atPath: KotakSimulasi.jalur(req.application, peserta: id))
        else { return nil }
        _ = try await KotakSimulasi.database(req.application, peserta: id, on: req.eventLoop, logger: req.logger)
        return KonteksSimulasi(pesertaID: id, kelasID: kelas.id!, kelasNama: kelas.nama, nomor: ps.nomor, namaPengguna: ps.namaPengguna)
    }

    /// Logs a participant in (password already verified): makes their sandbox if needed and opens a session
    /// in it as the demo admin.
    static func masuk(_ req: Request, peserta ps: PesertaSimulasiRecord) async throws -> Response {
        guard let kelas = try await KelasSimulasiRecord.find(ps.kelasID, on: req.db), kelas.berlakuSampai >= req.jam.hariIni.iso else {
            return try await req.halaman(
                "masuk", judul: "Masuk", MasukPage.Model(username: ps.namaPengguna, lanjut: ""),
                status: .unauthorized, galat: "Kelas simulasi ini sudah berakhir.")
        }
        if !FileManager.default.fileExists(atPath: KotakSimulasi.jalur(req.application, peserta: ps.id!)) {
            try await KotakSimulasi.siapkan(req.application, peserta: ps.id!)
            ps.disiapkanPada = req.jam.sekarang
        }
        ps.masukTerakhir = req.jam.sekarang
        try await ps.update(on: req.db)
        let res = try await gantiPeran(req, peserta: ps.id!, namaPengguna: "admin.kukar", tujuan: "/simulasi")
        try await PembatasMasuk.bersihkan(namaPengguna: ps.namaPengguna, on: req.db)
        return res
    }

    /// A new session in the participant's sandbox for one of its demo accounts.
    static func gantiPeran(_ req: Request, peserta: UUID, namaPengguna: String, tujuan: String) async throws -> Response {
        let db = try await KotakSimulasi.database(req.application, peserta: peserta, on: req.eventLoop, logger: req.logger)
        guard let pengguna = try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == namaPengguna).first(), pengguna.aktif else {
            throw KesalahanValidasi(field: "peran", pesan: "Akun peran itu tidak ada di ruang simulasi Anda.")
        }
        let token = try await db.transaction { db in
            if let lama = req.pelaku?.sesiID { try await SesiRecord.query(on: db).filter(\.$id == lama).delete() }
            return try await SesiWeb.buat(untuk: pengguna, req: req, on: db)
        }
        let res = req.redirect(to: tujuan)
        res.cookies[SesiWeb.cookie] = SesiWeb.cookieSesi(
            cookie(peserta: peserta, token: token), aman: req.application.konfigurasi.cookieAman)
        return res
    }

    struct Peran: Encodable {
        let namaPengguna: String
        let label: String
        let aktif: Bool
    }

    struct BarisLatihan: Encodable {
        let nomor: Int
        let judul: String
        let peran: String
        let tautan: String
        let petunjuk: [String]
        let diperiksa: String
        let selesai: Bool
    }

    struct Model: Encodable {
        let kelas: String
        let nomor: Int
        let peran: [Peran]
        let latihan: [BarisLatihan]
        let jumlahSelesai: Int
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "simulasi", akses: .semuaPengguna, use: halaman)
        app.rute(.POST, "simulasi", "peran", akses: .semuaPengguna, use: gantiPeranDemo)
    }

    /// The exercise page of the participant's sandbox.
    @Sendable static func halaman(_ req: Request) async throws -> Response {
        guard let s = req.simulasi, let p = req.pelaku else { return req.redirect(to: "/beranda") }
        guard let ps = try await PesertaSimulasiRecord.find(s.pesertaID, on: req.db) else { throw Abort(.notFound) }
        let selesai = try await KemajuanLatihan.selesai(req.database, sejak: ps.disiapkanPada)
        let akun = DemoSeed.akun.filter { $0.pemda == "64.02" }
        let m = Model(
            kelas: s.kelasNama, nomor: s.nomor,
            peran: akun.map {
                Peran(namaPengguna: $0.namaPengguna, label: "\($0.peran.nama) — \($0.keterangan)", aktif: $0.namaPengguna == p.namaPengguna)
            },
            latihan: Latihan.semua.map { l in
                let a = akun.first { $0.namaPengguna == l.peran }
                return BarisLatihan(
                    nomor: l.nomor, judul: l.judul, peran: a.map { "\($0.peran.nama) (\($0.namaPengguna))" } ?? l.peran,
                    tautan: l.tautan, petunjuk: l.petunjuk, diperiksa: l.diperiksa, selesai: selesai.contains(l.id))
            },
            jumlahSelesai: selesai.count)
        return try await req.halaman("simulasi/ruang", judul: "Ruang Simulasi", m)
    }

    /// Plays another demo role inside the sandbox.
    @Sendable static func gantiPeranDemo(_ req: Request) async throws -> Response {
        guard let s = req.simulasi else { throw Tolak(.forbidden, "Berganti peran hanya dapat dilakukan di ruang simulasi.") }
        let nama = (try? req.content.get(String.self, at: "peran")) ?? ""
        guard DemoSeed.akun.contains(where: { $0.namaPengguna == nama && $0.pemda == "64.02" }) else {
            throw KesalahanValidasi(field: "peran", pesan: "Pilih salah satu peran demo yang tersedia.")
        }
        let tujuan = Latihan.semua.first { $0.peran == nama }?.tautan ?? "/simulasi"
        return try await gantiPeran(req, peserta: s.pesertaID, namaPengguna: nama, tujuan: tujuan == "/simulasi" ? tujuan : "/simulasi")
    }
}
