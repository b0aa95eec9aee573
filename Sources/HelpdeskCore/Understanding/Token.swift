/// A word or number of a message, lower-cased, with `ё` folded to `е` and apostrophes dropped.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number }

    public var text: String
    public var kind: Kind
    /// Whether the word is written in Cyrillic letters.
    public var isCyrillic: Bool

    public init(text: String, kind: Kind, isCyrillic: Bool) {
        self.text = text
        self.kind = kind
        self.isCyrillic = isCyrillic
    }
}

/// Splits a message into tokens in one pass over its Unicode scalars.
public enum Tokenizer {
    /// The tokens of `text`. Letters and digits form tokens; an apostrophe inside a word is dropped
    /// (`don't` → `dont`); everything else separates tokens. Letters and digits glued together
    /// (`2pm`, `rfbs`) stay one word.
    public static func tokens(of text: String) -> [Token] {
        // Most messages are plain ASCII: their tokens are cut straight from the bytes.
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiTokens), let tokens = ascii { return tokens }
        var tokens: [Token] = []
        tokens.reserveCapacity(16)
        // The current token's text as UTF-8, turned into a string once the token ends.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var hasLetter = false
        var cyrillic = 0
        var latin = 0

        func flush() {
            guard !current.isEmpty else { return }
            let text = String(decoding: current, as: UTF8.self)
            tokens.append(Token(text: text, kind: hasLetter ? .word : .number, isCyrillic: cyrillic > latin))
            current.removeAll(keepingCapacity: true)
            hasLetter = false
            cyrillic = 0
            latin = 0
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case 0x61...0x7A:  // a-z
                    current.append(byte)
                    hasLetter = true
                    latin += 1
                case 0x41...0x5A:  // A-Z
                    current.append(byte + 0x20)
                    hasLetter = true
                    latin += 1
                case 0x30...0x39:
                    current.append(byte)
                case 0x27:  // '
                    continue
                default:
                    flush()
                }
            } else if value == 0x2019 || value == 0x02BC {  // ’ ʼ
                continue
            } else if isCyrillicLetter(value) {
                // Checked before the Unicode property tables, which a Russian message would
                // otherwise consult for every letter.
                hasLetter = true
                cyrillic += 1
                // A letter of the block, folded or not, is two bytes in UTF-8: written out directly.
                let folded = foldCyrillic(scalar).value
                current.append(UInt8(truncatingIfNeeded: 0xC0 | folded >> 6))
                current.append(UInt8(truncatingIfNeeded: 0x80 | folded & 0x3F))
            } else if scalar.properties.isAlphabetic {
                // A letter outside the Cyrillic block (those are all taken above).
                hasLetter = true
                latin += 1
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(contentsOf: lower.utf8) }
            } else if scalar.properties.numericType != nil {
                current.append(contentsOf: scalar.utf8)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// The tokens of a message written in ASCII only, with the same rules as for any text: each run
    /// of letters, digits and apostrophes is copied once, lower-cased and without its apostrophes.
    /// `nil` as soon as a byte outside ASCII shows up.
    private static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token]? {
        var tokens: [Token] = []
        tokens.reserveCapacity(16)
        var start: Int?
        var hasLetter = false

        func flush(upTo end: Int) {
            guard let first = start else { return }
            start = nil
            let text = String(unsafeUninitializedCapacity: end - first) { output in
                var count = 0
                for byte in bytes[first..<end] where byte != asciiApostrophe {
                    output[count] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                    count += 1
                }
                return count
            }
            // A run of apostrophes alone is no token.
            if !text.isEmpty { tokens.append(Token(text: text, kind: hasLetter ? .word : .number, isCyrillic: false)) }
            hasLetter = false
        }

        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x61...0x7A, 0x41...0x5A:  // a-z A-Z
                if start == nil { start = index }
                hasLetter = true
            case 0x30...0x39, asciiApostrophe:
                if start == nil { start = index }
            case 0x80...:
                return nil
            default:
                flush(upTo: index)
            }
        }
        flush(upTo: bytes.count)
        return tokens
    }

    private static let asciiApostrophe = UInt8(ascii: "'")

    /// Whether the scalar is a letter of the Cyrillic block: every scalar of U+0400…U+04FF is
    /// alphabetic except the thousands sign and the combining marks U+0482…U+0489.
    @inline(__always)
    private static func isCyrillicLetter(_ value: UInt32) -> Bool {
        (0x0400...0x0481).contains(value) || (0x048A...0x04FF).contains(value)
    }

    /// Lower-cases a Cyrillic letter and folds `ё` to `е`.
    @inline(__always)
    private static func foldCyrillic(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x0410...0x042F: return Unicode.Scalar(value + 0x20) ?? scalar  // А-Я
        case 0x0401, 0x0451: return "е"  // Ё ё
        case 0x0400...0x040F: return Unicode.Scalar(value + 0x50) ?? scalar
        default: return scalar
        }
    }
}
