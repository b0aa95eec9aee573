import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// The `v4-order-imports` migration: line items, item count, address fingerprint, name index.
final class OrderImportSchemaTests: XCTestCase {
    func testAnExistingStoreGainsTheImportColumnsAndKeepsItsOrders() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(queue, upTo: "v1-core")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO orders (channel, order_number, order_key, state) VALUES ('shopify', '#1001', '1001', 'dispatched')
                    """)
        }
        try queue.close()

        let database = try AppDatabase(path: path)
        let applied = try database.pool.read { db in try AppDatabase.migrator.appliedIdentifiers(db) }
        XCTAssertTrue(applied.contains("v4-order-imports"))
        let order = try XCTUnwrap(database.orders(matchingKey: "1001").first)
        XCTAssertEqual(try database.orderItemCount(orderID: try XCTUnwrap(order.id)), nil)
        let columns = try database.pool.read { db in try db.columns(in: "orders").map(\.name) }
        XCTAssertTrue(columns.contains("item_count") && columns.contains("address_hash"), "\(columns)")
        let itemColumns = try database.pool.read { db in try db.columns(in: "order_items").map(\.name) }
        XCTAssertEqual(itemColumns, ["order_id", "position", "sku", "name", "quantity", "price"])

        // A marketplace import into the migrated store updates the old order in place.
        let header = try SampleOrderFiles.header(SampleOrderFiles.shopify)
        let csv = SampleOrderFiles.file(
            header, [["Name": "#1001", "Financial Status": "refunded", "Lineitem name": "Mug", "Lineitem quantity": "2"]])
        let summary = try OrderFileImporter(database: database).importText(csv, file: "s.csv", at: time("2025-03-05T12:00:00Z"))
        XCTAssertEqual(summary.updated, 1)
        XCTAssertEqual(try database.orders(matchingKey: "1001").map(\.state), [.refunded])
        XCTAssertEqual(try database.orderItems(orderID: try XCTUnwrap(order.id)).map(\.quantity), [2])
    }
}
