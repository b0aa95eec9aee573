import Foundation
import HelpdeskCore
import HelpdeskStore
import XCTest

@testable import HelpdeskReports

/// `log export` from a real database: JSON Lines and CSV with every exchange, and redaction
/// that uses the customer of the exchange's order.
final class ExportWriterTests: XCTestCase {
    private var folder: URL!
    private var database: AppDatabase!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-export-tests-\(UUID().uuidString)")
        database = try AppDatabase(path: folder.appendingPathComponent("helpdesk.sqlite").path)
        let order = Order(
            channel: .amazon, orderNumber: "114-0149180-7966659", customerName: "Amelia Clarke",
            customerEmail: "amelia@example.com",
            placedAt: date("2025-03-03T09:00:00Z"), importedAt: nil, dispatchedAt: date("2025-03-04T10:00:00Z"), exportedAt: nil,
            carrier: "royal-mail", trackingNumber: "AB123456785GB", state: .dispatched, addressChangedAt: nil)
        try database.saveOrders([order], at: date("2025-03-04T10:00:00Z"))
        let orderID = try XCTUnwrap(database.findOrders("114-0149180-7966659").orders.first?.id)
        try database.recordExchanges([
            ExchangeLogEntry(
                at: date("2025-03-04T10:00:00Z"), via: "chat", conversationID: "c-1",
                message: "Hi, Amelia here, where is 114-0149180-7966659? Call 07700 900123",
                language: "en", intent: "order_status", confidence: 0.95,
                entitiesJSON: #"{"emails":["amelia@example.com"],"order_numbers":["114-0149180-7966659"],"tracking_numbers":[]}"#,
                rule: "order-dispatched", guides: ["track-order", "delivery-times"], orderID: orderID, incidentIDs: ["inc-1"],
                answer: "Order 114-0149180-7966659 was dispatched. Tracking number: AB123456785GB.", channel: "amazon"),
            ExchangeLogEntry(
                at: date("2025-03-04T11:00:00Z"), via: "email",
                message: "Line one, \"quoted\"\nline two: my name is Boris, 5 Abbey Road",
                language: "en", intent: "human_agent", confidence: 0.99, rule: "human-agent", answer: "A colleague will reply.",
                handoff: true, handoffSummary: "Asked for a person: \"my name is Boris\""),
        ])
    }

    override func tearDown() {
        database = nil
        try? FileManager.default.removeItem(at: folder)
    }

    private func export(_ format: ExchangeExportFormat, redact: Bool) throws -> String {
        let redactor = redact ? Redactor(knowledgeBase: try ReportFixture.get().knowledgeBase) : nil
        let writer = ExchangeExportWriter(format: format, redactor: redactor)
        var output = writer.header
        let count = try database.forEachExchange { output += writer.record($0) }
        XCTAssertEqual(count, 2)
        return output
    }

    func testJSONLinesHoldEveryExchangeWithEveryKey() throws {
        let lines = try export(.jsonl, redact: false).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(
            Set(first.keys),
            [
                "id", "at", "via", "conversation_id", "agent", "source_key", "message", "language", "intent", "confidence",
                "entities",
                "rule", "guides", "order_id", "incidents", "answer", "handoff", "handoff_summary", "channel",
            ])
        XCTAssertEqual(first["at"] as? String, "2025-03-04T10:00:00Z")
        XCTAssertEqual(first["guides"] as? [String], ["track-order", "delivery-times"])
        XCTAssertEqual(first["channel"] as? String, "amazon")
        XCTAssertTrue(first["agent"] is NSNull)
        let second = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        XCTAssertEqual(second["message"] as? String, "Line one, \"quoted\"\nline two: my name is Boris, 5 Abbey Road")
        XCTAssertEqual(second["handoff"] as? Bool, true)
    }

    func testCSVIsRFC4180() throws {
        let text = try export(.csv, redact: false)
        XCTAssertTrue(text.hasPrefix("id,at,via,conversation_id,agent,source_key,message,"))
        XCTAssertEqual(
            text.components(separatedBy: "\r\n").count - 1, 3, "header and two records; the embedded line break is inside quotes")
        let reader = CSVReader(string: text)
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record.fields) }
        XCTAssertEqual(records.count, 3)
        XCTAssertEqual(records[0].count, records[1].count)
        XCTAssertEqual(records[2][6], "Line one, \"quoted\"\nline two: my name is Boris, 5 Abbey Road")
        XCTAssertEqual(records[1][12], "track-order, delivery-times")
        XCTAssertEqual(records[2][16], "true")
    }

    func testRedactionMasksPersonalDataAndKeepsNumbers() throws {
        for format in ExchangeExportFormat.allCases {
            let text = try export(format, redact: true)
            for gone in ["Amelia", "07700 900123", "amelia@example.com", "Boris", "5 Abbey Road"] {
                XCTAssertFalse(text.contains(gone), "\(format): \(gone) is still there")
            }
            for kept in ["114-0149180-7966659", "AB123456785GB", "[name]", "[phone]", "[email]", "[address]"] {
                XCTAssertTrue(text.contains(kept), "\(format): \(kept) is missing")
            }
        }
        let first = try XCTUnwrap(try export(.jsonl, redact: true).split(separator: "\n").first)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        XCTAssertEqual(object["message"] as? String, "Hi, [name] here, where is 114-0149180-7966659? Call [phone]")
        XCTAssertEqual(
            object["entities"] as? String,
            #"{"emails":["[email]"],"order_numbers":["114-0149180-7966659"],"tracking_numbers":[]}"#)
    }
}

/// The hand-written JSON lines are byte for byte what `StableJSON` writes.
final class ExportJSONLineTests: XCTestCase {
    func testLinesAreTheBytesStableJSONWrites() throws {
        let tricky =
            "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{7} nul \u{0} \u{1F} emoji 🚚 кириллица \u{2028} crlf \r\n\r\n é (e\u{301})"
        let entries = [
            ExchangeLogEntry(
                id: 1, at: date("2025-03-04T10:00:00Z"), via: "chat", conversationID: "c-1", agent: "anna", sourceKey: "k#1",
                message: tricky, language: "ru", intent: "order_status", confidence: 0.93, entitiesJSON: #"{"emails":[]}"#,
                rule: "order-dispatched", guides: ["a", tricky], orderID: 42, incidentIDs: [], answer: tricky, handoff: true,
                handoffSummary: tricky, channel: "amazon"),
            ExchangeLogEntry(
                id: 2, at: date("2025-03-04T10:00:00Z"), via: "email", message: "", language: "en", intent: "out_of_scope",
                confidence: 1, rule: "fallback", answer: ""),
            ExchangeLogEntry(
                id: 3, at: date("2025-03-04T10:00:00Z"), via: "email", message: "x", language: "en", intent: "refund",
                confidence: 0.1 + 0.2, rule: "r", answer: "y"),
        ]
        for entry in entries {
            let line = ExchangeExportWriter(format: .jsonl).record(ExchangeExportRow(entry: entry))
            XCTAssertEqual(line, StableJSON.string(ExchangeExportDocument(entry)) + "\n", "JSONEncoder's bytes")
        }
    }
}
