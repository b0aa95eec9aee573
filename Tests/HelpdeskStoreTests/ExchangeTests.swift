import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class ExchangeTests: StoreTestCase {
    func testExchangeRoundTrip() throws {
        let entry = ExchangeLogEntry.sample(sourceKey: "batch.jsonl#1")
        let id = try database.recordExchange(entry)
        var expected = entry
        expected.id = id
        XCTAssertEqual(try database.exchange(id: id), expected)
        XCTAssertEqual(try database.exchangeCount(), 1)
        XCTAssertNil(try database.exchange(id: id + 1))
    }

    func testOptionalFieldsRoundTrip() throws {
        let entry = ExchangeLogEntry(
            at: time("2025-03-04T10:00:00Z"), via: "batch", message: "hi", language: "ru", intent: "out_of_scope",
            confidence: 0, rule: "fallback", answer: "", handoff: true, handoffSummary: "Customer wants a human")
        let id = try database.recordExchange(entry)
        let stored = try XCTUnwrap(database.exchange(id: id))
        XCTAssertNil(stored.conversationID)
        XCTAssertNil(stored.agent)
        XCTAssertNil(stored.sourceKey)
        XCTAssertNil(stored.orderID)
        XCTAssertEqual(stored.guides, [])
        XCTAssertEqual(stored.incidentIDs, [])
        XCTAssertEqual(stored.handoff, true)
        XCTAssertEqual(stored.handoffSummary, "Customer wants a human")
    }

    func testRecordingTheSameSourceKeyTwiceWritesOnce() throws {
        let first = try database.recordExchange(.sample(sourceKey: "t.jsonl#7"))
        let again = try database.recordExchange(.sample("a different text", sourceKey: "t.jsonl#7"))
        XCTAssertEqual(first, again)
        XCTAssertEqual(try database.exchangeCount(), 1)
        XCTAssertEqual(try database.exchange(id: first)?.message, "where is my order 1001?")
    }

    func testEntriesWithoutSourceKeyAreAlwaysRecorded() throws {
        let first = try database.recordExchange(.sample())
        let second = try database.recordExchange(.sample())
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(try database.exchangeCount(), 2)
    }

    func testBatchRecordingSkipsKnownSourceKeys() throws {
        let entries = (1...5).map { ExchangeLogEntry.sample("message \($0)", sourceKey: "run.jsonl#\($0)") }
        XCTAssertEqual(try database.recordExchanges(entries), 5)
        let rerun = entries + [.sample("new", sourceKey: "run.jsonl#6"), .sample("no key")]
        XCTAssertEqual(try database.recordExchanges(rerun), 2)
        XCTAssertEqual(try database.exchangeCount(), 7)
        XCTAssertEqual(try database.recordExchanges([]), 0)
    }

    func testLatestExchangesComeNewestFirst() throws {
        for minute in [5, 1, 9, 3] {
            try database.recordExchange(.sample("at \(minute)", at: time("2025-03-04T10:0\(minute):00Z")))
        }
        XCTAssertEqual(try database.exchanges(last: 3).map(\.message), ["at 9", "at 5", "at 3"])
        XCTAssertEqual(try database.exchanges(last: 0), [])
        XCTAssertEqual(try database.exchanges(last: 100).count, 4)
    }

    func testSQLLookingTextIsStoredIntact() throws {
        var entry = ExchangeLogEntry.sample("'; DROP TABLE orders; --", sourceKey: "x'); DELETE FROM exchanges; --")
        entry.answer = "Robert'); DROP TABLE exchanges;--"
        entry.guides = ["\"]; DROP TABLE guides; --"]
        let id = try database.recordExchange(entry)
        let stored = try XCTUnwrap(database.exchange(id: id))
        XCTAssertEqual(stored.message, entry.message)
        XCTAssertEqual(stored.answer, entry.answer)
        XCTAssertEqual(stored.sourceKey, entry.sourceKey)
        XCTAssertEqual(stored.guides, entry.guides)
        XCTAssertEqual(try database.recordExchange(entry), id)
        XCTAssertEqual(try database.exchangeCount(), 1)
        XCTAssertEqual(try database.orderCount(), 0)
    }
}
