import Foundation

/// Reads Cachet's API v1 (`/api/v1/components` and `/api/v1/incidents`) into Helpdesk's model.
///
/// Component states 1–4 and 6 map to operational, degraded performance, partial outage, major
/// outage and under maintenance; 0 and 5 (unknown) are left out with a note. Incident states
/// 0–4 map to scheduled (maintenance), investigating, identified, monitoring (Cachet's
/// "watching") and resolved ("fixed"). Hidden and deleted items are left out.
enum CachetFeed {
    struct List<Item: Decodable>: Decodable {
        var data: [Item]
        var meta: Meta?
    }

    struct Meta: Decodable {
        struct Pagination: Decodable {
            struct Links: Decodable { var next_page: String? }
            var links: Links?
        }
        var pagination: Pagination?
    }

    struct Component: Decodable {
        var id: LooseID
        var name: String
        var description: String?
        var status: LooseInt
        var order: LooseInt?
        var updated_at: String?
        var enabled: LooseInt?
        var deleted_at: String?
    }

    struct Update: Decodable {
        var id: LooseID
        var status: LooseInt
        var message: String?
        var created_at: String?
    }

    struct Incident: Decodable {
        var id: LooseID
        var component_id: LooseInt?
        var name: String
        var status: LooseInt
        var visible: LooseInt?
        var message: String?
        var scheduled_at: String?
        var occurred_at: String?
        var created_at: String?
        var updated_at: String?
        var deleted_at: String?
        var updates: [Update]?
    }

    static let componentStates: [Int: ComponentStatus] = [
        1: .operational, 2: .degradedPerformance, 3: .partialOutage, 4: .majorOutage, 6: .underMaintenance,
    ]
    static let unknownComponentStates: Set<Int> = [0, 5]
    static let incidentStates: [Int: IncidentStatus] = [
        0: .scheduled, 1: .investigating, 2: .identified, 3: .monitoring, 4: .resolved,
    ]

    /// The next page of a paginated list, if the document names one.
    static func nextPage(of data: Data) -> String? {
        struct Page: Decodable { var meta: Meta? }
        let page = try? JSONDecoder().decode(Page.self, from: data)
        return page?.meta?.pagination?.links?.next_page.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Parses the pages of components and of incidents.
    static func parse(components: [Data], incidents: [Data], incidentsLocation: String) throws -> (status: ServiceStatus, notes: [String]) {
        var notes: [String] = []
        var parsed: [StatusComponent] = []
        var index = 0
        for page in components {
            for raw in try FeedDecoding.decode(List<Component>.self, from: page, document: "").data {
                defer { index += 1 }
                if raw.deleted_at != nil || raw.enabled?.value == 0 { continue }
                guard let status = componentStates[raw.status.value] else {
                    if unknownComponentStates.contains(raw.status.value) {
                        notes.append("component `\(raw.name)` has an unknown state (\(raw.status.value)); left out")
                        continue
                    }
                    throw FeedDecoding.problem("", "data[\(index)].status `\(raw.status.value)` is not a Cachet component status (1–6)")
                }
                parsed.append(
                    StatusComponent(
                        id: raw.id.value, name: raw.name, status: status,
                        description: raw.description.flatMap { $0.isEmpty ? nil : $0 },
                        position: raw.order?.value ?? index, updatedAt: FeedDate.parse(raw.updated_at)))
            }
        }
        let byID = Dictionary(parsed.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var incidentList: [HelpdeskCore.Incident] = []
        var incidentIndex = 0
        let document = "incidents document \(incidentsLocation)"
        for page in incidents {
            for raw in try FeedDecoding.decode(List<Incident>.self, from: page, document: document).data {
                defer { incidentIndex += 1 }
                if raw.deleted_at != nil || raw.visible?.value == 0 { continue }
                incidentList.append(try incident(raw, field: "data[\(incidentIndex)]", document: document, components: byID))
            }
        }
        return (ServiceStatus(components: parsed, incidents: incidentList), notes)
    }

    private static func incident(
        _ raw: Incident, field: String, document: String, components: [String: StatusComponent]
    ) throws -> HelpdeskCore.Incident {
        guard let status = incidentStates[raw.status.value] else {
            throw FeedDecoding.problem(document, "\(field).status `\(raw.status.value)` is not a Cachet incident status (0–4)")
        }
        let isMaintenance = status == .scheduled
        guard let started = FeedDate.parse(raw.occurred_at) ?? FeedDate.parse(raw.created_at) ?? FeedDate.parse(raw.scheduled_at) else {
            throw FeedDecoding.problem(document, "\(field) needs `occurred_at`, `created_at` or `scheduled_at` as a time")
        }
        let componentID = raw.component_id.flatMap { $0.value > 0 ? String($0.value) : nil }
        let component = componentID.flatMap { components[$0] }
        var updates: [IncidentUpdate] = []
        for (index, update) in (raw.updates ?? []).enumerated() {
            guard let updateStatus = incidentStates[update.status.value] else {
                throw FeedDecoding.problem(document, "\(field).updates[\(index)].status `\(update.status.value)` is not a Cachet incident status (0–4)")
            }
            updates.append(
                IncidentUpdate(
                    id: "\(raw.id.value)-\(update.id.value)", status: updateStatus, body: update.message ?? "",
                    createdAt: FeedDate.parse(update.created_at) ?? started))
        }
        if updates.isEmpty, let message = raw.message, !message.isEmpty {
            updates.append(
                IncidentUpdate(
                    id: "\(raw.id.value)-message", status: status, body: message,
                    createdAt: FeedDate.parse(raw.updated_at) ?? started))
        }
        return HelpdeskCore.Incident(
            id: raw.id.value, name: raw.name, status: status,
            impact: isMaintenance ? .maintenance : impact(of: component?.status, resolved: status == .resolved),
            startedAt: started, resolvedAt: status == .resolved ? (FeedDate.parse(raw.updated_at) ?? started) : nil,
            componentIDs: componentID.map { [$0] } ?? [], updates: updates.sorted { $0.createdAt < $1.createdAt },
            isMaintenance: isMaintenance, scheduledFor: isMaintenance ? FeedDate.parse(raw.scheduled_at) ?? started : nil)
    }

    /// Cachet has no impact of its own: it follows the affected component's state.
    private static func impact(of status: ComponentStatus?, resolved: Bool) -> IncidentImpact {
        switch status {
        case .majorOutage: .critical
        case .partialOutage: .major
        case .degradedPerformance: .minor
        case .operational, .underMaintenance, nil: resolved ? .none : .minor
        }
    }
}
