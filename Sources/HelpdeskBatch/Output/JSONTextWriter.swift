import Foundation
import HelpdeskCore

/// Appends JSON text to a byte buffer: strings escaped as RFC 8259 requires (quotation mark,
/// reverse solidus and control characters), numbers in their shortest round-trip form. Enough
/// for flat records written millions of times, without an encoder's overhead.
struct JSONTextWriter {
    /// The text written so far is the first `count` bytes; the rest is room to write in. Bytes
    /// are copied into that room rather than appended to an array, whose generic append costs
    /// more than the copy for the short pieces a record is made of.
    private var storage: [UInt8]
    private var count = 0
    private var needsComma = false

    init(capacity: Int = 1024) { storage = [UInt8](repeating: 0, count: capacity) }

    /// The text written so far.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// Calls `body` with the text written so far, in place.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    mutating func beginObject() {
        append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func key(_ name: StaticString) {
        if needsComma { append(UInt8(ascii: ",")) }
        append(UInt8(ascii: "\""))
        append(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        append(UInt8(ascii: "\""))
        append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a key written out ahead: one copy of its bytes.
    mutating func key(_ key: JSONKey) {
        if needsComma { append(UInt8(ascii: ",")) }
        append(UnsafeBufferPointer(start: key.written.utf8Start, count: key.written.utf8CodeUnitCount))
        needsComma = false
    }

    mutating func value(_ text: String?) {
        guard let text else { return raw("null") }
        appendEscaped(text)
        needsComma = true
    }

    /// A time as `ISO8601.format` writes it, straight into the text when it can.
    mutating func value(_ date: Date) {
        append(UInt8(ascii: "\""))
        let written = writeInRoom(ISO8601.writtenLength) { ISO8601.write(date, into: $0) ?? 0 }
        if written == 0 {
            var text = ISO8601.format(date)
            text.withUTF8 { append($0) }
        }
        append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func value(_ number: Int) {
        writeInRoom(DecimalText.longestInt) { DecimalText.write(number, into: $0) }
        needsComma = true
    }

    mutating func value(_ number: Double) {
        guard number.isFinite else { return raw("null") }
        var text = String(number)
        text.withUTF8 { append($0) }
        needsComma = true
    }

    mutating func value(_ flag: Bool) { raw(flag ? "true" : "false") }

    mutating func value(_ list: [String]) {
        if list.isEmpty { return raw("[]") }
        append(UInt8(ascii: "["))
        for (index, text) in list.enumerated() {
            if index > 0 { append(UInt8(ascii: ",")) }
            appendEscaped(text)
        }
        append(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func newline() {
        append(UInt8(ascii: "\n"))
        needsComma = false
    }

    /// Starts again with no text, keeping the room.
    mutating func removeAll() {
        count = 0
        needsComma = false
    }

    /// Makes room for `extra` more bytes, doubling the room when it grows.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard count + extra > storage.count else { return }
        storage += repeatElement(0, count: max(extra, storage.count))
    }

    private mutating func append(_ byte: UInt8) {
        reserve(1)
        let position = count
        storage.withUnsafeMutableBufferPointer { $0[position] = byte }
        count += 1
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        let position = count
        storage.withUnsafeMutableBufferPointer { room in
            _ = UnsafeMutableBufferPointer(rebasing: room[position...]).initialize(fromContentsOf: bytes)
        }
        count += bytes.count
    }

    /// Lets `write` write up to `limit` bytes into the room and keeps as many as it says it wrote.
    @discardableResult
    private mutating func writeInRoom(_ limit: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> Int {
        reserve(limit)
        let position = count
        let written = storage.withUnsafeMutableBufferPointer { write(UnsafeMutableBufferPointer(rebasing: $0[position...])) }
        count += written
        return written
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// A few bytes written as they are (`null`, `true`, `[]`), one by one: quicker than a copy
    /// for so few.
    private mutating func raw(_ text: StaticString) {
        for byte in UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount) { append(byte) }
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
        append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while true {
            index = JSONStringBytes.firstSpecialByte(in: text, from: index)
            guard index < text.count else { break }
            let byte = text[index]
            if runStart < index { append(UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            index += 1
            runStart = index
            append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
            case 0x0A: append(UInt8(ascii: "n"))
            case 0x0D: append(UInt8(ascii: "r"))
            case 0x09: append(UInt8(ascii: "t"))
            default:
                append(UInt8(ascii: "u"))
                append(UInt8(ascii: "0"))
                append(UInt8(ascii: "0"))
                append(Self.hexDigit(byte >> 4))
                append(Self.hexDigit(byte & 0xF))
            }
        }
        if runStart < text.count { append(UnsafeBufferPointer(rebasing: text[runStart..<text.count])) }
        append(UInt8(ascii: "\""))
    }
}
