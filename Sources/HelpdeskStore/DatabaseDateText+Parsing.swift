import Foundation
import GRDB

extension DatabaseDateText {
    private static let millisecondsPerSecond: Int64 = 1000
    private static let secondsPerDay: Int64 = 86_400

    /// Milliseconds since 1970-01-01 UTC of the store's text for a date (`yyyy-MM-dd HH:mm:ss.SSS`),
    /// read straight from its bytes; `nil` when the text has another shape.
    static func milliseconds(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard text.count == length,
            text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), text[10] == UInt8(ascii: " "),
            text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: ".")
        else { return nil }
        func number(_ offset: Int, _ digits: Int) -> Int? {
            var value = 0
            for index in offset..<(offset + digits) {
                let digit = Int(text[index]) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let millisecond = number(20, 3),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let days = Self.days(year: year, month: month, day: day)
        let seconds = days * secondsPerDay + Int64(hour * 3600 + minute * 60 + second)
        return seconds * millisecondsPerSecond + Int64(millisecond)
    }

    /// Milliseconds since 1970-01-01 UTC of a stored date in any form GRDB reads (the fast path
    /// first); `nil` when the text is no date.
    static func milliseconds(anyForm text: UnsafeBufferPointer<UInt8>) -> Int64? {
        if let milliseconds = milliseconds(text) { return milliseconds }
        let string = String(decoding: text, as: UTF8.self)
        guard let date = Date.fromDatabaseValue(string.databaseValue) else { return nil }
        return Int64((date.timeIntervalSince1970 * Double(millisecondsPerSecond)).rounded())
    }
}
