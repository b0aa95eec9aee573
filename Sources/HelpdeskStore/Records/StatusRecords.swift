import Foundation
import GRDB
import HelpdeskCore

/// A row of `status_components`.
struct StatusComponentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "status_components"

    var id: String
    var name: String
    var status: ComponentStatus
    var description: String?
    var groupName: String?
    var position: Int
    var updatedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, name, status, description
        case groupName = "group_name"
        case position
        case updatedAt = "updated_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let position = Column(CodingKeys.position)
    }

    init(_ component: StatusComponent) {
        id = component.id
        name = component.name
        status = component.status
        description = component.description
        groupName = component.groupName
        position = component.position
        updatedAt = component.updatedAt
    }

    var component: StatusComponent {
        StatusComponent(
            id: id, name: name, status: status, description: description, groupName: groupName,
            position: position, updatedAt: updatedAt)
    }
}

/// A row of `status_incidents` (its components and updates live in their own tables).
struct StatusIncidentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "status_incidents"

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

    enum CodingKeys: String, CodingKey {
        case id, name, status, impact
        case startedAt = "started_at"
        case resolvedAt = "resolved_at"
        case isMaintenance = "is_maintenance"
        case scheduledFor = "scheduled_for"
        case scheduledUntil = "scheduled_until"
        case shortlink
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let status = Column(CodingKeys.status)
        static let startedAt = Column(CodingKeys.startedAt)
        static let resolvedAt = Column(CodingKeys.resolvedAt)
    }

    init(_ incident: Incident) {
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
    }

    func incident(componentIDs: [String], updates: [IncidentUpdate]) -> Incident {
        Incident(
            id: id, name: name, status: status, impact: impact, startedAt: startedAt, resolvedAt: resolvedAt,
            componentIDs: componentIDs, updates: updates, isMaintenance: isMaintenance, scheduledFor: scheduledFor,
            scheduledUntil: scheduledUntil, shortlink: shortlink)
    }
}

/// A row of `status_incident_components`: an incident affects a component.
struct StatusIncidentComponentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "status_incident_components"

    var incidentID: String
    var componentID: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case componentID = "component_id"
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let componentID = Column(CodingKeys.componentID)
    }
}

/// A row of `status_incident_updates`.
struct StatusIncidentUpdateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "status_incident_updates"

    var id: String
    var incidentID: String
    var status: IncidentStatus
    var body: String
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case incidentID = "incident_id"
        case status, body
        case createdAt = "created_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let incidentID = Column(CodingKeys.incidentID)
        static let createdAt = Column(CodingKeys.createdAt)
    }

    init(_ update: IncidentUpdate, incidentID: String) {
        id = update.id
        self.incidentID = incidentID
        status = update.status
        body = update.body
        createdAt = update.createdAt
    }

    var update: IncidentUpdate {
        IncidentUpdate(id: id, status: status, body: body, createdAt: createdAt)
    }
}

/// A row of `status_fetches`: one attempt to learn the service status.
struct StatusFetchRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "status_fetches"

    var id: Int64?
    var fetchedAt: Date
    var source: String
    var ok: Bool
    var error: String?

    enum CodingKeys: String, CodingKey {
        case id
        case fetchedAt = "fetched_at"
        case source, ok, error
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let fetchedAt = Column(CodingKeys.fetchedAt)
        static let ok = Column(CodingKeys.ok)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
