import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Counts the requests in flight, so a stop (SIGTERM) lets them finish before the databases close.
/// Without it, a handler still running when Vapor released the database pools hit Fluent's force-unwrap
/// of a missing database and crashed the process on the way down (`.ci/shutdown_test.py`).
final class PermintaanBerjalan: @unchecked Sendable {
    private let kunci = NIOLock()
    private var jumlah = 0

    var aktif: Int { kunci.withLock { jumlah } }

    func masuk() { kunci.withLock { jumlah += 1 } }
    func keluar() { kunci.withLock { jumlah -= 1 } }

    /// Waits until no request is in flight, at most `batas` seconds; returns how many were left.
    func tungguSelesai(batas: TimeInterval) async -> Int {
        let akhir = Date().addingTimeInterval(batas)
        while aktif > 0, Date() < akhir {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return aktif
    }
}

extension Application {
    private struct PermintaanBerjalanKey: StorageKey { typealias Value = PermintaanBerjalan }

    /// Set once in `configure`.
    var permintaanBerjalan: PermintaanBerjalan {
        get { storage[PermintaanBerjalanKey.self]! }
        set { storage[PermintaanBerjalanKey.self] = newValue }
    }
}

/// The outermost middleware: counts each request from its start to its response (or error).
struct PermintaanBerjalanMiddleware: Middleware {
    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let berjalan = req.application.permintaanBerjalan
        berjalan.masuk()
        return next.respond(to: req).always { _ in berjalan.keluar() }
    }
}

/// At shutdown, before the database pools close (they close after every lifecycle handler): stops the
/// HTTP server first — Vapor would only stop it after the handlers, so requests kept arriving on open
/// keep-alive connections — then waits for the requests still in flight.
struct TungguPermintaanSelesai: LifecycleHandler {
    static let batas: TimeInterval = 15

    func shutdownAsync(_ app: Application) async {
        // Idempotent: Vapor's own later call finds the server already stopped.
        if app.running != nil { await app.http.server.shared.shutdown() }
        let sisa = await app.permintaanBerjalan.tungguSelesai(batas: Self.batas)
        if sisa > 0 { app.logger.warning("berhenti: \(sisa) permintaan masih berjalan setelah \(Int(Self.batas)) detik") }
    }
}
