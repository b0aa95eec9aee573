import GRDB

extension AppDatabase {
    /// How the lines of `source` are keyed in the log: in file order, unless the source was
    /// logged before schema v7 with the earlier, conversation-ordered keys.
    public func sourceKeyStyle(for source: String) throws -> TranscriptSourceKey.Style {
        try read("sourceKeyStyle") { db in
            let keptEarlierKeys = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM conversation_keyed_sources WHERE source = ?)", arguments: [source])
            return keptEarlierKeys == true ? .conversationOrdered : .lineOrdered
        }
    }
}
