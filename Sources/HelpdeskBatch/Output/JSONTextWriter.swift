import Foundation
import HelpdeskCore

/// Appends JSON text to a byte buffer: strings escaped as RFC 8259 requires (quotation mark,
/// reverse solidus and control characters), numbers in their shortest round-trip form. Enough
/// for flat records written millions of times, without an encoder's overhead.
struct JSONTextWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func key(_ name: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a key made ready ahead: one copy of its bytes.
    mutating func key(_ key: JSONKey) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: key.bytes)
        needsComma = false
    }

    mutating func value(_ text: String?) {
        guard var text else { return raw("null") }
        text.withUTF8 { appendEscaped($0) }
        needsComma = true
    }

    /// A time as `ISO8601.format` writes it, straight into the text when it can.
    mutating func value(_ date: Date) {
        bytes.append(UInt8(ascii: "\""))
        if !ISO8601.append(date, to: &bytes) { bytes.append(contentsOf: ISO8601.format(date).utf8) }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func value(_ number: Int) { raw(String(number)) }

    mutating func value(_ number: Double) {
        raw(number.isFinite ? String(number) : "null")
    }

    mutating func value(_ flag: Bool) { raw(flag ? "true" : "false") }

    mutating func value(_ list: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (index, var text) in list.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            text.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    /// Whether one of the eight bytes of `word` is a control character, a quotation mark or a
    /// reverse solidus (exact: no false answer either way). The usual bit tricks: a byte below
    /// 0x20 borrows when 0x20 is taken from it, and a byte equal to `c` is a zero byte of `word ^ c`.
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasByte(below limit: UInt64, _ value: UInt64) -> Bool { (value &- ones &* limit) & ~value & highBits != 0 }
        return hasByte(below: 0x20, word) || hasByte(below: 1, word ^ (ones &* 0x22)) || hasByte(below: 1, word ^ (ones &* 0x5C))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        // Eight bytes at a time while none needs escaping (most text), then byte by byte.
        if let base = text.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= text.count, !Self.mayNeedEscaping(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        for index in index..<text.count {
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            runStart = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(UInt8(ascii: "u"))
                bytes.append(UInt8(ascii: "0"))
                bytes.append(UInt8(ascii: "0"))
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0xF))
            }
        }
        if runStart < text.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count])) }
        bytes.append(UInt8(ascii: "\""))
    }
}
