import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class OrderImporterTests: StoreTestCase {
    private let now = time("2025-03-05T12:00:00Z")
    private var importer: HelpdeskCSVOrderImporter { HelpdeskCSVOrderImporter(database: database) }

    func testColumnsInAnyOrderWithExtrasIgnored() throws {
        let csv = """
            State,tracking_number,ORDER_NUMBER,notes,channel, customer_email ,placed_at,carrier,customer_name,imported_at,dispatched_at,exported_at,address_changed_at
            dispatched,JD 1234,114-0149180-7966659,gift,amazon,Jane@Example.com,2025-03-01T09:15:00Z,royal_mail,"Doe, Jane",2025-03-01T09:20:00Z,2025-03-02T14:00:00Z,2025-03-02 14:05,2025-03-01
            awaiting_dispatch,,#1001,,Shopify,,,,,,,,

            """
        let summary = try importer.importText(csv, file: "orders.csv", at: now)
        XCTAssertEqual(summary.rowsRead, 2)
        XCTAssertEqual(summary.inserted, 2)
        XCTAssertEqual(summary.errors, [])

        let amazon = try XCTUnwrap(database.orders(matchingKey: "11401491807966659").first)
        XCTAssertEqual(
            amazon,
            Order(
                id: amazon.id, channel: .amazon, orderNumber: "114-0149180-7966659", customerName: "Doe, Jane",
                customerEmail: "jane@example.com", placedAt: time("2025-03-01T09:15:00Z"),
                importedAt: time("2025-03-01T09:20:00Z"), dispatchedAt: time("2025-03-02T14:00:00Z"),
                exportedAt: time("2025-03-02T14:05:00Z"), carrier: "royal_mail", trackingNumber: "JD 1234",
                state: .dispatched,
                addressChangedAt: time("2025-03-01T00:00:00Z")))
        let shopify = try XCTUnwrap(database.orders(matchingKey: "1001").first)
        XCTAssertEqual(shopify.channel, .shopify)
        XCTAssertEqual(shopify.state, .awaitingDispatch)
        XCTAssertNil(shopify.customerName)
        XCTAssertNil(shopify.placedAt)
    }

    func testOnlyTheRequiredColumns() throws {
        let summary = try importer.importText(
            "channel,order_number,state\nebay,12-34567-89012,cancelled\n", file: "min.csv", at: now)
        XCTAssertEqual(summary.inserted, 1)
        XCTAssertEqual(try database.orders(matchingKey: "123456789012").first?.state, .cancelled)
    }

    func testABadRowInTheMiddleIsReportedAndTheGoodRowsAreKept() throws {
        let csv = """
            channel,order_number,state,placed_at
            amazon,A-1,dispatched,2025-03-01T09:00:00Z
            ebay,E-1,"awaiting_dispatch",2025-03-01T09:00:00Z
            "myshop","A-2
            continued",dispatched,2025-03-01T09:00:00Z
            amazon,A-3,shipped,2025-13-01T09:00:00Z
            amazon,,dispatched,
            amazon,A-4,dispatched
            amazon,A-5,refunded,2025-03-02

            """
        let summary = try importer.importText(csv, file: "orders.csv", at: now)
        XCTAssertEqual(summary.rowsRead, 7)
        XCTAssertEqual(summary.inserted, 3)
        XCTAssertEqual(summary.errorCount, 5)
        XCTAssertEqual(
            summary.errors,
            [
                RowError(file: "orders.csv", line: 4, field: "channel", message: summary.errors[0].message),
                RowError(file: "orders.csv", line: 6, field: "state", message: summary.errors[1].message),
                RowError(file: "orders.csv", line: 6, field: "placed_at", message: summary.errors[2].message),
                RowError(file: "orders.csv", line: 7, field: "order_number", message: "is empty"),
                RowError(
                    file: "orders.csv", line: 8, field: nil, message: "expected 4 fields like the header, found 3"),
            ])
        XCTAssertTrue(summary.errors[0].message.contains("\"myshop\" is not a channel"), summary.errors[0].message)
        XCTAssertTrue(summary.errors[1].message.contains("\"shipped\" is not a state"))
        XCTAssertEqual(
            summary.errors[2].description,
            "orders.csv:6: placed_at: \"2025-13-01T09:00:00Z\" is not an ISO-8601 time (like 2025-03-04T10:12:31Z)")
        XCTAssertEqual(
            Set(try ["A1", "E1", "A5"].flatMap { try database.orders(matchingKey: $0) }.map(\.orderNumber)),
            ["A-1", "E-1", "A-5"])
        XCTAssertEqual(try database.orderCount(), 3)
    }

    func testAMissingRequiredColumnRefusesTheFile() throws {
        let csv = "channel,order_number,customer_name\namazon,A-1,Jane\n"
        XCTAssertThrowsError(try importer.importText(csv, file: "orders.csv", at: now)) { error in
            XCTAssertEqual(error as? StoreError, .missingColumn(file: "orders.csv", column: "state"))
            XCTAssertEqual("\(error)", "orders.csv: line 1: the header has no column \"state\", which is required")
        }
        XCTAssertEqual(try database.orderCount(), 0)
    }

    func testAnEmptyFileIsRefused() throws {
        XCTAssertThrowsError(try importer.importText("", file: "empty.csv", at: now)) { error in
            XCTAssertEqual(error as? StoreError, .emptyFile(file: "empty.csv"))
        }
    }

    func testReimportingAFileUpdatesInsteadOfDuplicating() throws {
        let first =
            "channel,order_number,state,tracking_number\namazon,A-1,awaiting_dispatch,\namazon,A-2,awaiting_dispatch,\n"
        let second =
            "channel,order_number,state,tracking_number\namazon,A-1,dispatched,JD1\namazon,A-2,awaiting_dispatch,\n"
        XCTAssertEqual(try importer.importText(first, file: "a.csv", at: now).inserted, 2)
        let summary = try importer.importText(second, file: "a.csv", at: time("2025-03-06T12:00:00Z"))
        XCTAssertEqual([summary.inserted, summary.updated, summary.unchanged], [0, 1, 1])
        XCTAssertEqual(try database.orderCount(), 2)
        let order = try XCTUnwrap(database.orders(matchingKey: "A1").first)
        XCTAssertEqual(
            try database.orderChanges(orderID: try XCTUnwrap(order.id)).map(\.field), ["tracking_number", "state"])
    }

    func testImportingAFileInSmallBatches() throws {
        var csv = "channel,order_number,state\n"
        for index in 1...25 { csv += "etsy,\(index),awaiting_dispatch\n" }
        csv += "etsy,26,lost\n"
        let path = try folder.write("orders.csv", Array(csv.utf8))
        var small = importer
        small.batchSize = 4
        let summary = try small.importFile(atPath: path, at: now)
        XCTAssertEqual(summary.inserted, 25)
        XCTAssertEqual(summary.errors.map(\.line), [27])
        XCTAssertEqual(summary.errors.first?.file, path)
        XCTAssertEqual(try database.orderCount(), 25)
    }

    func testReportedErrorsAreCappedButCounted() throws {
        var csv = "channel,order_number,state\n"
        for index in 1...30 { csv += "nowhere,\(index),awaiting_dispatch\n" }
        var capped = importer
        capped.maxReportedErrors = 10
        let summary = try capped.importText(csv, file: "bad.csv", at: now)
        XCTAssertEqual(summary.errors.count, 10)
        XCTAssertEqual(summary.errorCount, 30)
        XCTAssertEqual(summary.saved, 0)
    }

    func testAMissingFileIsAReadableError() {
        XCTAssertThrowsError(try importer.importFile(atPath: folder.path("nope.csv"), at: now)) { error in
            guard case StoreError.unreadableFile(let file, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(file.hasSuffix("nope.csv"))
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func testInvalidUTF8AndAnUnclosedQuoteAreRowErrors() throws {
        var bytes = Array("channel,order_number,state,customer_name,notes\n".utf8)
        bytes += Array("amazon,A-1,dispatched,Jos".utf8) + [0xE9] + Array(",\n".utf8)
        bytes += Array("amazon,A-2,dispatched,ok,".utf8) + [0xFF] + Array("\n".utf8)
        bytes += Array("amazon,A-3,dispatched,\"never closed\n".utf8)
        let path = try folder.write("latin1.csv", bytes)
        let raw = try importer.importFile(atPath: path, at: now)
        XCTAssertEqual(raw.inserted, 1, "A-2: the bad byte is in a column that is not read")
        XCTAssertEqual(raw.errors.map(\.line), [2, 4])
        XCTAssertEqual(raw.errors.first?.field, "customer_name")
        XCTAssertTrue(raw.errors.first?.message.contains("UTF-8") ?? false)
        XCTAssertTrue(raw.errors.last?.message.contains("not closed") ?? false)
    }

    func testSemicolonSeparatedFile() throws {
        var importer = self.importer
        importer.format = .semicolon
        let summary = try importer.importText(
            "channel;order_number;state\nmagento;M-1;refunded\n", file: "m.csv", at: now)
        XCTAssertEqual(summary.inserted, 1)
    }
}
