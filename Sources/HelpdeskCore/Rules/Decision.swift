/// The rulebook's choice for one message, with its reasons.
public struct Decision: Sendable {
    /// The winning answer rule.
    public var rule: Rule
    /// Lead rules that apply (incident notices), highest priority first.
    public var leads: [Rule]
    /// Other answer rules that matched at the same priority (a tie; reported by `kb check`).
    public var tiedWith: [String]
    /// Fact ids read by the winning rules' conditions.
    public var factsUsed: [String]
    /// The situation decided and how its conditions are read, kept to write the reasons.
    let situation: Situation
    let evaluator: ConditionEvaluator

    /// Why: the reasons of the winning rule's conditions, then each lead's, prefixed by its id.
    /// Written out when asked for rather than on every decision: most answers never show them.
    public var reasons: [String] {
        var reasons = self.reasons(of: rule)
        for lead in leads { reasons += self.reasons(of: lead).map { "\(lead.id): \($0)" } }
        return reasons
    }

    /// Why a matching rule holds: one line per condition.
    private func reasons(of rule: Rule) -> [String] {
        var reasons: [String] = []
        if !rule.intents.isEmpty { reasons.append("intent: \(situation.understanding.intent.rawValue)") }
        for condition in rule.conditions { reasons.append(evaluator.evaluate(condition, in: situation).reason) }
        return reasons
    }

    /// Whether a person should take over.
    public var handoff: Bool { rule.handoff || leads.contains { $0.handoff } }

    /// Guide ids of the leads and the answer, in order, without repeats.
    public var guides: [String] {
        var guides: [String] = []
        func add(_ more: [String]) {
            for guide in more where !guides.contains(guide) { guides.append(guide) }
        }
        for lead in leads { add(lead.guides) }
        add(rule.guides)
        return guides
    }
}

/// Chooses the rule for a situation.
public struct Rulebook: Sendable {
    /// Answer rules, highest priority first.
    public let answerRules: [Rule]
    /// Lead rules, highest priority first.
    public let leadRules: [Rule]
    let evaluator: ConditionEvaluator
    /// The rules each intent can meet, so that deciding looks at no other intent's rules.
    private let answerGates: GatesByIntent
    private let leadGates: GatesByIntent
    /// The facts each rule reads, by position in `answerRules` and `leadRules`.
    private let answerFactsRead: [FactsRead]
    private let leadFactsRead: [FactsRead]

    init(rules: [Rule], facts: FactBook) {
        let sorted = rules.sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.id < $1.id }
        self.answerRules = sorted.filter { $0.stage == .answer }
        self.leadRules = sorted.filter { $0.stage == .lead }
        self.evaluator = ConditionEvaluator(facts: facts)
        self.answerGates = GatesByIntent(answerRules, evaluator: evaluator)
        self.leadGates = GatesByIntent(leadRules, evaluator: evaluator)
        self.answerFactsRead = answerRules.map { FactsRead($0, facts: facts) }
        self.leadFactsRead = leadRules.map { FactsRead($0, facts: facts) }
    }

    /// Every rule, answers first.
    public var rules: [Rule] { answerRules + leadRules }

    /// Decides which rule answers `situation`. Returns `nil` only if no answer rule matches, which a
    /// loaded knowledge base rules out (it must have a catch-all rule).
    public func decide(_ situation: Situation) -> Decision? {
        let intent = situation.understanding.intent
        var winner: RuleGate?
        var tied: [String] = []
        for gate in answerGates[intent] {
            if let winner, gate.priority < winner.priority { break }
            guard holds(gate, situation) else { continue }
            if winner == nil { winner = gate } else { tied.append(answerRules[gate.position].id) }
        }
        guard let winner else { return nil }
        let rule = answerRules[winner.position]
        var leads: [Rule] = []
        // The facts read: the leads' first, then the answer's.
        var facts: [String] = []
        func use(_ read: FactsRead) {
            for id in read[situation.channel] where !facts.contains(id) { facts.append(id) }
        }
        for gate in leadGates[intent] where holds(gate, situation) {
            let lead = leadRules[gate.position]
            leads.append(lead)
            use(leadFactsRead[gate.position])
        }
        use(answerFactsRead[winner.position])
        return Decision(
            rule: rule, leads: leads, tiedWith: tied, factsUsed: facts, situation: situation, evaluator: evaluator)
    }

    /// Whether every condition of the rule holds (no explanation built: this runs for every rule
    /// the intent can meet).
    private func holds(_ gate: RuleGate, _ situation: Situation) -> Bool {
        // Read in place: taking each condition out of the array would copy it.
        gate.conditions.withUnsafeBufferPointer { conditions in
            for index in conditions.indices where !conditions[index].holds(in: situation, evaluator: evaluator) { return false }
            return true
        }
    }
}

/// What deciding reads of a rule, apart from the rule so that visiting one copies little.
private struct RuleGate: Sendable {
    /// The rule's position in its list.
    let position: Int
    let priority: Int
    let conditions: [GateCondition]
}

/// The ids of the facts a rule's conditions read, without repeats, for each channel the message
/// may be about: resolved once rather than on every answer.
private struct FactsRead: Sendable {
    /// In the order of `Channel.allCases`, then for no channel.
    private let idsByChannel: [[String]]

    init(_ rule: Rule, facts: FactBook) {
        let channels: [Channel?] = Channel.allCases + [nil]
        idsByChannel = channels.map { channel in
            var ids: [String] = []
            for condition in rule.conditions {
                for reference in condition.factReferences {
                    if let id = facts.resolve(reference, channel: channel)?.id, !ids.contains(id) { ids.append(id) }
                }
            }
            return ids
        }
    }

    subscript(channel: Channel?) -> [String] {
        idsByChannel[channel.flatMap { Channel.allCases.firstIndex(of: $0) } ?? Channel.allCases.count]
    }
}

/// Rules by the intents they can meet (those naming the intent and those naming none), highest
/// priority first as in the list they come from.
private struct GatesByIntent: Sendable {
    /// Per intent, in the order of `Intent.allCases`.
    private let gates: [[RuleGate]]

    init(_ rules: [Rule], evaluator: ConditionEvaluator) {
        let conditions = rules.map { rule in rule.conditions.map { GateCondition($0, evaluator: evaluator) } }
        gates = Intent.allCases.map { intent in
            rules.indices.filter { rules[$0].intents.isEmpty || rules[$0].intents.contains(intent) }.map { position in
                RuleGate(position: position, priority: rules[position].priority, conditions: conditions[position])
            }
        }
    }

    subscript(intent: Intent) -> [RuleGate] { gates[Intent.allCases.firstIndex(of: intent) ?? 0] }
}
