import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// `log prune`: everything older than the cut-off goes, in one transaction; the rest stays.
final class LogPruneTests: StoreTestCase {
    private func exchange(_ at: String, conversation: String? = nil) -> ExchangeLogEntry {
        ExchangeLogEntry(
            at: time(at), via: "console", conversationID: conversation, message: "m", language: "en", intent: "order_status",
            confidence: 0.9, rule: "r", answer: "a")
    }

    func testPruningRemovesWhatIsOlderAndCountsIt() throws {
        let old = try database.startConversation(agent: "anna", via: "phone", at: time("2025-01-01T09:00:00Z"))
        try database.addConversationNote("called back", conversationID: old.id, agent: "anna", at: time("2025-01-01T09:05:00Z"))
        _ = try database.finishConversation(old.id, outcome: .resolved, at: time("2025-01-01T09:10:00Z"))
        let spanning = try database.startConversation(agent: "anna", via: "phone", at: time("2025-01-31T23:50:00Z"))
        let recent = try database.startConversation(agent: "anna", via: "chat", at: time("2025-02-02T09:00:00Z"))
        try database.recordExchanges([
            exchange("2025-01-01T09:01:00Z", conversation: old.id), exchange("2025-01-15T12:00:00Z"),
            exchange("2025-01-31T23:55:00Z", conversation: spanning.id),
            exchange("2025-02-01T00:05:00Z", conversation: spanning.id),
            exchange("2025-02-02T09:01:00Z", conversation: recent.id),
        ])
        try database.inLogTransaction { log in
            for (index, at) in ["2025-01-15T11:59:00Z", "2025-02-01T08:00:00Z"].enumerated() {
                _ = try log.record(
                    TranscriptLineEntry(
                        sourceKey: "t#\(index)", conversationID: "chat-1", at: time(at), role: "agent", via: "chat", text: "hello"
                    ))
            }
        }

        let summary = try database.pruneLog(before: time("2025-02-01T00:00:00Z"))
        XCTAssertEqual(summary, LogPruneSummary(exchanges: 3, transcriptLines: 1, conversations: 1))
        XCTAssertEqual(try database.exchangeCount(), 2)
        XCTAssertTrue(try database.exchanges(last: 10).allSatisfy { $0.at >= time("2025-02-01T00:00:00Z") })
        XCTAssertEqual(try database.transcriptLineCount(), 1)
        XCTAssertNil(try database.conversation(id: old.id), "over and without exchanges: gone")
        XCTAssertTrue(try database.conversationNotes(conversationID: old.id).isEmpty, "its notes with it")
        XCTAssertNotNil(try database.conversation(id: spanning.id), "it still has an exchange after the cut-off")
        XCTAssertNotNil(try database.conversation(id: recent.id))

        XCTAssertEqual(
            try database.pruneLog(before: time("2025-02-01T00:00:00Z")),
            LogPruneSummary(exchanges: 0, transcriptLines: 0, conversations: 0))
    }
}
