import Foundation

/// A transcript line kept in the log without being answered: what an agent or the system said.
public struct TranscriptLineEntry: Sendable, Equatable {
    /// The idempotency key (source, conversation, index): a line already kept is not kept again.
    public var sourceKey: String
    public var conversationID: String?
    public var at: Date
    /// `agent` or `system`.
    public var role: String
    public var via: String?
    public var text: String

    public init(sourceKey: String, conversationID: String?, at: Date, role: String, via: String?, text: String) {
        self.sourceKey = sourceKey
        self.conversationID = conversationID
        self.at = at
        self.role = role
        self.via = via
        self.text = text
    }
}
