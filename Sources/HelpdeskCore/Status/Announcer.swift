import Foundation

/// A ready-to-send message about one open incident or maintenance, for everyone online.
public struct Announcement: Codable, Sendable, Equatable {
    /// The incident or maintenance it is about.
    public var incidentID: String
    /// Its name, as the feed gives it.
    public var incidentName: String
    /// Whether it announces planned maintenance rather than an incident.
    public var isMaintenance: Bool
    /// The language it is written in.
    public var language: Language
    /// When the announcement promises the next update.
    public var nextUpdateAt: Date
    /// The message, ready to send.
    public var text: String
}

/// Writes announcements for open incidents from the `announcements:` templates: what is
/// affected, what still works, what to do meanwhile, and when the next update comes.
public struct Announcer: Sendable {
    let knowledgeBase: KnowledgeBase
    let renderer: Renderer

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        self.renderer = Renderer(
            texts: knowledgeBase.texts, facts: knowledgeBase.facts, catalog: knowledgeBase.catalog,
            settings: knowledgeBase.settings)
    }

    /// One announcement per open incident (incidents before maintenance, newest first) and language.
    public func announcements(for status: ServiceStatus, now: Date, languages: [Language] = Language.allCases) -> [Announcement] {
        let open = status.openIncidents(at: now).sorted {
            $0.isMaintenance != $1.isMaintenance ? !$0.isMaintenance : $0.startedAt > $1.startedAt
        }
        let map = knowledgeBase.components
        let groups = Dictionary(status.components.map { ($0.id, ComponentGroup.of($0, in: map)) }, uniquingKeysWith: { first, _ in first })
        var result: [Announcement] = []
        for incident in open {
            let context = Context(incident: incident, status: status, now: now, map: map, groups: groups, interval: updateInterval)
            for language in languages {
                guard let text = knowledgeBase.texts[language],
                    let template = text.announcements[incident.isMaintenance ? "maintenance" : "incident"]
                else { continue }
                result.append(
                    Announcement(
                        incidentID: incident.id, incidentName: incident.name, isMaintenance: incident.isMaintenance,
                        language: language, nextUpdateAt: context.nextUpdateAt, text: fill(template, context, text)))
            }
        }
        return result
    }

    private var updateInterval: TimeInterval? { knowledgeBase.facts["status_update_interval"]?.value.seconds }

    /// What an announcement says about one incident, worked out once for every language.
    struct Context {
        var incident: Incident
        var status: ServiceStatus
        var now: Date
        var affected: [StatusComponent]
        var targets: Set<StatusTarget>
        var nextUpdateAt: Date
        /// Each component's group, by id.
        var groups: [String: ComponentGroup]

        init(
            incident: Incident, status: ServiceStatus, now: Date, map: ComponentMap, groups: [String: ComponentGroup],
            interval: TimeInterval?
        ) {
            self.incident = incident
            self.status = status
            self.now = now
            self.groups = groups
            let byID = Dictionary(status.components.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            affected = incident.componentIDs.compactMap { byID[$0] }
            var targets = affected.reduce(into: Set<StatusTarget>()) { $0.formUnion(map.targets(of: $1)) }
            if targets.isEmpty { targets = map.targets(ofComponentNamed: incident.name) }
            if targets.isEmpty { targets = [.everyone] }
            self.targets = targets
            let interval = max(interval ?? 1800, 60)
            var next = (incident.latestUpdate?.createdAt ?? incident.startedAt).addingTimeInterval(interval)
            if next <= now { next = next.addingTimeInterval((now.timeIntervalSince(next) / interval).rounded(.down) * interval + interval) }
            nextUpdateAt = next
        }

        var channels: [Channel] {
            targets.compactMap { if case .channel(let channel) = $0 { channel } else { nil } }.sorted { $0.rawValue < $1.rawValue }
        }

        var carriers: [String] {
            targets.compactMap { if case .carrier(let carrier) = $0 { carrier } else { nil } }.sorted()
        }

        /// Advice template ids, most important first.
        var adviceIDs: [String] {
            if incident.isMaintenance { return ["advice.maintenance"] }
            var ids: [String] = []
            if targets.contains(.everyone) { ids.append("advice.everyone") }
            if targets.contains(.login) { ids.append("advice.login") }
            if !channels.isEmpty { ids.append("advice.channel") }
            if !carriers.isEmpty { ids.append("advice.carrier") }
            if targets.contains(.pickupPoints) { ids.append("advice.pickup_points") }
            return ids
        }
    }

    private func fill(_ template: AnnouncementTemplate, _ context: Context, _ text: LocaleText, advising: Bool = true) -> String {
        var output = ""
        for segment in template.segments {
            switch segment {
            case .text(let literal): output += literal
            case .variable(let variable): output += value(variable, context, text, advising: advising)
            }
        }
        return output
    }

    private func value(_ variable: AnnouncementVariable, _ context: Context, _ text: LocaleText, advising: Bool) -> String {
        let incident = context.incident
        let catalog = knowledgeBase.catalog
        switch variable {
        case .incidentName: return incident.name
        case .incidentSince: return renderer.clock(incident.scheduledFor ?? incident.startedAt, now: context.now, text)
        case .incidentUpdate: return incident.latestUpdate?.body ?? text.word("no_update")
        case .affected:
            var names = context.affected.map(\.name)
            if names.isEmpty {
                names = context.channels.map(catalog.name(of:)) + context.carriers.map(catalog.carrierName)
            }
            return names.isEmpty ? piece("affected.unknown", context, text) : listed(names, text)
        case .stillWorking: return stillWorking(context, text)
        case .advice:
            guard advising else { return "" }
            return context.adviceIDs.compactMap { id in
                text.announcements[id].map { fill($0, context, text, advising: false) }
            }.joined(separator: " ")
        case .channels: return listed(context.channels.map(catalog.name(of:)), text)
        case .carriers: return listed(context.carriers.map(catalog.carrierName), text)
        case .nextUpdateAt: return renderer.clock(context.nextUpdateAt, now: context.now, text)
        case .updateInterval: return updateInterval.map(text.duration) ?? text.word("unknown")
        case .maintenanceUntil: return incident.scheduledUntil.map { renderer.clock($0, now: context.now, text) } ?? text.word("unknown")
        case .incidentDelay:
            let delay = IncidentDelay.stated(by: incident) ?? knowledgeBase.facts["incident_delay"]?.value.seconds
            return delay.map(text.duration) ?? text.word("unknown")
        }
    }

    /// The groups (or, where some are down, the components) that are working.
    private func stillWorking(_ context: Context, _ text: LocaleText) -> String {
        let components = context.status.components
        if components.isEmpty { return piece("still.unknown", context, text) }
        let affected = Set(context.affected.map(\.id))
        var parts: [String] = []
        for group in ComponentGroup.allCases {
            let members = components.filter { (context.groups[$0.id] ?? .dashboard) == group }
            let others = members.filter { !affected.contains($0.id) }
            guard !others.isEmpty else { continue }
            if others.allSatisfy({ $0.status == .operational }) {
                parts.append(piece("still.\(group.rawValue)" + (others.count == members.count ? "" : "_other"), context, text))
            } else {
                parts += others.filter { $0.status == .operational }.map(\.name)
            }
        }
        return parts.isEmpty ? piece("still.nothing", context, text) : listed(parts, text)
    }

    private func piece(_ id: String, _ context: Context, _ text: LocaleText) -> String {
        text.announcements[id].map { fill($0, context, text, advising: false) } ?? id
    }

    private func listed(_ items: [String], _ text: LocaleText) -> String {
        switch items.count {
        case 0: return text.word("unknown")
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " " + text.word("and") + " " + (items.last ?? "")
        }
    }
}
