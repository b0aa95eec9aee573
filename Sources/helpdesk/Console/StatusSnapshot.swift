import Foundation
import HelpdeskCore

/// The service status as the console shows it at one moment: open incidents with their age and
/// worst component state, and how fresh the status is.
struct StatusSnapshot: Equatable {
    struct OpenIncident: Equatable {
        var incident: Incident
        /// The worst state of the components it affects.
        var worst: ComponentStatus
        var componentNames: [String]
        /// Seconds since it started.
        var age: TimeInterval
    }

    var now: Date
    var overall: ComponentStatus
    var incidents: [OpenIncident]
    var fetchedAt: Date?
    var source: String?
    /// The age after which the status is not trusted (the fact `status_stale_after`).
    var staleAfter: TimeInterval?

    init(_ status: ServiceStatus, now: Date, staleAfter: TimeInterval?) {
        self.now = now
        overall = status.overall
        fetchedAt = status.fetchedAt
        source = status.source
        self.staleAfter = staleAfter
        let components = Dictionary(status.components.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        incidents = status.openIncidents(at: now).map { incident in
            let affected = incident.componentIDs.compactMap { components[$0] }
            let worst = affected.map(\.status).max() ?? (incident.isMaintenance ? .underMaintenance : .degradedPerformance)
            let start = incident.isMaintenance ? (incident.scheduledFor ?? incident.startedAt) : incident.startedAt
            return OpenIncident(
                incident: incident, worst: worst, componentNames: affected.map(\.name), age: now.timeIntervalSince(start))
        }
        .sorted { $0.worst != $1.worst ? $0.worst > $1.worst : $0.age < $1.age }
    }

    /// Seconds since the status was last fetched or set; `nil` when never.
    var age: TimeInterval? { fetchedAt.map { now.timeIntervalSince($0) } }

    /// Whether the status is older than `status_stale_after` (or was never fetched).
    var isStale: Bool {
        guard let age else { return true }
        guard let staleAfter else { return false }
        return age > staleAfter
    }

    /// What changes the status line's meaning (not the passing minutes): the open incidents,
    /// their states and updates, when the status was fetched, and whether it is stale.
    var signature: String {
        let parts = incidents.map { "\($0.incident.id):\($0.incident.status.rawValue):\($0.worst.rawValue):\($0.incident.updates.count)" }
        return parts.joined(separator: ",") + "|" + (fetchedAt.map { String($0.timeIntervalSince1970) } ?? "never") + "|\(isStale)"
    }
}
