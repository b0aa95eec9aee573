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
        for index in value.indices where value[index] == UInt8(ascii: "\"") {
            // The run up to and with the quote, then the quote once more.
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart...index]))
            bytes.append(UInt8(ascii: "\""))
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsQuotes(_ value: String) -> Bool {
        if let answer = value.utf8.withContiguousStorageIfAvailable(needsQuotes) { return answer }
        return value.utf8.contains(where: isSpecial)
    }

    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A plain loop over contiguous bytes, which the compiler turns into a quick scan.
        for byte in bytes where isSpecial(byte) { return true }
        return false
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
}
