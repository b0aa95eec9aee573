/// A sales channel's or carrier's display name and the names people use for it.
public struct NamedThing: Sendable, Equatable {
    /// `amazon`, `royal-mail`.
    public var id: String
    /// `Amazon`, `Royal Mail`.
    public var name: String
    /// Lower-case names people write, in every language.
    public var aliases: [String]
}

/// The channels and carriers the desk knows by name.
public struct Catalog: Sendable {
    public let channels: [Channel: NamedThing]
    public let carriers: [String: NamedThing]
    /// Every lower-case name and alias of a carrier → its id.
    private let carrierIDs: [String: String]

    public init(channels: [Channel: NamedThing], carriers: [String: NamedThing]) {
        self.channels = channels
        self.carriers = carriers
        var ids: [String: String] = [:]
        for (id, thing) in carriers {
            ids[id] = id
            ids[thing.name.lowercased()] = id
            for alias in thing.aliases { ids[alias] = id }
        }
        self.carrierIDs = ids
    }

    /// Display name of a channel.
    public func name(of channel: Channel) -> String { channels[channel]?.name ?? channel.rawValue }

    /// Display name of a carrier id (or the text itself when unknown).
    public func carrierName(_ id: String) -> String { carriers[id]?.name ?? id }

    /// Carrier id for a name as imported ("Royal Mail", "royal-mail", "RM"), if known.
    public func carrierID(forName name: String) -> String? {
        carrierIDs[name] ?? carrierIDs[name.lowercased()]
    }

    /// Alias → channel, for entity extraction.
    public var channelAliases: [String: Channel] {
        var map: [String: Channel] = [:]
        for (channel, thing) in channels { for alias in thing.aliases + [thing.name.lowercased()] { map[alias] = channel } }
        return map
    }

    /// Alias → carrier id, for entity extraction.
    public var carrierAliases: [String: String] {
        var map: [String: String] = [:]
        for (id, thing) in carriers { for alias in thing.aliases + [thing.name.lowercased()] { map[alias] = id } }
        return map
    }
}

/// Reads `channels.yaml` and `carriers.yaml`.
struct CatalogLoader {
    let files: KnowledgeBaseFiles

    func load() -> Catalog {
        var channels: [Channel: NamedThing] = [:]
        for thing in things("channels.yaml", key: "channels") {
            if let channel = Channel(rawValue: thing.value.id) {
                channels[channel] = thing.value
            } else {
                files.issues.add(thing.node, "unknown channel `\(thing.value.id)`; channels are \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        for channel in Channel.allCases where channels[channel] == nil {
            files.issues.add("channels.yaml", nil, "channel `\(channel.rawValue)` has no entry")
        }
        var carriers: [String: NamedThing] = [:]
        for thing in things("carriers.yaml", key: "carriers") { carriers[thing.value.id] = thing.value }
        return Catalog(channels: channels, carriers: carriers)
    }

    private func things(_ path: String, key: String) -> [(value: NamedThing, node: YAMLValue)] {
        guard let root = files.yaml(path) else { return [] }
        guard let mapping = root[key], mapping.isMapping else {
            files.issues.add(root, "`\(key):` must map ids to a name and aliases")
            return []
        }
        return mapping.entries.compactMap { id, node in
            guard let name = node["name"]?.string else {
                files.issues.add(node, "`\(id)` needs a `name`")
                return nil
            }
            let aliases = (node["aliases"]?.strings ?? []).map { $0.lowercased() }
            return (NamedThing(id: id, name: name, aliases: aliases), node)
        }
    }
}
