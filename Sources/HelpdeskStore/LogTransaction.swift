import Foundation
import GRDB
import HelpdeskCore

/// One write transaction of a long run that logs many messages: exchanges and transcript lines
/// are recorded through statements prepared once. Valid only inside
/// ``AppDatabase/inLogTransaction(_:)``.
public struct LogTransaction {
    let db: Database
    private let exchangeWriter: ExchangeWriter
    private let lineWriter: TranscriptLineWriter

    init(_ db: Database) throws {
        self.db = db
        exchangeWriter = try ExchangeWriter(db)
        lineWriter = TranscriptLineWriter(db)
    }

    /// Records an exchange; false when its source key was already recorded.
    public func record(_ entry: ExchangeLogEntry) throws -> Bool { try exchangeWriter.insert(entry) }

    /// Records the exchanges of `chunk`; how many were new and how many were already recorded.
    /// When it throws, some of them may have been written: the transaction is to be rolled back
    /// (as ``AppDatabase/inLogTransaction(_:)`` does when its body throws).
    public func record(_ chunk: PackedExchanges) throws -> (new: Int, old: Int) {
        let new = try exchangeWriter.insert(chunk)
        return (new, chunk.count - new)
    }

    /// Keeps an unanswered transcript line; false when its source key was already kept.
    public func record(_ line: TranscriptLineEntry) throws -> Bool { try lineWriter.insert(CollectionOfOne(line)) > 0 }

    /// Keeps the unanswered transcript lines `lines` in their order; how many were new and how
    /// many were already kept. When it throws (a role other than `agent` or `system`), some of
    /// them may have been written: the transaction is to be rolled back.
    public func record(_ lines: [TranscriptLineEntry]) throws -> (new: Int, old: Int) {
        let new = try lineWriter.insert(lines)
        return (new, lines.count - new)
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
