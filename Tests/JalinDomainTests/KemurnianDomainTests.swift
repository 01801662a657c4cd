import Foundation
import Testing

/// The domain core stays pure: no server, database or networking module may be imported.
@Suite("Domain purity")
struct KemurnianDomainTests {
    @Test("JalinDomain imports Foundation only")
    func hanyaFoundation() throws {
        let akar = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = akar.appendingPathComponent("Sources/JalinDomain")
        let e = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var pelanggaran: [String] = []
        var berkas = 0
        for case let url as URL in e where url.pathExtension == "swift" {
            berkas += 1
            for baris in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let t = baris.trimmingCharacters(in: .whitespaces)
                guard t.hasPrefix("import ") || t.hasPrefix("@preconcurrency import ") || t.hasPrefix("@testable import ") else { continue }
                let modul = t.split(separator: " ").last.map(String.init) ?? ""
                if modul != "Foundation" { pelanggaran.append("\(url.lastPathComponent): \(t)") }
            }
        }
        #expect(berkas > 10)
        #expect(pelanggaran.isEmpty, "\(pelanggaran)")
    }
}
