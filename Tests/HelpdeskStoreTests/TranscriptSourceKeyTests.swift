import HelpdeskStore
import XCTest

/// Keys are stored in the log, so the way they are built must not change a byte: they must read
/// as the plain string formula that defines them.
final class TranscriptSourceKeyTests: XCTestCase {
    private static func lineOrderedKey(source: String, line: Int, conversationID: String, index: Int) -> String {
        let digits = String(line)
        let zeros = String(repeating: "0", count: max(0, TranscriptSourceKeyTests.lineDigits - digits.count))
        return source + "#" + zeros + digits + ":" + conversationID + "#" + String(index)
    }

    private static let lineDigits = 10

    func testKeysReadAsTheirFormula() {
        let sources = ["/data/chats.jsonl", "", "/données/чаты.jsonl"]
        let conversations = ["chat-1001", "", "разговор 7", "c#1:2@3"]
        let numbers = [0, 1, 7, 123_456_789, 9_999_999_999, 10_000_000_000, 12_345_678_901_234, Int.max, -1, -42, Int.min]
        for source in sources {
            for conversation in conversations {
                for number in numbers {
                    XCTAssertEqual(
                        TranscriptSourceKey.make(
                            .lineOrdered, source: source, line: number, conversationID: conversation, firstLine: 3, index: number),
                        Self.lineOrderedKey(source: source, line: number, conversationID: conversation, index: number))
                    XCTAssertEqual(
                        TranscriptSourceKey.make(
                            .conversationOrdered, source: source, line: 5, conversationID: conversation, firstLine: number,
                            index: number),
                        source + "#" + conversation + "@" + String(number) + "#" + String(number))
                }
            }
        }
        XCTAssertEqual(
            TranscriptSourceKey.make(.lineOrdered, source: "/data/chats.jsonl", line: 7, conversationID: "chat-1001", firstLine: 1, index: 2),
            "/data/chats.jsonl#0000000007:chat-1001#2")
    }
}
