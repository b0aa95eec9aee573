/// What a conversation already established, so follow-ups ("and when will it arrive?") need not
/// repeat it.
public struct ConversationContext: Sendable, Equatable, Codable {
    /// Keys of the order numbers mentioned most recently.
    public var orderKeys: [String]
    /// The channel last talked about.
    public var channel: Channel?
    public var lastIntent: Intent?
    public var language: Language?

    public init(orderKeys: [String] = [], channel: Channel? = nil, lastIntent: Intent? = nil, language: Language? = nil) {
        self.orderKeys = orderKeys
        self.channel = channel
        self.lastIntent = lastIntent
        self.language = language
    }

    /// The context after `reply`.
    public func remembering(_ reply: Reply) -> ConversationContext {
        var next = self
        let entities = reply.understanding.entities
        if let order = reply.order {
            next.orderKeys = [order.lookupKey]
            next.channel = order.channel
        } else if !entities.orderNumbers.isEmpty {
            next.orderKeys = entities.orderNumbers.map(\.key)
        }
        if let channel = reply.channel { next.channel = channel }
        next.lastIntent = reply.understanding.intent
        next.language = reply.understanding.language
        return next
    }
}
