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

    /// Writes a key written out ahead: one copy of its bytes.
    mutating func key(_ key: JSONKey) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.written.utf8Start, count: key.written.utf8CodeUnitCount))
        needsComma = false
    }

    mutating func value(_ text: String?) {
        guard let text else { return raw("null") }
        appendEscaped(text)
        needsComma = true
    }

    /// A time as `ISO8601.format` writes it, straight into the text when it can.
    mutating func value(_ date: Date) {
        bytes.append(UInt8(ascii: "\""))
        if !ISO8601.append(date, to: &bytes) { bytes.append(contentsOf: ISO8601.format(date).utf8) }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func value(_ number: Int) {
        DecimalText.append(number, to: &bytes)
        needsComma = true
    }

    mutating func value(_ number: Double) {
        guard number.isFinite else { return raw("null") }
        var text = String(number)
        text.withUTF8 { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    mutating func value(_ flag: Bool) { raw(flag ? "true" : "false") }

    mutating func value(_ list: [String]) {
        if list.isEmpty { return raw("[]") }
        bytes.append(UInt8(ascii: "["))
        for (index, text) in list.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendEscaped(text)
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

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// A few bytes written as they are (`null`, `true`, `[]`), one by one: quicker than a copy
    /// for so few.
    private mutating func raw(_ text: StaticString) {
        for byte in UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount) { bytes.append(byte) }
        needsComma = true
    }

    /// `text` quoted and escaped, read in place where its bytes lie together (native strings).
    private mutating func appendEscaped(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if done == nil {
            var copy = text
            copy.withUTF8 { appendEscaped($0) }
        }
    }

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while true {
            index = JSONStringBytes.firstSpecialByte(in: text, from: index)
            guard index < text.count else { break }
            let byte = text[index]
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            index += 1
            runStart = index
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
