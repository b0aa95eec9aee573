import Foundation

/// A component's state, with Statuspage's names.
public enum ComponentStatus: String, CaseIterable, Codable, Sendable, Comparable {
    case operational
    case underMaintenance = "under_maintenance"
    case degradedPerformance = "degraded_performance"
    case partialOutage = "partial_outage"
    case majorOutage = "major_outage"

    /// Severity for the roll-up: operational < maintenance < degraded < partial < major.
    public var severity: Int {
        switch self {
        case .operational: 0
        case .underMaintenance: 1
        case .degradedPerformance: 2
        case .partialOutage: 3
        case .majorOutage: 4
        }
    }

    public static func < (lhs: ComponentStatus, rhs: ComponentStatus) -> Bool { lhs.severity < rhs.severity }
}

/// An incident's progress, with Statuspage's names (maintenance states included).
public enum IncidentStatus: String, CaseIterable, Codable, Sendable {
    case investigating, identified, monitoring, resolved, postmortem
    case scheduled
    case inProgress = "in_progress"
    case verifying, completed

    /// Whether the incident or maintenance is over.
    public var isClosed: Bool {
        switch self {
        case .resolved, .postmortem, .completed: true
        default: false
        }
    }
}

/// How bad an incident is, with Statuspage's names.
public enum IncidentImpact: String, CaseIterable, Codable, Sendable {
    case none, minor, major, critical, maintenance
}

/// A part of the service whose state is tracked (the dashboard, a channel connection, a carrier).
public struct StatusComponent: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: ComponentStatus
    public var description: String?
    public var groupName: String?
    public var position: Int
    public var updatedAt: Date?

    public init(
        id: String, name: String, status: ComponentStatus, description: String? = nil,
        groupName: String? = nil, position: Int = 0, updatedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.description = description
        self.groupName = groupName
        self.position = position
        self.updatedAt = updatedAt
    }
}

/// One posted update on an incident.
public struct IncidentUpdate: Codable, Sendable, Equatable {
    public var id: String
    public var status: IncidentStatus
    public var body: String
    public var createdAt: Date

    public init(id: String, status: IncidentStatus, body: String, createdAt: Date) {
        self.id = id
        self.status = status
        self.body = body
        self.createdAt = createdAt
    }
}

/// An incident or a scheduled maintenance.
public struct Incident: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: IncidentStatus
    public var impact: IncidentImpact
    public var startedAt: Date
    public var resolvedAt: Date?
    /// Ids of the components it affects.
    public var componentIDs: [String]
    /// Updates, newest last.
    public var updates: [IncidentUpdate]
    public var isMaintenance: Bool
    public var scheduledFor: Date?
    public var scheduledUntil: Date?
    public var shortlink: String?

    public init(
        id: String, name: String, status: IncidentStatus, impact: IncidentImpact, startedAt: Date,
        resolvedAt: Date? = nil, componentIDs: [String] = [], updates: [IncidentUpdate] = [],
        isMaintenance: Bool = false, scheduledFor: Date? = nil, scheduledUntil: Date? = nil,
        shortlink: String? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.impact = impact
        self.startedAt = startedAt
        self.resolvedAt = resolvedAt
        self.componentIDs = componentIDs
        self.updates = updates
        self.isMaintenance = isMaintenance
        self.scheduledFor = scheduledFor
        self.scheduledUntil = scheduledUntil
        self.shortlink = shortlink
    }

    /// The newest update, if any.
    public var latestUpdate: IncidentUpdate? { updates.max { $0.createdAt < $1.createdAt } }

    /// Whether the incident is going on at `now` (maintenance counts only inside its window).
    public func isOpen(at now: Date) -> Bool {
        if status.isClosed { return false }
        if let resolvedAt, resolvedAt <= now { return false }
        if isMaintenance {
            if status == .inProgress || status == .verifying { return true }
            guard let scheduledFor else { return false }
            return scheduledFor <= now && (scheduledUntil.map { now < $0 } ?? true)
        }
        return startedAt <= now
    }
}

/// What is known about the service's health, and when it was learnt.
public struct ServiceStatus: Codable, Sendable, Equatable {
    public var components: [StatusComponent]
    public var incidents: [Incident]
    /// When this view was fetched or set; `nil` when nothing has ever been recorded.
    public var fetchedAt: Date?
    /// Where it came from (a URL, a file, or `manual`).
    public var source: String?

    public init(components: [StatusComponent] = [], incidents: [Incident] = [], fetchedAt: Date? = nil, source: String? = nil) {
        self.components = components
        self.incidents = incidents
        self.fetchedAt = fetchedAt
        self.source = source
    }

    /// Helpdesk's own roll-up: the worst component state (the feed's indicator can disagree).
    public var overall: ComponentStatus { components.map(\.status).max() ?? .operational }

    /// Incidents and maintenance going on at `now`.
    public func openIncidents(at now: Date) -> [Incident] { incidents.filter { $0.isOpen(at: now) } }
}
