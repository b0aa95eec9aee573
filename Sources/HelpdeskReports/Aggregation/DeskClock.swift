import Foundation
import HelpdeskCore

/// The desk's clock: which hour and day of the desk's time zone a moment falls in, fast enough
/// for every exchange of a large log. Offsets from UTC are computed once per stretch between
/// two daylight-saving transitions and kept.
struct DeskClock {
    static let millisecondsPerHour: Int64 = 3_600_000
    static let hoursPerDay: Int64 = 24
    /// How far back to look for the transition that began a stretch (more than a year).
    private static let transitionSearch: TimeInterval = 400 * 86_400

    /// A stretch of time with one offset from UTC.
    private struct Stretch {
        var start: Int64
        var end: Int64
        var offset: Int64
    }

    let zone: TimeZone
    private var stretches: [Stretch] = []
    private var last = 0

    init(zone: TimeZone) { self.zone = zone }

    /// The offset from UTC, in milliseconds, at `milliseconds` since 1970.
    mutating func offset(at milliseconds: Int64) -> Int64 {
        if last < stretches.count {
            let stretch = stretches[last]
            if milliseconds >= stretch.start && milliseconds < stretch.end { return stretch.offset }
        }
        for (index, stretch) in stretches.enumerated() where milliseconds >= stretch.start && milliseconds < stretch.end {
            last = index
            return stretch.offset
        }
        stretches.append(stretch(around: milliseconds))
        last = stretches.count - 1
        return stretches[last].offset
    }

    /// The hour of the desk's clock (hours since 1970-01-01 00:00 desk time) that `milliseconds`
    /// since 1970 falls in.
    mutating func localHour(at milliseconds: Int64) -> Int64 {
        Self.floorDivide(milliseconds + offset(at: milliseconds), Self.millisecondsPerHour)
    }

    /// The local hour's day number (days since 1970-01-01, desk time).
    static func day(ofHour hour: Int64) -> Int64 { floorDivide(hour, hoursPerDay) }

    /// The local hour's hour of the day, 0...23.
    static func hourOfDay(_ hour: Int64) -> Int { Int(hour - day(ofHour: hour) * hoursPerDay) }

    /// `2025-03-04 10:00` for a local hour.
    static func hourText(_ hour: Int64) -> String {
        let hourOfDay = hourOfDay(hour)
        return dayText(day(ofHour: hour)) + " " + (hourOfDay < 10 ? "0" : "") + String(hourOfDay) + ":00"
    }

    /// `2025-03-04` for a day number.
    static func dayText(_ day: Int64) -> String {
        let (year, month, dayOfMonth) = civil(fromDays: day)
        func two(_ value: Int) -> String { (value < 10 ? "0" : "") + String(value) }
        return String(year) + "-" + two(month) + "-" + two(dayOfMonth)
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    private func stretch(around milliseconds: Int64) -> Stretch {
        let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        let offset = Int64(zone.secondsFromGMT(for: date)) * 1000
        let end = zone.nextDaylightSavingTimeTransition(after: date).map(Self.milliseconds) ?? Int64.max
        var probe = date.addingTimeInterval(-Self.transitionSearch)
        var start = Self.milliseconds(probe)
        while let transition = zone.nextDaylightSavingTimeTransition(after: probe), transition <= date {
            start = Self.milliseconds(transition)
            probe = transition
        }
        return Stretch(start: start, end: end, offset: offset)
    }

    private static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// Year, month and day of the `days`-th day after 1970-01-01.
    private static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        CivilCalendar.date(fromDays: Int(days))
    }
}
