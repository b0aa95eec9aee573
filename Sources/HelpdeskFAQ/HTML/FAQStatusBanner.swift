import Foundation
import HelpdeskCore

/// The service status as the FAQ site shows it at the top of its pages: the overall state, the
/// incidents going on, and how fresh the information is. Built from the recorded status and the
/// export's `now`; holds no clock of its own.
public struct FAQStatusBanner: Sendable, Equatable {
    /// One incident or maintenance going on.
    public struct Notice: Sendable, Equatable {
        /// The incident's or maintenance's title.
        public var name: String
        /// When it started (a maintenance: when its window opened).
        public var since: Date
        /// The newest posted update, if any.
        public var latestUpdate: String?
        public var isMaintenance: Bool
    }

    /// The worst component state, or `nil` when no status was ever recorded.
    public var overall: ComponentStatus?
    /// Components not operational, by name.
    public var affected: [String]
    /// Incidents and maintenance going on at the export's `now`, oldest first.
    public var notices: [Notice]
    /// When the status was fetched or set.
    public var asOf: Date?
    /// Whether the status is older than the knowledge base's `status_stale_after` allows.
    public var isStale: Bool

    /// - Parameters:
    ///   - status: the status as recorded.
    ///   - now: the time of the export (`--now` or the clock).
    ///   - staleAfter: how old the status may get before it is flagged (the `status_stale_after` fact).
    public init(status: ServiceStatus, now: Date, staleAfter: TimeInterval?) {
        overall = status.fetchedAt == nil && status.components.isEmpty ? nil : status.overall
        affected = status.components.filter { $0.status != .operational }.sorted { $0.position < $1.position || ($0.position == $1.position && $0.name < $1.name) }.map(\.name)
        notices = status.openIncidents(at: now)
            .sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
            .map { Notice(name: $0.name, since: $0.scheduledFor ?? $0.startedAt, latestUpdate: $0.latestUpdate?.body, isMaintenance: $0.isMaintenance) }
        asOf = status.fetchedAt
        if let fetched = status.fetchedAt, let staleAfter { isStale = now.timeIntervalSince(fetched) > staleAfter } else { isStale = false }
    }

    /// The banner's CSS modifier: `ok`, `maintenance`, `warn`, `down` or `unknown`.
    var level: String {
        switch overall {
        case nil: "unknown"
        case .operational: notices.isEmpty ? "ok" : notices.allSatisfy(\.isMaintenance) ? "maintenance" : "warn"
        case .underMaintenance: "maintenance"
        case .degradedPerformance, .partialOutage: "warn"
        case .majorOutage: "down"
        }
    }
}
