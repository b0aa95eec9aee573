import Foundation

/// Writes Helpdesk's view of the service as a Statuspage v2 `summary.json`, with every field
/// Statuspage serves, so that any Statuspage client (and `helpdesk status import`) can read it.
public enum StatuspageExport {
    /// The page the document describes.
    public struct Page: Sendable {
        /// `page.id`.
        public var id: String
        /// `page.name`.
        public var name: String
        /// `page.url`: where the page is published.
        public var url: String
        /// `page.time_zone`: an IANA name.
        public var timeZone: String

        public init(id: String = "helpdesk", name: String, url: String, timeZone: String) {
            self.id = id
            self.name = name
            self.url = url
            self.timeZone = timeZone
        }
    }

    /// The document for `status`, pretty-printed with sorted keys. `now` stands in for times
    /// the view does not have (when nothing was ever fetched).
    public static func document(_ status: ServiceStatus, page: Page, now: Date) -> Data {
        let asOf = status.fetchedAt ?? now
        var groups: [String: (id: String, members: [StatusComponent])] = [:]
        for component in status.components {
            guard let group = component.groupName else { continue }
            groups[group, default: ("group-" + Slug.make(group).ifEmpty("unnamed"), [])].members.append(component)
        }
        var components = status.components.map { component in
            self.component(component, groupID: component.groupName.flatMap { groups[$0]?.id }, page: page, asOf: asOf)
        }
        for (name, group) in groups.sorted(by: { $0.key < $1.key }) {
            let worst = group.members.map(\.status).max() ?? .operational
            let first = group.members.map(\.position).min() ?? 0
            let groupComponent = StatusComponent(id: group.id, name: name, status: worst, position: first, updatedAt: group.members.compactMap(\.updatedAt).max())
            var fields = self.componentFields(groupComponent, groupID: nil, page: page, asOf: asOf)
            fields["group"] = .bool(true)
            fields["components"] = .array(group.members.map { .string($0.id) })
            components.append(.object(fields))
        }
        let byID = Dictionary(status.components.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let incidents = status.incidents.filter { !$0.isMaintenance }.map { incident($0, components: byID, page: page, asOf: asOf) }
        let maintenances = status.incidents.filter(\.isMaintenance).map { incident($0, components: byID, page: page, asOf: asOf) }
        let (indicator, description) = indicator(status.overall)
        let document: JSONValue = .object([
            "page": .object([
                "id": .string(page.id), "name": .string(page.name), "url": .string(page.url),
                "time_zone": .string(page.timeZone), "updated_at": .time(asOf),
            ]),
            "components": .array(components),
            "incidents": .array(incidents),
            "scheduled_maintenances": .array(maintenances),
            "status": .object(["indicator": .string(indicator), "description": .string(description)]),
        ])
        return (try? StableJSON.encoder(pretty: true).encode(document)) ?? Data("{}".utf8)
    }

    /// Statuspage's page indicator for Helpdesk's roll-up.
    static func indicator(_ overall: ComponentStatus) -> (String, String) {
        switch overall {
        case .operational: ("none", "All Systems Operational")
        case .underMaintenance: ("none", "Service Under Maintenance")
        case .degradedPerformance: ("minor", "Partially Degraded Service")
        case .partialOutage: ("major", "Partial System Outage")
        case .majorOutage: ("critical", "Major System Outage")
        }
    }

    private static func component(_ component: StatusComponent, groupID: String?, page: Page, asOf: Date) -> JSONValue {
        .object(componentFields(component, groupID: groupID, page: page, asOf: asOf))
    }

    private static func componentFields(_ component: StatusComponent, groupID: String?, page: Page, asOf: Date) -> [String: JSONValue] {
        let updated = component.updatedAt ?? asOf
        return [
            "id": .string(component.id), "name": .string(component.name), "status": .string(component.status.rawValue),
            "created_at": .time(updated), "updated_at": .time(updated), "position": .number(Double(component.position)),
            "description": .text(component.description), "showcase": .bool(true), "start_date": .null,
            "group_id": .text(groupID), "page_id": .string(page.id), "group": .bool(false), "only_show_if_degraded": .bool(false),
        ]
    }

    private static func incident(_ incident: Incident, components: [String: StatusComponent], page: Page, asOf: Date) -> JSONValue {
        let updates = incident.updates.sorted { $0.createdAt > $1.createdAt }
        let monitoringAt = incident.updates.filter { $0.status == .monitoring }.map(\.createdAt).min()
        var fields: [String: JSONValue] = [
            "id": .string(incident.id), "name": .string(incident.name), "status": .string(incident.status.rawValue),
            "created_at": .time(incident.startedAt), "updated_at": .time(updates.first?.createdAt ?? incident.startedAt),
            "monitoring_at": .time(monitoringAt), "resolved_at": .time(incident.resolvedAt),
            "impact": .string(incident.impact.rawValue), "shortlink": .text(incident.shortlink),
            "started_at": .time(incident.startedAt), "page_id": .string(page.id),
            "incident_updates": .array(updates.map { update($0, incidentID: incident.id) }),
            "components": .array(incident.componentIDs.map { id in
                let component = components[id] ?? StatusComponent(id: id, name: id, status: .operational)
                return self.component(component, groupID: nil, page: page, asOf: asOf)
            }),
        ]
        if incident.isMaintenance {
            fields["scheduled_for"] = .time(incident.scheduledFor)
            fields["scheduled_until"] = .time(incident.scheduledUntil)
        }
        return .object(fields)
    }

    private static func update(_ update: IncidentUpdate, incidentID: String) -> JSONValue {
        .object([
            "id": .string(update.id), "status": .string(update.status.rawValue), "body": .string(update.body),
            "incident_id": .string(incidentID), "created_at": .time(update.createdAt), "updated_at": .time(update.createdAt),
            "display_at": .time(update.createdAt), "affected_components": .null, "deliver_notifications": .bool(true),
            "custom_tweet": .null, "tweet_id": .null,
        ])
    }
}
