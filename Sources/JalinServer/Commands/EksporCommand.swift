import Fluent
import Foundation
import JalinDomain
import Vapor

/// `jalin export KODE FILE.json`
struct EksporCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kode", help: "Kode wilayah pemda, misalnya 64.02") var kode: String
        @Argument(name: "berkas", help: "Berkas JSON yang ditulis") var berkas: String
    }

    var help: String { "Menulis ekspor JSON portabel seluruh data satu pemda (tanpa kata sandi dan token)." }

    func run(using context: CommandContext, signature s: Signature) async throws {
        do {
            let (data, jumlah) = try await EksporPemda.buat(kode: s.kode, sekarang: context.application.jam.sekarang, on: context.application.db)
            try data.write(to: URL(fileURLWithPath: s.berkas), options: .atomic)
            context.console.print("Ekspor \(s.kode) ditulis ke \(s.berkas): \(jumlah.values.reduce(0, +)) baris dari \(jumlah.count) tabel, \(data.count) bita.")
        } catch let v as KesalahanValidasi {
            context.console.error(v.daftar.map(\.pesan).joined(separator: " "))
            throw PerintahGagal(pesan: "ekspor gagal")
        }
    }
}
