import Foundation
@testable import JalinServer
import Testing
import Vapor

@Suite("Golden: routes and their access policies")
struct GoldenRuteTests {
    @Test("Every route with its declared policy is the same as in the golden list (a refactor changes neither)")
    func ruteDanAkses() async throws {
        try await denganJalin(demo: false) { app in
            let baris = app.routes.all.map { r in
                "\(r.method.rawValue) /\(r.path.map(\.description).joined(separator: "/"))  \(r.akses.map(String.init(describing:)) ?? "TANPA KEBIJAKAN")"
            }.sorted()
            try Golden.periksa(baris.joined(separator: "\n") + "\n", nama: "rute-akses.txt")
        }
    }
}
