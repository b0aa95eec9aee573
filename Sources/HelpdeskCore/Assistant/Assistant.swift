import Foundation

/// Answers support messages: understand → gather facts → decide → render. It holds no database and
/// no terminal; facts come from a `FactSource` and time from the caller.
public struct Assistant: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let understander: Understander
    public let rulebook: Rulebook
    let renderer: Renderer
    let gatherer: FactGatherer

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        let catalog = knowledgeBase.catalog
        self.understander = Understander(
            lexicon: Lexicon(knowledgeBase.lexicon), model: knowledgeBase.intentModel,
            extractor: EntityExtractor(channelAliases: catalog.channelAliases, carrierAliases: catalog.carrierAliases))
        self.rulebook = Rulebook(rules: knowledgeBase.rules, facts: knowledgeBase.facts)
        self.renderer = Renderer(
            texts: knowledgeBase.texts, facts: knowledgeBase.facts, catalog: catalog, settings: knowledgeBase.settings)
        self.gatherer = FactGatherer(components: knowledgeBase.components)
    }

    /// Understands a message without looking anything up.
    public func understand(_ message: String) -> Understanding { understander.understand(message) }

    /// Answers `message` as of `now`, with what the conversation already established.
    public func respond(
        to message: String, context: ConversationContext = ConversationContext(), facts: some FactSource, now: Date
    ) throws -> Reply {
        let understanding = understander.understand(message)
        let situation = try gatherer.gather(understanding, message: message, context: context, source: facts, now: now)
        return reply(to: situation)
    }

    /// Decides and renders for an already gathered situation.
    public func reply(to situation: Situation) -> Reply {
        guard let decision = rulebook.decide(situation) else {
            // A loaded knowledge base always has a catch-all rule; this only guards hand-built rulebooks.
            return Reply(
                understanding: situation.understanding, lookup: situation.lookup, channel: situation.channel,
                incidents: situation.incidents, rule: "none", leads: [], explanation: .noRuleMatched, guides: [],
                facts: [], answer: "", handoff: true, handoffSummary: situation.message, answeredAt: situation.now,
                statusAge: situation.statusAge)
        }
        let output = renderer.render(decision, for: situation)
        return Reply(
            understanding: situation.understanding, lookup: situation.lookup, channel: situation.channel,
            incidents: situation.incidents, rule: decision.rule.id, leads: decision.leads.map(\.id),
            explanation: .decided(decision), guides: decision.guides, facts: output.citedFacts, answer: output.answer,
            handoff: decision.handoff, handoffSummary: output.handoffSummary, answeredAt: situation.now,
            statusAge: situation.statusAge)
    }
}
