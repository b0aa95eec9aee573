import Foundation

/// Looks up what a message is about: the order, its channel's sync state, and incidents that bear on it.
struct FactGatherer {
    let components: ComponentMap
    /// What each status component bears on, worked out once per component (from its name's words).
    private let targetMemo: ComponentTargetMemo

    init(components: ComponentMap) {
        self.components = components
        self.targetMemo = ComponentTargetMemo(components)
    }

    func gather(
        _ understanding: Understanding, message: String, context: ConversationContext, source: some FactSource, now: Date
    ) throws -> Situation {
        let entities = understanding.entities
        let lookup = try lookUpOrder(entities, message: message, context: context, source: source)
        var channel = lookup.order?.channel ?? entities.channels.first ?? context.channel
        var isAmbiguous: Bool { if case .ambiguous = lookup { true } else { false } }
        if channel == nil, !isAmbiguous {
            // A seller with one connected channel means that one.
            channel = try source.onlyConnectedChannel()
        }
        // Not `channel.flatMap { … }`: a closure over the generic source would look up type metadata.
        var channelState: ChannelState?
        if let channel { channelState = try source.channelState(channel) }
        let status = try source.serviceStatus()
        let incidents = relevantIncidents(
            status, now: now, channel: channel, carrier: lookup.order?.carrier, mentionedCarriers: entities.carriers,
            intent: understanding.intent)
        return Situation(
            now: now, message: message, understanding: understanding, lookup: lookup, channel: channel,
            channelState: channelState, incidents: incidents, statusFetchedAt: status.fetchedAt)
    }

    private func lookUpOrder(
        _ entities: Entities, message: String, context: ConversationContext, source: some FactSource
    ) throws -> OrderLookup {
        var numbers: [String] = []
        for mention in entities.orderNumbers {
            numbers.append(mention.text)
            if let lookup = try lookUp(key: mention.key, entities, source) { return lookup }
        }
        if entities.orderNumbers.isEmpty {
            // "order 1042": too short for extraction, used only when such an order exists.
            let trackingKeys = Set(entities.trackingNumbers.map(\.key))
            for digits in BareOrderNumbers.candidates(in: message) where !trackingKeys.contains(digits) {
                if let lookup = try lookUp(key: digits, entities, source) { return lookup }
            }
        }
        for mention in entities.trackingNumbers {
            numbers.append(mention.text)
            let found = try source.orders(trackingKey: mention.key)
            if let first = found.first { return .found(first) }
        }
        for email in entities.emails {
            let found = try source.orders(forEmail: email).sorted { ($0.placedAt ?? .distantPast) > ($1.placedAt ?? .distantPast) }
            if let latest = found.first { return .found(latest) }
            numbers.append(email)
        }
        if !numbers.isEmpty { return .notFound(numbers) }
        for key in context.orderKeys {
            let found = try source.orders(matchingKey: key)
            if found.count == 1 { return .found(found[0]) }
        }
        return .notAsked
    }

    /// The order with this key (keeping those of the channels the message names when several
    /// match), the orders when it is ambiguous, or `nil` when there is none.
    private func lookUp(key: String, _ entities: Entities, _ source: some FactSource) throws -> OrderLookup? {
        var found = try source.orders(matchingKey: key)
        if found.count > 1, !entities.channels.isEmpty {
            let named = found.filter { entities.channels.contains($0.channel) }
            if !named.isEmpty { found = named }
        }
        if found.count == 1 { return .found(found[0]) }
        if found.count > 1 { return .ambiguous(found) }
        return nil
    }

    private func relevantIncidents(
        _ status: ServiceStatus, now: Date, channel: Channel?, carrier: String?, mentionedCarriers: [String], intent: Intent
    ) -> [RelevantIncident] {
        let carrierID = carrier.flatMap { components.catalog.carrierID(forName: $0) ?? $0 }
        func bears(_ target: StatusTarget) -> Bool {
            switch target {
            case .everyone: return true
            case .login: return intent == .loginProblem || intent == .serviceStatus
            case .pickupPoints: return true
            case .channel(let affectedChannel): return affectedChannel == channel || intent == .serviceStatus
            case .carrier(let affectedCarrier):
                return affectedCarrier == carrierID || mentionedCarriers.contains(affectedCarrier) || intent == .serviceStatus
            }
        }
        var result: [RelevantIncident] = []
        for incident in status.incidents where incident.isOpen(at: now) {
            // The first component with each id (a feed lists a handful).
            let affected = incident.componentIDs.compactMap { id in status.components.first { $0.id == id } }
            var targets: Set<StatusTarget>
            if affected.count == 1 {
                targets = targetMemo.of(affected[0])
            } else {
                targets = []
                for component in affected { targets.formUnion(targetMemo.of(component)) }
            }
            if affected.isEmpty { targets.formUnion(targetMemo.ofComponentNamed(incident.name)) }
            if targets.isEmpty && affected.isEmpty { targets.insert(.everyone) }
            let bearing = targets.allSatisfy(bears) ? targets : targets.filter(bears)
            guard !bearing.isEmpty || intent == .serviceStatus else { continue }
            let worst = affected.map(\.status).max() ?? (incident.isMaintenance ? .underMaintenance : .degradedPerformance)
            result.append(RelevantIncident(incident: incident, targets: bearing, componentNames: affected.map(\.name), worstStatus: worst))
        }
        return result.sorted { $0.worstStatus != $1.worstStatus ? $0.worstStatus > $1.worstStatus : $0.incident.startedAt > $1.incident.startedAt }
    }
}
