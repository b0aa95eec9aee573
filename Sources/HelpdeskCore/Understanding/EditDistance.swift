/// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions),
/// stopping early once it exceeds `limit`.
enum EditDistance {
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        var previousPrevious = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMinimum = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[m]
    }

    /// `word` with each single scalar removed in turn.
    static func deletions(of word: [Unicode.Scalar]) -> [String] {
        guard word.count > 1 else { return [] }
        var results: [String] = []
        results.reserveCapacity(word.count)
        for skip in word.indices {
            var view = String.UnicodeScalarView()
            for (index, scalar) in word.enumerated() where index != skip { view.append(scalar) }
            results.append(String(view))
        }
        return results
    }
}
