import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// Importing a newer export of the same orders updates them in place and records what changed,
/// and when; an address changed on the channel is noticed.
final class MarketplaceReimportTests: StoreTestCase {
    private let firstImport = time("2025-07-21T12:00:00Z")
    private let secondImport = time("2025-07-23T08:00:00Z")
    private var importer: OrderFileImporter { OrderFileImporter(database: database) }

    private func ebayOrder(_ number: String) throws -> Order {
        try XCTUnwrap(database.orders(matchingKey: number).first)
    }

    /// The eBay sample, with some cells of one order changed.
    private func ebayReport(changing number: String, _ changes: [String: String]) throws -> String {
        let header = try SampleOrderFiles.header(SampleOrderFiles.ebayUS)
        let original = try OrderFileDetector.detect(
            path: SampleOrderFiles.path(SampleOrderFiles.ebayUS), requested: .ebay)
        let reader = try CSVReader(path: SampleOrderFiles.path(SampleOrderFiles.ebayUS), format: original.csvFormat)
        var rows: [[String: String]] = []
        while let record = try reader.next() {
            guard record.line > original.headerLine, record.count == header.count else { continue }
            var row = Dictionary(uniqueKeysWithValues: zip(header, record.fields))
            if row["Order Number"] == number { row.merge(changes) { _, new in new } }
            rows.append(row)
        }
        return "\n" + SampleOrderFiles.file(header, rows) + "\n\"4 record(s) downloaded\"\n"
    }

    func testReimportingTheSameFileChangesNothing() throws {
        let path = SampleOrderFiles.path(SampleOrderFiles.shopify)
        XCTAssertEqual(try importer.importFile(atPath: path, at: firstImport).inserted, 5)
        let again = try importer.importFile(atPath: path, at: secondImport)
        XCTAssertEqual([again.inserted, again.updated, again.unchanged], [0, 0, 5])
        XCTAssertEqual(try database.orderCount(), 5)
        let order = try XCTUnwrap(database.orders(matchingKey: "1001").first)
        XCTAssertEqual(order.importedAt, firstImport, "kept from the first import")
        XCTAssertEqual(try database.orderChanges(orderID: try XCTUnwrap(order.id)), [])
    }

    func testStateTrackingAndAddressChangesAreRecordedWithTheirTime() throws {
        _ = try importer.importFile(atPath: SampleOrderFiles.path(SampleOrderFiles.ebayUS), at: firstImport)
        XCTAssertNil(try ebayOrder("25-13210-44821").addressChangedAt)

        let newer = try ebayReport(
            changing: "25-13210-44821",
            [
                "Shipped On Date": "Jul-23-25", "Tracking Number": "9405511899223197428491",
                "Ship To Address 1": "1200 Pacific Highway", "Ship To Zip": "92132",
            ])
        let summary = try importer.importText(newer, file: "ebay-later.csv", at: secondImport)
        XCTAssertEqual(summary.errors, [])
        XCTAssertEqual([summary.inserted, summary.updated, summary.unchanged], [0, 1, 1])
        XCTAssertEqual(try database.orderCount(), 2)

        let ava = try ebayOrder("25-13210-44821")
        XCTAssertEqual(ava.state, .dispatched)
        XCTAssertEqual(ava.trackingNumber, "9405511899223197428491")
        XCTAssertEqual(ava.dispatchedAt, time("2025-07-23T00:00:00Z"))
        XCTAssertEqual(ava.addressChangedAt, secondImport, "the address was changed on eBay after the import")
        XCTAssertEqual(ava.importedAt, firstImport)
        XCTAssertEqual(try database.orders(trackingKey: "9405 5118 9922 3197 4284 91").map(\.id), [ava.id])

        let changes = try database.orderChanges(orderID: try XCTUnwrap(ava.id))
        XCTAssertEqual(
            changes.map(\.field),
            ["shipping_address", "dispatched_at", "tracking_number", "state", "address_changed_at"])
        XCTAssertTrue(changes.allSatisfy { $0.changedAt == secondImport })
        XCTAssertEqual(
            changes.first?.newValue, "1200 Pacific Highway, San Diego, CA, 92132, United States")
        let state = try XCTUnwrap(changes.first { $0.field == "state" })
        XCTAssertEqual([state.oldValue, state.newValue], ["awaiting_dispatch", "dispatched"])
        let tracking = try XCTUnwrap(changes.first { $0.field == "tracking_number" })
        XCTAssertNil(tracking.oldValue)
    }

    func testTheSameAddressWrittenDifferentlyIsNoChange() throws {
        _ = try importer.importFile(atPath: SampleOrderFiles.path(SampleOrderFiles.ebayUS), at: firstImport)
        let respelled = try ebayReport(changing: "25-13210-44821", ["Ship To Address 1": "55 HARBOR DRIVE.", "Ship To City": " san diego"])
        let summary = try importer.importText(respelled, file: "ebay.csv", at: secondImport)
        XCTAssertEqual(summary.unchanged, 2, "both orders: only the spelling differs")
        XCTAssertNil(try ebayOrder("25-13210-44821").addressChangedAt)
        XCTAssertFalse(
            try database.orderChanges(orderID: try XCTUnwrap(ebayOrder("25-13210-44821").id)).contains {
                $0.field == "shipping_address"
            })
    }

    func testARefundAndACancellationArriveInALaterShopifyExport() throws {
        let header = try SampleOrderFiles.header(SampleOrderFiles.shopify)
        let base: [String: String] = [
            "Name": "#3001", "Email": "x@example.com", "Financial Status": "paid", "Fulfillment Status": "fulfilled",
            "Created at": "2025-07-01 10:00:00 +0000", "Lineitem name": "Mug", "Lineitem quantity": "1",
            "Shipping Address1": "1 Road", "Shipping City": "Hull", "Shipping Zip": "HU1 1AA", "Shipping Country": "GB",
        ]
        var other = base
        other["Name"] = "#3002"
        other["Fulfillment Status"] = "unfulfilled"
        _ = try importer.importText(SampleOrderFiles.file(header, [base, other]), file: "a.csv", at: firstImport)

        var refunded = base
        refunded["Financial Status"] = "refunded"
        var cancelled = other
        cancelled["Cancelled at"] = "2025-07-02 09:00:00 +0000"
        cancelled["Financial Status"] = "voided"
        let summary = try importer.importText(
            SampleOrderFiles.file(header, [refunded, cancelled]), file: "b.csv", at: secondImport)
        XCTAssertEqual(summary.updated, 2)
        XCTAssertEqual(try database.orders(matchingKey: "3001").map(\.state), [.refunded])
        XCTAssertEqual(try database.orders(matchingKey: "3002").map(\.state), [.cancelled])
    }

    func testColumnsAFileLacksKeepTheirStoredValues() throws {
        let helpdesk = """
            channel,order_number,state,customer_email,carrier,tracking_number
            etsy,3935119410,dispatched,mason@example.com,usps,9400111899223197428499

            """
        _ = try OrderFileImporter(database: database).importText(helpdesk, file: "h.csv", at: firstImport)
        let etsy = try importer.importFile(atPath: SampleOrderFiles.path(SampleOrderFiles.etsyOrders), at: secondImport)
        XCTAssertEqual(etsy.errors, [])
        let mason = try XCTUnwrap(database.orders(matchingKey: "3935119410").first)
        XCTAssertEqual(mason.customerEmail, "mason@example.com", "Etsy's file has no e-mail column")
        XCTAssertEqual(mason.trackingNumber, "9400111899223197428499", "nor a tracking column")
        XCTAssertEqual(mason.customerName, "Mason Lee")
        XCTAssertEqual(mason.state, .awaitingDispatch, "Etsy's Status and Date Shipped say it is not shipped")
        XCTAssertEqual(try database.orders(trackingKey: "9400111899223197428499").count, 1)

        // Helpdesk's own CSV sets its columns but keeps the item count and address a channel gave.
        let count = try database.orderItemCount(orderID: try XCTUnwrap(mason.id))
        XCTAssertEqual(count, 1)
        _ = try OrderFileImporter(database: database).importText(helpdesk, file: "h.csv", at: secondImport)
        XCTAssertEqual(try database.orderItemCount(orderID: try XCTUnwrap(mason.id)), 1)
    }

    func testItemChangesAreRecordedAndPartsAReportLacksAreKept() throws {
        _ = try importer.importFile(atPath: SampleOrderFiles.path(SampleOrderFiles.amazonOrderReport), at: firstImport)
        let unshipped = try importer.importFile(
            atPath: SampleOrderFiles.path(SampleOrderFiles.amazonUnshipped), at: secondImport)
        XCTAssertEqual(unshipped.errors, [])
        let jack = try XCTUnwrap(database.orders(matchingKey: "114-0149180-7966659").first)
        let details = try database.details(of: jack)
        XCTAssertEqual(details.items.map(\.price), ["25.00", "4.00"], "the Unshipped report has no prices")
        XCTAssertFalse(details.changes.contains { $0.field == "items" })
        XCTAssertNil(jack.addressChangedAt)

        let header = try SampleOrderFiles.header(SampleOrderFiles.amazonOrderReport, delimiter: "\t")
        let fewer = SampleOrderFiles.file(
            header,
            [
                [
                    "order-id": "114-0149180-7966659", "order-item-id": "52945815683042", "sku": "MUG-BLUE",
                    "product-name": "Blue enamel mug 350ml", "quantity-purchased": "1", "item-price": "12.50",
                    "purchase-date": "2025-03-03T09:00:00+00:00", "ship-address-1": "Flat 2",
                    "ship-address-2": "14 Church Road", "ship-city": "York", "ship-state": "North Yorkshire",
                    "ship-postal-code": "YO1 7HH", "ship-country": "GB",
                ]
            ], delimiter: "\t")
        let later = time("2025-07-25T08:00:00Z")
        XCTAssertEqual(try importer.importText(fewer, file: "r.txt", at: later).updated, 1)
        let changed = try database.details(of: jack)
        XCTAssertEqual(changed.itemCount, 1)
        XCTAssertEqual(changed.items, [OrderItem(sku: "MUG-BLUE", name: "Blue enamel mug 350ml", quantity: 1, price: "12.50")])
        let itemChange = try XCTUnwrap(changed.changes.first { $0.field == "items" })
        XCTAssertEqual(itemChange.changedAt, later)
        XCTAssertEqual(itemChange.newValue, "1 × Blue enamel mug 350ml [MUG-BLUE] 12.50")
        XCTAssertEqual(changed.changes.first { $0.field == "item_count" }?.oldValue, "3")
    }

    func testDeletingAnOrderDeletesItsItems() throws {
        _ = try importer.importFile(atPath: SampleOrderFiles.path(SampleOrderFiles.shopify), at: firstImport)
        let count = try database.pool.write { db -> Int in
            try db.execute(sql: "DELETE FROM orders")
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM order_items") ?? -1
        }
        XCTAssertEqual(count, 0)
    }
}
