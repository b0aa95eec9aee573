import Foundation
import HelpdeskCore
import HelpdeskStore

/// One exchange as `helpdesk log export` writes it: the keys of `helpdesk log show --format json`
/// plus `channel`. Lists are JSON arrays in JSON Lines and joined with `, ` in CSV.
struct ExchangeExportDocument: Encodable {
    static let columns = [
        "id", "at", "via", "conversation_id", "agent", "source_key", "message", "language", "intent", "confidence",
        "entities", "rule", "guides", "order_id", "incidents", "answer", "handoff", "handoff_summary", "channel",
    ]

    var id: Int64?
    var at: String
    var via: String
    var conversation_id: String?
    var agent: String?
    var source_key: String?
    var message: String
    var language: String
    var intent: String
    var confidence: Double
    var entities: String
    var rule: String
    var guides: [String]
    var order_id: Int64?
    var incidents: [String]
    var answer: String
    var handoff: Bool
    var handoff_summary: String?
    var channel: String?

    init(_ entry: ExchangeLogEntry) {
        id = entry.id
        at = ISO8601.format(entry.at)
        via = entry.via
        conversation_id = entry.conversationID
        agent = entry.agent
        source_key = entry.sourceKey
        message = entry.message
        language = entry.language
        intent = entry.intent
        confidence = entry.confidence
        entities = entry.entitiesJSON
        rule = entry.rule
        guides = entry.guides
        order_id = entry.orderID
        incidents = entry.incidentIDs
        answer = entry.answer
        handoff = entry.handoff
        handoff_summary = entry.handoffSummary
        channel = entry.channel
    }

    enum CodingKeys: String, CodingKey {
        case id, at, via, conversation_id, agent, source_key, message, language, intent, confidence, entities, rule,
            guides, order_id, incidents, answer, handoff, handoff_summary, channel
    }

    /// Every key, `null` when absent (``jsonLine`` writes the same bytes faster; the tests
    /// compare the two).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(at, forKey: .at)
        try container.encode(via, forKey: .via)
        try container.encode(conversation_id, forKey: .conversation_id)
        try container.encode(agent, forKey: .agent)
        try container.encode(source_key, forKey: .source_key)
        try container.encode(message, forKey: .message)
        try container.encode(language, forKey: .language)
        try container.encode(intent, forKey: .intent)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(entities, forKey: .entities)
        try container.encode(rule, forKey: .rule)
        try container.encode(guides, forKey: .guides)
        try container.encode(order_id, forKey: .order_id)
        try container.encode(incidents, forKey: .incidents)
        try container.encode(answer, forKey: .answer)
        try container.encode(handoff, forKey: .handoff)
        try container.encode(handoff_summary, forKey: .handoff_summary)
        try container.encode(channel, forKey: .channel)
    }

    /// The JSON object on one line, keys sorted: the bytes `StableJSON` would write.
    var jsonLine: String {
        var line = JSONLine()
        line.add("agent", agent)
        line.add("answer", answer)
        line.add("at", at)
        line.add("channel", channel)
        line.add("confidence", confidence)
        line.add("conversation_id", conversation_id)
        line.add("entities", entities)
        line.add("guides", guides)
        line.add("handoff", handoff)
        line.add("handoff_summary", handoff_summary)
        line.add("id", id)
        line.add("incidents", incidents)
        line.add("intent", intent)
        line.add("language", language)
        line.add("message", message)
        line.add("order_id", order_id)
        line.add("rule", rule)
        line.add("source_key", source_key)
        line.add("via", via)
        return line.object
    }

    /// The CSV fields, in ``columns`` order.
    var csvFields: [String] {
        [
            id.map(String.init) ?? "", at, via, conversation_id ?? "", agent ?? "", source_key ?? "", message, language,
            intent, String(confidence), entities, rule, guides.joined(separator: ", "), order_id.map(String.init) ?? "",
            incidents.joined(separator: ", "), answer, handoff ? "true" : "false", handoff_summary ?? "", channel ?? "",
        ]
    }
}
