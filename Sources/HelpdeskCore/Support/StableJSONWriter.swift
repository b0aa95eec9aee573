/// Writes compact JSON byte for byte as `JSONEncoder` writes it, many times faster, for the
/// documents written once per message (a reply, the log's JSON columns).
///
/// The caller writes keys in the order the encoder would (sorted by their UTF-8 bytes with
/// `.sortedKeys`); the writer puts in the commas and colons. Strings are escaped as the encoder
/// escapes them: `"` and `\`, `\b \f \n \r \t`, other control characters as `\u00XX` (lower-case
/// hex), `/` as `\/` unless `withoutEscapingSlashes`, and everything else as it is (UTF-8).
/// Numbers are `description` without a trailing `.0`. The tests compare its output with the
/// encoder's over many documents. Strings are read through their UTF-8 buffer (`withUTF8`), the
/// one place the writer touches a buffer pointer.
public struct StableJSONWriter {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    private let escapesSlashes: Bool
    /// Whether the next key or value follows another in the same container.
    private var needsComma = false

    /// A writer. With `escapingSlashes`, `/` is written `\/`, as a `JSONEncoder` without
    /// `.withoutEscapingSlashes` writes it (`StableJSON` leaves slashes as they are).
    public init(escapingSlashes: Bool = false, capacity: Int = 256) {
        self.escapesSlashes = escapingSlashes
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `{`: keys and values follow.
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// `}`.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// `[`: values follow.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// `]`.
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A key of the object being written (plain ASCII, which needs no escape); its value comes next.
    public mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A string, in quotes and escaped.
    public mutating func string(_ value: String) {
        separate()
        quoted(value)
        needsComma = true
    }

    /// The string, or `null` when there is none.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// An array of strings.
    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
        needsComma = true
    }

    /// `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: Self.nullBytes)
        needsComma = true
    }

    /// A whole number.
    public mutating func integer(_ value: Int64) {
        separate()
        bytes.append(contentsOf: value.description.utf8)
        needsComma = true
    }

    /// A finite number as the encoder writes it (`0.95`, `1`, `1e-05`). The encoder refuses
    /// infinities and NaN: callers check `isFinite` first.
    public mutating func number(_ value: Double) {
        separate()
        let text = value.description
        if text.hasSuffix(".0") {
            bytes.append(contentsOf: text.utf8.dropLast(2))
        } else {
            bytes.append(contentsOf: text.utf8)
        }
        needsComma = true
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// `text` in quotes, escaped.
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { escaping($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `utf8`, escaped: runs that need no escape are copied whole.
    private mutating func escaping(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<utf8.count where needsEscape(utf8[index]) {
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            escape(utf8[index])
            runStart = index + 1
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    private func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || (escapesSlashes && byte == UInt8(ascii: "/"))
    }

    /// The escape of a byte that `needsEscape`.
    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

extension StableJSONWriter {
    /// A list of strings as `JSONEncoder()` writes it (slashes escaped), for the log's JSON columns.
    public static func list(_ values: [String], escapingSlashes: Bool = true) -> String {
        var writer = StableJSONWriter(escapingSlashes: escapingSlashes, capacity: 16 + values.count * 24)
        writer.strings(values)
        return writer.text
    }
}
