extension Collection {
    /// The collection cut into consecutive pieces of `n` elements (the last may be shorter): batches of
    /// rows for one INSERT, lines of a base64 body.
    func chunked(_ n: Int) -> [SubSequence] {
        var pieces: [SubSequence] = []
        var i = startIndex
        while i < endIndex {
            let j = index(i, offsetBy: n, limitedBy: endIndex) ?? endIndex
            pieces.append(self[i..<j])
            i = j
        }
        return pieces
    }
}
