import Fluent
import Foundation
import JalinDomain
import Vapor

/// JSON API under /api/v1, each route with its OpenAPI description (`ReferensiAPI.Operasi`, in
/// `ReferensiAPI+Operasi.swift`) and its named handler (`ReferensiAPI+Handlers.swift`).
enum ReferensiAPI {
    struct Saya: Content {
        struct P: Content {
            let id: UUID
            let nama: String
            let kodeWilayah: String
        }
        let id: UUID
        let namaPengguna: String
        let namaLengkap: String
        let peran: Peran
        let pemda: P
        let unitID: UUID?
        let mitraID: UUID?
    }

    struct UrusanJSON: Content {
        let kode: String
        let nama: String
        let kelompok: Int
        let kelompokNama: String
        let edisi: String
    }

    struct UnitJSON: Content {
        let id: UUID
        let jenis: JenisUnit
        let nama: String
        let singkatan: String?
        let kodeWilayah: String?
        let urusan: [String]
        let aktif: Bool
        let contoh: Bool
        let version: Int

        init(_ u: UnitKerjaRecord) {
            id = u.id!
            jenis = u.jenis
            nama = u.nama
            singkatan = u.singkatan
            kodeWilayah = u.kodeWilayah
            urusan = u.daftarUrusan
            aktif = u.aktif
            contoh = u.contoh
            version = u.version
        }
    }

    struct UnitMasukan: Content {
        let jenis: String?
        let nama: String?
        let singkatan: String?
        let kodeWilayah: String?
        let urusan: [String]?
        let aktif: Bool?
        let version: Int?

        var isian: UnitAdminPage.Isian {
            .init(
                jenis: jenis, nama: nama, singkatan: singkatan, kode_wilayah: kodeWilayah, urusan: (urusan ?? []).joined(separator: ","),
                aktif: (aktif ?? true) ? "1" : "0", version: version)
        }
    }

    struct MitraJSON: Content {
        let id: UUID
        let jenis: JenisMitra
        let jenisNama: String
        let nama: String
        let kodeWilayah: String?
        let alamat: String?
        let keterangan: String?
        let contoh: Bool
        let version: Int
        init(_ m: MitraRecord) {
            id = m.id!
            jenis = m.jenis
            jenisNama = m.jenis.nama
            nama = m.nama
            kodeWilayah = m.kodeWilayah
            alamat = m.alamat
            keterangan = m.keterangan
            contoh = m.contoh
            version = m.version
        }
    }

    struct PenggunaJSON: Content {
        let id: UUID
        let namaPengguna: String
        let namaLengkap: String
        let email: String?
        let peran: Peran
        let unitID: UUID?
        let mitraID: UUID?
        let aktif: Bool
        let version: Int
        init(_ u: PenggunaRecord) {
            id = u.id!
            namaPengguna = u.namaPengguna
            namaLengkap = u.namaLengkap
            email = u.email
            peran = u.peran
            unitID = u.unitID
            mitraID = u.mitraID
            aktif = u.aktif
            version = u.version
        }
    }

    static func daftarkan(_ app: Application) {
        app.rute(.GET, "api", "openapi.json", akses: .publik, use: openAPI)
        let api = app.grouped("api", "v1").grouped(TokenAPIMiddleware())
        api.rute(.GET, "saya", akses: .semuaPengguna, api: Operasi.saya, use: saya)
        api.rute(.GET, "wilayah", akses: .semuaPengguna, api: Operasi.cariWilayah, use: cariWilayah)
        api.rute(.GET, "wilayah", ":kode", akses: .semuaPengguna, api: Operasi.wilayah, use: wilayah)
        api.rute(.GET, "urusan", akses: .semuaPengguna, api: Operasi.urusan, use: urusan)
        api.rute(.GET, "unit", akses: .internalPemda, api: Operasi.daftarUnit, use: daftarUnit)
        api.rute(.POST, "unit", akses: .admin, api: Operasi.buatUnit, use: buatUnit)
        api.rute(.GET, "unit", ":id", akses: .internalPemda, api: Operasi.unit, use: unit)
        api.rute(.PUT, "unit", ":id", akses: .admin, api: Operasi.ubahUnit, use: ubahUnit)
        api.rute(.GET, "mitra", akses: .internalPemda, api: Operasi.daftarMitra, use: daftarMitra)
        api.rute(.GET, "mitra", ":id", akses: .internalPemda, api: Operasi.mitra, use: mitra)
        api.rute(.GET, "pengguna", akses: .admin, api: Operasi.daftarPengguna, use: daftarPengguna)
        api.rute(.GET, "pengguna", ":id", akses: .admin, api: Operasi.pengguna, use: pengguna)
        api.rute(.GET, "audit", akses: .admin, api: Operasi.audit, use: audit)
    }
}
