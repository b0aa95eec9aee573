import Foundation
import HelpdeskCore

/// The text values of one row packed into one reusable byte buffer, so that building and binding
/// a row allocates nothing: ``FastStatement`` hands SQLite pointers into the buffer.
struct PackedRow {
    /// Where a field's bytes are; `count < 0` is NULL.
    struct Span {
        var start: Int
        var count: Int
    }

    private(set) var bytes: [UInt8] = []
    fileprivate(set) var spans: [Span] = []

    init(capacity: Int = 512) {
        bytes.reserveCapacity(capacity)
        spans.reserveCapacity(16)
        bytes.append(0)
    }

    /// Empties the row, keeping its capacity. The buffer keeps one sentinel byte so that it always
    /// has an address, even when every field is empty.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        bytes.append(0)
    }

    /// Appends raw bytes to the buffer without making them a field.
    fileprivate mutating func appendRaw(_ raw: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// Adds a NULL field.
    mutating func appendNull() {
        spans.append(Span(start: bytes.count, count: -1))
    }

    /// Adds `text`, or NULL.
    mutating func append(_ text: String?) {
        guard var text else { return appendNull() }
        let start = bytes.count
        text.withUTF8 { bytes.append(contentsOf: $0) }
        spans.append(Span(start: start, count: bytes.count - start))
    }

    /// Adds `text`, or NULL when it is `nil` or empty.
    mutating func appendNonEmpty(_ text: String?) {
        guard let text, !text.isEmpty else { return appendNull() }
        append(text)
    }

    /// Adds the store's text for `date`, or NULL.
    mutating func append(_ date: Date?) {
        guard let date else { return appendNull() }
        let start = bytes.count
        DatabaseDateText.append(date, to: &bytes)
        spans.append(Span(start: start, count: bytes.count - start))
    }

    /// Adds `OrderNumberKey.make(text)` (computed byte by byte for ASCII), or NULL when
    /// `nullIfEmpty` and the key is empty.
    mutating func appendKey(_ text: String?, nullIfEmpty: Bool = false) {
        guard let text else { return appendNull() }
        let start = bytes.count
        var isASCII = true
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A: bytes.append(byte)
            case 0x61...0x7A: bytes.append(byte - 0x20)
            case 0x80...: isASCII = false
            default: break
            }
            if !isASCII { break }
        }
        if !isASCII {
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: OrderNumberKey.make(text).utf8)
        }
        if nullIfEmpty && bytes.count == start { return appendNull() }
        spans.append(Span(start: start, count: bytes.count - start))
    }

    /// Adds an e-mail address trimmed and lower-cased (byte by byte for plain ASCII), or NULL
    /// when there is none.
    mutating func appendEmail(_ email: String?) {
        guard let email else { return appendNull() }
        let start = bytes.count
        var isPlain = true
        for byte in email.utf8 {
            if byte <= 0x20 || byte >= 0x7F {
                isPlain = false
                break
            }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        if isPlain {
            if bytes.count == start { return appendNull() }
            spans.append(Span(start: start, count: bytes.count - start))
            return
        }
        bytes.removeSubrange(start...)
        append(LookupKeys.email(email))
    }

    /// The field as a string, or `nil` for NULL.
    func string(_ field: Int) -> String? {
        let span = spans[field]
        if span.count < 0 { return nil }
        return String(decoding: bytes[span.start..<(span.start + span.count)], as: UTF8.self)
    }

    /// Whether the field holds exactly these bytes (`nil` stands for NULL).
    func field(_ field: Int, equals other: UnsafeBufferPointer<UInt8>?) -> Bool {
        let span = spans[field]
        guard let other else { return span.count < 0 }
        guard span.count == other.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let otherBase = other.baseAddress, span.count > 0 else { return true }
            return memcmp(base + span.start, otherBase, span.count) == 0
        }
    }
}

extension PackedRow {
    /// Empties the row and fills it with the fields `fields` of `other`, whose bytes are
    /// `other.bytes[bytes]` (a row packed after others in one buffer).
    mutating func replace(withFields fields: Range<Int>, bytes range: Range<Int>, of other: PackedRow) {
        removeAll()
        let shift = self.bytes.count - range.lowerBound
        other.bytes.withUnsafeBufferPointer { buffer in
            appendRaw(UnsafeBufferPointer(rebasing: buffer[range]))
        }
        for span in other.spans[fields] {
            let isNull = span.count < 0
            spans.append(isNull ? Span(start: 0, count: -1) : Span(start: span.start + shift, count: span.count))
        }
    }

    /// Adds these bytes as text, or NULL for `nil`.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>?) {
        guard let bytes else { return appendNull() }
        let start = self.bytes.count
        appendRaw(bytes)
        spans.append(Span(start: start, count: self.bytes.count - start))
    }

    /// Adds a copy of `other`'s field.
    mutating func append(field: Int, of other: PackedRow) {
        let span = other.spans[field]
        if span.count < 0 { return appendNull() }
        other.bytes.withUnsafeBufferPointer { buffer in
            append(bytes: UnsafeBufferPointer(rebasing: buffer[span.start..<(span.start + span.count)]))
        }
    }

    /// Adds an integer as decimal text (SQLite stores it as an integer in an INTEGER column), or NULL.
    mutating func append(integer: Int64?) {
        guard let integer else { return appendNull() }
        append(String(integer))
    }
}
