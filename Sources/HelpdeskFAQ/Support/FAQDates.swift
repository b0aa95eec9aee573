import Foundation
import HelpdeskCore

/// The `updated:` dates of guides (`2026-11-25`) as the formats need them.
enum FAQDates {
    /// Midnight UTC of the date, or `nil` when it is not an ISO date.
    static func date(_ updated: String) -> Date? { updated.isEmpty ? nil : ISO8601.parse(updated) }

    /// `2026-11-25T00:00:00Z`, or `nil`.
    static func timestamp(_ updated: String) -> String? { date(updated).map(ISO8601.format) }

    /// Seconds since 1970 (Intercom's times), or `nil`.
    static func epochSeconds(_ updated: String) -> Int? { date(updated).map { Int($0.timeIntervalSince1970) } }

    /// The latest of the dates (ISO dates sort as text), or `nil` when there is none.
    static func latest(_ dates: [String]) -> String? { dates.filter { date($0) != nil }.max() }
}
