import Foundation

/// Parsing and printing of ISO-8601 times as Helpdesk's files and options use them.
public enum ISO8601 {
    /// Parses `2025-03-04T10:12:31Z`, with fractional seconds or an offset, or a bare date
    /// (`2025-03-04`, midnight UTC), or `2025-03-04 10:12` (UTC). Returns `nil` when it is none of these.
    public static func parse(_ text: some StringProtocol) -> Date? {
        let text = String(text).trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        var withZone = text.replacingOccurrences(of: " ", with: "T")
        if withZone.count == 16 { withZone += ":00" }
        if withZone.count == 19 { withZone += "Z" }
        if let date = try? Date(withZone, strategy: Date.ISO8601FormatStyle()) { return date }
        if text.count == 10, let date = try? Date(text + "T00:00:00Z", strategy: Date.ISO8601FormatStyle()) { return date }
        return nil
    }

    /// `2025-03-04T10:12:31Z` (UTC, whole seconds).
    public static func format(_ date: Date) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(20)
        guard append(date, to: &text) else { return date.formatted(Date.ISO8601FormatStyle()) }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends what `format` writes, as UTF-8, to `text` when it is written by hand: whole seconds
    /// from 1970 to 9999, as the format style writes them. Returns `false`, appending nothing, for
    /// fractions (which the style rounds in its own way) and other years: those take `format`.
    public static func append(_ date: Date, to text: inout [UInt8]) -> Bool {
        // Written into a small buffer first, then appended in one copy.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: writtenLength) { buffer in
            guard let count = write(date, into: buffer) else { return false }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            return true
        }
    }

    /// Writes what `append` appends at the start of `buffer`, which must hold `writtenLength`
    /// bytes, and returns how many it wrote; `nil`, writing nothing, where `append` appends nothing.
    public static func write(_ date: Date, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let seconds = date.timeIntervalSince1970
        guard seconds >= 0, seconds < endOfYear9999, seconds == seconds.rounded(.down) else { return nil }
        let time = LocalTime(date, offset: 0)
        var count = 0
        func digits(_ value: Int, _ width: Int) {
            count += DecimalText.write(value, padding: width, into: UnsafeMutableBufferPointer(rebasing: buffer[count...]))
        }
        func separator(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }
        digits(time.year, 4)
        separator(UInt8(ascii: "-"))
        digits(time.month, 2)
        separator(UInt8(ascii: "-"))
        digits(time.day, 2)
        separator(UInt8(ascii: "T"))
        digits(time.hour, 2)
        separator(UInt8(ascii: ":"))
        digits(time.minute, 2)
        separator(UInt8(ascii: ":"))
        digits(time.second, 2)
        separator(UInt8(ascii: "Z"))
        return count
    }

    /// The length of what `append` writes (`2025-03-04T10:12:31Z`).
    public static let writtenLength = 20

    /// 10000-01-01T00:00:00Z, where four-digit years end.
    private static let endOfYear9999: TimeInterval = 253_402_300_800
}
