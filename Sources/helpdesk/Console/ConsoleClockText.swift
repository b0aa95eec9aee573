import Foundation
import HelpdeskCore

/// Times as the console shows them: wall-clock times in the desk's time zone and short ages.
struct ConsoleClockText {
    private let clock: DateFormatter
    private let dayAndClock: DateFormatter
    private let zone: TimeZone

    init(timeZone: TimeZone) {
        zone = timeZone
        clock = Self.formatter("HH:mm", timeZone)
        dayAndClock = Self.formatter("yyyy-MM-dd HH:mm", timeZone)
    }

    /// `09:05` on the day of `now`, `2025-03-03 09:05` on another day.
    func time(_ date: Date, now: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.isDate(date, inSameDayAs: now) ? clock.string(from: date) : dayAndClock.string(from: date)
    }

    /// `2025-03-04 10:30`.
    func full(_ date: Date) -> String { dayAndClock.string(from: date) }

    /// `09:05 (25m ago)`, or `(in 10m)` for a time still to come.
    func timeAndAge(_ date: Date, now: Date) -> String {
        let seconds = now.timeIntervalSince(date)
        let age = seconds >= 0 ? "\(DurationText.compact(seconds)) ago" : "in \(DurationText.compact(-seconds))"
        return "\(time(date, now: now)) (\(age))"
    }

    /// The desk's time-zone name.
    var zoneName: String { zone.identifier }

    private static func formatter(_ format: String, _ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = format
        return formatter
    }
}
