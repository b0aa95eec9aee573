/// Reading the bytes between tokens (gaps) and the tokens' folded words.
extension EntityText {
    /// Bytes between token `k - 1` (or the start) and token `k`.
    func gapBefore(_ k: Int) -> Range<Int> {
        (k == 0 ? 0 : tokens[k - 1].upperBound)..<tokens[k].lowerBound
    }

    /// Bytes between token `k` and token `k + 1` (or the end).
    func gapAfter(_ k: Int) -> Range<Int> {
        tokens[k].upperBound..<(k + 1 < count ? tokens[k + 1].lowerBound : bytes.count)
    }

    /// A single space or a single dash: what may sit inside a number typed in groups.
    func isNumberJoiner(_ gap: Range<Int>) -> Bool {
        guard gap.count == 1 else { return false }
        let b = bytes[gap.lowerBound]
        return b == 0x20 || b == 0x2D
    }

    /// One to three spaces, dashes or dots: what may sit between the words of a name.
    func isNameJoiner(_ gap: Range<Int>) -> Bool {
        guard !gap.isEmpty && gap.count <= 3 else { return false }
        for i in gap {
            let b = bytes[i]
            if b != 0x20 && b != 0x2D && b != 0x2E { return false }
        }
        return true
    }

    /// Whether the gap is nothing but spaces (at most `limit` of them).
    func isSpaces(_ gap: Range<Int>, limit: Int = 1) -> Bool {
        guard gap.count <= limit else { return false }
        for i in gap where bytes[i] != 0x20 { return false }
        return true
    }

    func contains(_ byte: UInt8, in gap: Range<Int>) -> Bool {
        for i in gap where bytes[i] == byte { return true }
        return false
    }

    /// Whether the gap holds `#` or `№`.
    func hasNumberSign(_ gap: Range<Int>) -> Bool {
        var i = gap.lowerBound
        while i < gap.upperBound {
            let b = bytes[i]
            if b == 0x23 { return true }
            if b == 0xE2 && i + 2 < gap.upperBound && bytes[i + 1] == 0x84 && bytes[i + 2] == 0x96 { return true }
            i += 1
        }
        return false
    }

    /// Length of the currency sign ($ £ ¥ € ₽ ₴ ₹ ₸) starting at `i`, or 0.
    func currencySignLength(at i: Int, before limit: Int) -> Int {
        guard i < limit else { return 0 }
        let b = bytes[i]
        if b == 0x24 { return 1 }
        if b == 0xC2 && i + 1 < limit && (bytes[i + 1] == 0xA3 || bytes[i + 1] == 0xA5) { return 2 }
        if b == 0xE2 && i + 2 < limit && bytes[i + 1] == 0x82 {
            let c = bytes[i + 2]
            if c == 0xAC || c == 0xBD || c == 0xB4 || c == 0xB9 || c == 0xB8 { return 3 }
        }
        return 0
    }

    /// Whether the gap ends with a currency sign, maybe followed by one space (`$1499`, `€ 20`).
    func endsWithCurrencySign(_ gap: Range<Int>) -> Bool {
        var end = gap.upperBound
        if end > gap.lowerBound && bytes[end - 1] == 0x20 { end -= 1 }
        for length in 1...3 where end - length >= gap.lowerBound {
            if currencySignLength(at: end - length, before: end) == length { return true }
        }
        return false
    }

    /// Whether the gap starts with a currency or per-cent sign, maybe after one space, that
    /// belongs to what precedes it (`1499$`, `1200 ₽`, `50%`) rather than to a number right after
    /// it (`… $50`).
    func startsWithCurrencySign(_ gap: Range<Int>, nextTokenFollows: Bool) -> Bool {
        var i = gap.lowerBound
        if i < gap.upperBound && bytes[i] == 0x20 { i += 1 }
        guard i < gap.upperBound else { return false }
        let length = bytes[i] == 0x25 ? 1 : currencySignLength(at: i, before: gap.upperBound)
        guard length > 0 else { return false }
        return !(nextTokenFollows && i + length == gap.upperBound)
    }

    /// The folded bytes of token `k`.
    func word(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: folded[tokens[k].range])
    }

    /// Whether token `k`, case-folded, is exactly `word`.
    func word(_ k: Int, is word: StaticString) -> Bool {
        let token = tokens[k]
        guard token.length == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        var i = 0
        for b in folded[token.range] {
            if b != pointer[i] { return false }
            i += 1
        }
        return true
    }

    /// The typed text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
