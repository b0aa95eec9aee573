/// What an announcement template can say.
public enum AnnouncementVariable: String, CaseIterable, Sendable {
    case incidentName = "incident_name", incidentSince = "incident_since", incidentUpdate = "incident_update"
    /// The affected components, listed.
    case affected
    /// What still works: the groups or components that are operational.
    case stillWorking = "still_working"
    /// The advice for what the incident bears on (`advice.*` templates).
    case advice
    /// The affected channels' and carriers' names.
    case channels, carriers
    case nextUpdateAt = "next_update_at", updateInterval = "update_interval"
    case maintenanceUntil = "maintenance_until", incidentDelay = "incident_delay"
}

/// A ready-to-send announcement's text with `{variable}` slots, from `announcements:` in
/// `templates/<language>.yaml`.
public typealias AnnouncementTemplate = SlotTemplate<AnnouncementVariable>

extension SlotTemplate where Variable == AnnouncementVariable {
    /// The templates every language must have.
    public static let requiredIDs: [String] = [
        "incident", "maintenance", "affected.unknown",
        "advice.everyone", "advice.login", "advice.pickup_points", "advice.channel", "advice.carrier", "advice.maintenance",
        "still.dashboard", "still.dashboard_other", "still.channels", "still.channels_other", "still.carriers",
        "still.carriers_other", "still.nothing", "still.unknown",
    ]

    /// Reads `announcements:` of one templates file, reporting unknown variables and missing ids.
    static func load(_ node: YAMLValue?, path: String, issues: IssueCollector) -> [String: AnnouncementTemplate] {
        guard let node else {
            issues.add(path, nil, "`announcements:` is missing; it needs \(requiredIDs.joined(separator: ", "))")
            return [:]
        }
        var result: [String: AnnouncementTemplate] = [:]
        for (id, value) in node.entries {
            guard let text = value.string else {
                issues.add(value, "announcement `\(id)` must be text")
                continue
            }
            let (template, unknown) = parse(text.trimmingCharacters(in: .whitespacesAndNewlines))
            for name in unknown {
                issues.add(value, "announcement `\(id)` uses unknown variable `{\(name)}`; variables are \(AnnouncementVariable.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result[id] = template
        }
        for id in requiredIDs where result[id] == nil {
            issues.add(node, "`announcements:` has no `\(id)`")
        }
        return result
    }
}
