import Foundation

/// A moment a rule can measure time from.
public enum TimePoint: String, CaseIterable, Sendable {
    case connectedAt = "connected_at"
    case lastImportAt = "last_import_at"
    case lastExportAt = "last_export_at"
    case placedAt = "placed_at"
    case importedAt = "imported_at"
    case dispatchedAt = "dispatched_at"
    case exportedAt = "exported_at"
    case addressChangedAt = "address_changed_at"
    case incidentStartedAt = "incident_started_at"

    /// The time in `situation`, if known.
    public func date(in situation: Situation) -> Date? {
        let order = situation.order
        let channel = situation.channelState
        switch self {
        case .connectedAt: return channel?.connectedAt
        case .lastImportAt: return channel?.lastImportAt
        case .lastExportAt: return channel?.lastExportAt
        case .placedAt: return order?.placedAt
        case .importedAt: return order?.importedAt
        case .dispatchedAt: return order?.dispatchedAt
        case .exportedAt: return order?.exportedAt
        case .addressChangedAt: return order?.addressChangedAt
        case .incidentStartedAt: return situation.incidents.map(\.incident.startedAt).min()
        }
    }
}

/// Which incidents a rule asks about.
public enum IncidentScope: String, CaseIterable, Sendable {
    case any, everyone, channel, carrier, login
    case pickupPoints = "pickup_points"
}

/// One condition of a rule. Conditions are a closed set; rules combine them as data.
public enum Condition: Sendable, Equatable {
    case intentConfidenceBelow(fact: String)
    case orderLookup(Set<String>)
    case orderState(Set<OrderState>)
    case hasTracking(Bool)
    case exported(Bool)
    case addressChanged(Bool)
    case channelKnown(Bool)
    case connected(Bool)
    case channelError(Bool)
    /// The channel has imported orders at least once.
    case imported(Bool)
    /// Less time than the sum of `limit` facts has passed since `since`.
    case within(since: TimePoint, limit: [String])
    /// At least the sum of `limit` facts has passed since `since`.
    case after(since: TimePoint, limit: [String])
    case incident(Set<IncidentScope>)
    /// A relevant incident is an outage (partial or major) rather than a slowdown.
    case outage(Bool)
    case maintenance(Bool)
    case statusKnown(Bool)
    /// The status is older than the fact `status_stale_after`.
    case statusStale(fact: String, Bool)
    case language(Language)
    /// The message mentions one of these concepts.
    case mentions(Set<String>)
    /// The message mentions none of these concepts.
    case mentionsNone(Set<String>)

    /// Fact ids (or per-channel fact families) the condition reads.
    public var factReferences: [String] {
        switch self {
        case .intentConfidenceBelow(let fact), .statusStale(let fact, _): [fact]
        case .within(_, let limit), .after(_, let limit): limit
        default: []
        }
    }
}

/// Evaluates conditions against a situation, saying why each passed or failed.
struct ConditionEvaluator {
    let facts: FactBook

    /// Whether the condition holds, with a one-line reason.
    func evaluate(_ condition: Condition, in situation: Situation) -> (holds: Bool, reason: String) {
        let understanding = situation.understanding
        switch condition {
        case .intentConfidenceBelow(let fact):
            let threshold = facts[fact]?.value.number ?? 0
            let holds = understanding.confidence < threshold
            return (holds, String(format: "confidence %.2f %@ %@ %.2f", understanding.confidence, holds ? "<" : "≥", fact, threshold))
        case .orderLookup(let kinds):
            return (kinds.contains(situation.lookup.kind), "order lookup: \(situation.lookup.kind)")
        case .orderState(let states):
            guard let order = situation.order else { return (false, "no order") }
            return (states.contains(order.state), "order state: \(order.state.rawValue)")
        case .hasTracking(let wanted):
            let has = situation.order?.trackingNumber?.isEmpty == false
            return (has == wanted, "tracking number: \(has ? "yes" : "no")")
        case .exported(let wanted):
            let has = situation.order?.exportedAt != nil
            return (has == wanted, "exported to channel: \(has ? "yes" : "no")")
        case .addressChanged(let wanted):
            let changed = situation.order.map { order in
                guard let changedAt = order.addressChangedAt else { return false }
                return order.importedAt.map { changedAt > $0 } ?? true
            } ?? false
            return (changed == wanted, "address changed on the channel after import: \(changed ? "yes" : "no")")
        case .channelKnown(let wanted):
            let known = situation.channel != nil
            return (known == wanted, "channel: \(situation.channel?.rawValue ?? "unknown")")
        case .connected(let wanted):
            let connected = situation.channelState?.connectedAt != nil
            return (connected == wanted, "channel connected: \(connected ? "yes" : "no")")
        case .channelError(let wanted):
            let error = situation.channelState?.lastError.map { !$0.isEmpty } ?? false
            return (error == wanted, "channel error recorded: \(error ? "yes" : "no")")
        case .imported(let wanted):
            let imported = situation.channelState?.lastImportAt != nil
            return (imported == wanted, "channel has imported orders: \(imported ? "yes" : "no")")
        case .within(let since, let limit), .after(let since, let limit):
            let isWithin = if case .within = condition { true } else { false }
            guard let start = since.date(in: situation) else { return (false, "\(since.rawValue) unknown") }
            guard let allowed = limitSeconds(limit, channel: situation.channel) else {
                return (false, "\(limit.joined(separator: " + ")) unknown for this channel")
            }
            let elapsed = situation.now.timeIntervalSince(start)
            let holds = isWithin ? elapsed < allowed : elapsed >= allowed
            let limitText = limit.map { resolvedName($0, situation.channel) }.joined(separator: " + ")
            return (holds, "since \(since.rawValue): \(DurationText.compact(elapsed)) \(elapsed < allowed ? "<" : "≥") \(limitText) \(DurationText.compact(allowed))")
        case .incident(let scopes):
            let matching = situation.incidents.filter { !$0.incident.isMaintenance && Self.incident($0, matches: scopes, situation) }
            return (!matching.isEmpty, "relevant incidents: \(matching.map(\.incident.id).joined(separator: ", ").ifEmpty("none"))")
        case .outage(let wanted):
            let outage = situation.incidents.contains { !$0.incident.isMaintenance && ($0.worstStatus >= .partialOutage || $0.incident.impact == .major || $0.incident.impact == .critical) }
            return (outage == wanted, "outage: \(outage ? "yes" : "no")")
        case .maintenance(let wanted):
            let maintenance = situation.incidents.contains { $0.incident.isMaintenance }
            return (maintenance == wanted, "maintenance: \(maintenance ? "yes" : "no")")
        case .statusKnown(let wanted):
            let known = situation.statusFetchedAt != nil
            return (known == wanted, "status known: \(known ? "yes" : "no")")
        case .statusStale(let fact, let wanted):
            guard let age = situation.statusAge, let limit = facts[fact]?.value.seconds else { return (false, "status age unknown") }
            let stale = age > limit
            return (stale == wanted, "status age \(DurationText.compact(age)) \(stale ? ">" : "≤") \(fact) \(DurationText.compact(limit))")
        case .language(let language):
            return (understanding.language == language, "language: \(understanding.language.rawValue)")
        case .mentions(let concepts):
            let found = concepts.intersection(understanding.concepts)
            return (!found.isEmpty, "mentions: \(found.sorted().joined(separator: ", ").ifEmpty("none of \(concepts.sorted().joined(separator: ", "))"))")
        case .mentionsNone(let concepts):
            let found = concepts.intersection(understanding.concepts)
            return (found.isEmpty, "mentions: \(found.sorted().joined(separator: ", ").ifEmpty("none"))")
        }
    }

    /// The sum of the limit facts for the channel, or `nil` when one is unknown.
    func limitSeconds(_ limit: [String], channel: Channel?) -> TimeInterval? {
        var total: TimeInterval = 0
        for reference in limit {
            guard let seconds = facts.resolve(reference, channel: channel)?.value.seconds else { return nil }
            total += seconds
        }
        return total
    }

    private func resolvedName(_ reference: String, _ channel: Channel?) -> String {
        facts.resolve(reference, channel: channel)?.id ?? reference
    }

    static func incident(_ relevant: RelevantIncident, matches scopes: Set<IncidentScope>, _ situation: Situation) -> Bool {
        if scopes.contains(.any) { return true }
        for target in relevant.targets {
            switch target {
            case .everyone where scopes.contains(.everyone): return true
            case .login where scopes.contains(.login): return true
            case .pickupPoints where scopes.contains(.pickupPoints): return true
            case .channel where scopes.contains(.channel): return true
            case .carrier where scopes.contains(.carrier): return true
            default: continue
            }
        }
        return false
    }
}

extension String {
    func ifEmpty(_ fallback: String) -> String { isEmpty ? fallback : self }
}
