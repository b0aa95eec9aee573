import Foundation

/// Reads a Statuspage v2 `summary.json` into Helpdesk's status model.
public enum StatuspageSummary {
    /// A problem with a status document, naming the field.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
        public init(message: String) { self.message = message }
    }

    struct Document: Decodable {
        struct Page: Decodable { var name: String?; var updated_at: String? }
        struct Component: Decodable {
            var id: String
            var name: String
            var status: String
            var description: String?
            var position: Int?
            var group_id: String?
            var group: Bool?
            var updated_at: String?
        }
        struct Update: Decodable {
            var id: String
            var status: String
            var body: String?
            var created_at: String?
            var display_at: String?
        }
        struct Incident: Decodable {
            var id: String
            var name: String
            var status: String
            var impact: String?
            var created_at: String?
            var started_at: String?
            var resolved_at: String?
            var shortlink: String?
            var incident_updates: [Update]?
            var components: [Component]?
            var scheduled_for: String?
            var scheduled_until: String?
        }
        var page: Page?
        var components: [Component]?
        var incidents: [Incident]?
        var scheduled_maintenances: [Incident]?
    }

    /// Parses `data`. Unknown states are errors naming the field; missing optional parts are fine.
    public static func parse(_ data: Data) throws -> ServiceStatus {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ParseError(message: "missing field `\(path(context.codingPath + [key]))`")
        } catch let DecodingError.typeMismatch(_, context) {
            throw ParseError(message: "field `\(path(context.codingPath))` has the wrong type")
        } catch let DecodingError.valueNotFound(_, context) {
            throw ParseError(message: "field `\(path(context.codingPath))` is null")
        } catch {
            throw ParseError(message: "not a JSON status document: \(error.localizedDescription)")
        }
        guard document.components != nil || document.incidents != nil else {
            throw ParseError(message: "not a Statuspage summary: it has neither `components` nor `incidents`")
        }
        let groups = Dictionary(
            (document.components ?? []).filter { $0.group == true }.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var components: [StatusComponent] = []
        for (index, raw) in (document.components ?? []).enumerated() where raw.group != true {
            guard let status = ComponentStatus(rawValue: raw.status) else {
                throw ParseError(message: "components[\(index)].status `\(raw.status)` is not a Statuspage component status")
            }
            components.append(
                StatusComponent(
                    id: raw.id, name: raw.name, status: status, description: raw.description,
                    groupName: raw.group_id.flatMap { groups[$0] }, position: raw.position ?? index,
                    updatedAt: raw.updated_at.flatMap(ISO8601.parse)))
        }
        var incidents: [Incident] = []
        for (field, list, maintenance) in [("incidents", document.incidents ?? [], false), ("scheduled_maintenances", document.scheduled_maintenances ?? [], true)] {
            for (index, raw) in list.enumerated() {
                incidents.append(try incident(raw, field: "\(field)[\(index)]", maintenance: maintenance))
            }
        }
        return ServiceStatus(components: components, incidents: incidents)
    }

    private static func incident(_ raw: Document.Incident, field: String, maintenance: Bool) throws -> Incident {
        guard let status = IncidentStatus(rawValue: raw.status) else {
            throw ParseError(message: "\(field).status `\(raw.status)` is not a Statuspage incident status")
        }
        let impact = raw.impact.flatMap(IncidentImpact.init(rawValue:)) ?? (maintenance ? .maintenance : .none)
        guard let started = (raw.started_at ?? raw.created_at ?? raw.scheduled_for).flatMap(ISO8601.parse) else {
            throw ParseError(message: "\(field) needs `started_at` or `created_at` as an ISO-8601 time")
        }
        var updates: [IncidentUpdate] = []
        for (index, update) in (raw.incident_updates ?? []).enumerated() {
            guard let updateStatus = IncidentStatus(rawValue: update.status) else {
                throw ParseError(message: "\(field).incident_updates[\(index)].status `\(update.status)` is unknown")
            }
            let created = (update.display_at ?? update.created_at).flatMap(ISO8601.parse) ?? started
            updates.append(IncidentUpdate(id: update.id, status: updateStatus, body: update.body ?? "", createdAt: created))
        }
        return Incident(
            id: raw.id, name: raw.name, status: status, impact: impact, startedAt: started,
            resolvedAt: raw.resolved_at.flatMap(ISO8601.parse), componentIDs: (raw.components ?? []).map(\.id),
            updates: updates.sorted { $0.createdAt < $1.createdAt }, isMaintenance: maintenance,
            scheduledFor: raw.scheduled_for.flatMap(ISO8601.parse), scheduledUntil: raw.scheduled_until.flatMap(ISO8601.parse),
            shortlink: raw.shortlink)
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
