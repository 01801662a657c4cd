import Foundation
import JalinDomain
import Vapor

/// `jalin import-wilayah FILE.csv [--edisi NAME]`
struct ImporWilayahCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "berkas", help: "Berkas CSV kode wilayah Kemendagri (kolom kode,nama)")
        var berkas: String
        @Option(name: "edisi", help: "Nama edisi, misalnya \"Kepmendagri 300.2.2-2138/2025\" (bawaan: nama berkas)")
        var edisi: String?
    }

    var help: String { "Mengimpor daftar kode wilayah Kemendagri (CSV kode,nama)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let url = URL(fileURLWithPath: signature.berkas)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            context.console.error("Berkas \(signature.berkas) tidak dapat dibaca.")
            throw PerintahGagal(pesan: "berkas tidak terbaca")
        }
        let edisi = signature.edisi ?? url.lastPathComponent
        let mulai = Date()
        context.console.print("Memeriksa \(url.lastPathComponent) …")
        do {
            let r = try await ImporWilayah.jalankan(data: data, namaBerkas: url.lastPathComponent, edisi: edisi, on: app.db) { s, t in
                Kemajuan.cetak(selesai: s, total: t)
            }
            FileHandle.standardError.write(Data("\n".utf8))
            let detik = String(format: "%.2f", Date().timeIntervalSince(mulai))
            context.console.print("""
                Impor selesai dalam \(detik) detik: \(r.jumlahBaris) baris; \(r.ditambah) kode ditambahkan, \
                \(r.diubah) nama diperbarui, \(r.diaktifkan) diaktifkan kembali, \(r.dipensiunkan) dipensiunkan, \
                \(r.tetap) tetap.
                """)
        } catch let g as GagalPeriksa {
            context.console.error("Impor ditolak; tidak ada yang diubah. \(g.masalah.count) masalah:")
            for m in g.masalah.prefix(200) {
                context.console.error("  baris \(m.baris)\(m.kode.isEmpty ? "" : " (\(m.kode))"): \(m.alasan)")
            }
            if g.masalah.count > 200 { context.console.error("  … dan \(g.masalah.count - 200) masalah lain.") }
            throw PerintahGagal(pesan: "impor ditolak")
        }
    }
}

/// A plain text progress bar on standard error; in a log (not a terminal) a line per 10 %.
enum Kemajuan {
    static let terminal = isatty(FileHandle.standardError.fileDescriptor) != 0

    static func cetak(selesai: Int, total: Int) {
        guard total > 0 else { return }
        if !terminal {
            let langkah = max(1, total / 10)
            if selesai == total || selesai % langkah < 500 {
                FileHandle.standardError.write(Data("\(selesai * 100 / total)% (\(selesai)/\(total))\n".utf8))
            }
            return
        }
        let lebar = 30
        let isi = min(lebar, selesai * lebar / total)
        let persen = selesai * 100 / total
        let bar = String(repeating: "#", count: isi) + String(repeating: " ", count: lebar - isi)
        FileHandle.standardError.write(Data("\r[\(bar)] \(persen)% (\(selesai)/\(total))".utf8))
    }
}

/// Ends a command with a non-zero exit status after its message was printed.
struct PerintahGagal: Error, CustomStringConvertible {
    let pesan: String
    var description: String { pesan }
}
