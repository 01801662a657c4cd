import Vapor
import Foundation

extension SHA256 {
    /// The SHA-256 digest of `data` in lowercase hex: stored file digests, token hashes.
    static func hex<D: DataProtocol>(_ data: D) -> String { hash(data: data).hex }
}
