/// How the status page and announcements group components: what sellers recognise.
public enum ComponentGroup: String, CaseIterable, Sendable, Codable {
    /// The dashboard and the services everyone uses (login, pickup points, anything unmapped).
    case dashboard
    /// Sales-channel connections.
    case channels
    /// Carrier integrations.
    case carriers

    /// The group of a component, from what it bears on in `status.yaml`.
    public static func of(_ component: StatusComponent, in map: ComponentMap) -> ComponentGroup {
        let targets = map.targets(of: component)
        if targets.contains(where: { if case .channel = $0 { true } else { false } }) { return .channels }
        if targets.contains(where: { if case .carrier = $0 { true } else { false } }) { return .carriers }
        return .dashboard
    }
}
