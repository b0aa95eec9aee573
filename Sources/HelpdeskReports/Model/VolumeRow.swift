/// Volumes of one group of exchanges (an intent, a channel, a day…, or all of them): how many,
/// and how many were handed off, out of scope, low-confidence or unanswered, with their rates.
public struct VolumeRow: Codable, Sendable, Equatable {
    /// The group: an intent, a channel (`none` when the answer concerned none), a via, a rule,
    /// a day (`2025-03-04`) or an hour (`2025-03-04 10:00`) of the desk's clock; `all` for totals.
    public var key: String
    public var exchanges: Int
    /// The group's part of all exchanges in the report (0...1).
    public var share: Double
    public var handoffs: Int
    public var handoffRate: Double
    /// Messages understood as out of scope.
    public var outOfScope: Int
    public var outOfScopeRate: Double
    /// Messages understood with a confidence below the `low_confidence` fact.
    public var lowConfidence: Int
    public var lowConfidenceRate: Double
    /// Messages not really answered: out of scope, low-confidence, or decided by the catch-all rule.
    public var unanswered: Int
    public var unansweredRate: Double

    enum CodingKeys: String, CodingKey {
        case key, exchanges, share, handoffs
        case handoffRate = "handoff_rate"
        case outOfScope = "out_of_scope"
        case outOfScopeRate = "out_of_scope_rate"
        case lowConfidence = "low_confidence"
        case lowConfidenceRate = "low_confidence_rate"
        case unanswered
        case unansweredRate = "unanswered_rate"
    }

    /// The row for `counts`, with rates and share rounded to ``ReportRounding/rate``.
    init(key: String, counts: VolumeCounts, total: Int) {
        self.key = key
        exchanges = counts.exchanges
        share = ReportRounding.rate(counts.exchanges, of: total)
        handoffs = counts.handoffs
        handoffRate = ReportRounding.rate(counts.handoffs, of: counts.exchanges)
        outOfScope = counts.outOfScope
        outOfScopeRate = ReportRounding.rate(counts.outOfScope, of: counts.exchanges)
        lowConfidence = counts.lowConfidence
        lowConfidenceRate = ReportRounding.rate(counts.lowConfidence, of: counts.exchanges)
        unanswered = counts.unanswered
        unansweredRate = ReportRounding.rate(counts.unanswered, of: counts.exchanges)
    }
}
