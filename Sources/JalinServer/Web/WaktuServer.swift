import Foundation
import Vapor

/// Adds `Server-Timing: app;dur=<ms>` to every response: the time the server spent on the request
/// (routing, queries, rendering), which the benchmarks read without guessing at network time.
struct WaktuServerMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let mulai = ContinuousClock.now
        let response = try await next.respond(to: request)
        let d = ContinuousClock.now - mulai
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        response.headers.replaceOrAdd(name: "Server-Timing", value: String(format: "app;dur=%.2f", ms))
        return response
    }
}
