/// What one exchange counts towards, besides itself.
struct ExchangeFlags: OptionSet, Sendable {
    let rawValue: UInt8

    static let handoff = ExchangeFlags(rawValue: 1)
    static let outOfScope = ExchangeFlags(rawValue: 2)
    static let lowConfidence = ExchangeFlags(rawValue: 4)
    static let unanswered = ExchangeFlags(rawValue: 8)
}

/// Counts of a group of exchanges.
struct VolumeCounts: Sendable, Equatable {
    var exchanges = 0
    var handoffs = 0
    var outOfScope = 0
    var lowConfidence = 0
    var unanswered = 0

    /// Counts one exchange with `flags`.
    @inline(__always)
    mutating func add(_ flags: ExchangeFlags) {
        let bits = Int(flags.rawValue)
        exchanges += 1
        handoffs += bits & 1
        outOfScope += bits >> 1 & 1
        lowConfidence += bits >> 2 & 1
        unanswered += bits >> 3 & 1
    }

    static func + (lhs: VolumeCounts, rhs: VolumeCounts) -> VolumeCounts {
        VolumeCounts(
            exchanges: lhs.exchanges + rhs.exchanges, handoffs: lhs.handoffs + rhs.handoffs,
            outOfScope: lhs.outOfScope + rhs.outOfScope, lowConfidence: lhs.lowConfidence + rhs.lowConfidence,
            unanswered: lhs.unanswered + rhs.unanswered)
    }
}
