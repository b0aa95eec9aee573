import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// The one-pass read of the log for reports, and the streaming read for exports.
final class ExchangeScanTests: StoreTestCase {
    private func entry(_ at: String, intent: String = "order_status", channel: String? = "amazon", message: String = "where?")
        -> ExchangeLogEntry
    {
        ExchangeLogEntry(
            at: time(at), via: "chat", message: message, language: "en", intent: intent, confidence: 0.75,
            rule: "order-dispatched",
            answer: "answer", handoff: intent == "human_agent", channel: channel)
    }

    func testScanReadsEachRowsColumnsAsCodes() throws {
        try database.recordExchanges([
            entry("2025-03-04T10:00:00.250Z"),
            entry("2025-03-04T11:00:00Z", intent: "human_agent", channel: nil, message: "a person"),
            entry("2025-03-04T12:00:00Z", channel: ""),
        ])
        let vocabulary = ExchangeScanVocabulary()
        var rows: [ExchangeScanRow] = []
        var messages: [String] = []
        let count = try database.scanExchanges(from: nil, before: nil, vocabulary: vocabulary) { row, message in
            rows.append(row)
            messages.append(message())
        }
        XCTAssertEqual(count, 3)
        rows.sort { $0.atMilliseconds < $1.atMilliseconds }
        XCTAssertEqual(rows.map(\.atMilliseconds), [1_741_082_400_250, 1_741_086_000_000, 1_741_089_600_000])
        XCTAssertEqual(rows.map { vocabulary.text($0.intent) }, ["order_status", "human_agent", "order_status"])
        XCTAssertEqual(rows[0].intent, rows[2].intent, "one code per text")
        XCTAssertEqual(rows.map(\.channel)[1], 0, "NULL is code 0")
        XCTAssertEqual(vocabulary.text(rows[2].channel), "", "an empty text is not NULL")
        XCTAssertEqual(rows.map(\.handoff), [false, true, false])
        XCTAssertEqual(rows.map(\.confidence), [0.75, 0.75, 0.75])
        XCTAssertEqual(Set(messages), ["where?", "a person"])
        XCTAssertEqual(vocabulary.text(rows[0].via), "chat")
    }

    func testScanBoundsAreInclusiveThenExclusive() throws {
        try database.recordExchanges(["09:59:59", "10:00:00", "10:30:00", "11:00:00"].map { entry("2025-03-04T\($0)Z") })
        let vocabulary = ExchangeScanVocabulary()
        var times: [Int64] = []
        try database.scanExchanges(
            from: time("2025-03-04T10:00:00Z"), before: time("2025-03-04T11:00:00Z"), vocabulary: vocabulary
        ) { row, _ in
            times.append(row.atMilliseconds)
        }
        XCTAssertEqual(times.sorted(), [1_741_082_400_000, 1_741_084_200_000])
    }

    func testTheStoresDateTextIsReadExactly() throws {
        for text in ["2025-03-04T10:12:31.999Z", "1999-12-31T23:59:59Z", "2024-02-29T00:00:00.001Z"] {
            let date = time(text)
            var stored = DatabaseDateText.string(date)
            let milliseconds = stored.withUTF8 { DatabaseDateText.milliseconds($0) }
            XCTAssertEqual(milliseconds, Int64((date.timeIntervalSince1970 * 1000).rounded()), text)
        }
        var other = "2025-03-04T10:12:31Z"
        XCTAssertNil(other.withUTF8 { DatabaseDateText.milliseconds($0) }, "another shape is not read by the fast path")
        XCTAssertEqual(other.withUTF8 { DatabaseDateText.milliseconds(anyForm: $0) }, 1_741_083_151_000, "but by GRDB's")
    }

    func testExportRowsComeOldestFirstWithTheirOrdersCustomer() throws {
        let summary = try database.saveOrders([.sample()], at: time("2025-03-04T09:00:00Z"))
        XCTAssertEqual(summary.inserted, 1)
        let orderID = try XCTUnwrap(database.findOrders("114-0149180-7966659").orders.first?.id)
        var withOrder = entry("2025-03-04T10:00:00Z")
        withOrder.orderID = orderID
        var gone = entry("2025-03-04T11:00:00Z")
        gone.orderID = orderID + 100
        try database.recordExchanges([withOrder, gone, entry("2025-03-04T09:00:00Z")])
        var rows: [ExchangeExportRow] = []
        try database.forEachExchange { rows.append($0) }
        XCTAssertEqual(rows.compactMap(\.entry.id), [1, 2, 3])
        XCTAssertEqual(rows[0].customerName, "Jane Doe")
        XCTAssertEqual(rows[0].orderNumber, "114-0149180-7966659")
        XCTAssertEqual(rows[0].trackingNumber, "JD 0000 9000 1234 5678")
        XCTAssertNil(rows[1].customerName, "an order no longer stored")
        XCTAssertEqual(rows[0].entry.at, time("2025-03-04T10:00:00Z"))
        var recent: [ExchangeExportRow] = []
        try database.forEachExchange(from: time("2025-03-04T10:00:00Z")) { recent.append($0) }
        XCTAssertEqual(recent.compactMap(\.entry.id), [1, 2])
    }
}
