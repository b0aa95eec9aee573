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

/// Evaluates conditions against a situation: `holds` for deciding (fast, no text), `evaluate` for
/// explaining a decision (the same answer, with a one-line reason).
struct ConditionEvaluator {
    let facts: FactBook

    /// What a condition measures in a situation: a yes/no, or an elapsed time against a limit.
    private enum Measure {
        case flag(Bool, String)
        case elapsed(elapsed: TimeInterval, limit: TimeInterval, within: Bool, since: TimePoint, limitText: String)
        case unknown(String)

        var holds: Bool {
            switch self {
            case .flag(let value, _): value
            case .elapsed(let elapsed, let limit, let within, _, _): within ? elapsed < limit : elapsed >= limit
            case .unknown: false
            }
        }
    }

    /// Whether the condition holds: the same answer as `evaluate`, reached without building text
    /// and, for the conditions most rules have, without hashing names.
    func holds(_ condition: Condition, in situation: Situation) -> Bool {
        switch condition {
        case .orderLookup(let kinds):
            let kind = situation.lookup.kind
            return kinds.contains { $0 == kind }
        case .orderState(let states):
            guard let state = situation.order?.state else { return false }
            return states.contains { $0 == state }
        case .within(let since, let limit), .after(let since, let limit):
            guard let start = since.date(in: situation), let allowed = limitSeconds(limit, channel: situation.channel) else {
                return false
            }
            let elapsed = situation.now.timeIntervalSince(start)
            if case .within = condition { return elapsed < allowed }
            return elapsed >= allowed
        case .incident(let scopes):
            return situation.incidents.contains { !$0.incident.isMaintenance && Self.incident($0, matches: scopes) }
        case .mentions(let concepts):
            return concepts.contains(where: situation.understanding.concepts.contains)
        case .mentionsNone(let concepts):
            return !concepts.contains(where: situation.understanding.concepts.contains)
        case .hasTracking(let wanted):
            return (situation.order?.trackingNumber?.isEmpty == false) == wanted
        case .exported(let wanted):
            return (situation.order?.exportedAt != nil) == wanted
        case .channelKnown(let wanted):
            return (situation.channel != nil) == wanted
        case .connected(let wanted):
            return (situation.channelState?.connectedAt != nil) == wanted
        case .channelError(let wanted):
            return (situation.channelState?.lastError.map { !$0.isEmpty } ?? false) == wanted
        case .imported(let wanted):
            return (situation.channelState?.lastImportAt != nil) == wanted
        case .outage(let wanted):
            return Self.hasOutage(situation) == wanted
        case .maintenance(let wanted):
            return situation.incidents.contains { $0.incident.isMaintenance } == wanted
        case .statusKnown(let wanted):
            return (situation.statusFetchedAt != nil) == wanted
        case .language(let language):
            return situation.understanding.language == language
        default:
            return measure(condition, in: situation, explain: false).holds
        }
    }

    /// Whether the condition holds, with a one-line reason.
    func evaluate(_ condition: Condition, in situation: Situation) -> (holds: Bool, reason: String) {
        let measure = measure(condition, in: situation, explain: true)
        switch measure {
        case .flag(_, let reason), .unknown(let reason):
            return (measure.holds, reason)
        case .elapsed(let elapsed, let limit, _, let since, let limitText):
            let relation = elapsed < limit ? "<" : "≥"
            return (measure.holds, "since \(since.rawValue): \(DurationText.compact(elapsed)) \(relation) \(limitText) \(DurationText.compact(limit))")
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private func measure(_ condition: Condition, in situation: Situation, explain: Bool) -> Measure {
        let understanding = situation.understanding
        func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
        func flag(_ value: Bool, _ reason: @autoclosure () -> String) -> Measure { .flag(value, explain ? reason() : "") }
        switch condition {
        case .intentConfidenceBelow(let fact):
            let threshold = facts[fact]?.value.number ?? 0
            let below = understanding.confidence < threshold
            return flag(below, "confidence \(FixedDecimalText.twoDecimals(understanding.confidence)) \(below ? "<" : "≥") \(fact) \(FixedDecimalText.twoDecimals(threshold))")
        case .orderLookup(let kinds):
            return flag(kinds.contains(situation.lookup.kind), "order lookup: \(situation.lookup.kind)")
        case .orderState(let states):
            guard let order = situation.order else { return .unknown("no order") }
            return flag(states.contains(order.state), "order state: \(order.state.rawValue)")
        case .hasTracking(let wanted):
            let has = situation.order?.trackingNumber?.isEmpty == false
            return flag(has == wanted, "tracking number: \(yesNo(has))")
        case .exported(let wanted):
            let has = situation.order?.exportedAt != nil
            return flag(has == wanted, "exported to channel: \(yesNo(has))")
        case .addressChanged(let wanted):
            let changed = situation.order.map { order in
                guard let changedAt = order.addressChangedAt else { return false }
                return order.importedAt.map { changedAt > $0 } ?? true
            } ?? false
            return flag(changed == wanted, "address changed on the channel after import: \(yesNo(changed))")
        case .channelKnown(let wanted):
            return flag((situation.channel != nil) == wanted, "channel: \(situation.channel?.rawValue ?? "unknown")")
        case .connected(let wanted):
            let connected = situation.channelState?.connectedAt != nil
            return flag(connected == wanted, "channel connected: \(yesNo(connected))")
        case .channelError(let wanted):
            let error = situation.channelState?.lastError.map { !$0.isEmpty } ?? false
            return flag(error == wanted, "channel error recorded: \(yesNo(error))")
        case .imported(let wanted):
            let imported = situation.channelState?.lastImportAt != nil
            return flag(imported == wanted, "channel has imported orders: \(yesNo(imported))")
        case .within(let since, let limit), .after(let since, let limit):
            guard let start = since.date(in: situation) else { return .unknown("\(since.rawValue) unknown") }
            guard let allowed = limitSeconds(limit, channel: situation.channel) else {
                return .unknown("\(limit.joined(separator: " + ")) unknown for this channel")
            }
            let isWithin = if case .within = condition { true } else { false }
            let limitText = explain ? limit.map { facts.resolve($0, channel: situation.channel)?.id ?? $0 }.joined(separator: " + ") : ""
            return .elapsed(elapsed: situation.now.timeIntervalSince(start), limit: allowed, within: isWithin, since: since, limitText: limitText)
        case .incident(let scopes):
            let matching = situation.incidents.filter { !$0.incident.isMaintenance && Self.incident($0, matches: scopes) }
            return flag(!matching.isEmpty, "relevant incidents: \(matching.map(\.incident.id).joined(separator: ", ").ifEmpty("none"))")
        case .outage(let wanted):
            let outage = Self.hasOutage(situation)
            return flag(outage == wanted, "outage: \(yesNo(outage))")
        case .maintenance(let wanted):
            let maintenance = situation.incidents.contains { $0.incident.isMaintenance }
            return flag(maintenance == wanted, "maintenance: \(yesNo(maintenance))")
        case .statusKnown(let wanted):
            let known = situation.statusFetchedAt != nil
            return flag(known == wanted, "status known: \(yesNo(known))")
        case .statusStale(let fact, let wanted):
            guard let age = situation.statusAge, let limit = facts[fact]?.value.seconds else { return .unknown("status age unknown") }
            let stale = age > limit
            return flag(stale == wanted, "status age \(DurationText.compact(age)) \(stale ? ">" : "≤") \(fact) \(DurationText.compact(limit))")
        case .language(let language):
            return flag(understanding.language == language, "language: \(understanding.language.rawValue)")
        case .mentions(let concepts):
            let found = concepts.filter(understanding.concepts.contains)
            return flag(!found.isEmpty, "mentions: \(found.sorted().joined(separator: ", ").ifEmpty("none of \(concepts.sorted().joined(separator: ", "))"))")
        case .mentionsNone(let concepts):
            let found = concepts.filter(understanding.concepts.contains)
            return flag(found.isEmpty, "mentions: \(found.sorted().joined(separator: ", ").ifEmpty("none"))")
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

    /// Whether a relevant incident is an outage (partial or major) rather than a slowdown.
    private static func hasOutage(_ situation: Situation) -> Bool {
        situation.incidents.contains {
            !$0.incident.isMaintenance && ($0.worstStatus >= .partialOutage || $0.incident.impact == .major || $0.incident.impact == .critical)
        }
    }

    static func incident(_ relevant: RelevantIncident, matches scopes: Set<IncidentScope>) -> Bool {
        // The scopes are a handful: looked through rather than hashed.
        func has(_ scope: IncidentScope) -> Bool { scopes.contains { $0 == scope } }
        if has(.any) { return true }
        return relevant.targets.contains { target in
            switch target {
            case .everyone: has(.everyone)
            case .login: has(.login)
            case .pickupPoints: has(.pickupPoints)
            case .channel: has(.channel)
            case .carrier: has(.carrier)
            }
        }
    }
}

extension String {
    func ifEmpty(_ fallback: String) -> String { isEmpty ? fallback : self }
}
