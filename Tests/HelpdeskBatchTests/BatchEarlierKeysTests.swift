import Foundation
import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskBatch
@testable import HelpdeskStore

/// A transcript half logged by a version that keyed lines by conversation (schema v6) and run
/// again after the upgrade: the lines already logged are found, the rest are added with the
/// same kind of key, and nothing is logged twice.
final class BatchEarlierKeysTests: XCTestCase {
    func testASourceLoggedWithEarlierKeysKeepsThemAndNothingIsLoggedTwice() throws {
        let folder = try TemporaryFolder()
        let line = { (conversation: String, minute: Int, role: String, text: String) in
            #"{"conversation_id":"\#(conversation)","timestamp":"2025-03-04T10:0\#(minute):00Z","role":"\#(role)","text":"\#(text)"}"#
        }
        let path = try folder.write(
            "chats.jsonl",
            [
                line("a", 1, "customer", "where is my order?"),
                line("a", 2, "agent", "Which number?"),
                line("b", 3, "customer", "is the dashboard down?"),
                line("a", 4, "customer", "it is 1042"),
            ].joined(separator: "\n"))
        let source = BatchRunner.sourceName(path)
        let databasePath = folder.path("helpdesk.sqlite")
        try logLikeSchemaV6(
            at: databasePath,
            exchanges: [(source + "#a@1#0", "a", "where is my order?")],
            agentLines: [(source + "#a@1#1", "a", "Which number?")])

        let database = try AppDatabase(path: databasePath)
        XCTAssertEqual(try database.sourceKeyStyle(for: source), .conversationOrdered)
        XCTAssertEqual(try database.sourceKeyStyle(for: source + ".other"), .lineOrdered)
        let knowledgeBase = try KnowledgeBase.load(from: repositoryRoot.appendingPathComponent("KnowledgeBase"))
        let runner = try BatchRunner(
            assistant: Assistant(knowledgeBase: knowledgeBase), database: database, timestamps: londonTimestamps,
            output: nil)
        let summary = try runner.run(TranscriptFiles.expand([path]).files)

        XCTAssertEqual(summary.alreadyLogged, 2, "the customer line and the agent line logged before the upgrade")
        XCTAssertEqual(summary.newlyLogged, 2)
        XCTAssertEqual(try database.exchangeCount(), 3)
        XCTAssertEqual(try database.transcriptLineCount(), 1)
        let keys = try database.exchanges(last: 10).compactMap(\.sourceKey)
        XCTAssertEqual(Set(keys), [source + "#a@1#0", source + "#b@3#0", source + "#a@1#2"])
    }

    /// Creates a store at schema v6 holding the given rows, as an earlier version left it.
    private func logLikeSchemaV6(
        at path: String, exchanges: [(key: String, conversation: String, message: String)],
        agentLines: [(key: String, conversation: String, text: String)]
    ) throws {
        let queue = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(queue, upTo: "v6-no-intent-index")
        try queue.write { db in
            for exchange in exchanges {
                try db.execute(
                    sql: """
                        INSERT INTO exchanges (at, via, conversation_id, source_key, message, language, intent, confidence,
                            entities_json, rule, guides_json, incidents_json, answer, handoff)
                        VALUES ('2025-03-04 10:01:00.000', 'batch', ?, ?, ?, 'en', 'order_status', 0.9, '{}', 'r', '[]',
                            '[]', 'an answer', 0)
                        """, arguments: [exchange.conversation, exchange.key, exchange.message])
            }
            for line in agentLines {
                try db.execute(
                    sql: """
                        INSERT INTO transcript_lines (source_key, conversation_id, at, role, via, text)
                        VALUES (?, ?, '2025-03-04 10:02:00.000', 'agent', 'batch', ?)
                        """, arguments: [line.key, line.conversation, line.text])
            }
        }
    }
}
