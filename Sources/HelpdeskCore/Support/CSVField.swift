/// Writing CSV as RFC 4180 has it (the counterpart of ``CSVReader``): fields separated by commas,
/// records ended by CRLF, a field quoted when it holds a comma, a quote or a line break, with its
/// quotes doubled.
public enum CSVField {
    /// The field as written in a record.
    public static func quoted(_ value: String) -> String {
        guard needsQuotes(value) else { return value }
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One record, CRLF included.
    public static func record(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// Appends `value`, quoted when it must be, to `bytes` (for writers of many records).
    public static func append(_ value: String, to bytes: inout [UInt8]) {
        let appended: Void? = value.utf8.withContiguousStorageIfAvailable { append($0, to: &bytes) }
        if appended == nil {
            var copy = value
            copy.withUTF8 { append($0, to: &bytes) }
        }
    }

    /// Appends `value`'s bytes, quoted when they must be: runs between quotes copied whole.
    private static func append(_ value: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        guard needsQuotes(value) else {
            bytes.append(contentsOf: value)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        while true {
            let quote = ByteWords.first(UInt8(ascii: "\""), in: value, from: runStart)
            guard quote < value.count else { break }
            // The run up to and with the quote, then the quote once more.
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart...quote]))
            bytes.append(UInt8(ascii: "\""))
            runStart = quote + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsQuotes(_ value: String) -> Bool {
        if let answer = value.utf8.withContiguousStorageIfAvailable(needsQuotes) { return answer }
        return value.utf8.contains(where: isSpecial)
    }

    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Eight bytes at a time, then the few left one by one.
        let wordsEnd = ByteWords.endOfWords(in: bytes) { ByteWords.hasCSVSpecialByte($0) }
        return UnsafeBufferPointer(rebasing: bytes[wordsEnd...]).contains(where: isSpecial)
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
}

/// Bytes looked at eight at a time, with the usual bit tricks: a byte of `word` equal to `c` is a
/// zero byte of `word ^ c`, and a zero byte is the one that borrows when one is taken from each.
private enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that may equal `byte`, the lowest of them exact (a
    /// borrow can mark bytes above an equal one, never below).
    @inline(__always)
    static func equalBits(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let value = word ^ (ones &* UInt64(byte))
        return (value &- ones) & ~value & highBits
    }

    /// Whether a byte of `word` is a comma, a quote, a line feed or a carriage return.
    @inline(__always)
    static func hasCSVSpecialByte(_ word: UInt64) -> Bool {
        equalBits(word, UInt8(ascii: ",")) | equalBits(word, UInt8(ascii: "\"")) | equalBits(word, 0x0A)
            | equalBits(word, 0x0D) != 0
    }

    /// Where the first word of `bytes` for which `stops` holds begins, or where fewer than eight
    /// bytes are left.
    @inline(__always)
    static func endOfWords(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, while stops: (UInt64) -> Bool) -> Int {
        var position = start
        guard let base = bytes.baseAddress else { return position }
        let raw = UnsafeRawPointer(base)
        while position + MemoryLayout<UInt64>.size <= bytes.count {
            if stops(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)) { break }
            position += MemoryLayout<UInt64>.size
        }
        return position
    }

    /// The position of the first `byte` in `bytes` from `start` on, or `bytes.count`.
    static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while position + MemoryLayout<UInt64>.size <= bytes.count {
                // Little-endian order puts the word's first byte in its lowest bits on any machine.
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                let equal = equalBits(word, byte)
                if equal != 0 { return position + equal.trailingZeroBitCount / 8 }
                position += MemoryLayout<UInt64>.size
            }
        }
        while position < bytes.count, bytes[position] != byte { position += 1 }
        return position
    }
}
