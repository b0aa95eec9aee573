import Foundation
import HelpdeskCore

/// An incident (or maintenance) as a report compares it: what it was, and the part of it inside
/// the report's period, in milliseconds since 1970.
public struct IncidentWindow: Sendable, Equatable {
    public var id: String
    public var name: String
    public var components: [String]
    public var impact: String
    public var maintenance: Bool
    public var startedAt: Date
    public var resolvedAt: Date?
    /// `[start, end)`: the incident inside the period.
    public var start: Int64
    public var end: Int64

    public init(
        id: String, name: String, components: [String], impact: String, maintenance: Bool, startedAt: Date,
        resolvedAt: Date?, start: Int64, end: Int64
    ) {
        self.id = id
        self.name = name
        self.components = components
        self.impact = impact
        self.maintenance = maintenance
        self.startedAt = startedAt
        self.resolvedAt = resolvedAt
        self.start = start
        self.end = end
    }

    /// The part of `past` inside `period` (an incident still open runs to the period's end, or
    /// now); `nil` when they do not overlap.
    public init?(_ past: PastIncident, period: ReportPeriod) {
        let incident = past.incident
        var from = incident.startedAt
        var to = incident.resolvedAt ?? period.openEnd
        if let since = period.since { from = max(from, since) }
        if let until = period.until { to = min(to, until) }
        guard from < to else { return nil }
        self.init(
            id: incident.id, name: incident.name, components: past.componentNames, impact: incident.impact.rawValue,
            maintenance: incident.isMaintenance, startedAt: incident.startedAt, resolvedAt: incident.resolvedAt,
            start: Self.milliseconds(from), end: Self.milliseconds(to))
    }

    func contains(_ milliseconds: Int64) -> Bool { milliseconds >= start && milliseconds < end }

    /// Whether the window shares some time with `span`.
    func overlaps(_ span: Range<Int64>) -> Bool { start < span.upperBound && end > span.lowerBound }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
}
