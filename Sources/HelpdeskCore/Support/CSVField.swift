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
        let wordsEnd = ByteWords.endOfWords(in: bytes, while: hasSpecialByte)
        return UnsafeBufferPointer(rebasing: bytes[wordsEnd...]).contains(where: isSpecial)
    }

    /// Whether a byte of `word` is a comma, a quote, a line feed or a carriage return.
    @inline(__always)
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        ByteWords.bytes(equalTo: UInt8(ascii: ","), in: word) | ByteWords.bytes(equalTo: UInt8(ascii: "\""), in: word)
            | ByteWords.bytes(equalTo: 0x0A, in: word) | ByteWords.bytes(equalTo: 0x0D, in: word) != 0
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
}
