import Foundation
import GRDB
import HelpdeskCore

/// One write transaction of a long run that logs many messages: exchanges and transcript lines
/// are recorded through statements prepared once. Valid only inside
/// ``AppDatabase/inLogTransaction(_:)``.
public struct LogTransaction {
    let db: Database
    private let exchangeWriter: ExchangeWriter
    private let lineStatement: Statement

    init(_ db: Database) throws {
        self.db = db
        exchangeWriter = try ExchangeWriter(db)
        lineStatement = try db.cachedStatement(
            sql: """
                INSERT INTO transcript_lines (source_key, conversation_id, at, role, via, text)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_key) DO NOTHING
                """)
    }

    /// Records an exchange; false when its source key was already recorded.
    public func record(_ entry: ExchangeLogEntry) throws -> Bool { try exchangeWriter.insert(entry) }

    /// Records the exchanges of `chunk`; how many were new and how many were already recorded.
    public func record(_ chunk: PackedExchanges) throws -> (new: Int, old: Int) {
        var counts = (new: 0, old: 0)
        for index in 0..<chunk.count {
            if try exchangeWriter.insert(chunk, at: index) { counts.new += 1 } else { counts.old += 1 }
        }
        return counts
    }

    /// Keeps an unanswered transcript line; false when its source key was already kept.
    public func record(_ line: TranscriptLineEntry) throws -> Bool {
        let values = SQLiteBindings(lineStatement)
        values.bind(1, line.sourceKey)
        values.bind(2, line.conversationID)
        values.bind(3, DatabaseDateText.string(line.at))
        values.bind(4, line.role)
        values.bind(5, line.via)
        values.bind(6, line.text)
        try values.execute(db)
        return db.changesCount > 0
    }
}

extension AppDatabase {
    /// Runs `body` in one write transaction with a ``LogTransaction``: everything it records is
    /// committed together, or not at all when it throws.
    public func inLogTransaction<T>(_ body: (LogTransaction) throws -> T) throws -> T {
        try write("logTransaction") { db in try body(LogTransaction(db)) }
    }

    /// The number of transcript lines kept (agent and system lines of batch runs).
    public func transcriptLineCount() throws -> Int {
        try read("transcriptLineCount") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM transcript_lines") ?? 0 }
    }
}
