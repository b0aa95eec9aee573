import Foundation
import HelpdeskCore

/// The stretch of time a report covers: exchanges answered at or after `since` and before `until`
/// (either may be open), as of `now` (which ends incidents still open).
public struct ReportPeriod: Sendable, Equatable {
    public var since: Date?
    public var until: Date?
    public var now: Date

    /// A period.
    ///
    /// - Throws: ``ReportError/emptyPeriod(since:until:)`` when `since` is not before `until`.
    public init(since: Date? = nil, until: Date? = nil, now: Date) throws(ReportError) {
        if let since, let until, since >= until {
            throw ReportError.emptyPeriod(since: ISO8601.format(since), until: ISO8601.format(until))
        }
        self.since = since
        self.until = until
        self.now = now
    }

    /// Where an incident still open at the end of the period is taken to end.
    var openEnd: Date {
        until.map { min($0, now) } ?? now
    }
}
