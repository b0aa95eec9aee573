import Foundation

/// One message and Helpdesk's answer to it, as kept in the exchange log.
public struct ExchangeLogEntry: Codable, Sendable, Equatable {
    /// Row id; `nil` until recorded.
    public var id: Int64?
    /// When the message was answered.
    public var at: Date
    /// How it came in (`console`, `batch`, `chat`…).
    public var via: String
    /// The conversation the message belongs to, when the channel has one.
    public var conversationID: String?
    /// The support agent who used Helpdesk, if any.
    public var agent: String?
    /// An idempotency key for batch runs (for example `file.jsonl#42`): an entry with a key
    /// that is already recorded is not recorded again.
    public var sourceKey: String?
    /// The message as received.
    public var message: String
    /// Language code (`en`, `ru`).
    public var language: String
    /// Intent raw value (`order_status`…).
    public var intent: String
    /// How sure the understanding was of the intent, 0...1.
    public var confidence: Double
    /// The entities found, as JSON.
    public var entitiesJSON: String
    /// The id of the rule that decided the answer.
    public var rule: String
    /// Ids of the guides the answer drew on.
    public var guides: [String]
    /// The order the answer was about, if any (not a foreign key: orders may be pruned).
    public var orderID: Int64?
    /// Ids of the incidents the answer mentioned.
    public var incidentIDs: [String]
    /// The answer given.
    public var answer: String
    /// Whether the conversation was handed to a person.
    public var handoff: Bool
    /// The summary written for the person taking over.
    public var handoffSummary: String?
    /// The sales channel the answer concerned (`ebay`…), if any.
    public var channel: String?

    /// An entry; `id` is set by the store.
    public init(
        id: Int64? = nil, at: Date, via: String, conversationID: String? = nil, agent: String? = nil,
        sourceKey: String? = nil, message: String, language: String, intent: String, confidence: Double,
        entitiesJSON: String = "{}", rule: String, guides: [String] = [], orderID: Int64? = nil,
        incidentIDs: [String] = [], answer: String, handoff: Bool = false, handoffSummary: String? = nil,
        channel: String? = nil
    ) {
        self.id = id
        self.at = at
        self.via = via
        self.conversationID = conversationID
        self.agent = agent
        self.sourceKey = sourceKey
        self.message = message
        self.language = language
        self.intent = intent
        self.confidence = confidence
        self.entitiesJSON = entitiesJSON
        self.rule = rule
        self.guides = guides
        self.orderID = orderID
        self.incidentIDs = incidentIDs
        self.answer = answer
        self.handoff = handoff
        self.handoffSummary = handoffSummary
        self.channel = channel
    }
}
