import Foundation
import GRDB

/// A row of `conversations`.
struct ConversationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "conversations"

    var id: String
    var number: Int64
    var agent: String?
    var via: String
    var startedAt: Date
    var endedAt: Date?
    var outcome: String?
    var outcomeAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, number, agent, via
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case outcome
        case outcomeAt = "outcome_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let number = Column(CodingKeys.number)
        static let startedAt = Column(CodingKeys.startedAt)
    }

    /// The conversation, or an error naming the stored value this version cannot read.
    func conversation() throws -> Conversation {
        var parsedOutcome: ConversationOutcome?
        if let outcome {
            guard let known = ConversationOutcome(rawValue: outcome) else {
                throw StoreError.invalidStoredValue(table: Self.databaseTableName, column: "outcome", value: outcome)
            }
            parsedOutcome = known
        }
        return Conversation(
            id: id, number: number, agent: agent, via: via, startedAt: startedAt, endedAt: endedAt,
            outcome: parsedOutcome, outcomeAt: outcomeAt)
    }
}

/// A row of `conversation_notes`.
struct ConversationNoteRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "conversation_notes"

    var id: Int64?
    var conversationID: String
    var at: Date
    var agent: String?
    var text: String

    enum CodingKeys: String, CodingKey {
        case id
        case conversationID = "conversation_id"
        case at, agent, text
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let conversationID = Column(CodingKeys.conversationID)
    }

    init(_ note: ConversationNote) {
        id = note.id
        conversationID = note.conversationID
        at = note.at
        agent = note.agent
        text = note.text
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var note: ConversationNote {
        ConversationNote(id: id, conversationID: conversationID, at: at, agent: agent, text: text)
    }
}
