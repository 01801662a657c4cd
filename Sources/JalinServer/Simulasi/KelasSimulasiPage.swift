import Fluent
import Foundation
import JalinDomain
import Vapor

/// The trainer's pages (admin of a real pemda): create a Bimtek class, print the participant logins,
/// follow each participant's exercises, reset a participant or the whole class, delete the class.
enum KelasSimulasiPage {
    struct Isian: Content {
        var nama: String?
        var tanggal: String?
        var jumlah: String?
        var berlaku_sampai: String?
    }

    struct Data: Codable, Sendable {
        let nama: String
        let tanggal: String
        let jumlah: Int
        let berlakuSampai: String
    }

    /// Participant logins are `sim-<kode>-<nn>`; passwords are random (60 bits) and stored as SHA-256,
    /// like API tokens: they are shown once, on the printable sheet.
    static let abjadSandi = Array("abcdefghjkmnpqrstuvwxyz23456789")

    static func sandiAcak() -> String {
        var g = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in abjadSandi.randomElement(using: &g)! })
    }

    static func kodeAcak() -> String {
        var g = SystemRandomNumberGenerator()
        return String((0..<5).map { _ in Array("abcdefghjkmnpqrstuvwxyz")[Int.random(in: 0..<23, using: &g)] })
    }

    /// Validates the class form; today is passed in (the domain has no clock).
    static func periksa(_ f: Isian, hariIni: Tanggal) throws(KesalahanValidasi) -> Data {
        var v = Pemeriksa()
        let nama = Teks.bersihkan(f.nama, field: "nama", label: "Nama kelas", wajib: true, maks: 200, ke: &v)
        let tanggal = (f.tanggal ?? "").trimmingCharacters(in: .whitespaces)
        let t = Tanggal(iso: tanggal)
        if t == nil { v.tambah("tanggal", "Tanggal pelatihan wajib diisi dengan format tanggal yang sah (tttt-bb-hh).") }
        let jumlah = Int((f.jumlah ?? "").trimmingCharacters(in: .whitespaces))
        if jumlah == nil || !(1...200).contains(jumlah!) {
            v.tambah("jumlah", "Jumlah peserta harus bilangan bulat 1 sampai 200.")
        }
        let b = Tanggal(iso: (f.berlaku_sampai ?? "").trimmingCharacters(in: .whitespaces))
        if b == nil {
            v.tambah("berlaku_sampai", "Tanggal berlaku sampai wajib diisi dengan format tanggal yang sah (tttt-bb-hh).")
        } else if let b, let t, b < t {
            v.tambah("berlaku_sampai", "Tanggal berlaku sampai tidak boleh sebelum tanggal pelatihan.")
        } else if let b, b < hariIni {
            v.tambah("berlaku_sampai", "Tanggal berlaku sampai sudah lewat; kelas dan datanya akan langsung dihapus.")
        } else if let b, let t, t.selisihHari(ke: b) > 180 {
            v.tambah("berlaku_sampai", "Kelas simulasi paling lama berlaku 180 hari setelah tanggal pelatihan.")
        }
        try v.selesai()
        return Data(nama: nama!, tanggal: t!.iso, jumlah: jumlah!, berlakuSampai: b!.iso)
    }

    struct BarisKelas: Encodable {
        let id: String
        let nama: String
        let tanggal: String
        let berlakuSampai: String
        let kode: String
        let jumlah: Int
    }

    struct DaftarModel: Encodable {
        let kelas: [BarisKelas]
        let isian: Isian
        let galat: [String: String]
    }

    struct Login: Encodable {
        let nomor: Int
        let namaPengguna: String
        let sandi: String
    }

    struct LembarModel: Encodable {
        let kelas: BarisKelas
        let login: [Login]
        let alamat: String
    }

    struct BarisPeserta: Encodable {
        let nomor: Int
        let namaPengguna: String
        let masukTerakhir: String
        let selesai: [Bool]
        let jumlahSelesai: Int
    }

    struct DetailModel: Encodable {
        let kelas: BarisKelas
        let latihan: [String]
        let peserta: [BarisPeserta]
    }

    static func baris(_ k: KelasSimulasiRecord, jumlah: Int) -> BarisKelas {
        BarisKelas(
            id: k.id!.uuidString, nama: k.nama, tanggal: Tanggal(iso: k.tanggal)?.panjang ?? k.tanggal,
            berlakuSampai: Tanggal(iso: k.berlakuSampai)?.panjang ?? k.berlakuSampai, kode: k.kode, jumlah: jumlah)
    }

    /// A sandbox cannot hold classes of its own.
    static func bukanSimulasi(_ req: Request) throws -> Pelaku {
        if req.simulasi != nil { throw Tolak(.forbidden, "Kelas simulasi tidak dapat dibuat dari dalam ruang simulasi.") }
        return try req.pelakuWajib()
    }

    static func daftarkan(_ app: Application) {
        let g = app.grouped("admin", "simulasi")
        g.rute(.GET, akses: .admin, use: halaman)
        g.rute(.POST, akses: .admin, use: buat)
        g.rute(.GET, ":id", akses: .admin, use: detail)
        g.rute(.POST, ":id", "sandi", akses: .admin, use: sandiBaru)
        g.rute(.POST, ":id", "reset", akses: .admin, use: reset)
        g.rute(.POST, ":id", "hapus", akses: .admin, use: hapusKelas)
    }

    /// Back to the template: the sandbox file goes (its sessions with it); the next login makes a new one.
    static func aturUlang(_ app: Application, _ ps: PesertaSimulasiRecord, on db: any Database) async throws {
        try await KotakSimulasi.hapus(app, peserta: ps.id!)
        ps.disiapkanPada = app.jam.sekarang
        try await ps.update(on: db)
    }

    /// Deletes a class with every participant's sandbox (database file and uploads).
    static func hapus(_ app: Application, _ kelas: KelasSimulasiRecord, on db: any Database) async throws {
        let peserta = try await PesertaSimulasiRecord.query(on: db).filter(\.$kelasID == kelas.id!).all()
        for ps in peserta { try await KotakSimulasi.hapus(app, peserta: ps.id!) }
        try await db.transaction { db in
            try await PesertaSimulasiRecord.query(on: db).filter(\.$kelasID == kelas.id!).delete()
            try await KelasSimulasiRecord.query(on: db).filter(\.$id == kelas.id!).delete()
        }
    }

    /// Deletes the classes whose last day has passed (run by the hourly job and at start).
    @discardableResult
    static func hapusKedaluwarsa(_ app: Application, hariIni: Tanggal) async throws -> Int {
        let lewat = try await KelasSimulasiRecord.query(on: app.db).filter(\.$berlakuSampai < hariIni.iso).all()
        for k in lewat {
            try await hapus(app, k, on: app.db)
            try await Audit.catat(
                "simulasi.kelas.kedaluwarsa", entitas: "kelas_simulasi", id: k.id?.uuidString,
                sebelum: ["nama": k.nama, "berlakuSampai": k.berlakuSampai], pelaku: nil, pemdaID: k.pemdaID, on: app.db)
        }
        return lewat.count
    }

    static func daftar(
        _ req: Request, _ p: Pelaku, isian: Isian, galat: KesalahanValidasi? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let kelas = try await p.query(KelasSimulasiRecord.self, on: req.db).sort(\.$tanggal, .descending).all()
        var baris: [BarisKelas] = []
        for k in kelas {
            baris.append(self.baris(k, jumlah: try await PesertaSimulasiRecord.query(on: req.db).filter(\.$kelasID == k.id!).count()))
        }
        return try await req.halaman(
            "simulasi/daftar", judul: "Kelas Simulasi (Bimtek)",
            DaftarModel(kelas: baris, isian: isian, galat: Format.petaGalat(galat)),
            status: status, galat: galat == nil ? nil : "Periksa kembali isian yang ditandai.")
    }

    static func lembar(_ req: Request, _ k: KelasSimulasiRecord, _ login: [Login], status: HTTPStatus) async throws -> Response {
        let alamat = req.application.konfigurasi.baseURL ?? "http://\(req.headers.first(name: .host) ?? "127.0.0.1:8080")"
        return try await req.halaman(
            "simulasi/lembar", judul: "Lembar Login Peserta \(k.nama)",
            LembarModel(kelas: baris(k, jumlah: login.count), login: login, alamat: alamat + "/masuk"),
            status: status)
    }
}
