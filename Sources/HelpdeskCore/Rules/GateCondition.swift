import Foundation

/// A rule's condition as deciding checks it: the facts it reads looked up once, when the rulebook
/// is built (per channel for time limits, whose facts may differ by channel), so that checking a
/// condition on every answer hashes no fact id. Holds exactly when `ConditionEvaluator.holds` does.
enum GateCondition: Sendable {
    /// `intentConfidenceBelow`, with its threshold fact's value (0 when the fact is unknown).
    case confidenceBelow(threshold: Double)
    /// `statusStale`, with its limit fact's duration (`nil`: unknown, so the condition never holds).
    case statusStale(limit: TimeInterval?, wanted: Bool)
    /// `within` (or `after`), with the summed limit for each channel in the order of
    /// `Channel.allCases`, then for no channel (`nil` where a limit fact is unknown).
    case elapsed(since: TimePoint, within: Bool, limits: [TimeInterval?])
    /// `orderLookup`, as the lookup kinds it accepts (bit `kindIndex` of each).
    case orderLookup(kinds: UInt8)
    /// `orderState`, as the states it accepts (bit `OrderState.allCases` position of each).
    case orderState(states: UInt8)
    /// Any other condition, which reads no fact.
    case other(Condition)

    init(_ condition: Condition, evaluator: ConditionEvaluator) {
        switch condition {
        case .intentConfidenceBelow(let fact):
            self = .confidenceBelow(threshold: evaluator.facts[fact]?.value.number ?? 0)
        case .statusStale(let fact, let wanted):
            self = .statusStale(limit: evaluator.facts[fact]?.value.seconds, wanted: wanted)
        case .within(let since, let limit), .after(let since, let limit):
            let isWithin = if case .within = condition { true } else { false }
            let channels: [Channel?] = Channel.allCases + [nil]
            self = .elapsed(
                since: since, within: isWithin, limits: channels.map { evaluator.limitSeconds(limit, channel: $0) })
        case .orderLookup(let kinds):
            self = .orderLookup(kinds: Self.mask(of: OrderLookup.kinds.map(kinds.contains)))
        case .orderState(let states):
            self = .orderState(states: Self.mask(of: OrderState.allCases.map(states.contains)))
        default:
            self = .other(condition)
        }
    }

    /// A bit for each member that is there.
    private static func mask(of members: [Bool]) -> UInt8 {
        var mask: UInt8 = 0
        for (position, isMember) in members.enumerated() where isMember { mask |= 1 << position }
        return mask
    }

    /// Whether bit `position` of `mask` is set.
    private static func has(_ mask: UInt8, _ position: Int) -> Bool { mask & (1 << position) != 0 }

    /// Whether the condition holds in `situation`.
    func holds(in situation: Situation, evaluator: ConditionEvaluator) -> Bool {
        switch self {
        case .confidenceBelow(let threshold):
            return situation.understanding.confidence < threshold
        case .statusStale(let limit, let wanted):
            guard let age = situation.statusAge, let limit else { return false }
            return (age > limit) == wanted
        case .elapsed(let since, let within, let limits):
            let channelPosition = situation.channel.flatMap { Channel.allCases.firstIndex(of: $0) } ?? Channel.allCases.count
            guard let start = since.date(in: situation), let allowed = limits[channelPosition] else { return false }
            let elapsed = situation.now.timeIntervalSince(start)
            return within ? elapsed < allowed : elapsed >= allowed
        case .orderLookup(let kinds):
            return Self.has(kinds, situation.lookup.kindIndex)
        case .orderState(let states):
            guard case .found(let order) = situation.lookup, let position = OrderState.allCases.firstIndex(of: order.state) else {
                return false
            }
            return Self.has(states, position)
        case .other(let condition):
            return evaluator.holds(condition, in: situation)
        }
    }
}
