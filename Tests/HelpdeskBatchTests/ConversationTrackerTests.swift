import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskBatch

final class ConversationTrackerTests: XCTestCase {
    private func line(_ conversation: String, _ number: Int, _ seconds: TimeInterval) -> TranscriptLine {
        TranscriptLine(
            source: "s.jsonl", line: number, conversationID: conversation, timestamp: Date(timeIntervalSince1970: seconds),
            role: .customer, text: "hi")
    }

    func testLinesAreCountedPerConversationAndContextIsKept() {
        var tracker = ConversationTracker(closesAfter: 3600)
        let first = tracker.position(of: line("a", 1, 0))
        XCTAssertEqual(first.index, 0)
        tracker.remember(ConversationContext(orderKeys: ["1042"]), at: first)
        XCTAssertEqual(tracker.position(of: line("b", 2, 10)).index, 0)
        let third = tracker.position(of: line("a", 3, 20))
        XCTAssertEqual(third.index, 1)
        XCTAssertEqual(third.firstLine, 1)
        XCTAssertEqual(third.context.orderKeys, ["1042"])
    }

    func testAnIdReusedAfterTheConversationClosedStartsANewOneWithItsOwnKey() {
        var tracker = ConversationTracker(closesAfter: 3600)
        let first = tracker.position(of: line("a", 1, 0))
        tracker.remember(ConversationContext(orderKeys: ["1042"]), at: first)
        let later = tracker.position(of: line("a", 7, 3601))
        XCTAssertEqual(later.firstLine, 7)
        XCTAssertEqual(later.index, 0)
        XCTAssertEqual(later.context.orderKeys, [])
    }

    func testMemoryStaysBoundedOverManyConversations() {
        var tracker = ConversationTracker(closesAfter: 3600)
        // 300,000 conversations of one line, a minute apart: at most an hour's worth stay open.
        for number in 1...300_000 {
            _ = tracker.position(of: line("c\(number)", number, Double(number) * 60))
        }
        XCTAssertLessThanOrEqual(tracker.openConversations, 10_000 + 61)
        // Without time moving on, the safety bound applies.
        var stuck = ConversationTracker(closesAfter: 3600)
        for number in 1...120_000 { _ = stuck.position(of: line("c\(number)", number, 0)) }
        XCTAssertLessThanOrEqual(stuck.openConversations, ConversationTracker.maximumOpen)
    }
}
