import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Rendered public pages kept in memory. The transparency page is the same for every anonymous reader,
/// so it is rendered once and served from memory until the data may have changed:
/// - every write of the main database served by this process (a state-changing request of a logged-in
///   user or API token that was not refused) raises the data generation, and an entry of an older
///   generation is never served; a refused or anonymous request (a failed login, a 403 or 404) changes
///   nothing, so it keeps the cache; a training participant's write raises only that sandbox's generation;
/// - an entry also expires after `umur` seconds, for writes this process does not see (a CLI import, a
///   background job, another server on the same PostgreSQL).
/// Readers with a session cookie (logged in, or in a training sandbox) are never served from it.
final class CacheHalaman: @unchecked Sendable {
    /// Only pages of the current generation are stored, and a new generation empties the cache.
    struct Entri {
        let dibuat: Date
        let isi: ByteBuffer
        let header: HTTPHeaders
    }

    static let umur: TimeInterval = 30
    /// A bound on memory (≈ 15 KB per page). When it is reached, expired entries and then later pages
    /// (with a cursor) make room; a first page is always stored, and no request can empty the cache.
    static let batasEntri = 2_000
    /// A bound on the sandboxes whose generation is remembered (past it, all start again from one).
    static let batasSimulasi = 10_000

    private let kunci = NIOLock()
    private var entri: [String: Entri] = [:]
    private var generasi = 0
    private var generasiSimulasi: [UUID: Int] = [:]

    /// The current data generation; read it before reading the data a page is rendered from.
    var generasiKini: Int { kunci.withLock { generasi } }

    /// The generation of the data that a value remembered for a training sandbox (or, for nil, for the
    /// main database) is computed from.
    func generasiKini(simulasi: UUID?) -> Int {
        kunci.withLock {
            guard let simulasi else { return generasi }
            // Mixed so that a main-database write also renews a sandbox's values (harmless, and simple).
            return generasi &* 1_000_003 &+ (generasiSimulasi[simulasi] ?? 0)
        }
    }

    /// Called after every write of the main database: every cached page is stale from now on.
    func naikkanGenerasi() {
        kunci.withLock {
            generasi &+= 1
            entri.removeAll(keepingCapacity: true)
        }
    }

    /// Called after a write in a training sandbox: only that sandbox's remembered values are stale (the
    /// public pages read the main database only).
    func naikkanGenerasi(simulasi: UUID) {
        kunci.withLock {
            if generasiSimulasi.count >= Self.batasSimulasi, generasiSimulasi[simulasi] == nil {
                generasiSimulasi.removeAll(keepingCapacity: true)
                generasi &+= 1
                entri.removeAll(keepingCapacity: true)
            }
            generasiSimulasi[simulasi, default: 0] &+= 1
        }
    }

    func ambil(_ k: String, sekarang: Date = Date()) -> Entri? {
        kunci.withLock {
            guard let e = entri[k], sekarang.timeIntervalSince(e.dibuat) < Self.umur else { return nil }
            return e
        }
    }

    /// Stores a page rendered from data read at generation `generasiAwal`; dropped if a write came since.
    func simpan(_ k: String, _ isi: ByteBuffer, header: HTTPHeaders = [:], generasiAwal: Int, sekarang: Date = Date()) {
        kunci.withLock {
            guard generasiAwal == generasi else { return }
            if entri[k] == nil, entri.count >= Self.batasEntri {
                guard beriRuang(untukHalamanPertama: !k.contains("?"), sekarang: sekarang) else { return }
            }
            entri[k] = Entri(dibuat: sekarang, isi: isi, header: header)
        }
    }

    /// Frees one place in a full cache (under the lock): every expired entry goes; failing that, one later
    /// page gives way to a first page. A later page finds no room in a cache full of live entries.
    private func beriRuang(untukHalamanPertama: Bool, sekarang: Date) -> Bool {
        entri = entri.filter { sekarang.timeIntervalSince($0.value.dibuat) < Self.umur }
        if entri.count < Self.batasEntri { return true }
        guard untukHalamanPertama, let lain = entri.keys.first(where: { $0.contains("?") }) else { return false }
        entri[lain] = nil
        return true
    }

    var jumlah: Int { kunci.withLock { entri.count } }
}

extension Request {
    /// The key under which values of the caller's data are remembered: the pemda, in the main database
    /// or in the caller's training sandbox (which has its own).
    func kunciIngatan(_ p: Pelaku) -> String {
        "\(simulasi?.pesertaID.uuidString ?? "-")/\(p.pemdaID)"
    }
}

extension Application {
    private struct CacheHalamanKey: StorageKey { typealias Value = CacheHalaman }

    /// Set once in `configure`, before the server starts.
    var cacheHalaman: CacheHalaman {
        get { storage[CacheHalamanKey.self]! }
        set { storage[CacheHalamanKey.self] = newValue }
    }
}

/// The outermost middleware: raises the data generation after every request that may have written
/// something, and answers cacheable public pages from memory. It is future-based on purpose: a hit is
/// answered on the event loop, without entering the async middlewares and the route handler.
struct CacheHalamanMiddleware: Middleware {
    func respond(to req: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let cache = req.application.cacheHalaman
        switch req.method {
        case .GET: break
        case .HEAD, .OPTIONS: return next.respond(to: req)
        default:
            // After the action: what it may have written is stale from now on.
            return next.respond(to: req).always { hasil in
                if case .success(let res) = hasil, !Self.mungkinMenulis(req, res) { return }
                if let peserta = req.simulasi?.pesertaID { cache.naikkanGenerasi(simulasi: peserta) } else { cache.naikkanGenerasi() }
            }
        }
        guard let kunci = Self.kunci(req) else { return next.respond(to: req) }
        let mulai = ContinuousClock.now
        if let e = cache.ambil(kunci) {
            var header = e.header
            header.replaceOrAdd(name: "Server-Timing", value: String(format: "app;dur=%.2f", WaktuServerMiddleware.ms(ContinuousClock.now - mulai)))
            return req.eventLoop.makeSucceededFuture(Response(status: .ok, headers: header, body: .init(buffer: e.isi)))
        }
        let generasi = cache.generasiKini
        return next.respond(to: req).map { res in
            if res.status == .ok, let isi = res.body.buffer {
                var header = res.headers
                header.remove(name: .setCookie)
                header.remove(name: "Server-Timing")
                cache.simpan(kunci, isi, header: header, generasiAwal: generasi)
            }
            return res
        }
    }

    /// Whether a state-changing request may have written data: only a logged-in user's (or an API token's)
    /// that was not refused. Every refusal changes nothing (one transaction per action), and an anonymous
    /// request writes no data that a page shows (a login writes only its session and its throttle).
    static func mungkinMenulis(_ req: Request, _ res: Response) -> Bool {
        req.pelaku != nil && res.status.code < 400
    }

    /// The cache key of a cacheable request, or nil: `GET /publik/<kode>` without a session cookie, with
    /// at most a page cursor (`setelah` or `sebelum`, an id) and the page number shown with it
    /// (`halaman`), and no other query key. Without a cursor it is the first page, whatever the number.
    static func kunci(_ req: Request) -> String? {
        guard req.headers.cookie?[SesiWeb.cookie] == nil else { return nil }
        let bagian = req.url.path.split(separator: "/", omittingEmptySubsequences: false)
        guard bagian.count == 3, bagian[0].isEmpty, bagian[1] == "publik",
              !bagian[2].isEmpty, bagian[2].count <= 13, bagian[2].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
        else { return nil }
        var halaman = 1, kursor: String?
        if let q = req.url.query, !q.isEmpty {
            var dilihat = Set<Substring>()
            for bagianQ in q.split(separator: "&", omittingEmptySubsequences: false) {
                let pasangan = bagianQ.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard pasangan.count == 2, dilihat.insert(pasangan[0]).inserted else { return nil }
                switch pasangan[0] {
                case "halaman":
                    guard let n = Int(pasangan[1]), (1...100_000).contains(n) else { return nil }
                    halaman = n
                case "setelah", "sebelum":
                    guard kursor == nil, let id = UUID(uuidString: String(pasangan[1])) else { return nil }
                    kursor = "\(pasangan[0])=\(id.uuidString)"
                default: return nil
                }
            }
        }
        guard let kursor else { return "publik/\(bagian[2])" }
        return "publik/\(bagian[2])?\(kursor)&halaman=\(halaman)"
    }
}
