import Fluent
import Foundation
import JalinDomain
import Vapor

/// `jalin import-geo FILE.geojson`
struct ImporBatasCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "berkas", help: "Berkas GeoJSON batas wilayah (properti kode dan nama)")
        var berkas: String
    }

    var help: String { "Mengimpor batas wilayah (GeoJSON) untuk peta dan menghitung wilayah yang berbatasan." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let data = FileManager.default.contents(atPath: signature.berkas) else {
            context.console.error("Berkas \(signature.berkas) tidak dapat dibaca.")
            throw PerintahGagal(pesan: "berkas tidak terbaca")
        }
        do {
            let r = try await ImporBatas.jalankan(data: data, on: context.application.db)
            context.console.print("Impor batas selesai: \(r.wilayah) wilayah, \(r.tetanggaBaru) pasangan berbatasan baru.")
        } catch let v as KesalahanValidasi {
            context.console.error("Impor ditolak; tidak ada yang diubah. \(v.daftar.map(\.pesan).joined(separator: " "))")
            throw PerintahGagal(pesan: "impor ditolak")
        }
    }
}
