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
    /// Every phrase that names a target, normalised to ` word word ` once.
    private let phrases: [(phrase: String, target: StatusTarget)]

    public init(everyone: [String], login: [String], pickupPoints: [String], catalog: Catalog) {
        self.everyone = everyone
        self.login = login
        self.pickupPoints = pickupPoints
        self.catalog = catalog
        var phrases: [(String, StatusTarget)] = []
        func add(_ names: [String], _ target: StatusTarget) {
            for name in names {
                let normalised = Self.normalise(name)
                if normalised != "  " { phrases.append((normalised, target)) }
            }
        }
        add(everyone, .everyone)
        add(login, .login)
        add(pickupPoints, .pickupPoints)
        for (channel, thing) in catalog.channels { add([thing.name] + thing.aliases, .channel(channel)) }
        for (id, thing) in catalog.carriers { add([thing.name] + thing.aliases, .carrier(id)) }
        self.phrases = phrases
    }

    /// ` word word `: lower-case words between single spaces, for whole-word containment.
    private static func normalise(_ text: String) -> String {
        " " + Tokenizer.tokens(of: text).map(\.text).joined(separator: " ") + " "
    }

    /// What a component with this name bears on.
    public func targets(ofComponentNamed name: String) -> Set<StatusTarget> {
        let words = Self.normalise(name)
        var targets: Set<StatusTarget> = []
        for (phrase, target) in phrases where words.contains(phrase) { targets.insert(target) }
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
