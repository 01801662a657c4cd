import Fluent
import Foundation
@testable import JalinServer
import JalinDomain
import Testing

@Suite("Ringkasan siklus yang diingat untuk daftar API")
struct RingkasanSiklusTests {
    @Test("The remembered summary equals the one decoded afresh, for every demo cooperation")
    func samaDenganDekodeBaru() async throws {
        try await denganJalin { app in
            let semua = try await KerjaSamaRecord.query(on: app.db).all()
            #expect(semua.count > 5)
            for r in semua {
                let s = r.siklus
                for _ in 0..<2 {
                    let n = KerjaSamaAPI.RingkasanSiklus.untuk(r.siklusJSON)
                    #expect(n.tahapBerikutnya == s?.tahapBerikutnya?.rawValue)
                    #expect(n.perluDPRD == s?.perluDPRD)
                    #expect(n.kekurangan == (s?.tahapBerikutnya.flatMap { t in s?.kekurangan(untukMasuk: t) } ?? []).map { "\($0.uraianKurang) (\($0.dasarHukum))" })
                }
            }
        }
    }
}
