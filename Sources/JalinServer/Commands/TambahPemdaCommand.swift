import Fluent
import Foundation
import JalinDomain
import Vapor

/// `jalin tambah-pemda KODE --admin NAMA [--nama-admin "…"] [--email …] [--unit unit.xlsx]`
///
/// Onboarding of a new pemda by the installation's super-admin (whoever runs the server): the pemda is
/// taken from the imported kode wilayah list (a province or a kabupaten/kota), its units are imported
/// from a spreadsheet (CSV UTF-8 or XLSX with the columns `jenis,nama,singkatan,kode_wilayah,urusan`,
/// checked like the admin's unit form), and its first admin gets a one-time password to change at
/// first login. All or nothing: any problem is listed with its line and nothing is created.
struct TambahPemdaCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kode", help: "Kode wilayah pemda baru, misalnya 64.09 (provinsi atau kabupaten/kota)") var kode: String
        @Option(name: "admin", help: "Nama pengguna admin pertama, misalnya admin.ppu") var admin: String?
        @Option(name: "nama-admin", help: "Nama lengkap admin pertama") var namaAdmin: String?
        @Option(name: "email", help: "Surel admin pertama") var email: String?
        @Option(name: "unit", help: "Berkas CSV/XLSX unit kerja (kolom jenis,nama,singkatan,kode_wilayah,urusan)") var unit: String?
    }

    var help: String { "Menambahkan pemda baru pada instalasi ini: unit kerja dari berkas dan admin pertamanya." }

    func run(using context: CommandContext, signature s: Signature) async throws {
        let app = context.application
        var data: Data?
        if let berkas = s.unit {
            guard let d = FileManager.default.contents(atPath: berkas) else {
                context.console.error("Berkas unit \(berkas) tidak dapat dibaca.")
                throw PerintahGagal(pesan: "berkas tidak terbaca")
            }
            data = d
        }
        do {
            let h = try await OnboardingPemda.jalankan(
                kode: s.kode, admin: s.admin ?? "", namaAdmin: s.namaAdmin, email: s.email, berkasUnit: data, on: app.db,
                hash: { try app.password.hash($0) })
            context.console.print(
                """
                Pemda \(h.pemda) (\(s.kode)) ditambahkan dengan \(h.unit) unit kerja.
                Admin pertama: \(h.admin)  kata sandi sekali pakai: \(h.sandi)
                Sampaikan kata sandi ini kepada admin secara langsung; Jalin memintanya mengganti kata sandi saat pertama kali masuk.
                """)
        } catch let v as KesalahanValidasi {
            context.console.error("Pemda tidak ditambahkan; tidak ada yang diubah. \(v.daftar.count) masalah:")
            for k in v.daftar.prefix(200) { context.console.error("  \(k.field): \(k.pesan)") }
            throw PerintahGagal(pesan: "onboarding ditolak")
        }
    }
}

enum OnboardingPemda {
    struct Hasil: Sendable {
        let pemda: String
        let unit: Int
        let admin: String
        let sandi: String
    }

    static let kolom = ["jenis", "nama", "singkatan", "kode_wilayah", "urusan"]

    static func jalankan(
        kode: String, admin: String, namaAdmin: String?, email: String?, berkasUnit: Data?, on db: any Database,
        hash: @escaping @Sendable (String) throws -> String
    ) async throws -> Hasil {
        var v = Pemeriksa()
        let kw = KodeWilayah(valid: kode.trimmingCharacters(in: .whitespaces))
        var nama = ""
        if let kw, kw.tingkat.rawValue <= 2 {
            if let w = try await WilayahRecord.find(kw.nilai, on: db), !w.pensiun {
                nama = (kw.tingkat.rawValue == 1 ? "Provinsi " : "") + w.nama
            } else {
                v.tambah(
                    "kode",
                    "Kode wilayah \(kw.nilai) tidak terdaftar atau sudah pensiun. Impor daftar kode wilayah terlebih dahulu (jalin import-wilayah)."
                )
            }
            if try await PemdaRecord.query(on: db).filter(\.$kodeWilayah == kw.nilai).first() != nil {
                v.tambah("kode", "Pemda dengan kode \(kw.nilai) sudah ada pada instalasi ini.")
            }
        } else {
            v.tambah("kode", "Kode pemda harus kode provinsi (64) atau kabupaten/kota (64.09).")
        }
        let namaPengguna = admin.trimmingCharacters(in: .whitespaces).lowercased()
        if namaPengguna.isEmpty || namaPengguna.count > 100 || namaPengguna.hasPrefix("sim-")
            || !namaPengguna.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" })
        {
            v.tambah("admin", "Nama pengguna admin wajib diisi: huruf, angka, titik, garis bawah atau tanda hubung (tanpa awalan sim-).")
        } else if try await PenggunaRecord.query(on: db).filter(\.$namaPengguna == namaPengguna).first() != nil {
            v.tambah("admin", "Nama pengguna \(namaPengguna) sudah dipakai.")
        }
        var baris: [[String]] = []
        if let berkasUnit {
            do {
                let isi = try ImporLamaPage.baca(berkasUnit, nama: "unit")
                let header = isi.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if header != kolom {
                    v.tambah(
                        "unit", "Baris 1: kolom harus tepat \(kolom.joined(separator: ",")) (ditemukan: \(header.joined(separator: ","))).")
                } else {
                    baris = isi.baris.filter { !$0.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
                }
            } catch {
                error.daftar.forEach { v.tambah("unit", $0.pesan) }
            }
        }
        try v.selesai()
        let sandi = "Jalin-\(Rahasia.acak(bytes: 9).prefix(12))#1"
        let hashSandi = try hash(sandi)
        let kodePemda = kw!.nilai
        let namaPemda = nama
        let barisUnit = baris
        let jumlah = try await db.transaction { db -> Int in
            let pemda = PemdaRecord(kodeWilayah: kodePemda, nama: namaPemda, demo: false)
            try await pemda.create(on: db)
            let u = PenggunaRecord(
                pemdaID: pemda.id!, namaPengguna: namaPengguna, namaLengkap: namaAdmin ?? "Admin \(namaPemda)", email: email,
                hashSandi: hashSandi, peran: .admin)
            u.wajibGantiSandi = true  // a one-time password: changed at the first login
            try await u.create(on: db)
            let p = try Pelaku(pengguna: u, pemda: pemda, csrf: nil, sesiID: nil, jam: .sistem)
            var salah = Pemeriksa()
            var n = 0
            for (i, b) in barisUnit.enumerated() {
                let sel = (0..<kolom.count).map { $0 < b.count ? b[$0] : "" }
                let isian = UnitAdminPage.Isian(
                    jenis: sel[0].trimmingCharacters(in: .whitespaces).lowercased(), nama: sel[1], singkatan: sel[2],
                    kode_wilayah: sel[3], urusan: sel[4], aktif: "1", version: 0)
                do {
                    let d = try await UnitAdminPage.periksa(isian, pelaku: p, diri: nil, on: db)
                    let unit = UnitKerjaRecord(pemdaID: pemda.id!, jenis: d.jenis, nama: d.nama)
                    UnitAdminPage.terapkan(d, ke: unit)
                    try await unit.create(on: db)
                    n += 1
                } catch let e as KesalahanValidasi {
                    for k in e.daftar { salah.tambah("unit", "Baris \(i + 2), kolom \(k.field): \(k.pesan)") }
                }
            }
            try salah.selesai()
            try await Audit.catat(
                "pemda.tambah", entitas: "pemda", id: pemda.id?.uuidString,
                sesudah: ["kode": kodePemda, "nama": namaPemda, "admin": namaPengguna, "unit": "\(n)"],
                pelaku: nil, pemdaID: pemda.id, on: db)
            return n
        }
        return Hasil(pemda: namaPemda, unit: jumlah, admin: namaPengguna, sandi: sandi)
    }
}
