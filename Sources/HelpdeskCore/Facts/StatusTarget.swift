/// What a status component bears on.
public enum StatusTarget: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Everyone: the dashboard, the app, the website.
    case everyone
    /// Logging in (the ID service).
    case login
    /// Collection from pickup points.
    case pickupPoints
    case channel(Channel)
    /// A carrier id.
    case carrier(String)

    public var description: String {
        switch self {
        case .everyone: "everyone"
        case .login: "login"
        case .pickupPoints: "pickup_points"
        case .channel(let channel): "channel:\(channel.rawValue)"
        case .carrier(let carrier): "carrier:\(carrier)"
        }
    }
}

/// Relates status components to what they bear on, by words in their names (from `status.yaml`
/// and the names of channels and carriers).
public struct ComponentMap: Sendable {
    public var everyone: [String]
    public var login: [String]
    public var pickupPoints: [String]
    public var catalog: Catalog

    public init(everyone: [String], login: [String], pickupPoints: [String], catalog: Catalog) {
        self.everyone = everyone
        self.login = login
        self.pickupPoints = pickupPoints
        self.catalog = catalog
    }

    /// What a component with this name bears on.
    public func targets(ofComponentNamed name: String) -> Set<StatusTarget> {
        let words = " " + Tokenizer.tokens(of: name).map(\.text).joined(separator: " ") + " "
        func mentions(_ phrase: String) -> Bool {
            let normalised = Tokenizer.tokens(of: phrase).map(\.text).joined(separator: " ")
            return !normalised.isEmpty && words.contains(" " + normalised + " ")
        }
        var targets: Set<StatusTarget> = []
        if everyone.contains(where: mentions) { targets.insert(.everyone) }
        if login.contains(where: mentions) { targets.insert(.login) }
        if pickupPoints.contains(where: mentions) { targets.insert(.pickupPoints) }
        for (channel, thing) in catalog.channels where ([thing.name] + thing.aliases).contains(where: mentions) {
            targets.insert(.channel(channel))
        }
        for (id, thing) in catalog.carriers where ([thing.name] + thing.aliases).contains(where: mentions) {
            targets.insert(.carrier(id))
        }
        return targets
    }
}

/// Reads `status.yaml`.
struct ComponentMapLoader {
    let files: KnowledgeBaseFiles

    func load(catalog: Catalog) -> ComponentMap {
        let root = files.yaml("status.yaml")
        if let root, root["everyone"]?.strings == nil {
            files.issues.add(root, "`everyone:` must list the words of components that bear on everyone (Dashboard, App, …)")
        }
        return ComponentMap(
            everyone: root?["everyone"]?.strings ?? [],
            login: root?["login"]?.strings ?? [],
            pickupPoints: root?["pickup_points"]?.strings ?? [],
            catalog: catalog)
    }
}
