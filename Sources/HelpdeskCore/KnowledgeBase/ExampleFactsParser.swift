import Foundation

/// Reads the facts written inside rule examples (orders, channels, status).
struct ExampleFactsParser {
    let issues: IssueCollector
    let what: String

    private func date(_ value: YAMLValue?, _ field: String) -> Date? {
        guard let value, let text = value.string, !text.isEmpty else { return nil }
        guard let date = ISO8601.parse(text) else {
            issues.add(value, "\(what): `\(field)` is not an ISO-8601 time")
            return nil
        }
        return date
    }

    func channel(_ item: YAMLValue) -> ChannelState? {
        guard let name = item["channel"]?.string, let channel = Channel(rawValue: name) else {
            issues.add(item, "\(what): a channel needs `channel:` one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return ChannelState(
            channel: channel, storeName: item["store_name"]?.string, connectedAt: date(item["connected_at"], "connected_at"),
            lastImportAt: date(item["last_import_at"], "last_import_at"), lastExportAt: date(item["last_export_at"], "last_export_at"),
            lastError: item["error"]?.string)
    }

    func order(_ item: YAMLValue) -> Order? {
        guard let name = item["channel"]?.string, let channel = Channel(rawValue: name),
            let number = item["order_number"]?.string,
            let state = item["state"]?.string.flatMap(OrderState.init(rawValue:))
        else {
            issues.add(item, "\(what): an order needs `channel`, `order_number` and `state`")
            return nil
        }
        return Order(
            channel: channel, orderNumber: number, customerName: item["customer_name"]?.string,
            customerEmail: item["customer_email"]?.string?.lowercased(), placedAt: date(item["placed_at"], "placed_at"),
            importedAt: date(item["imported_at"], "imported_at"), dispatchedAt: date(item["dispatched_at"], "dispatched_at"),
            exportedAt: date(item["exported_at"], "exported_at"), carrier: item["carrier"]?.string,
            trackingNumber: item["tracking_number"]?.string, state: state,
            addressChangedAt: date(item["address_changed_at"], "address_changed_at"))
    }

    func status(_ item: YAMLValue) -> ServiceStatus {
        var components: [StatusComponent] = []
        for (position, node) in (item["components"]?.items ?? []).enumerated() {
            guard let name = node["name"]?.string, let status = node["status"]?.string.flatMap(ComponentStatus.init(rawValue:)) else {
                issues.add(node, "\(what): a component needs `name` and `status` (\(ComponentStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            components.append(StatusComponent(id: Slug.make(name), name: name, status: status, position: position))
        }
        var incidents: [Incident] = []
        for (index, node) in (item["incidents"]?.items ?? []).enumerated() {
            guard let name = node["name"]?.string, let started = date(node["started_at"], "started_at") else {
                issues.add(node, "\(what): an incident needs `name` and `started_at`")
                continue
            }
            let status = node["status"]?.string.flatMap(IncidentStatus.init(rawValue:)) ?? .investigating
            let impact = node["impact"]?.string.flatMap(IncidentImpact.init(rawValue:)) ?? .minor
            let id = "example-\(index + 1)"
            let updates = node["update"]?.string.map { [IncidentUpdate(id: id + "-u", status: status, body: $0, createdAt: started)] } ?? []
            incidents.append(
                Incident(
                    id: id, name: name, status: status, impact: impact, startedAt: started,
                    resolvedAt: date(node["resolved_at"], "resolved_at"),
                    componentIDs: (node["components"]?.strings ?? []).map(Slug.make), updates: updates,
                    isMaintenance: impact == .maintenance, scheduledFor: date(node["scheduled_for"], "scheduled_for"),
                    scheduledUntil: date(node["scheduled_until"], "scheduled_until")))
        }
        return ServiceStatus(
            components: components, incidents: incidents, fetchedAt: date(item["fetched_at"], "fetched_at"), source: "example")
    }
}

/// Makes ids from names: `Amazon channel` → `amazon-channel`.
public enum Slug {
    public static func make(_ name: String) -> String {
        Tokenizer.tokens(of: name).map(\.text).joined(separator: "-")
    }
}
