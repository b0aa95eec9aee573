import Foundation

/// A moment as a wall clock in one time zone shows it, computed without calendars (fast enough to
/// run for every answer).
struct LocalTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    /// Days since 1970-01-01 in the zone (for "same day" checks).
    var dayNumber: Int

    init(_ date: Date, in zone: TimeZone) {
        self.init(date, offset: zone.secondsFromGMT(for: date))
    }

    /// The wall clock `offset` seconds ahead of UTC (0 for UTC itself).
    init(_ date: Date, offset: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        dayNumber = days
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        (year, month, day) = CivilCalendar.date(fromDays: days)
    }

    /// Appends the clock time, `09:05`, to `output`.
    func appendClockText(to output: inout String) {
        if hour < 10 { output += "0" }
        output += String(hour)
        output += ":"
        if minute < 10 { output += "0" }
        output += String(minute)
    }
}
