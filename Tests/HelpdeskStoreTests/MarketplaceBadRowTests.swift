import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// Bad rows of marketplace exports are reported by line and field; the good orders are kept.
final class MarketplaceBadRowTests: StoreTestCase {
    private let now = time("2025-03-05T12:00:00Z")
    private var importer: OrderFileImporter { OrderFileImporter(database: database) }

    func testShopifyBadRowsAreReportedAndTheGoodOrdersKept() throws {
        let header = try SampleOrderFiles.header(SampleOrderFiles.shopify)
        let good: [String: String] = [
            "Name": "#2001", "Email": "a@example.com", "Financial Status": "paid", "Fulfillment Status": "fulfilled",
            "Created at": "2025-03-01 10:00:00 +0000", "Lineitem name": "Mug", "Lineitem quantity": "1",
        ]
        var badDate = good
        badDate["Name"] = "#2002"
        badDate["Created at"] = "yesterday"
        let continuation = ["Name": "#2002", "Lineitem name": "Tee", "Lineitem quantity": "1"]
        var badStatus = good
        badStatus["Name"] = "#2003"
        badStatus["Financial Status"] = "lost"
        let badQuantity = ["Name": "#2001", "Lineitem name": "Saucer", "Lineitem quantity": "two"]
        let last = ["Name": "#2004", "Financial Status": "pending", "Lineitem name": "Bowl"]
        let text = SampleOrderFiles.file(header, [good, badDate, continuation, badStatus, badQuantity, last])

        let summary = try importer.importText(text, file: "orders_export.csv", at: now)
        XCTAssertEqual(summary.rowsRead, 6)
        XCTAssertEqual(summary.inserted, 2)
        XCTAssertEqual(summary.errors.map(\.line), [3, 4, 5, 6])
        XCTAssertEqual(summary.errors.map(\.field), ["Created at", nil, "Financial Status", "Lineitem quantity"])
        XCTAssertEqual(
            summary.errors[0].description,
            "orders_export.csv:3: Created at: \"yesterday\" is not a date (like 2025-03-04 10:12:31 -0500)")
        XCTAssertTrue(summary.errors[1].message.contains("first row (line 3)"), summary.errors[1].message)
        XCTAssertTrue(summary.errors[2].message.contains("\"lost\""), summary.errors[2].message)
        XCTAssertEqual((try database.orders(matchingKey: "2001") + database.orders(matchingKey: "2004")).count, 2)
        XCTAssertEqual(try database.orders(matchingKey: "2002"), [])
        let kept = try database.details(of: try XCTUnwrap(database.orders(matchingKey: "2001").first))
        XCTAssertEqual(kept.items.map(\.name), ["Mug"], "the saucer's row was bad")
    }

    func testAmazonRowWithAMissingFieldAndAnUnknownStatus() throws {
        let header = try SampleOrderFiles.header(SampleOrderFiles.amazonAllOrders, delimiter: "\t")
        let good = ["amazon-order-id": "111-0000001-0000001", "purchase-date": "2025-03-01T10:00:00+00:00", "order-status": "Shipped", "sku": "A"]
        let unknown = ["amazon-order-id": "111-0000002-0000002", "purchase-date": "2025-03-01T10:00:00+00:00", "order-status": "Lost in space", "sku": "B"]
        var text = SampleOrderFiles.file(header, [good, unknown], delimiter: "\t")
        text += "111-0000003-0000003\t2025-03-01T10:00:00+00:00\n"
        let summary = try importer.importText(text, file: "all.txt", at: now)
        XCTAssertEqual(summary.inserted, 1)
        XCTAssertEqual(summary.errors.map(\.line), [3, 4])
        XCTAssertEqual(summary.errors.first?.field, "order-status")
        XCTAssertEqual(summary.errors.last?.message, "expected \(header.count) fields like the header, found 2")
    }

    func testAnEmptyOrderNumberIsABadRowButAnEbayFooterIsNot() throws {
        let header = try SampleOrderFiles.header(SampleOrderFiles.ebayUS)
        let rows = [
            ["Order Number": "", "Buyer Name": "Nobody", "Item Title": "Mug", "Sale Date": "Jul-21-25"],
            ["Order Number": "24-00000-00001", "Sale Date": "Jul-32-25"],
            ["Order Number": "24-00000-00002", "Sale Date": "Jul-21-25"],
        ]
        let text = "\n" + SampleOrderFiles.file(header, rows) + "\n\"3 record(s) downloaded\"\n\"Seller ID: shop\"\n"
        let summary = try importer.importText(text, file: "ebay.csv", at: now)
        XCTAssertEqual(summary.inserted, 1)
        XCTAssertEqual(summary.skippedRows, 2)
        XCTAssertEqual(summary.errors.map(\.line), [3, 4])
        XCTAssertEqual(summary.errors.map(\.field), ["Order Number", "Sale Date"])
    }

    func testAFileOfNoKnownKindIsRefusedAndANamedKindReportsItsMissingColumn() throws {
        let text = "id,when,who\n1,today,me\n"
        XCTAssertThrowsError(try importer.importText(text, file: "x.csv", at: now)) { error in
            guard case StoreError.unknownOrderFile(let file, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "x.csv")
            XCTAssertTrue(reason.contains("--format"), reason)
        }
        XCTAssertThrowsError(try importer.importText(text, file: "x.csv", format: .etsy, at: now)) { error in
            XCTAssertEqual(error as? StoreError, .missingColumn(file: "x.csv", column: "Order ID"))
        }
        XCTAssertThrowsError(try importer.importText("\n\n", file: "blank.csv", at: now)) { error in
            XCTAssertEqual(error as? StoreError, .emptyFile(file: "blank.csv"))
        }
        XCTAssertEqual(try database.orderCount(), 0)
    }
}
