import Foundation
import GRDB

extension AppDatabase {
    /// Removes everything the log holds from before `cutoff`, in one transaction: exchanges,
    /// transcript lines, and console conversations that are over by then and have no exchanges
    /// left (with their notes). Either all of it goes or, on an error, none.
    ///
    /// The file does not shrink: SQLite reuses the freed pages for new rows.
    @discardableResult
    public func pruneLog(before cutoff: Date) throws -> LogPruneSummary {
        let cut = DatabaseDateText.string(cutoff)
        return try write("pruneLog") { db in
            try db.execute(sql: "DELETE FROM exchanges WHERE at < ?", arguments: [cut])
            let exchanges = db.changesCount
            try db.execute(sql: "DELETE FROM transcript_lines WHERE at < ?", arguments: [cut])
            let lines = db.changesCount
            try db.execute(
                sql: """
                    DELETE FROM conversations
                    WHERE coalesce(ended_at, started_at) < ?
                        AND NOT EXISTS (SELECT 1 FROM exchanges WHERE exchanges.conversation_id = conversations.id)
                    """, arguments: [cut])
            let conversations = db.changesCount
            return LogPruneSummary(exchanges: exchanges, transcriptLines: lines, conversations: conversations)
        }
    }
}
