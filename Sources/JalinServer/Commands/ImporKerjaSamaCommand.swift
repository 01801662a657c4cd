import Fluent
import Foundation
import JalinDomain
import Vapor

/// `jalin import-kerjasama FILE --pemda 64.02 [--ya]`: a dry run by default; `--ya` writes.
struct ImporKerjaSamaCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "berkas", help: "Berkas CSV atau XLSX (kolom sesuai templat)") var berkas: String
        @Option(name: "pemda", help: "Kode wilayah pemda pemilik data, misalnya 64.02") var pemda: String?
        @Flag(name: "ya", help: "Tulis ke basis data (tanpa ini hanya pratinjau)") var ya: Bool
    }

    var help: String { "Mengimpor data kerja sama lama dari CSV/XLSX (pratinjau dahulu; --ya untuk menulis)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let data = FileManager.default.contents(atPath: signature.berkas) else {
            context.console.error("Berkas \(signature.berkas) tidak dapat dibaca.")
            throw PerintahGagal(pesan: "berkas tidak terbaca")
        }
        guard let kode = signature.pemda, let pemda = try await PemdaRecord.query(on: app.db).filter(\.$kodeWilayah == kode).first(),
            let admin = try await PenggunaRecord.query(on: app.db).filter(\.$pemdaID == pemda.id!).filter(\.$peran == .admin).first()
        else {
            context.console.error("Sebutkan --pemda dengan kode wilayah pemda yang terdaftar dan memiliki admin.")
            throw PerintahGagal(pesan: "pemda tidak dikenal")
        }
        let p = try Pelaku(pengguna: admin, pemda: pemda, csrf: nil, sesiID: nil, jam: app.jam)
        let mulai = Date()
        do {
            let nama = URL(fileURLWithPath: signature.berkas).lastPathComponent
            let r = try await ImporLamaPage.rencana(data, nama: nama, pemdaID: pemda.id!, hariIni: app.jam.hariIni, on: app.db)
            context.console.print(
                "\(r.hasil.jumlahBaris) baris: \(r.baru.count) baru, \(r.sudahAda) sudah pernah diimpor, \(r.hasil.masalah.count) masalah.")
            for m in r.hasil.masalah.prefix(200) {
                context.console.error("  baris \(m.baris)\(m.kolom.map { " (\($0))" } ?? ""): \(m.pesan)")
            }
            guard r.hasil.masalah.isEmpty else { throw PerintahGagal(pesan: "impor ditolak") }
            guard signature.ya else {
                context.console.print("Pratinjau saja; tidak ada yang ditulis. Jalankan lagi dengan --ya untuk mengimpor.")
                return
            }
            let n = try await ImporLamaPage.tulis(
                r, pelaku: p, namaBerkas: nama, sha: SHA256.hex(data), kemajuan: { s, t in Kemajuan.cetak(selesai: s, total: t) },
                on: app.db)
            FileHandle.standardError.write(Foundation.Data("\n".utf8))
            context.console.print(
                "Impor selesai dalam \(String(format: "%.2f", Date().timeIntervalSince(mulai))) detik: \(n) kerja sama dibuat.")
        } catch let v as KesalahanValidasi {
            context.console.error("Impor ditolak; tidak ada yang diubah. \(v.daftar.map(\.pesan).joined(separator: " "))")
            throw PerintahGagal(pesan: "impor ditolak")
        }
    }
}
