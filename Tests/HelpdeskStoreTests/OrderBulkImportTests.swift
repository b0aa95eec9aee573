import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// Imports saved on a thread of their own, in transactions of several batches, and in bulk (the
/// secondary indexes dropped and built again) when the store is small: with tiny sizes, so that
/// a few rows take every path.
final class OrderBulkImportTests: StoreTestCase {
    private let now = time("2025-03-05T12:00:00Z")

    /// An importer that goes bulk from the 5th order of a store of fewer than 5 (whichever stage
    /// is the slower), in batches of 3 and (otherwise) transactions of at least 4 orders.
    private var importer: OrderFileImporter {
        var importer = OrderFileImporter(database: database, batchSize: 3, transactionSize: 4)
        importer.bulk = BulkImportPolicy(threshold: 5, transactionSize: 1_000, onlyWhenSavingIsSlower: false)
        return importer
    }

    /// Helpdesk's CSV with orders `A-<first>`…`A-<last>`: e-mails shared by every 7th order,
    /// tracking numbers on even ones.
    private func csv(_ numbers: ClosedRange<Int>, state: String = "dispatched") -> String {
        var text = "channel,order_number,state,customer_email,tracking_number\n"
        for number in numbers {
            let tracking = number.isMultiple(of: 2) ? "JD \(number)" : ""
            text += "amazon,A-\(number),\(state),Buyer\(number % 7)@Example.com,\(tracking)\n"
        }
        return text
    }

    private func ordersIndexes() throws -> [String] {
        try database.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' ORDER BY name")
        }
    }

    private func schemaVersion() throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0 }
    }

    func testABulkImportBuildsTheSameIndexesAgainAndFindsEveryOrder() throws {
        let indexes = try ordersIndexes()
        let version = try schemaVersion()
        let summary = try importer.importText(csv(1...20), file: "orders.csv", at: now)
        XCTAssertEqual([summary.inserted, summary.updated, summary.unchanged], [20, 0, 0])
        XCTAssertEqual(summary.errors, [])

        XCTAssertNotEqual(try schemaVersion(), version, "the indexes were dropped and built again")
        XCTAssertEqual(try ordersIndexes(), indexes)
        XCTAssertEqual(indexes.count, 3)
        XCTAssertEqual(try database.orderCount(), 20)
        XCTAssertEqual(
            try database.orders(forEmail: "buyer3@example.com").map(\.orderNumber).sorted(), ["A-10", "A-17", "A-3"])
        XCTAssertEqual(try database.orders(trackingKey: "jd-14").map(\.orderNumber), ["A-14"])
        XCTAssertEqual(try database.orders(trackingKey: "JD15"), [])
        let check = try database.pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        XCTAssertEqual(check, ["ok"])
    }

    func testAnOrderTwiceInABulkImportIsUpdatedWithItsHistory() throws {
        let text = csv(1...12) + "amazon,A-2,cancelled,buyer2@example.com,JD 2-B\n"
        let summary = try importer.importText(text, file: "orders.csv", at: now)
        XCTAssertEqual([summary.inserted, summary.updated, summary.unchanged], [12, 1, 0])
        let order = try XCTUnwrap(database.orders(matchingKey: "A2").first)
        XCTAssertEqual(order.state, .cancelled)
        XCTAssertEqual(try database.orders(trackingKey: "JD2B").map(\.orderNumber), ["A-2"])
        XCTAssertEqual(try database.orders(trackingKey: "JD2"), [])
        let changes = try database.orderChanges(orderID: try XCTUnwrap(order.id))
        XCTAssertEqual(changes.map(\.field), ["tracking_number", "state"])
        XCTAssertEqual(changes.map(\.changedAt), [now, now])
    }

    func testAStoreAboveTheThresholdKeepsItsIndexesThroughout() throws {
        XCTAssertEqual(try importer.importText(csv(1...6), file: "first.csv", at: now).inserted, 6)
        let version = try schemaVersion()
        let summary = try importer.importText(csv(7...30), file: "second.csv", at: now)
        XCTAssertEqual(summary.inserted, 24)
        XCTAssertEqual(try schemaVersion(), version, "no index was dropped")
        XCTAssertEqual(try database.orders(trackingKey: "JD 30").map(\.orderNumber), ["A-30"])
    }

    func testASmallFileIsNotImportedInBulk() throws {
        let version = try schemaVersion()
        XCTAssertEqual(try importer.importText(csv(1...4), file: "orders.csv", at: now).inserted, 4)
        XCTAssertEqual(try schemaVersion(), version)
    }

    func testAFailingBulkImportLeavesTheStoreAsItWas() throws {
        try database.pool.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse_a17 BEFORE INSERT ON orders WHEN NEW.order_number = 'A-17'
                    BEGIN SELECT RAISE(ABORT, 'A-17 refused'); END
                    """)
        }
        let indexes = try ordersIndexes()
        let version = try schemaVersion()
        XCTAssertThrowsError(try importer.importText(csv(1...40), file: "orders.csv", at: now)) { error in
            XCTAssertEqual(error as? StoreError, .database(operation: "saveImport", message: "A-17 refused"))
        }
        XCTAssertEqual(try database.orderCount(), 0)
        XCTAssertEqual(try ordersIndexes(), indexes)
        XCTAssertEqual(try schemaVersion(), version)
    }

    func testTransactionsCommittedBeforeAFailureStay() throws {
        try database.pool.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse_a11 BEFORE INSERT ON orders WHEN NEW.order_number = 'A-11'
                    BEGIN SELECT RAISE(ABORT, 'A-11 refused'); END
                    """)
        }
        var importer = OrderFileImporter(database: database, batchSize: 2, transactionSize: 4)
        importer.bulk = BulkImportPolicy(threshold: 1_000, transactionSize: 1_000)
        XCTAssertThrowsError(try importer.importText(csv(1...30), file: "orders.csv", at: now))
        // Transactions of two batches of two: A-1… …A-8 were committed, A-9…A-12 not.
        XCTAssertEqual(try database.orderCount(), 8)
        XCTAssertNotNil(try database.orders(matchingKey: "A8").first)
        XCTAssertNil(try database.orders(matchingKey: "A9").first)
    }

    /// Saving batches handed over one by one, as the saving thread does, saying which stage is the
    /// slower one.
    private func saveInBatches(_ numbers: [ClosedRange<Int>], savingIsSlower: Bool) throws -> OrderSaveSummary {
        var batches = try numbers.map { range in
            let reader = CSVReader(string: csv(range))
            let header = try XCTUnwrap(reader.next())
            let parser = try HelpdeskCSVOrderParser(header: CSVHeader(header), file: "orders.csv")
            var errors: [RowError] = []
            let orders = try reader.readAll().compactMap { parser.parse($0, errors: &errors) }
            XCTAssertEqual(errors, [])
            return PackedOrderBatch(orders.map { ImportedOrder(order: $0) }, fields: .helpdeskColumns)
        }
        return try database.saveImport(
            fields: .helpdeskColumns, at: now, transactionSize: 4,
            bulk: BulkImportPolicy(threshold: 5, transactionSize: 1_000), savingIsSlower: { savingIsSlower }
        ) { batches.isEmpty ? nil : batches.removeFirst() }
    }

    func testBulkOnlyWhenSavingIsTheSlowerStage() throws {
        let version = try schemaVersion()
        XCTAssertEqual(try saveInBatches([1...3, 4...6, 7...9], savingIsSlower: false).inserted, 9)
        XCTAssertEqual(try schemaVersion(), version, "reading is slower: the indexes are kept current")

        let other = try AppDatabase(path: folder.path("other.sqlite"))
        database = other
        let otherVersion = try schemaVersion()
        XCTAssertEqual(try saveInBatches([1...3, 4...6, 7...9], savingIsSlower: true).inserted, 9)
        XCTAssertNotEqual(try schemaVersion(), otherVersion, "saving is slower: built again at the end")
        XCTAssertEqual(try database.orders(trackingKey: "JD 8").map(\.orderNumber), ["A-8"])
    }

    func testAMarketplaceImportInBulkKeepsItsItemsAndChecksForeignKeysAgain() throws {
        var importer = OrderFileImporter(database: database, batchSize: 1, transactionSize: 2)
        importer.bulk = BulkImportPolicy(threshold: 2, transactionSize: 1_000, onlyWhenSavingIsSlower: false)
        let version = try schemaVersion()
        let summary = try importer.importFile(atPath: SampleOrderFiles.path(SampleOrderFiles.shopify), at: now)
        XCTAssertEqual(summary.inserted, 5)
        XCTAssertNotEqual(try schemaVersion(), version)

        let order = try XCTUnwrap(database.orders(matchingKey: "1001").first)
        XCTAssertEqual(
            try database.orderItems(orderID: try XCTUnwrap(order.id)),
            [
                OrderItem(sku: "MUG-BLUE", name: "Blue enamel mug", quantity: 2, price: "12.50"),
                OrderItem(sku: "BOX-1", name: "Mug gift box", quantity: 1, price: "4.00"),
            ])
        XCTAssertEqual(try database.orderItemCount(orderID: try XCTUnwrap(order.id)), 3)
        let (enabled, violations) = try database.pool.write { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            )
        }
        XCTAssertEqual(enabled, 1)
        XCTAssertEqual(violations, 0)
    }
}
