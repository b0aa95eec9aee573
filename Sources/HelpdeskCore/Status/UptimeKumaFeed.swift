import Foundation

/// Reads an Uptime Kuma status page (`/api/status-page/SLUG`) and its heartbeats
/// (`/api/status-page/heartbeat/SLUG`) into Helpdesk's model.
///
/// Each monitor is a component whose state is its latest heartbeat: UP is operational, PENDING
/// degraded performance, DOWN a major outage, MAINTENANCE under maintenance; a monitor with no
/// heartbeat yet is left out with a note. The pinned incident becomes an incident on the monitors
/// that are not up; without one, each monitor that is down or pending gets an incident of its
/// own, open since its first heartbeat that was not up. Maintenance that is under way or
/// scheduled becomes maintenance, on the monitors in maintenance.
enum UptimeKumaFeed {
    struct Page: Decodable {
        struct Group: Decodable {
            var name: String?
            var monitorList: [Monitor]?
        }
        struct Monitor: Decodable {
            var id: LooseID
            var name: String
        }
        struct PinnedIncident: Decodable {
            var id: LooseID
            var title: String?
            var content: String?
            var style: String?
            var createdDate: String?
            var lastUpdatedDate: String?
        }
        struct Maintenance: Decodable {
            struct Slot: Decodable {
                var startDate: String?
                var endDate: String?
            }
            var id: LooseID
            var title: String
            var description: String?
            var status: String?
            var timeslotList: [Slot]?
        }
        var incident: PinnedIncident?
        var publicGroupList: [Group]
        var maintenanceList: [Maintenance]?
    }

    struct Heartbeats: Decodable {
        struct Beat: Decodable {
            var status: LooseInt
            var time: String
            var msg: String?
        }
        var heartbeatList: [String: [Beat]]
    }

    static let states: [Int: ComponentStatus] = [0: .majorOutage, 1: .operational, 2: .degradedPerformance, 3: .underMaintenance]

    static func parse(page pageData: Data, heartbeats heartbeatData: Data) throws -> (status: ServiceStatus, notes: [String]) {
        let page = try FeedDecoding.decode(Page.self, from: pageData, document: "")
        let beats = try FeedDecoding.decode(Heartbeats.self, from: heartbeatData, document: "heartbeat document").heartbeatList
        var notes: [String] = []
        var components: [StatusComponent] = []
        var downSince: [String: (since: Date, message: String)] = [:]
        for group in page.publicGroupList {
            for monitor in group.monitorList ?? [] {
                let id = monitor.id.value
                var list: [(status: Int, time: Date, message: String)] = []
                for (index, beat) in (beats[id] ?? []).enumerated() {
                    guard let time = FeedDate.parse(beat.time) else {
                        throw FeedDecoding.problem("heartbeat document", "heartbeatList.\(id)[\(index)].time `\(beat.time)` is not a time")
                    }
                    list.append((beat.status.value, time, beat.msg ?? ""))
                }
                list.sort { $0.time < $1.time }
                guard let latest = list.last else {
                    notes.append("monitor `\(monitor.name)` has no heartbeats yet; left out")
                    continue
                }
                guard let status = states[latest.status] else {
                    throw FeedDecoding.problem("heartbeat document", "heartbeatList.\(id): status `\(latest.status)` is not an Uptime Kuma heartbeat status (0–3)")
                }
                components.append(
                    StatusComponent(
                        id: id, name: monitor.name, status: status, groupName: group.name,
                        position: components.count, updatedAt: latest.time))
                if status == .majorOutage || status == .degradedPerformance {
                    let streak = list.reversed().prefix { $0.status == 0 || $0.status == 2 }
                    downSince[id] = (streak.last?.time ?? latest.time, latest.message)
                }
            }
        }
        // Times the page leaves out fall back to the newest heartbeat: when the page was seen so.
        let seen = components.compactMap(\.updatedAt).max() ?? Date(timeIntervalSince1970: 0)
        var incidents: [Incident] = []
        let troubled = components.filter { downSince[$0.id] != nil }
        if let pinned = page.incident {
            incidents.append(pinnedIncident(pinned, components: troubled.map(\.id), seen: seen))
        } else {
            for component in troubled {
                guard let down = downSince[component.id] else { continue }
                let name = down.message.isEmpty ? component.name : "\(component.name): \(down.message)"
                let incidentID = "monitor-\(component.id)-\(Int(down.since.timeIntervalSince1970))"
                incidents.append(
                    Incident(
                        id: incidentID, name: name, status: .investigating,
                        impact: component.status == .majorOutage ? .major : .minor, startedAt: down.since,
                        componentIDs: [component.id],
                        updates: [IncidentUpdate(id: incidentID + "-u", status: .investigating, body: down.message, createdAt: down.since)]))
            }
        }
        let inMaintenance = components.filter { $0.status == .underMaintenance }.map(\.id)
        for (index, maintenance) in (page.maintenanceList ?? []).enumerated() {
            if let item = try self.maintenance(maintenance, field: "maintenanceList[\(index)]", components: inMaintenance, seen: seen) {
                incidents.append(item)
            }
        }
        return (ServiceStatus(components: components, incidents: incidents), notes)
    }

    private static func pinnedIncident(_ pinned: Page.PinnedIncident, components: [String], seen: Date) -> Incident {
        let created = FeedDate.parse(pinned.createdDate) ?? seen
        let updated = FeedDate.parse(pinned.lastUpdatedDate) ?? created
        let impact: IncidentImpact =
            switch pinned.style {
            case "danger": .major
            case "warning": .minor
            default: .none
            }
        let id = "incident-\(pinned.id.value)"
        let updates = (pinned.content ?? "").isEmpty ? [] : [IncidentUpdate(id: id + "-\(Int(updated.timeIntervalSince1970))", status: .investigating, body: pinned.content ?? "", createdAt: updated)]
        return Incident(
            id: id, name: pinned.title ?? pinned.content ?? "Incident", status: .investigating, impact: impact,
            startedAt: created, componentIDs: components, updates: updates)
    }

    private static func maintenance(_ raw: Page.Maintenance, field: String, components: [String], seen: Date) throws -> Incident? {
        let status: IncidentStatus
        switch raw.status {
        case "under-maintenance": status = .inProgress
        case "scheduled": status = .scheduled
        case "ended", "inactive", nil: return nil
        case let other?:
            throw FeedDecoding.problem("", "\(field).status `\(other)` is not an Uptime Kuma maintenance status")
        }
        let slot = raw.timeslotList?.first
        let start = FeedDate.parse(slot?.startDate)
        let started = start ?? seen
        let id = "maintenance-\(raw.id.value)"
        let description = raw.description ?? ""
        return Incident(
            id: id, name: raw.title, status: status, impact: .maintenance, startedAt: started,
            componentIDs: status == .inProgress ? components : [],
            updates: description.isEmpty ? [] : [IncidentUpdate(id: id + "-u", status: status, body: description, createdAt: started)],
            isMaintenance: true, scheduledFor: start, scheduledUntil: FeedDate.parse(slot?.endDate))
    }
}
