import Foundation
import GRDB
import HelpdeskCore

/// A row of `status_history`: one change to the service status, as Helpdesk learnt it.
struct StatusHistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "status_history"

    var id: Int64?
    var at: Date
    var recordedAt: Date
    var source: String
    var kind: StatusChange.Kind
    var componentID: String?
    var incidentID: String?
    var name: String
    var oldValue: String?
    var newValue: String?
    var body: String?

    enum CodingKeys: String, CodingKey {
        case id, at
        case recordedAt = "recorded_at"
        case source, kind
        case componentID = "component_id"
        case incidentID = "incident_id"
        case name
        case oldValue = "old_value"
        case newValue = "new_value"
        case body
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let at = Column(CodingKeys.at)
        static let kind = Column(CodingKeys.kind)
        static let incidentID = Column(CodingKeys.incidentID)
    }

    init(_ change: StatusChange, recordedAt: Date, source: String) {
        at = change.at
        self.recordedAt = recordedAt
        self.source = source
        kind = change.kind
        componentID = change.componentID
        incidentID = change.incidentID
        name = change.name
        oldValue = change.oldValue
        newValue = change.newValue
        body = change.body
    }

    var change: StatusChange {
        StatusChange(
            kind: kind, at: at, componentID: componentID, incidentID: incidentID, name: name, oldValue: oldValue,
            newValue: newValue, body: body)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `status_incident_archive`: every incident and maintenance Helpdesk has seen, kept
/// after the feed drops it.
struct StatusIncidentArchiveRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "status_incident_archive"

    var id: String
    var name: String
    var status: IncidentStatus
    var impact: IncidentImpact
    var startedAt: Date
    var resolvedAt: Date?
    var isMaintenance: Bool
    var scheduledFor: Date?
    var scheduledUntil: Date?
    var shortlink: String?
    /// JSON arrays of the affected components' ids and names.
    var componentIDs: String
    var componentNames: String
    var lastSeenAt: Date

    enum CodingKeys: String, CodingKey {
        case id, name, status, impact
        case startedAt = "started_at"
        case resolvedAt = "resolved_at"
        case isMaintenance = "is_maintenance"
        case scheduledFor = "scheduled_for"
        case scheduledUntil = "scheduled_until"
        case shortlink
        case componentIDs = "component_ids"
        case componentNames = "component_names"
        case lastSeenAt = "last_seen_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let startedAt = Column(CodingKeys.startedAt)
        static let resolvedAt = Column(CodingKeys.resolvedAt)
    }

    init(_ incident: Incident, componentNames: [String], seenAt: Date) {
        id = incident.id
        name = incident.name
        status = incident.status
        impact = incident.impact
        startedAt = incident.startedAt
        resolvedAt = incident.resolvedAt
        isMaintenance = incident.isMaintenance
        scheduledFor = incident.scheduledFor
        scheduledUntil = incident.scheduledUntil
        shortlink = incident.shortlink
        componentIDs = Self.json(incident.componentIDs)
        self.componentNames = Self.json(componentNames)
        lastSeenAt = seenAt
    }

    func pastIncident(updates: [IncidentUpdate]) -> PastIncident {
        PastIncident(
            incident: Incident(
                id: id, name: name, status: status, impact: impact, startedAt: startedAt, resolvedAt: resolvedAt,
                componentIDs: Self.strings(componentIDs), updates: updates, isMaintenance: isMaintenance,
                scheduledFor: scheduledFor, scheduledUntil: scheduledUntil, shortlink: shortlink),
            componentNames: Self.strings(componentNames))
    }

    private static func json(_ strings: [String]) -> String {
        guard let data = try? JSONEncoder().encode(strings) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func strings(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
