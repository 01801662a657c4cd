import Fluent
import Foundation
import JalinDomain
import LeafKit
import SQLKit
import Vapor

/// Admin-managed user accounts of the admin's own pemda.
enum PenggunaAdminPage {
    /// What the admin typed; re-shown unchanged when something is wrong (nothing typed is lost).
    struct Isian: Content {
        var nama_pengguna: String?
        var nama_lengkap: String?
        var email: String?
        var peran: String?
        var unit_id: String?
        var mitra_id: String?
        var aktif: String?
        var sandi: String?
        var version: Int?
        /// "1" (the reset form's checkbox, ticked by default): revoke the user's API tokens and calendar feed.
        var cabut_akses: String?
    }

    /// The validated, normalised values.
    struct Data: Encodable {
        var namaPengguna: String
        var namaLengkap: String
        var email: String?
        var peran: Peran
        var unitID: UUID?
        var mitraID: UUID?
        var aktif: Bool
    }

    struct Baris: Encodable {
        let id: String
        let namaPengguna: String
        let namaLengkap: String
        let peran: String
        let unit: String
        let aktif: Bool
        let masukTerakhir: String
    }

    struct DaftarModel: Encodable {
        let baris: [Baris]
        /// What a password reset did to the user's tokens and calendar feed (`PencabutanAkses`).
        let pesanAkses: String?
    }

    struct FormModel: Encodable {
        let baru: Bool
        let id: String
        let isian: Isian
        let peran: [Pilihan]
        let unit: [Pilihan]
        let mitra: [Pilihan]
        let galat: [String: String]
        let konflik: Data?
    }

    static func isianDari(_ u: PenggunaRecord) -> Isian {
        Isian(
            nama_pengguna: u.namaPengguna, nama_lengkap: u.namaLengkap, email: u.email, peran: u.peran.rawValue,
            unit_id: u.unitID?.uuidString, mitra_id: u.mitraID?.uuidString, aktif: u.aktif ? "1" : nil, version: u.version)
    }

    static func data(dari u: PenggunaRecord) -> Data {
        Data(
            namaPengguna: u.namaPengguna, namaLengkap: u.namaLengkap, email: u.email, peran: u.peran, unitID: u.unitID,
            mitraID: u.mitraID, aktif: u.aktif)
    }

    /// Validates the form against the caller's pemda (units and partners must be the pemda's own).
    static func periksa(_ f: Isian, baru: Bool, pelaku p: Pelaku, diri: PenggunaRecord?, on db: any Database) async throws -> Data {
        var v = Pemeriksa()
        var namaPengguna = diri?.namaPengguna ?? ""
        if baru {
            let n = Teks.bersihkan(f.nama_pengguna, field: "nama_pengguna", label: "Nama pengguna", wajib: true, maks: 60, ke: &v)?
                .lowercased()
            if let n {
                if n.count < 3 || !n.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") }) {
                    v.tambah("nama_pengguna", "Nama pengguna 3–60 karakter: huruf, angka, titik, garis bawah atau tanda hubung.")
                } else if try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == n).first() != nil {
                    v.tambah("nama_pengguna", "Nama pengguna ini sudah dipakai.")
                }
                namaPengguna = n
            }
        }
        let namaLengkap = Teks.bersihkan(f.nama_lengkap, field: "nama_lengkap", label: "Nama lengkap", wajib: true, maks: 150, ke: &v)
        let email = Teks.bersihkan(f.email, field: "email", label: "Surel", wajib: false, maks: 200, ke: &v)
        if let e = email, !(e.contains("@") && e.contains(".") && !e.contains(" ")) {
            v.tambah("email", "Alamat surel tidak sah.")
        }
        let peran = f.peran.flatMap(Peran.init(rawValue:))
        if peran == nil { v.tambah("peran", "Pilih salah satu peran.") }
        var unitID: UUID?
        if peran?.perluUnit == true {
            if let s = f.unit_id, let id = UUID(uuidString: s),
                try await p.query(UnitKerjaRecord.self, on: db).filter(\.$id == id).first() != nil
            {
                unitID = id
            } else {
                v.tambah("unit_id", "Operator wajib terikat pada satu unit kerja pemda ini.")
            }
        }
        var mitraID: UUID?
        if peran?.perluMitra == true {
            if let s = f.mitra_id, let id = UUID(uuidString: s),
                try await p.query(MitraRecord.self, on: db).filter(\.$id == id).first() != nil
            {
                mitraID = id
            } else {
                v.tambah("mitra_id", "Akun mitra wajib terikat pada satu mitra yang terdaftar.")
            }
        }
        let aktif = Kotak.dicentang(f.aktif)
        if let diri, diri.id == p.penggunaID {
            if !aktif { v.tambah("aktif", "Anda tidak dapat menonaktifkan akun Anda sendiri.") }
            if peran != nil && peran != .admin { v.tambah("peran", "Anda tidak dapat mencabut peran admin dari akun Anda sendiri.") }
        }
        try v.selesai()
        return Data(
            namaPengguna: namaPengguna, namaLengkap: namaLengkap ?? "", email: email, peran: peran!, unitID: unitID,
            mitraID: mitraID, aktif: aktif)
    }

    static func form(
        _ req: Request, baru: Bool, id: String, isian: Isian, galat: KesalahanValidasi? = nil, konflik: Data? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let p = try req.pelakuWajib()
        let unit = try await p.query(UnitKerjaRecord.self, on: req.database).filter(\.$aktif == true).sort(\.$jenis).sort(\.$nama).all()
        let mitra = try await p.query(MitraRecord.self, on: req.database).sort(\.$nama).all()
        let m = FormModel(
            baru: baru, id: id, isian: isian,
            peran: Peran.allCases.map { Pilihan(nilai: $0.rawValue, label: $0.nama, dipilih: $0.rawValue == isian.peran) },
            unit: unit.map {
                Pilihan(nilai: $0.id!.uuidString, label: "\($0.nama) (\($0.jenis.nama))", dipilih: $0.id?.uuidString == isian.unit_id)
            },
            mitra: mitra.map { Pilihan(nilai: $0.id!.uuidString, label: $0.nama, dipilih: $0.id?.uuidString == isian.mitra_id) },
            galat: Format.petaGalat(galat), konflik: konflik)
        let pesan = konflik != nil ? KonflikVersi().pesan : (galat != nil ? "Periksa kembali isian yang ditandai." : nil)
        return try await req.halaman(
            "admin/pengguna-form", judul: baru ? "Pengguna Baru" : "Ubah Pengguna", m, status: status, galat: pesan)
    }
}

/// The route table of `PenggunaAdminPage` (`/admin/pengguna`).
extension PenggunaAdminPage {
    static func daftarkan(_ app: Application) {
        let g = app.grouped("admin", "pengguna")
        g.rute(.GET, akses: .admin, use: PenggunaAdminPage.daftar)
        g.rute(.GET, "baru", akses: .admin, use: PenggunaAdminPage.formBaru)
        g.rute(.POST, "baru", akses: .admin, use: PenggunaAdminPage.buat)
        g.rute(.GET, ":id", akses: .admin, use: PenggunaAdminPage.formUbah)
        g.rute(.POST, ":id", akses: .admin, use: PenggunaAdminPage.ubah)
        g.rute(.POST, ":id", "sandi", akses: .admin, use: PenggunaAdminPage.aturUlangSandi)
    }
}
