import HelpdeskCore

extension ExchangeLogEntry {
    /// The log entry for a reply to `message`.
    public init(
        reply: Reply, message: String, via: String, conversationID: String? = nil, agent: String? = nil,
        sourceKey: String? = nil
    ) {
        self.init(
            at: reply.answeredAt, via: via, conversationID: conversationID, agent: agent, sourceKey: sourceKey,
            message: message, language: reply.understanding.language.rawValue, intent: reply.understanding.intent.rawValue,
            confidence: reply.understanding.confidence,
            entitiesJSON: ReplyDocument.EntitiesDocument(reply.understanding.entities).json, rule: reply.rule,
            guides: reply.guides, orderID: reply.order?.id, incidentIDs: reply.incidents.map(\.incident.id),
            answer: reply.answer, handoff: reply.handoff, handoffSummary: reply.handoffSummary,
            channel: reply.channel?.rawValue)
    }
}
