import Foundation
import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class ConversationTests: StoreTestCase {
    func testTheConversationsMigrationCreatesItsTables() throws {
        let (tables, migrations) = try database.pool.read { db in
            (
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"),
                try AppDatabase.migrator.appliedIdentifiers(db)
            )
        }
        XCTAssertTrue(migrations.contains("v3-conversations"), "\(migrations)")
        XCTAssertTrue(tables.contains("conversations"))
        XCTAssertTrue(tables.contains("conversation_notes"))
    }

    func testConversationsAreNumberedAndEndWithAnOutcomeAndANote() throws {
        let first = try database.startConversation(agent: "anna", via: "phone", at: time("2025-03-04T10:00:00Z"))
        let second = try database.startConversation(agent: nil, via: "chat", at: time("2025-03-04T10:01:00Z"))
        XCTAssertEqual(first.id, "C-0001")
        XCTAssertEqual(second.id, "C-0002")
        XCTAssertNil(first.endedAt)

        let ended = try XCTUnwrap(
            try database.finishConversation(
                first.id, outcome: .handedOff, note: "  customer wants a refund  ", agent: "anna", at: time("2025-03-04T10:05:00Z")))
        XCTAssertEqual(ended.outcome, .handedOff)
        XCTAssertEqual(ended.endedAt, time("2025-03-04T10:05:00Z"))
        XCTAssertEqual(try database.conversationNotes(conversationID: first.id).map(\.text), ["customer wants a refund"])

        // A later outcome replaces the earlier one; the end time stays.
        let resolved = try XCTUnwrap(try database.finishConversation(first.id, outcome: .resolved, at: time("2025-03-04T10:09:00Z")))
        XCTAssertEqual(resolved.outcome, .resolved)
        XCTAssertEqual(resolved.endedAt, time("2025-03-04T10:05:00Z"))
        XCTAssertEqual(try database.conversation(id: first.id), resolved)
        XCTAssertNil(try database.finishConversation("C-9999", at: time("2025-03-04T10:09:00Z")))
        XCTAssertEqual(try database.conversations(last: 10).map(\.id), ["C-0002", "C-0001"])
    }

    func testNotesNeedAConversationAndText() throws {
        let conversation = try database.startConversation(agent: "anna", via: "phone", at: time("2025-03-04T10:00:00Z"))
        XCTAssertNil(try database.addConversationNote("   ", conversationID: conversation.id, agent: "anna", at: time("2025-03-04T10:01:00Z")))
        XCTAssertNil(try database.addConversationNote("hello", conversationID: "C-0404", agent: "anna", at: time("2025-03-04T10:01:00Z")))
        let note = try XCTUnwrap(try database.addConversationNote("called back", conversationID: conversation.id, agent: "anna", at: time("2025-03-04T10:02:00Z")))
        XCTAssertNotNil(note.id)
        XCTAssertEqual(try database.conversationNotes(conversationID: conversation.id), [note])
    }

    func testExchangesAreFoundByConversation() throws {
        var entry = ExchangeLogEntry.sample("where is my order 1001?")
        entry.conversationID = "C-0001"
        try database.recordExchange(entry)
        entry.message = "and when will it arrive?"
        try database.recordExchange(entry)
        entry.conversationID = "C-0002"
        try database.recordExchange(entry)
        XCTAssertEqual(
            try database.exchanges(conversationID: "C-0001").map(\.message), ["where is my order 1001?", "and when will it arrive?"])
        let plan = try database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM exchanges WHERE conversation_id = 'C-0001'")
                .map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
        }
        XCTAssertTrue(plan.contains("exchanges_on_conversation_id"), plan)
    }

    /// Two databases on one file (as two consoles would have) start conversations at once; every
    /// number is given once.
    func testConsolesSharingAFileGetDistinctNumbers() throws {
        let first = try XCTUnwrap(database)
        let other = try AppDatabase(path: first.path)
        let ids = FailureLog()
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            let store = worker.isMultiple(of: 2) ? first : other
            for _ in 0..<25 {
                do {
                    ids.append(try store.startConversation(agent: "w\(worker)", via: "chat", at: time("2025-03-04T10:00:00Z")).id)
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(Set(ids.all).count, 100)
        XCTAssertEqual(Set(ids.all), Set((1...100).map { Conversation.id(number: Int64($0)) }))
    }
}
