/// A link on a page: where it goes and what it says.
struct Tautan: Encodable, Sendable {
    let href: String
    let label: String
}
