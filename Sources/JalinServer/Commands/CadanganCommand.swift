import Fluent
import Foundation
import JalinDomain
import Vapor

/// `jalin backup FILE.zip`
struct CadanganCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "berkas", help: "Berkas cadangan yang dibuat (zip)") var berkas: String
    }

    var help: String { "Membuat cadangan konsisten basis data dan semua berkas unggahan, dengan manifes SHA-256 (dan HMAC bila JALIN_BACKUP_KEY diatur)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        do {
            let kunci = try Cadangan.kunciLingkungan()
            let m = try await Cadangan.buat(app: context.application, tujuan: signature.berkas, kunci: kunci)
            context.console.print("Cadangan \(signature.berkas) dibuat: basis data \(m.basisData), \(m.entri.count - 1) berkas unggahan, \(m.entri.reduce(0) { $0 + $1.ukuran }) bita.")
            if kunci != nil {
                context.console.print("Manifes diautentikasi dengan HMAC-SHA256 (kunci dari \(Cadangan.variabelKunci)).")
            } else {
                context.console.warning("Manifes tidak diautentikasi: \(Cadangan.variabelKunci) tidak diatur, sehingga sidik SHA-256 hanya mendeteksi kerusakan, bukan pengubahan yang disengaja.")
            }
        } catch let g as Cadangan.Gagal {
            context.console.error(g.description)
            throw PerintahGagal(pesan: "pencadangan gagal")
        }
    }
}

/// `jalin restore FILE.zip`
struct PulihkanCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "berkas", help: "Berkas cadangan (zip) dari jalin backup") var berkas: String
    }

    var help: String { "Memulihkan cadangan ke JALIN_DATA_DIR kosong (atau DATABASE_URL kosong) setelah memeriksa manifesnya (dan HMAC-nya bila JALIN_BACKUP_KEY diatur)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        do {
            let h = try Cadangan.pulihkan(asal: signature.berkas, konfigurasi: context.application.konfigurasi, kunci: try Cadangan.kunciLingkungan())
            context.console.print("Dipulihkan: basis data \(h.manifes.basisData) dan \(h.manifes.entri.count - 1) berkas unggahan, semua sidik SHA-256 cocok.")
            if h.diautentikasi {
                context.console.print("HMAC manifes cocok dengan \(Cadangan.variabelKunci).")
            } else {
                context.console.warning("Manifes tidak diautentikasi: \(Cadangan.variabelKunci) tidak diatur, sehingga sidik SHA-256 hanya membuktikan cadangan tidak rusak, bukan tidak diubah dengan sengaja.")
            }
        } catch let g as Cadangan.Gagal {
            context.console.error(g.description)
            throw PerintahGagal(pesan: "pemulihan ditolak")
        }
    }
}
