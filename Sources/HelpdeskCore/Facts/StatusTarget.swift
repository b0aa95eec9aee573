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

    /// Whether it is one channel or one carrier (rather than something everyone uses).
    public var isChannelOrCarrier: Bool {
        switch self {
        case .channel, .carrier: true
        case .everyone, .login, .pickupPoints: false
        }
    }

    /// Parses `everyone`, `login`, `pickup_points`, `channel:amazon` or `carrier:royal-mail`.
    public init?(_ text: String, catalog: Catalog) {
        let text = text.trimmingCharacters(in: .whitespaces)
        switch text {
        case "everyone": self = .everyone
        case "login": self = .login
        case "pickup_points": self = .pickupPoints
        default:
            if text.hasPrefix("channel:"), let channel = Channel(rawValue: String(text.dropFirst(8))) {
                self = .channel(channel)
            } else if text.hasPrefix("carrier:"), catalog.carriers[String(text.dropFirst(8))] != nil {
                self = .carrier(String(text.dropFirst(8)))
            } else {
                return nil
            }
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
    /// Components mapped by hand in `status.yaml` (`components:`), by id or lower-case name.
    public var explicit: [String: Set<StatusTarget>]
    /// Every phrase that names a target, as its words.
    private let phrases: [(words: [String], target: StatusTarget)]

    public init(
        everyone: [String], login: [String], pickupPoints: [String], catalog: Catalog,
        explicit: [String: Set<StatusTarget>] = [:]
    ) {
        self.explicit = explicit
        self.everyone = everyone
        self.login = login
        self.pickupPoints = pickupPoints
        self.catalog = catalog
        var phrases: [([String], StatusTarget)] = []
        func add(_ names: [String], _ target: StatusTarget) {
            for name in names {
                let words = Self.words(name)
                if !words.isEmpty { phrases.append((words, target)) }
            }
        }
        add(everyone, .everyone)
        add(login, .login)
        add(pickupPoints, .pickupPoints)
        for (channel, thing) in catalog.channels { add([thing.name] + thing.aliases, .channel(channel)) }
        for (id, thing) in catalog.carriers { add([thing.name] + thing.aliases, .carrier(id)) }
        self.phrases = phrases
    }

    private static func words(_ text: String) -> [String] { Tokenizer.tokens(of: text).map(\.text) }

    /// What a component bears on: its explicit mapping by id or name, else the words of its name.
    public func targets(of component: StatusComponent) -> Set<StatusTarget> {
        explicit[component.id.lowercased()] ?? explicit[component.name.lowercased()]
            ?? targets(ofComponentNamed: component.name)
    }

    /// What a component with this name bears on: every target one of whose phrases appears in the
    /// name as whole words, except that a name naming a channel or carrier is not about everyone.
    public func targets(ofComponentNamed name: String) -> Set<StatusTarget> {
        let words = Self.words(name)
        var targets: Set<StatusTarget> = []
        for (phrase, target) in phrases where Self.contains(words, phrase) { targets.insert(target) }
        // A name that names a channel or carrier ("Royal Mail API maintenance") is about it, not
        // about everyone, whatever general words ("API") it also has.
        if targets.contains(where: \.isChannelOrCarrier) { targets.remove(.everyone) }
        return targets
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if phrase.indices.allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
        }
        return false
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
            catalog: catalog,
            explicit: root.map { explicitMappings($0, catalog: catalog) } ?? [:])
    }

    /// `components:` maps a component id or name to what it bears on.
    private func explicitMappings(_ root: YAMLValue, catalog: Catalog) -> [String: Set<StatusTarget>] {
        guard let node = root["components"] else { return [:] }
        guard node.isMapping else {
            files.issues.add(node, "`components:` must map a component id or name to what it bears on, e.g. `\"SP-API poller\": [channel:amazon]`")
            return [:]
        }
        var result: [String: Set<StatusTarget>] = [:]
        for (key, value) in node.entries {
            guard let names = value.strings, !names.isEmpty else {
                files.issues.add(value, "component `\(key)`: list what it bears on (everyone, login, pickup_points, channel:ID, carrier:ID)")
                continue
            }
            var targets: Set<StatusTarget> = []
            for name in names {
                guard let target = StatusTarget(name, catalog: catalog) else {
                    files.issues.add(value, "component `\(key)`: `\(name)` is not everyone, login, pickup_points, channel:ID (\(Channel.allCases.map(\.rawValue).joined(separator: ", "))) or carrier:ID (from carriers.yaml)")
                    continue
                }
                targets.insert(target)
            }
            result[key.lowercased()] = targets
        }
        return result
    }
}
