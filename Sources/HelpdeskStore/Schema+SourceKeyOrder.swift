import GRDB

extension Schema {
    /// `v7-line-ordered-source-keys`: batch runs now key transcript lines in file order (see
    /// ``TranscriptSourceKey``). Sources already logged with the earlier keys
    /// (`SOURCE#CONVERSATION@LINE#INDEX`) are listed in `conversation_keyed_sources`, and keep
    /// those keys, so that running such a batch again still finds every line it logged. The index
    /// on transcript lines' conversations goes: nothing looks lines up by conversation, and every
    /// agent line of a batch paid for it.
    static func v7LineOrderedSourceKeys(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX IF EXISTS transcript_lines_on_conversation_id")
        try db.execute(sql: "CREATE TABLE conversation_keyed_sources (source TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID")
        let sourceOfKey = DatabaseFunction("helpdesk_v7_key_source", argumentCount: 2, pure: true) { values in
            guard let key = String.fromDatabaseValue(values[0]), let conversation = String.fromDatabaseValue(values[1])
            else { return nil }
            return ConversationOrderedKeyV7.source(of: key, conversationID: conversation)
        }
        db.add(function: sourceOfKey)
        defer { db.remove(function: sourceOfKey) }
        for table in ["exchanges", "transcript_lines"] {
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO conversation_keyed_sources (source)
                    SELECT DISTINCT helpdesk_v7_key_source(source_key, conversation_id) AS source FROM \(table)
                    WHERE source_key IS NOT NULL AND conversation_id IS NOT NULL AND source IS NOT NULL
                    """)
        }
    }
}

/// How migration v7 reads the keys written before it (kept with the migration: a shipped
/// migration never changes, whatever later keys look like).
enum ConversationOrderedKeyV7 {
    /// The source of `key` when it has the form `SOURCE#ID@LINE#INDEX` for the conversation
    /// `conversationID`; nil otherwise.
    static func source(of key: String, conversationID: String) -> String? {
        guard let indexMark = key.lastIndex(of: "#") else { return nil }
        let index = key[key.index(after: indexMark)...]
        let head = key[..<indexMark]
        guard let lineMark = head.lastIndex(of: "@") else { return nil }
        let line = head[head.index(after: lineMark)...]
        let withConversation = head[..<lineMark]
        let conversationSuffix = "#" + conversationID
        guard isDigits(index), isDigits(line), withConversation.hasSuffix(conversationSuffix) else { return nil }
        let source = withConversation.dropLast(conversationSuffix.count)
        return source.isEmpty ? nil : String(source)
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
