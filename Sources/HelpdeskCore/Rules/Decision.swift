/// The rulebook's choice for one message, with its reasons.
public struct Decision: Sendable {
    /// The winning answer rule.
    public var rule: Rule
    /// Lead rules that apply (incident notices), highest priority first.
    public var leads: [Rule]
    /// Why: the reasons of the winning rule's conditions.
    public var reasons: [String]
    /// Other answer rules that matched at the same priority (a tie; reported by `kb check`).
    public var tiedWith: [String]
    /// Fact ids read by the winning rules' conditions.
    public var factsUsed: [String]

    /// Whether a person should take over.
    public var handoff: Bool { rule.handoff || leads.contains { $0.handoff } }

    /// Guide ids of the leads and the answer, in order, without repeats.
    public var guides: [String] {
        var seen: Set<String> = []
        return (leads.flatMap(\.guides) + rule.guides).filter { seen.insert($0).inserted }
    }
}

/// Chooses the rule for a situation.
public struct Rulebook: Sendable {
    /// Answer rules, highest priority first.
    public let answerRules: [Rule]
    /// Lead rules, highest priority first.
    public let leadRules: [Rule]
    let evaluator: ConditionEvaluator

    init(rules: [Rule], facts: FactBook) {
        let sorted = rules.sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.id < $1.id }
        self.answerRules = sorted.filter { $0.stage == .answer }
        self.leadRules = sorted.filter { $0.stage == .lead }
        self.evaluator = ConditionEvaluator(facts: facts)
    }

    /// Every rule, answers first.
    public var rules: [Rule] { answerRules + leadRules }

    /// Decides which rule answers `situation`. Returns `nil` only if no answer rule matches, which a
    /// loaded knowledge base rules out (it must have a catch-all rule).
    public func decide(_ situation: Situation) -> Decision? {
        var winner: (rule: Rule, reasons: [String])?
        var tied: [String] = []
        for rule in answerRules {
            if let winner, rule.priority < winner.rule.priority { break }
            guard holds(rule, situation) else { continue }
            if winner == nil { winner = (rule, reasons(rule, situation)) } else { tied.append(rule.id) }
        }
        guard let winner else { return nil }
        var leads: [Rule] = []
        var reasons = winner.reasons
        for rule in leadRules where holds(rule, situation) {
            leads.append(rule)
            reasons += self.reasons(rule, situation).map { "\(rule.id): \($0)" }
        }
        let facts = (leads + [winner.rule]).flatMap { $0.conditions.flatMap(\.factReferences) }
            .compactMap { evaluator.facts.resolve($0, channel: situation.channel)?.id }
        var seen: Set<String> = []
        return Decision(
            rule: winner.rule, leads: leads, reasons: reasons, tiedWith: tied,
            factsUsed: facts.filter { seen.insert($0).inserted })
    }

    /// Whether every condition of the rule holds (no explanation built: this runs for every rule).
    private func holds(_ rule: Rule, _ situation: Situation) -> Bool {
        if !rule.intents.isEmpty, !rule.intents.contains(situation.understanding.intent) { return false }
        return rule.conditions.allSatisfy { evaluator.holds($0, in: situation) }
    }

    /// Why a matching rule holds: one line per condition.
    private func reasons(_ rule: Rule, _ situation: Situation) -> [String] {
        var reasons: [String] = []
        if !rule.intents.isEmpty { reasons.append("intent: \(situation.understanding.intent.rawValue)") }
        for condition in rule.conditions { reasons.append(evaluator.evaluate(condition, in: situation).reason) }
        return reasons
    }
}
