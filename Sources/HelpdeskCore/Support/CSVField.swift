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
        guard needsQuotes(value) else {
            bytes.append(contentsOf: value.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsQuotes(_ value: String) -> Bool {
        value.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D: true
            default: false
            }
        }
    }
}
