import Foundation
import GRDB
import HelpdeskCore

/// The steps of ``AppDatabase/setComponent(name:status:incident:at:)``, each inside its
/// transaction. Manual incidents have ids starting with ``incidentPrefix``.
enum ManualStatus {
    static let incidentPrefix = "manual-"

    /// Finds the component by id or name (or creates it), sets its state, and returns its id.
    static func upsertComponent(name: String, slug: String, status: ComponentStatus, at date: Date, _ db: Database)
        throws
        -> String
    {
        let existing =
            try StatusComponentRecord
            .filter(
                StatusComponentRecord.Columns.id == name || StatusComponentRecord.Columns.id == slug
                    || StatusComponentRecord.Columns.name.collating(.nocase) == name
            )
            .order(sql: "id = ? DESC, id = ? DESC", arguments: [name, slug])
            .fetchOne(db)
        if var component = existing {
            component.status = status
            component.updatedAt = date
            try component.update(db)
            return component.id
        }
        let position = try Int.fetchOne(db, sql: "SELECT MAX(position) + 1 FROM status_components") ?? 0
        let component = StatusComponent(id: slug, name: name, status: status, position: position, updatedAt: date)
        try StatusComponentRecord(component).insert(db)
        return slug
    }

    /// The component's manual incidents that are not resolved, oldest first.
    static func openIncidents(componentID: String, _ db: Database) throws -> [StatusIncidentRecord] {
        try StatusIncidentRecord.fetchAll(
            db,
            sql: """
                SELECT status_incidents.* FROM status_incidents
                JOIN status_incident_components ON status_incident_components.incident_id = status_incidents.id
                WHERE status_incident_components.component_id = ?
                  AND substr(status_incidents.id, 1, ?) = ?
                  AND status_incidents.resolved_at IS NULL
                  AND status_incidents.status NOT IN ('resolved', 'postmortem', 'completed')
                ORDER BY status_incidents.started_at, status_incidents.id
                """,
            arguments: [componentID, incidentPrefix.count, incidentPrefix])
    }

    /// Opens a manual incident named `text` on the component, with `text` as its first update.
    static func openIncident(componentID: String, status: ComponentStatus, text: String, at date: Date, _ db: Database)
        throws
    {
        let base = incidentPrefix + componentID + "-" + compactStamp(date)
        var id = base
        var suffix = 1
        while try StatusIncidentRecord.exists(db, key: id) {
            suffix += 1
            id = base + "-\(suffix)"
        }
        let isMaintenance = status == .underMaintenance
        let incidentStatus: IncidentStatus = isMaintenance ? .inProgress : .investigating
        let incident = Incident(
            id: id, name: text, status: incidentStatus, impact: impact(of: status), startedAt: date,
            isMaintenance: isMaintenance, scheduledFor: isMaintenance ? date : nil)
        try StatusIncidentRecord(incident).insert(db)
        try StatusIncidentComponentRecord(incidentID: id, componentID: componentID).insert(db)
        try insertUpdate(incidentID: id, status: incidentStatus, body: text, at: date, db)
    }

    /// Adds `body` as an update to an open incident, and follows the component's new severity.
    static func addUpdate(
        to incident: StatusIncidentRecord, status: ComponentStatus, body: String, at date: Date, _ db: Database
    ) throws {
        var incident = incident
        if !incident.isMaintenance { incident.impact = impact(of: status) }
        try incident.update(db)
        try insertUpdate(incidentID: incident.id, status: incident.status, body: body, at: date, db)
    }

    /// Closes an incident (resolved, or completed for maintenance) with a closing update.
    static func resolve(_ incident: StatusIncidentRecord, note: String?, at date: Date, _ db: Database) throws {
        var incident = incident
        incident.status = incident.isMaintenance ? .completed : .resolved
        incident.resolvedAt = date
        try incident.update(db)
        let body =
            note ?? (incident.isMaintenance ? "The maintenance is complete." : "This incident has been resolved.")
        try insertUpdate(incidentID: incident.id, status: incident.status, body: body, at: date, db)
    }

    private static func insertUpdate(
        incidentID: String, status: IncidentStatus, body: String, at date: Date, _ db: Database
    ) throws {
        let count =
            try StatusIncidentUpdateRecord
            .filter(StatusIncidentUpdateRecord.Columns.incidentID == incidentID)
            .fetchCount(db)
        let update = IncidentUpdate(id: "\(incidentID)-u\(count + 1)", status: status, body: body, createdAt: date)
        try StatusIncidentUpdateRecord(update, incidentID: incidentID).insert(db)
    }

    /// The Statuspage impact that matches a component state.
    static func impact(of status: ComponentStatus) -> IncidentImpact {
        switch status {
        case .operational: .none
        case .underMaintenance: .maintenance
        case .degradedPerformance: .minor
        case .partialOutage: .major
        case .majorOutage: .critical
        }
    }

    /// `20250304T101231Z`: sortable and safe in an id.
    private static func compactStamp(_ date: Date) -> String {
        let text = DatabaseDateText.string(date)  // yyyy-MM-dd HH:mm:ss.SSS
        let digits = text.prefix(19).filter(\.isNumber)
        return String(digits.prefix(8)) + "T" + String(digits.dropFirst(8)) + "Z"
    }
}
