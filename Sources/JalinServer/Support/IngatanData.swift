import Foundation
import NIOConcurrencyHelpers

/// Values computed from the data and kept under the same rules as the cached public pages: dropped by
/// every state-changing request of this process (a new data generation) and after `CacheHalaman.umur`
/// seconds. The leadership dashboard's model, per pemda, is one: a dozen aggregate queries and five
/// charts that change only when the data does.
final class IngatanData<Nilai: Sendable>: Sendable {
    private struct Entri {
        let generasi: Int
        let dibuat: Date
        let nilai: Nilai
    }

    private let entri = NIOLockedValueBox<[String: Entri]>([:])
    private let batas: Int

    init(batas: Int = 2_000) {
        self.batas = batas
    }

    /// The value under `k`, computed by `hitung` when missing or stale.
    func nilai(_ k: String, cache: CacheHalaman, simulasi: UUID? = nil, sekarang: Date = Date(), hitung: () async throws -> Nilai) async throws -> Nilai {
        let generasi = cache.generasiKini(simulasi: simulasi)
        if let e = entri.withLockedValue({ $0[k] }), e.generasi == generasi, sekarang.timeIntervalSince(e.dibuat) < CacheHalaman.umur {
            return e.nilai
        }
        let n = try await hitung()
        entri.withLockedValue {
            if $0.count >= batas { $0.removeAll(keepingCapacity: true) }
            $0[k] = Entri(generasi: generasi, dibuat: sekarang, nilai: n)
        }
        return n
    }
}
