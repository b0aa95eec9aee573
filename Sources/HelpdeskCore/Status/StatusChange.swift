import Foundation

/// One change between two views of the service: a component's state, an incident's progress, or
/// an update posted on an incident. Changes are what `helpdesk status history` lists.
public struct StatusChange: Codable, Sendable, Equatable {
    /// What changed.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A component's state (`oldValue` → `newValue`; `nil` when it appeared or went away).
        case component
        /// An incident or maintenance opened, moved on or closed (`oldValue` → `newValue` states).
        case incident
        /// An update was posted on an incident (`newValue` is its state, `body` its text).
        case incidentUpdate = "incident_update"
    }

    /// What changed.
    public var kind: Kind
    /// When it happened: the feed's own time when it gives one, else when Helpdesk learnt it.
    public var at: Date
    /// The component that changed (component changes).
    public var componentID: String?
    /// The incident that changed or got an update.
    public var incidentID: String?
    /// The component's or incident's name.
    public var name: String
    /// The state before (`nil`: it was new).
    public var oldValue: String?
    /// The state after (`nil`: it went away).
    public var newValue: String?
    /// An update's text, or a note on the change.
    public var body: String?

    public init(
        kind: Kind, at: Date, componentID: String? = nil, incidentID: String? = nil, name: String,
        oldValue: String? = nil, newValue: String? = nil, body: String? = nil
    ) {
        self.kind = kind
        self.at = at
        self.componentID = componentID
        self.incidentID = incidentID
        self.name = name
        self.oldValue = oldValue
        self.newValue = newValue
        self.body = body
    }
}

/// Works out what changed between the view Helpdesk had and the one it just learnt.
public enum StatusChanges {
    /// The note recorded when an open incident is no longer listed by the feed (Statuspage's
    /// summary drops incidents once they are resolved).
    public static let droppedNote = "No longer listed by the status feed."

    /// Changes from `old` to `new`, learnt at `learntAt`, oldest first.
    public static func between(_ old: ServiceStatus, _ new: ServiceStatus, learntAt: Date) -> [StatusChange] {
        var changes: [StatusChange] = []
        let oldComponents = Dictionary(old.components.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.components.map(\.id))
        var seen: Set<String> = []
        for component in new.components where seen.insert(component.id).inserted {
            let before = oldComponents[component.id]
            guard before?.status != component.status else { continue }
            changes.append(
                StatusChange(
                    kind: .component, at: changeTime(component.updatedAt, before?.updatedAt, learntAt),
                    componentID: component.id, name: component.name, oldValue: before?.status.rawValue,
                    newValue: component.status.rawValue))
        }
        for component in old.components where !newIDs.contains(component.id) {
            changes.append(
                StatusChange(
                    kind: .component, at: learntAt, componentID: component.id, name: component.name,
                    oldValue: component.status.rawValue, newValue: nil))
        }

        let oldIncidents = Dictionary(old.incidents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIncidentIDs = Set(new.incidents.map(\.id))
        var seenIncidents: Set<String> = []
        for incident in new.incidents where seenIncidents.insert(incident.id).inserted {
            let before = oldIncidents[incident.id]
            if before?.status != incident.status {
                let at =
                    before == nil
                    ? min(incident.startedAt, learntAt)
                    : incident.status.isClosed ? (incident.resolvedAt ?? learntAt) : (incident.latestUpdate?.createdAt ?? learntAt)
                changes.append(
                    StatusChange(
                        kind: .incident, at: at, incidentID: incident.id, name: incident.name,
                        oldValue: before?.status.rawValue, newValue: incident.status.rawValue))
            }
            let known = Set(before?.updates.map(\.id) ?? [])
            for update in incident.updates where !known.contains(update.id) {
                changes.append(
                    StatusChange(
                        kind: .incidentUpdate, at: update.createdAt, incidentID: incident.id, name: incident.name,
                        newValue: update.status.rawValue, body: update.body))
            }
        }
        for incident in old.incidents where !newIncidentIDs.contains(incident.id) && !incident.status.isClosed {
            let closed: IncidentStatus = incident.isMaintenance ? .completed : .resolved
            changes.append(
                StatusChange(
                    kind: .incident, at: learntAt, incidentID: incident.id, name: incident.name,
                    oldValue: incident.status.rawValue, newValue: closed.rawValue, body: droppedNote))
        }
        return changes.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// A component change's time: the feed's `updated_at` when it moved, else when it was learnt.
    private static func changeTime(_ updated: Date?, _ previous: Date?, _ learntAt: Date) -> Date {
        guard let updated, updated != previous, updated <= learntAt else { return learntAt }
        return updated
    }
}
