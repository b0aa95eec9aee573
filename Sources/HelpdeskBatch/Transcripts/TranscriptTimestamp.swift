import Foundation
import HelpdeskCore

/// Reads the times transcripts carry: ISO-8601 (`2025-03-04T10:12:31Z`, fractional seconds, an
/// offset, or a space for the `T`), minutes only (`2025-03-04 10:12`), or Unix seconds. A time
/// without an offset is the desk's local time. Parsing is done on bytes (a batch reads millions).
public struct TranscriptTimestamp: Sendable {
    /// The zone of times written without an offset.
    public let localZone: TimeZone

    public init(localZone: TimeZone) { self.localZone = localZone }

    /// The moment `text` names, or `nil` when it is not a time.
    public func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var reader = DigitReader(bytes: bytes)
        reader.skipSpaces()
        if let seconds = reader.unixSeconds() { return Date(timeIntervalSince1970: seconds) }
        guard let year = reader.number(digits: 4), reader.take(UInt8(ascii: "-")),
            let month = reader.number(digits: 2), reader.take(UInt8(ascii: "-")),
            let day = reader.number(digits: 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0.0
        if reader.take(UInt8(ascii: "T")) || reader.take(UInt8(ascii: "t")) || reader.take(UInt8(ascii: " ")) {
            guard let hours = reader.number(digits: 2), reader.take(UInt8(ascii: ":")),
                let minutes = reader.number(digits: 2), hours < 24, minutes < 60
            else { return nil }
            hour = hours
            minute = minutes
            if reader.take(UInt8(ascii: ":")) {
                guard let seconds = reader.number(digits: 2), seconds < 61 else { return nil }
                second = Double(seconds)
                if reader.take(UInt8(ascii: ".")) || reader.take(UInt8(ascii: ",")) {
                    guard let fraction = reader.fraction() else { return nil }
                    second += fraction
                }
            }
        }
        let offset: Int?
        if reader.take(UInt8(ascii: "Z")) || reader.take(UInt8(ascii: "z")) {
            offset = 0
        } else if let sign = reader.sign() {
            guard let hours = reader.number(digits: 2) else { return nil }
            _ = reader.take(UInt8(ascii: ":"))
            let minutes = reader.number(digits: 2) ?? 0
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            offset = nil
        }
        reader.skipSpaces()
        guard reader.atEnd else { return nil }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let wallClock = Double(days * 86_400 + hour * 3600 + minute * 60) + second
        if let offset { return Date(timeIntervalSince1970: wallClock - Double(offset)) }
        return localDate(wallClock: wallClock)
    }

    /// The moment at which the desk's clock showed `wallClock` (seconds since 1970 as if UTC).
    private func localDate(wallClock: Double) -> Date {
        let guess = Date(timeIntervalSince1970: wallClock)
        let firstOffset = Double(localZone.secondsFromGMT(for: guess))
        let candidate = Date(timeIntervalSince1970: wallClock - firstOffset)
        let secondOffset = Double(localZone.secondsFromGMT(for: candidate))
        return Date(timeIntervalSince1970: wallClock - secondOffset)
    }
}

/// A cursor over the bytes of a time.
private struct DigitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    var atEnd: Bool { position == bytes.count }

    mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard position + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[position + offset]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        position += digits
        return value
    }

    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            value += Double(bytes[position] - UInt8(ascii: "0")) * scale
            scale /= 10
            position += 1
        }
        return position > start ? value : nil
    }

    mutating func sign() -> Int? {
        if take(UInt8(ascii: "+")) { return 1 }
        if take(UInt8(ascii: "-")) { return -1 }
        return nil
    }

    /// Plain Unix seconds (all digits, optionally with a fraction), as a number field gives them.
    mutating func unixSeconds() -> Double? {
        var end = position
        while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
        let digits = end - position
        guard digits >= 9, digits <= 11 else { return nil }
        var rest = end
        if rest < bytes.count, bytes[rest] == UInt8(ascii: ".") {
            rest += 1
            while rest < bytes.count, bytes[rest] >= UInt8(ascii: "0"), bytes[rest] <= UInt8(ascii: "9") { rest += 1 }
        }
        let numberEnd = rest
        while rest < bytes.count, bytes[rest] == UInt8(ascii: " ") { rest += 1 }
        guard rest == bytes.count else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<numberEnd]), as: UTF8.self)
        position = bytes.count
        return Double(text)
    }
}
