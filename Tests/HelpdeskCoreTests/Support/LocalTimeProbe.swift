import Foundation
@testable import HelpdeskCore

/// Reaches the internal `LocalTime` for its test.
enum LocalTimeProbe {
    static func components(_ date: Date, _ zone: TimeZone) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        let local = LocalTime(date, in: zone)
        return (local.year, local.month, local.day, local.hour, local.minute)
    }
}
