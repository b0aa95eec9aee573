/// Why a reply's rule was chosen, kept in a form its reasons are written from only when someone
/// reads them: most replies are logged or sent without their reasons, and writing them costs more
/// than deciding.
enum ReplyExplanation: Sendable {
    /// No rule matched (a hand-built rulebook without a catch-all rule).
    case noRuleMatched
    /// The rulebook decided.
    case decided(Decision)

    /// The reasons, one line per condition of the winning rule and then of each lead.
    var reasons: [String] {
        switch self {
        case .noRuleMatched: ["no rule matched"]
        case .decided(let decision): decision.reasons
        }
    }
}
