import Foundation

/// A reader of one JSON object per line that keeps only the top-level fields it is asked for,
/// as text: strings as they are, numbers and booleans as written, `null` as absent. Nested
/// objects and arrays are checked and skipped. It works on the line's bytes, without building a
/// general JSON tree, because a batch reads millions of such lines.
struct FlatJSONObject {
    /// Why a line is not a JSON object, with the byte column (1-based) where reading stopped.
    struct SyntaxError: Error, Equatable {
        var column: Int
        var reason: String
    }

    /// Why a field's string is not valid UTF-8.
    struct InvalidText: Error, Equatable {
        var field: String
    }

    /// The keys a reader keeps, with their bytes ready for comparing (prepared once, not per line).
    struct WantedKeys {
        let names: [String]
        fileprivate let bytes: [[UInt8]]

        init(_ names: [String]) {
            self.names = names
            bytes = names.map { Array($0.utf8) }
        }
    }

    /// Reads `bytes` as one JSON object and returns the values of `wanted` keys, by position in
    /// `wanted` (`nil` where a key is absent or null).
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>, wanted: [String]) throws -> [String?] {
        try fields(bytes, wanted: WantedKeys(wanted))
    }

    /// Reads `bytes` as one JSON object and returns the values of `wanted` keys, by position in
    /// `wanted.names` (`nil` where a key is absent or null).
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>, wanted: WantedKeys) throws -> [String?] {
        var values: [String?] = []
        try fields(bytes, wanted: wanted, into: &values)
        return values
    }

    /// Reads `bytes` as one JSON object and sets `values` to the values of `wanted` keys, by
    /// position in `wanted.names` (`nil` where a key is absent or null). A reader of many lines
    /// passes the same array each time, which saves making one per line.
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>, wanted: WantedKeys, into values: inout [String?]) throws {
        var scanner = Scanner(bytes: bytes)
        if values.count == wanted.names.count {
            for index in values.indices { values[index] = nil }
        } else {
            values = [String?](repeating: nil, count: wanted.names.count)
        }
        let wantedBytes = wanted.bytes
        scanner.skipSpace()
        try scanner.expect(UInt8(ascii: "{"), "expected '{' at the start of the object")
        scanner.skipSpace()
        if scanner.peek == UInt8(ascii: "}") {
            scanner.position += 1
        } else {
            while true {
                scanner.skipSpace()
                let keyRange = try scanner.rawString().range
                scanner.skipSpace()
                try scanner.expect(UInt8(ascii: ":"), "expected ':' after a key")
                scanner.skipSpace()
                let index = wantedBytes.firstIndex { scanner.matches(keyRange, $0) }
                if let index {
                    values[index] = try scanner.scalarValue(field: wanted.names[index])
                } else {
                    try scanner.skipValue(depth: 0)
                }
                scanner.skipSpace()
                guard let byte = scanner.peek else { throw scanner.error("the object is not closed") }
                scanner.position += 1
                if byte == UInt8(ascii: "}") { break }
                if byte != UInt8(ascii: ",") { throw scanner.error("expected ',' or '}' after a value", back: 1) }
            }
        }
        scanner.skipSpace()
        if scanner.position < bytes.count { throw scanner.error("text after the end of the object") }
    }
}

/// A cursor over a line's bytes.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    private static let maximumDepth = 64

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    func error(_ reason: String, back: Int = 0) -> FlatJSONObject.SyntaxError {
        FlatJSONObject.SyntaxError(column: position - back + 1, reason: reason)
    }

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ reason: String) throws {
        guard peek == byte else { throw error(reason) }
        position += 1
    }

    func matches(_ range: Range<Int>, _ key: [UInt8]) -> Bool {
        guard range.count == key.count else { return false }
        var index = 0
        for position in range {
            if bytes[position] != key[index] { return false }
            index += 1
        }
        return true
    }

    /// A string's raw content (escapes left as written) and what its reading found out.
    struct RawString {
        var range: Range<Int>
        /// Whether a reverse solidus occurs in it.
        var hasEscapes: Bool
        /// Whether every byte is ASCII.
        var isASCII: Bool
    }

    /// Skips a string and returns its raw content.
    mutating func rawString() throws -> RawString {
        try expect(UInt8(ascii: "\""), "expected a string")
        let start = position
        var hasEscapes = false
        var isASCII = true
        while true {
            position = JSONStringBytes.firstSpecialByte(in: bytes, from: position, isASCII: &isASCII)
            guard position < bytes.count else { break }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                return RawString(range: start..<(position - 1), hasEscapes: hasEscapes, isASCII: isASCII)
            case UInt8(ascii: "\\"):
                hasEscapes = true
                position += 2
            default: throw error("a control character inside a string")
            }
        }
        throw error("a string is not closed")
    }

    /// A string, number, boolean or null as text (`nil` for null); objects and arrays are refused.
    mutating func scalarValue(field: String) throws -> String? {
        guard let byte = peek else { throw error("a value is missing") }
        switch byte {
        case UInt8(ascii: "\""):
            let string = try rawString()
            guard let text = try decode(string) else { throw FlatJSONObject.InvalidText(field: field) }
            return text
        case UInt8(ascii: "n"):
            try literal("null")
            return nil
        case UInt8(ascii: "t"):
            try literal("true")
            return "true"
        case UInt8(ascii: "f"):
            try literal("false")
            return "false"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = position
            try skipNumber()
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        default:
            throw error("'\(field)' must be a string, a number, true, false or null")
        }
    }

    mutating func skipValue(depth: Int) throws {
        guard depth < Self.maximumDepth else { throw error("nested too deeply") }
        guard let byte = peek else { throw error("a value is missing") }
        switch byte {
        case UInt8(ascii: "\""): _ = try rawString()
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let isObject = byte == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipSpace()
            if peek == close {
                position += 1
                return
            }
            while true {
                skipSpace()
                if isObject {
                    _ = try rawString()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "expected ':' after a key")
                    skipSpace()
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                guard let next = peek else { throw error("a nested value is not closed") }
                position += 1
                if next == close { return }
                if next != UInt8(ascii: ",") { throw error("expected ',' between values", back: 1) }
            }
        default: throw error("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw error("unexpected end of the line") }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for offset in 0..<count where bytes[position + offset] != expected[offset] {
            throw error("unexpected character")
        }
        position += count
    }

    private mutating func skipNumber() throws {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        var digits = 0
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-")
        {
            position += 1
            digits += 1
        }
        if digits == 0 { throw FlatJSONObject.SyntaxError(column: start + 1, reason: "a number has no digits") }
    }

    /// The string's text with escapes resolved, or `nil` when its bytes are not valid UTF-8.
    private func decode(_ string: RawString) throws -> String? {
        let range = string.range
        let raw = UnsafeBufferPointer(rebasing: bytes[range])
        if !string.hasEscapes {
            // ASCII, which most ids, times and many messages are, needs no validating.
            return string.isASCII ? String(decoding: raw, as: UTF8.self) : Self.validText(raw)
        }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < range.upperBound else { throw FlatJSONObject.SyntaxError(column: index + 1, reason: "a bad escape") }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escaped)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(at: index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 6 <= range.upperBound, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    let low = try hex4(at: index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                // A lone surrogate cannot be text: it becomes U+FFFD.
                let unicode = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                output.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: throw FlatJSONObject.SyntaxError(column: index - 1, reason: "a bad escape")
            }
        }
        return output.withUnsafeBufferPointer { Self.text($0) }
    }

    /// The bytes as text, or `nil` when they are not valid UTF-8. ASCII, which most ids, times
    /// and many messages are, needs no validating.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return validText(bytes)
    }

    /// The bytes as text, or `nil` when they are not valid UTF-8: decoded as the standard library
    /// decodes (which repairs bad bytes quickly) and taken when nothing was repaired, which is
    /// quicker than its generic validating initializer.
    private static func validText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            guard decoded.count == bytes.count, let decodedStart = decoded.baseAddress, let start = bytes.baseAddress else {
                return decoded.isEmpty && bytes.isEmpty
            }
            return memcmp(decodedStart, start, bytes.count) == 0
        }
        return unchanged ? text : nil
    }

    private func hex4(at index: Int) throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw FlatJSONObject.SyntaxError(column: index + 1, reason: "a bad \\u escape") }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw FlatJSONObject.SyntaxError(column: index + offset + 1, reason: "a bad \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
