import Fluent
import Foundation

/// A row owned by one pemda. Handlers reach such rows only through `Pelaku.query(_:on:)`,
/// which adds the caller's pemda to every query.
protocol MilikPemda: Model where IDValue == UUID {
    var pemdaID: UUID { get set }
}

/// An editable record with an optimistic-concurrency version.
protocol Versioned: Model {
    var version: Int { get set }
}
