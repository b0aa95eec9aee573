extension Schema {
    /// `v3-conversations`: calls and chats taken at the agent console, with their outcome and the
    /// agent's notes. Exchanges point at a conversation by `exchanges.conversation_id` (not a
    /// foreign key: `helpdesk ask --conversation` may name conversations the console never saw),
    /// indexed here so that a conversation's exchanges are found without a scan.
    static let v3Conversations = """
        CREATE TABLE conversations (
            id TEXT NOT NULL PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE,
            agent TEXT,
            via TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            outcome TEXT CHECK (outcome IS NULL OR outcome = 'handed_off' OR outcome = 'resolved'),
            outcome_at TEXT
        );
        CREATE INDEX conversations_on_started_at ON conversations (started_at);

        CREATE TABLE conversation_notes (
            id INTEGER PRIMARY KEY,
            conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            agent TEXT,
            text TEXT NOT NULL
        );
        CREATE INDEX conversation_notes_on_conversation_id ON conversation_notes (conversation_id);

        CREATE INDEX exchanges_on_conversation_id ON exchanges (conversation_id) WHERE conversation_id IS NOT NULL;
        """
}
