import Foundation

/// One problem with one field of user input, with a message in formal Bahasa Indonesia.
///
/// `field` is the machine name of the field (as in the form or the JSON body), `pesan` the message
/// shown to the user next to that field.
public struct KesalahanIsian: Error, Equatable, Hashable, Sendable, Codable {
    public let field: String
    public let pesan: String

    public init(field: String, pesan: String) {
        self.field = field
        self.pesan = pesan
    }
}

/// All problems found in one submission. Thrown by validating initialisers and domain functions;
/// the server turns it into a 422 with every field's message, and nothing is stored.
public struct KesalahanValidasi: Error, Equatable, Sendable, Codable, CustomStringConvertible {
    public var daftar: [KesalahanIsian]

    public init(_ daftar: [KesalahanIsian]) {
        self.daftar = daftar
    }

    public init(field: String, pesan: String) {
        self.daftar = [KesalahanIsian(field: field, pesan: pesan)]
    }

    public var kosong: Bool { daftar.isEmpty }

    /// The message for one field, if any.
    public func pesan(untuk field: String) -> String? {
        daftar.first { $0.field == field }?.pesan
    }

    public var description: String {
        daftar.map { "\($0.field): \($0.pesan)" }.joined(separator: "; ")
    }
}

/// Collects field problems while validating, then throws them all at once.
public struct Pemeriksa: Sendable {
    public private(set) var kesalahan: [KesalahanIsian] = []

    public init() {}

    public mutating func tambah(_ field: String, _ pesan: String) {
        kesalahan.append(KesalahanIsian(field: field, pesan: pesan))
    }

    /// Throws `KesalahanValidasi` when anything was added.
    public func selesai() throws(KesalahanValidasi) {
        if !kesalahan.isEmpty { throw KesalahanValidasi(kesalahan) }
    }
}
