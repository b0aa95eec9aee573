import Foundation

/// How a conversation at the agent console ended.
public enum ConversationOutcome: String, Codable, Sendable, CaseIterable {
    /// A person (second line, a specialist) took it over.
    case handedOff = "handed_off"
    /// The customer's question was answered.
    case resolved
}

/// One call, chat or e-mail thread taken at the agent console.
public struct Conversation: Codable, Sendable, Equatable {
    /// The id exchanges and notes are filed under (`C-0001`).
    public var id: String
    /// Its number, counting up from 1 across every console sharing the database.
    public var number: Int64
    /// The agent taking it, if named.
    public var agent: String?
    /// How the customer reached the desk (`phone`, `chat`, `email`).
    public var via: String
    public var startedAt: Date
    /// When it ended; `nil` while it goes on (or when the console stopped without ending it).
    public var endedAt: Date?
    /// How it ended, when the agent said so.
    public var outcome: ConversationOutcome?
    /// When the outcome was recorded.
    public var outcomeAt: Date?

    /// A conversation; ids are given by ``AppDatabase/startConversation(agent:via:at:)``.
    public init(
        id: String, number: Int64, agent: String?, via: String, startedAt: Date, endedAt: Date? = nil,
        outcome: ConversationOutcome? = nil, outcomeAt: Date? = nil
    ) {
        self.id = id
        self.number = number
        self.agent = agent
        self.via = via
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.outcome = outcome
        self.outcomeAt = outcomeAt
    }

    /// The id of the conversation with this number.
    public static func id(number: Int64) -> String {
        let digits = String(number)
        return "C-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// A note an agent wrote on a conversation.
public struct ConversationNote: Codable, Sendable, Equatable {
    public var id: Int64?
    public var conversationID: String
    public var at: Date
    public var agent: String?
    public var text: String

    public init(id: Int64? = nil, conversationID: String, at: Date, agent: String?, text: String) {
        self.id = id
        self.conversationID = conversationID
        self.at = at
        self.agent = agent
        self.text = text
    }
}
