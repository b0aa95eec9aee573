import Foundation
import GRDB
import HelpdeskCore

extension AppDatabase {
    /// Saves orders as imported from their channels, in one transaction.
    ///
    /// An order is identified by its channel and ``Order/lookupKey``: a new one is inserted; a
    /// known one takes the given values (the import is the truth, so an empty value clears a
    /// stored one), and every field that changed is recorded in `order_changes` at `now`.
    /// What only a channel's export brings (line items, item count, the address fingerprint) is
    /// kept. E-mail addresses are stored trimmed and lower-cased. `Order.id` is ignored.
    ///
    /// Statements are prepared once and reused, so a batch of 10,000 orders takes milliseconds; a
    /// large batch into a small store is saved in bulk (see ``BulkImportPolicy``).
    public func saveOrders(_ orders: [Order], at now: Date) throws -> OrderSaveSummary {
        if orders.isEmpty { return OrderSaveSummary() }
        var batch: PackedOrderBatch? = PackedOrderBatch(
            orders.map { ImportedOrder(order: $0) }, fields: .helpdeskColumns)
        return try saveImport(
            "saveOrders", fields: .helpdeskColumns, at: now, transactionSize: .max, bulk: BulkImportPolicy()
        ) {
            defer { batch = nil }
            return batch
        }
    }

    /// Orders whose key is exactly `key` after normalising it with `OrderNumberKey.make` (so
    /// `#1001`, `1001` and `1-001` all find Shopify's `#1001`), on any channel; newest first.
    public func orders(matchingKey key: String) throws -> [Order] {
        try read("orders(matchingKey:)") { db in try Self.orders(matchingKey: key, db) }
    }

    /// Orders placed with this e-mail address (compared lower-cased); newest first.
    public func orders(forEmail email: String) throws -> [Order] {
        try read("orders(forEmail:)") { db in try Self.orders(forEmail: email, db) }
    }

    /// Orders shipped with this tracking number (spaces, dashes and case do not matter);
    /// newest first.
    public func orders(trackingKey: String) throws -> [Order] {
        try read("orders(trackingKey:)") { db in try Self.orders(trackingKey: trackingKey, db) }
    }

    /// The order with this row id, or `nil`.
    public func order(id: Int64) throws -> Order? {
        try read("order(id:)") { db in
            try OrderRecord.fetchOne(db, key: id)?.order
        }
    }

    /// The number of stored orders.
    public func orderCount() throws -> Int {
        try read("orderCount") { db in try OrderRecord.fetchCount(db) }
    }

    /// The recorded changes of one order, oldest first.
    public func orderChanges(orderID: Int64) throws -> [OrderChange] {
        try read("orderChanges") { db in
            try OrderChangeRecord
                .filter(OrderChangeRecord.Columns.orderID == orderID)
                .order(OrderChangeRecord.Columns.id)
                .fetchAll(db)
                .map {
                    OrderChange(
                        orderID: $0.orderID, changedAt: $0.changedAt, field: $0.field, oldValue: $0.oldValue,
                        newValue: $0.newValue)
                }
        }
    }

    /// Orders meeting `condition` (one `?`, bound to `value`), newest first. The statement is
    /// compiled once per connection and kept: a look-up by number then costs microseconds.
    /// Orders whose number has this key, newest first, through an open connection.
    static func orders(matchingKey key: String, _ db: Database) throws -> [Order] {
        let key = LookupKeys.key(key)
        if key.isEmpty { return [] }
        return try newestFirst(where: "order_key = ?", key, db)
    }

    /// Orders of the customer with this e-mail, newest first, through an open connection.
    static func orders(forEmail email: String, _ db: Database) throws -> [Order] {
        guard let email = LookupKeys.email(email) else { return [] }
        return try newestFirst(where: "customer_email = ?", email, db)
    }

    /// Orders with this tracking number, newest first, through an open connection.
    static func orders(trackingKey: String, _ db: Database) throws -> [Order] {
        guard let key = LookupKeys.trackingKey(trackingKey) else { return [] }
        return try newestFirst(where: "tracking_key = ?", key, db)
    }

    private static func newestFirst(where condition: String, _ value: String, _ db: Database) throws -> [Order] {
        let statement = try db.cachedStatement(
            sql: "SELECT \(OrderRecord.lookupColumns) FROM orders WHERE \(condition) ORDER BY placed_at DESC, id DESC")
        var orders: [Order] = []
        let rows = try Row.fetchCursor(statement, arguments: [value])
        while let row = try rows.next() { orders.append(try OrderRecord.order(fromLookupRow: row)) }
        return orders
    }
}
