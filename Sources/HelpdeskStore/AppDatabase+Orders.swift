import Foundation
import GRDB
import HelpdeskCore

extension AppDatabase {
    /// Saves orders as imported from their channels, in one transaction.
    ///
    /// An order is identified by its channel and ``Order/lookupKey``: a new one is inserted; a
    /// known one takes the given values (the import is the truth, so an empty value clears a
    /// stored one), and every field that changed is recorded in `order_changes` at `now`.
    /// E-mail addresses are stored trimmed and lower-cased. `Order.id` is ignored.
    ///
    /// Statements are prepared once and reused, so a batch of 10,000 orders takes milliseconds.
    public func saveOrders(_ orders: [Order], at now: Date) throws -> OrderSaveSummary {
        if orders.isEmpty { return OrderSaveSummary() }
        return try write("saveOrders") { db in
            let writer = try OrderWriter(db, now: now)
            var summary = OrderSaveSummary()
            for order in orders {
                try writer.save(order, into: &summary)
            }
            return summary
        }
    }

    /// Orders whose key is exactly `key` after normalising it with `OrderNumberKey.make` (so
    /// `#1001`, `1001` and `1-001` all find Shopify's `#1001`), on any channel; newest first.
    public func orders(matchingKey key: String) throws -> [Order] {
        let key = LookupKeys.key(key)
        if key.isEmpty { return [] }
        return try read("orders(matchingKey:)") { db in
            try Self.newestFirst(OrderRecord.filter(OrderRecord.Columns.orderKey == key), db)
        }
    }

    /// Orders placed with this e-mail address (compared lower-cased); newest first.
    public func orders(forEmail email: String) throws -> [Order] {
        guard let email = LookupKeys.email(email) else { return [] }
        return try read("orders(forEmail:)") { db in
            try Self.newestFirst(OrderRecord.filter(OrderRecord.Columns.customerEmail == email), db)
        }
    }

    /// Orders shipped with this tracking number (spaces, dashes and case do not matter);
    /// newest first.
    public func orders(trackingKey: String) throws -> [Order] {
        guard let key = LookupKeys.trackingKey(trackingKey) else { return [] }
        return try read("orders(trackingKey:)") { db in
            try Self.newestFirst(OrderRecord.filter(OrderRecord.Columns.trackingKey == key), db)
        }
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

    private static func newestFirst(_ request: QueryInterfaceRequest<OrderRecord>, _ db: Database) throws -> [Order] {
        try request
            .order(OrderRecord.Columns.placedAt.desc, OrderRecord.Columns.id.desc)
            .fetchAll(db)
            .map(\.order)
    }
}

/// Saves orders one by one through cached statements, bound with the C API from one reused
/// buffer.
private final class OrderWriter {
    /// The columns an import may change, in the order of the SELECT below (after `id`); in
    /// the packed row they follow channel, order key and tracking key.
    static let fields = [
        "order_number", "customer_name", "customer_email", "placed_at", "imported_at", "dispatched_at",
        "exported_at", "carrier", "tracking_number", "state", "address_changed_at",
    ]
    static let firstField = 3
    static let insertFields = Array(0..<(firstField + fields.count))
    static let selectFields = [1, 0]
    static let updateFields = [2] + Array(firstField..<(firstField + fields.count))

    let insert: FastStatement
    let select: FastStatement
    let update: FastStatement
    let recordChange: FastStatement
    let db: Database
    let now: String
    var row = PackedRow()

    init(_ db: Database, now: Date) throws {
        self.db = db
        self.now = DatabaseDateText.string(now)
        insert = try FastStatement(
            db,
            sql: """
                INSERT INTO orders (channel, order_key, tracking_key, order_number, customer_name, customer_email,
                    placed_at, imported_at, dispatched_at, exported_at, carrier, tracking_number, state,
                    address_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_key, channel) DO NOTHING
                """)
        select = try FastStatement(
            db,
            sql: """
                SELECT id, order_number, customer_name, customer_email, placed_at, imported_at, dispatched_at,
                    exported_at, carrier, tracking_number, state, address_changed_at
                FROM orders WHERE order_key = ? AND channel = ?
                """)
        update = try FastStatement(
            db,
            sql: """
                UPDATE orders SET tracking_key = ?, order_number = ?, customer_name = ?, customer_email = ?,
                    placed_at = ?, imported_at = ?, dispatched_at = ?, exported_at = ?, carrier = ?,
                    tracking_number = ?, state = ?, address_changed_at = ?
                WHERE id = ?
                """)
        recordChange = try FastStatement(
            db,
            sql: "INSERT INTO order_changes (order_id, changed_at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)")
    }

    /// Packs the order's stored values: channel, order key, tracking key, then `fields`.
    private func pack(_ order: Order) {
        row.removeAll()
        row.append(order.channel.rawValue)
        row.appendKey(order.orderNumber)
        row.appendKey(order.trackingNumber, nullIfEmpty: true)
        row.append(order.orderNumber)
        row.append(order.customerName)
        row.appendEmail(order.customerEmail)
        row.append(order.placedAt)
        row.append(order.importedAt)
        row.append(order.dispatchedAt)
        row.append(order.exportedAt)
        row.append(order.carrier)
        row.appendNonEmpty(order.trackingNumber)
        row.append(order.state.rawValue)
        row.append(order.addressChangedAt)
    }

    func save(_ order: Order, into summary: inout OrderSaveSummary) throws {
        pack(order)
        try insert.run(row, fields: Self.insertFields)
        if db.changesCount > 0 {
            summary.inserted += 1
            return
        }

        let row = self.row
        let stored = try select.firstRow(row, fields: Self.selectFields) { stored in
            var changes: [(field: String, old: String?, new: String?)] = []
            for (offset, field) in Self.fields.enumerated() {
                let old = stored.bytes(Int32(offset + 1))
                if !row.field(Self.firstField + offset, equals: old) {
                    changes.append(
                        (field, old.map { String(decoding: $0, as: UTF8.self) }, row.string(Self.firstField + offset)))
                }
            }
            return (id: stored.int64(0), changes: changes)
        }
        guard let stored else {
            // Cannot happen: the insert conflicted with this very row, in this transaction.
            throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "an order vanished during saveOrders")
        }
        if stored.changes.isEmpty {
            summary.unchanged += 1
            return
        }
        for change in stored.changes {
            try recordChange.run(stored.id, [now, change.field, change.old, change.new])
        }
        try update.run(row, fields: Self.updateFields, then: stored.id)
        summary.updated += 1
    }
}
