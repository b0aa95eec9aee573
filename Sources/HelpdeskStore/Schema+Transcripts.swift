extension Schema {
    /// `v5-transcripts`: the channel an answer concerned (for reports by channel), and the lines of
    /// a transcript that are not answered — the agent's and the system's — kept beside the
    /// exchanges so that a conversation can be read back whole. Both kinds of line carry a
    /// `source_key` (source, conversation, index) that makes a batch run idempotent.
    static let v5Transcripts = """
        ALTER TABLE exchanges ADD COLUMN channel TEXT;

        CREATE TABLE transcript_lines (
            id INTEGER PRIMARY KEY,
            source_key TEXT NOT NULL UNIQUE,
            conversation_id TEXT,
            at TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role = 'agent' OR role = 'system'),
            via TEXT,
            text TEXT NOT NULL
        );
        CREATE INDEX transcript_lines_on_conversation_id ON transcript_lines (conversation_id)
            WHERE conversation_id IS NOT NULL;
        """
}

extension Schema {
    /// `v6-no-intent-index`: no query looks exchanges up by intent (reports read the log in one
    /// pass), while every logged exchange paid for keeping the index, which a batch run of
    /// millions of messages feels.
    static let v6NoIntentIndex = """
        DROP INDEX IF EXISTS exchanges_on_intent;
        """
}
