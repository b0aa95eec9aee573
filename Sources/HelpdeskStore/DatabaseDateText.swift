import Foundation
import GRDB
import HelpdeskCore

/// Dates as the store writes them: GRDB's default text, `yyyy-MM-dd HH:mm:ss.SSS` in UTC.
///
/// GRDB formats dates with a `DateFormatter`, which costs microseconds; bulk writes format them
/// here instead, byte for byte the same (the tests compare the two on thousands of dates).
enum DatabaseDateText {
    private static let millisecondsPerDay: Int64 = 86_400_000

    /// The length of the store's text for a date.
    static let length = 23

    /// The store's text for `date`.
    static func string(_ date: Date) -> String {
        guard let fields = fields(date) else { return String.fromDatabaseValue(date.databaseValue) ?? "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            write(fields, into: buffer)
            return length
        }
    }

    /// Appends the store's text for `date` to `bytes`.
    static func append(_ date: Date, to bytes: inout [UInt8]) {
        guard let fields = fields(date) else {
            bytes.append(contentsOf: string(date).utf8)
            return
        }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: length))
        bytes.withUnsafeMutableBufferPointer { buffer in
            write(fields, into: UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + length)]))
        }
    }

    private struct Fields {
        var year, month, day, hour, minute, second, millisecond: Int
    }

    /// The calendar fields of `date` in UTC, rounded to the nearest millisecond the way
    /// Foundation's formatter does it (half up, from the reference-date interval); `nil` outside
    /// years 1...9999 (left to GRDB).
    private static func fields(_ date: Date) -> Fields? {
        let milliseconds = ((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5).rounded(.down)
        guard milliseconds.isFinite, milliseconds > -62_135_596_800_000, milliseconds < 253_402_300_800_000 else {
            return nil
        }
        let total = Int64(milliseconds)
        var days = total / millisecondsPerDay
        var inDay = total % millisecondsPerDay
        if inDay < 0 {
            inDay += millisecondsPerDay
            days -= 1
        }
        let (year, month, day) = civil(fromDays: days)
        return Fields(
            year: year, month: month, day: day, hour: Int(inDay / 3_600_000), minute: Int(inDay / 60_000 % 60),
            second: Int(inDay / 1000 % 60), millisecond: Int(inDay % 1000))
    }

    /// Writes `yyyy-MM-dd HH:mm:ss.SSS` into the first 23 bytes of `buffer`.
    private static func write(_ fields: Fields, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        func put(_ value: Int, _ digits: Int, at offset: Int) {
            var value = value
            var index = offset + digits - 1
            while index >= offset {
                buffer[index] = UInt8(truncatingIfNeeded: 48 + value % 10)
                value /= 10
                index -= 1
            }
        }
        put(fields.year, 4, at: 0)
        buffer[4] = UInt8(ascii: "-")
        put(fields.month, 2, at: 5)
        buffer[7] = UInt8(ascii: "-")
        put(fields.day, 2, at: 8)
        buffer[10] = UInt8(ascii: " ")
        put(fields.hour, 2, at: 11)
        buffer[13] = UInt8(ascii: ":")
        put(fields.minute, 2, at: 14)
        buffer[16] = UInt8(ascii: ":")
        put(fields.second, 2, at: 17)
        buffer[19] = UInt8(ascii: ".")
        put(fields.millisecond, 3, at: 20)
    }

    /// The store's text for `date`, or `nil`.
    static func string(_ date: Date?) -> String? {
        date.map { string($0) }
    }

    /// Year, month and day of the `days`-th day after 1970-01-01.
    static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        CivilCalendar.date(fromDays: Int(days))
    }

    /// Days from 1970-01-01 to the given day.
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        Int64(CivilCalendar.days(year: year, month: month, day: day))
    }
}
