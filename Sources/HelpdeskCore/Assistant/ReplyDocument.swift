import Foundation

/// The stable JSON shape of a reply (`ask --format json`, the console's JSON mode, batch output).
public struct ReplyDocument: Codable, Sendable {
    public struct EntitiesDocument: Codable, Sendable {
        public var order_numbers: [String]
        public var tracking_numbers: [String]
        public var channels: [String]
        public var carriers: [String]
        public var emails: [String]

        /// The entities a message names, as the document shows them.
        public init(_ entities: Entities) {
            order_numbers = entities.orderNumbers.map(\.text)
            tracking_numbers = entities.trackingNumbers.map(\.text)
            channels = entities.channels.map(\.rawValue)
            carriers = entities.carriers
            emails = entities.emails
        }
    }

    public struct OrderDocument: Codable, Sendable {
        public var channel: String
        public var order_number: String
        public var state: String
        public var customer_name: String?
        public var customer_email: String?
        public var placed_at: String?
        public var imported_at: String?
        public var dispatched_at: String?
        public var exported_at: String?
        public var carrier: String?
        public var tracking_number: String?
        public var address_changed_at: String?
    }

    public struct IncidentDocument: Codable, Sendable {
        public var id: String
        public var name: String
        public var status: String
        public var impact: String
        public var started_at: String
        public var components: [String]
        public var latest_update: String?
        public var maintenance: Bool
    }

    public var intent: String
    public var confidence: Double
    public var language: String
    public var entities: EntitiesDocument
    public var order: OrderDocument?
    public var order_lookup: String
    public var channel: String?
    public var incidents: [IncidentDocument]
    public var rule: String
    public var leads: [String]
    public var reasons: [String]
    public var guides: [String]
    public var facts: [CitedFact]
    public var answer: String
    public var handoff: Bool
    public var handoff_summary: String?
    public var answered_at: String
    public var log_id: Int64?

    public init(_ reply: Reply, logID: Int64?) {
        let understanding = reply.understanding
        let entities = understanding.entities
        intent = understanding.intent.rawValue
        confidence = (understanding.confidence * 1000).rounded() / 1000
        language = understanding.language.rawValue
        self.entities = EntitiesDocument(entities)
        order = reply.order.map(Self.document)
        order_lookup = reply.lookup.kind
        channel = reply.channel?.rawValue
        incidents = reply.incidents.map { relevant in
            IncidentDocument(
                id: relevant.incident.id, name: relevant.incident.name, status: relevant.incident.status.rawValue,
                impact: relevant.incident.impact.rawValue, started_at: ISO8601.format(relevant.incident.startedAt),
                components: relevant.componentNames, latest_update: relevant.incident.latestUpdate?.body,
                maintenance: relevant.incident.isMaintenance)
        }
        rule = reply.rule
        leads = reply.leads
        reasons = reply.reasons
        guides = reply.guides
        facts = reply.facts
        answer = reply.answer
        handoff = reply.handoff
        handoff_summary = reply.handoffSummary
        answered_at = ISO8601.format(reply.answeredAt)
        log_id = logID
    }

    public static func document(_ order: Order) -> OrderDocument {
        OrderDocument(
            channel: order.channel.rawValue, order_number: order.orderNumber, state: order.state.rawValue,
            customer_name: order.customerName, customer_email: order.customerEmail, placed_at: order.placedAt.map(ISO8601.format),
            imported_at: order.importedAt.map(ISO8601.format), dispatched_at: order.dispatchedAt.map(ISO8601.format),
            exported_at: order.exportedAt.map(ISO8601.format), carrier: order.carrier, tracking_number: order.trackingNumber,
            address_changed_at: order.addressChangedAt.map(ISO8601.format))
    }

    enum CodingKeys: String, CodingKey {
        case intent, confidence, language, entities, order, order_lookup, channel, incidents, rule, leads, reasons, guides
        case facts, answer, handoff, handoff_summary, answered_at, log_id
    }

    /// Encodes every key, writing `null` for what is absent, so that the shape never changes.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(intent, forKey: .intent)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(language, forKey: .language)
        try container.encode(entities, forKey: .entities)
        try container.encode(order, forKey: .order)
        try container.encode(order_lookup, forKey: .order_lookup)
        try container.encode(channel, forKey: .channel)
        try container.encode(incidents, forKey: .incidents)
        try container.encode(rule, forKey: .rule)
        try container.encode(leads, forKey: .leads)
        try container.encode(reasons, forKey: .reasons)
        try container.encode(guides, forKey: .guides)
        try container.encode(facts, forKey: .facts)
        try container.encode(answer, forKey: .answer)
        try container.encode(handoff, forKey: .handoff)
        try container.encode(handoff_summary, forKey: .handoff_summary)
        try container.encode(answered_at, forKey: .answered_at)
        try container.encode(log_id, forKey: .log_id)
    }

    /// The entities as compact JSON (for the log).
    public var entitiesJSON: String { entities.json }
}

/// JSON with sorted keys and no escaped slashes, so that output can be diffed.
public enum StableJSON {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func string(_ value: some Encodable, pretty: Bool = false) -> String {
        guard let data = try? encoder(pretty: pretty).encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
