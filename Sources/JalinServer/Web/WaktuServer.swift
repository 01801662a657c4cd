import Foundation
import Vapor

/// Adds `Server-Timing: app;dur=<ms>` to every response: the time the server spent on the request
/// (routing, queries, rendering), which the benchmarks read without guessing at network time. Pages
/// also report `render;dur=<ms>`, the part spent in Leaf (encoding the context and serializing).
struct WaktuServerMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let mulai = ContinuousClock.now
        let response = try await next.respond(to: request)
        var nilai = String(format: "app;dur=%.2f", Self.ms(ContinuousClock.now - mulai))
        if let r = request.storage[WaktuRenderKey.self] { nilai += String(format: ", render;dur=%.2f", Self.ms(r)) }
        response.headers.replaceOrAdd(name: "Server-Timing", value: nilai)
        return response
    }

    static func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
}

/// The time `Request.halaman` spent rendering the page.
struct WaktuRenderKey: StorageKey { typealias Value = Duration }
