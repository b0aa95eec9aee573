import Foundation
import HelpdeskCore

/// Figures as a reader wants them in text and HTML.
enum ReportNumbers {
    /// `1,234,567`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// `12.3 %` for a rate of 0.1234.
    static func percent(_ rate: Double) -> String {
        String(format: "%.1f %%", rate * 100)
    }

    /// `41.2` for a usual volume; `–` when unknown.
    static func usual(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: "%.1f", value)
    }

    /// `×7.52`; `–` when unknown.
    static func multiplier(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: "×%.2f", value)
    }

    /// `2025-03-04 09:20` on the desk's clock for an ISO-8601 time; the text itself when unreadable.
    static func deskTime(_ iso: String, zone: TimeZone) -> String {
        guard let date = ISO8601.parse(iso) else { return iso }
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var clock = DeskClock(zone: zone)
        let local = milliseconds + clock.offset(at: milliseconds)
        let minute = Int(DeskClock.floorDivide(local, 60_000) % 60)
        let hour = DeskClock.floorDivide(local, DeskClock.millisecondsPerHour)
        return DeskClock.hourText(hour).dropLast(2) + (minute < 10 ? "0" : "") + String(minute)
    }
}
