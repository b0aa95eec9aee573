import Foundation
import GRDB

extension AppDatabase {
    /// Starts a conversation and returns it with its id (`C-0001`, `C-0002`…). Numbers count up
    /// across every process sharing the file: the next number is taken in the same statement that
    /// inserts the row, under SQLite's write lock.
    public func startConversation(agent: String?, via: String, at date: Date) throws -> Conversation {
        try write("startConversation") { db in
            try db.execute(
                sql: """
                    INSERT INTO conversations (id, number, agent, via, started_at)
                    SELECT printf('C-%04d', next), next, ?, ?, ?
                    FROM (SELECT IFNULL(MAX(number), 0) + 1 AS next FROM conversations)
                    """,
                arguments: [agent, via, date])
            let rowID = db.lastInsertedRowID
            guard let record = try ConversationRecord.fetchOne(db, sql: "SELECT * FROM conversations WHERE rowid = ?", arguments: [rowID])
            else {
                throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "the new conversation was not found")
            }
            return try record.conversation()
        }
    }

    /// Ends the conversation `id` at `date`, with `outcome` if given and `note` (by `agent`) if
    /// given, in one transaction. A conversation already ended keeps its end time; a later
    /// outcome replaces an earlier one. Returns the conversation as stored, or `nil` when there is
    /// no conversation `id`.
    @discardableResult
    public func finishConversation(
        _ id: String, outcome: ConversationOutcome? = nil, note: String? = nil, agent: String? = nil, at date: Date
    ) throws -> Conversation? {
        try write("finishConversation") { db in
            guard var record = try ConversationRecord.fetchOne(db, key: id) else { return nil }
            if let note = Self.cleanNote(note) {
                var noteRecord = ConversationNoteRecord(ConversationNote(conversationID: id, at: date, agent: agent, text: note))
                try noteRecord.insert(db)
            }
            if record.endedAt == nil { record.endedAt = date }
            if let outcome {
                record.outcome = outcome.rawValue
                record.outcomeAt = date
            }
            try record.update(db)
            return try record.conversation()
        }
    }

    /// Adds an agent's note to the conversation `id` and returns it (with its id), or `nil` when
    /// there is no conversation `id` or the note is blank.
    @discardableResult
    public func addConversationNote(_ text: String, conversationID id: String, agent: String?, at date: Date) throws
        -> ConversationNote?
    {
        guard let text = Self.cleanNote(text) else { return nil }
        return try write("addConversationNote") { db in
            guard try ConversationRecord.exists(db, key: id) else { return nil }
            var record = ConversationNoteRecord(ConversationNote(conversationID: id, at: date, agent: agent, text: text))
            try record.insert(db)
            return record.note
        }
    }

    /// The conversation `id`, or `nil`.
    public func conversation(id: String) throws -> Conversation? {
        try read("conversation(id:)") { db in
            try ConversationRecord.fetchOne(db, key: id)?.conversation()
        }
    }

    /// The latest `count` conversations, newest first.
    public func conversations(last count: Int) throws -> [Conversation] {
        try read("conversations(last:)") { db in
            try ConversationRecord
                .order(ConversationRecord.Columns.number.desc)
                .limit(max(count, 0))
                .fetchAll(db)
                .map { try $0.conversation() }
        }
    }

    /// The notes on conversation `id`, oldest first.
    public func conversationNotes(conversationID id: String) throws -> [ConversationNote] {
        try read("conversationNotes") { db in
            try ConversationNoteRecord
                .filter(ConversationNoteRecord.Columns.conversationID == id)
                .order(ConversationNoteRecord.Columns.id)
                .fetchAll(db)
                .map(\.note)
        }
    }

    /// The exchanges filed under conversation `id`, oldest first.
    public func exchanges(conversationID id: String) throws -> [ExchangeLogEntry] {
        try read("exchanges(conversationID:)") { db in
            try ExchangeRecord
                .filter(Column(ExchangeRecord.CodingKeys.conversationID) == id)
                .order(ExchangeRecord.Columns.id)
                .fetchAll(db)
                .map(\.entry)
        }
    }

    /// `text` trimmed, or `nil` when nothing is left.
    private static func cleanNote(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
