/// Finds e-mail addresses: `local@domain.tld`, lower-cased, without the punctuation a sentence
/// puts around them. Marks the tokens inside them so that nothing else is read there.
enum EmailRecognizer {
    /// The addresses in `text`, in order of appearance, without duplicates.
    static func emails(in text: EntityText) -> [String] {
        var found: [String] = []
        let bytes = text.bytes
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x40 else {
                i += 1
                continue
            }
            guard let range = address(around: i, in: bytes) else {
                i += 1
                continue
            }
            let email = String(decoding: UnsafeBufferPointer(rebasing: text.folded[range]), as: UTF8.self)
            if !found.contains(email) { found.append(email) }
            markTokens(in: range, of: text)
            i = range.upperBound
        }
        return found
    }

    /// The byte range of the address whose `@` is at `at`, if it is one.
    static func address(around at: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = at
        while start > 0 && isLocalCharacter(bytes[start - 1]) { start -= 1 }
        while start < at && (bytes[start] == 0x2E || bytes[start] == 0x2D || bytes[start] == 0x27) { start += 1 }  // leading . - '
        guard start < at else { return nil }
        var end = at + 1
        while end < bytes.count && isDomainCharacter(bytes[end]) { end += 1 }
        while end > at + 1 && (bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D) { end -= 1 }  // trailing . or -
        guard end > at + 1 else { return nil }
        // The domain needs a dot, no empty labels, and a top-level domain of two or more letters.
        var lastDot = -1
        var previous: UInt8 = 0x2E
        for j in (at + 1)..<end {
            let b = bytes[j]
            if b == 0x2E {
                if previous == 0x2E { return nil }
                lastDot = j
            }
            previous = b
        }
        guard lastDot > at + 1, end - lastDot - 1 >= 2 else { return nil }
        for j in (lastDot + 1)..<end where !((bytes[j] | 0x20) &- 97 < 26) { return nil }
        return start..<end
    }

    private static func markTokens(in range: Range<Int>, of text: EntityText) {
        for k in 0..<text.count {
            let token = text.tokens[k]
            if token.lowerBound >= range.upperBound { break }
            if token.upperBound > range.lowerBound { text.tokens[k].flags |= EntityToken.emailFlag }
        }
    }

    /// Letters, digits and `. _ % + - '`.
    private static func isLocalCharacter(_ b: UInt8) -> Bool {
        b &- 48 < 10 || (b | 0x20) &- 97 < 26 || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
            || b == 0x27
    }

    /// Letters, digits, `.` and `-`.
    private static func isDomainCharacter(_ b: UInt8) -> Bool {
        b &- 48 < 10 || (b | 0x20) &- 97 < 26 || b == 0x2E || b == 0x2D
    }
}
