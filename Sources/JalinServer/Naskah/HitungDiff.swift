import Foundation
import JalinNaskah
import NIOCore
import NIOPosix

/// Word diffs of two versions run on their own small thread pool: never on an event loop, nor on
/// Swift's cooperative pool (other requests' handlers) or the application's blocking pool (SQLite's
/// queries), so a large comparison does not hold up other pemda's requests. Each comparison is
/// bounded by `DiffKata.Anggaran`; with at most half the cores busy, queued comparisons wait their turn.
enum HitungDiff {
    static let kolam: NIOThreadPool = {
        let p = NIOThreadPool(numberOfThreads: max(1, System.coreCount / 2))
        p.start()
        return p
    }()

    struct Hasil: Sendable {
        let bagian: [DiffKata.Bagian]
    }

    static func bandingkan(_ lama: Naskah, _ baru: Naskah) async throws -> Hasil {
        try await kolam.runIfActive { Hasil(bagian: DiffKata.bandingkan(lama, baru)) }
    }
}
