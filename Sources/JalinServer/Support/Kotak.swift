/// A form checkbox (or yes/no radio) read from a submitted form.
enum Kotak {
    /// The values that mean "checked", compared case-insensitively. The union of what the forms have
    /// always sent and accepted: `ya` (the templates' `value="ya"`), `on` (a browser's default for a
    /// checkbox without a value), `1` and `true` (API clients and scripts).
    static let nilaiDicentang: Set<String> = ["ya", "1", "on", "true"]

    /// Whether the box was checked; an absent field is not.
    static func dicentang(_ s: String?) -> Bool { nilaiDicentang.contains((s ?? "").lowercased()) }
}
