extension String {
    func ifEmpty(_ lain: String) -> String { isEmpty ? lain : self }
}

extension Array {
    func ifEmpty(_ lain: [Element]) -> [Element] { isEmpty ? lain : self }
}
