import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Rendered public pages kept in memory. The transparency page is the same for every anonymous reader,
/// so it is rendered once and served from memory until the data may have changed:
/// - every state-changing request served by this process (any method but GET/HEAD/OPTIONS, web or API)
///   raises the data generation (`GenerasiDataMiddleware`), and an entry of an older generation is
///   never served;
/// - an entry also expires after `umur` seconds, for writes this process does not see (a CLI import, a
///   background job, another server on the same PostgreSQL).
/// Logged-in readers and training sandboxes are never served from it (their layout differs).
final class CacheHalaman: @unchecked Sendable {
    struct Entri {
        let generasi: Int
        let dibuat: Date
        let isi: ByteBuffer
    }

    static let umur: TimeInterval = 30
    /// A bound on memory: past this many pages the cache starts empty again (≈ 15 KB per page).
    static let batasEntri = 2_000

    private let kunci = NIOLock()
    private var entri: [String: Entri] = [:]
    private var generasi = 0

    /// The current data generation; read it before reading the data a page is rendered from.
    var generasiKini: Int { kunci.withLock { generasi } }

    /// Called after every state-changing request: every cached page is stale from now on.
    func naikkanGenerasi() {
        kunci.withLock {
            generasi &+= 1
            entri.removeAll(keepingCapacity: true)
        }
    }

    func ambil(_ k: String, sekarang: Date = Date()) -> ByteBuffer? {
        kunci.withLock {
            guard let e = entri[k], e.generasi == generasi, sekarang.timeIntervalSince(e.dibuat) < Self.umur else { return nil }
            return e.isi
        }
    }

    /// Stores a page rendered from data read at generation `generasiAwal`; dropped if a write came since.
    func simpan(_ k: String, _ isi: ByteBuffer, generasiAwal: Int, sekarang: Date = Date()) {
        kunci.withLock {
            guard generasiAwal == generasi else { return }
            if entri.count >= Self.batasEntri { entri.removeAll(keepingCapacity: true) }
            entri[k] = Entri(generasi: generasiAwal, dibuat: sekarang, isi: isi)
        }
    }

    var jumlah: Int { kunci.withLock { entri.count } }
}

extension Application {
    private struct CacheHalamanKey: StorageKey { typealias Value = CacheHalaman }

    /// Set once in `configure`, before the server starts.
    var cacheHalaman: CacheHalaman {
        get { storage[CacheHalamanKey.self]! }
        set { storage[CacheHalamanKey.self] = newValue }
    }
}

/// Raises the data generation after every request that may have written something.
struct GenerasiDataMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let aman = req.method == .GET || req.method == .HEAD || req.method == .OPTIONS
        do {
            let res = try await next.respond(to: req)
            if !aman { req.application.cacheHalaman.naikkanGenerasi() }
            return res
        } catch {
            // A failed write changed nothing (one transaction per action); invalidating anyway is cheap.
            if !aman { req.application.cacheHalaman.naikkanGenerasi() }
            throw error
        }
    }
}

extension Request {
    /// Serves a public page from the cache when the reader is anonymous and outside any sandbox, and
    /// the URL carries nothing but the known query keys; otherwise renders it.
    func halamanTersimpan(kunci: String, kueriBoleh: Set<String> = ["halaman"], render: () async throws -> Response) async throws -> Response {
        let kueri = url.query.map { q in q.split(separator: "&").map { String($0.split(separator: "=", maxSplits: 1).first ?? "") } } ?? []
        guard pelaku == nil, simulasi == nil, kueri.allSatisfy(kueriBoleh.contains) else { return try await render() }
        let cache = application.cacheHalaman
        if let isi = cache.ambil(kunci) {
            var headers = HTTPHeaders()
            headers.contentType = .html
            return Response(status: .ok, headers: headers, body: .init(buffer: isi))
        }
        let generasi = cache.generasiKini
        let res = try await render()
        if res.status == .ok, let isi = res.body.buffer {
            cache.simpan(kunci, isi, generasiAwal: generasi)
        }
        return res
    }
}
