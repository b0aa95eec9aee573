import Foundation
import GRDB
import HelpdeskCore

/// Saves orders one by one through cached statements, bound with the C API from one reused
/// buffer into which each order's values are copied, packed (see ``PackedOrderBatch``). Used
/// inside write transactions (see ``AppDatabase/saveImport(_:fields:at:transactionSize:bulk:savingIsSlower:next:)``).
///
/// A new order is inserted with its line items. A stored one (same channel and order key) takes
/// the values of the columns the import sets (``OrderFieldSet``) and keeps the others; each
/// column that changes is recorded in `order_changes`. When the import brings a shipping address
/// whose fingerprint differs from the stored one, the order's `address_changed_at` becomes the
/// import's time and the new address is recorded as a `shipping_address` change.
final class OrderWriter {
    /// The columns an import may change, in the order of the SELECT below (after `id`); in
    /// the packed row they follow channel, order key and tracking key. Their positions are the
    /// bits of ``OrderFieldSet``.
    static let fields = [
        "order_number", "customer_name", "customer_email", "placed_at", "imported_at", "dispatched_at",
        "exported_at", "carrier", "tracking_number", "state", "address_changed_at", "item_count",
    ]
    static let firstField = 3
    /// The packed row's last stored field: the address fingerprint.
    static let addressField = firstField + fields.count
    /// After it, the address as text, for the change history (not stored).
    static let addressTextField = addressField + 1
    static let insertFields = Array(0...addressField)
    static let selectFields = [1, 0]
    static let updateFields = [2] + Array(firstField...addressField)
    /// Positions in the SELECT's result.
    private static let storedTrackingKey = Int32(fields.count + 1)
    private static let storedAddress = Int32(fields.count + 2)
    private static let trackingNumberIndex = 8
    private static let addressChangedAtIndex = 10

    private let insert: FastStatement
    private let select: FastStatement
    private let update: FastStatement
    private let recordChange: FastStatement
    private let db: Database
    private let now: String
    private var row = PackedRow()
    private var merged = PackedRow()
    private var itemRow = PackedRow(capacity: 256)

    init(_ db: Database, now: Date) throws {
        self.db = db
        self.now = DatabaseDateText.string(now)
        insert = try FastStatement(
            db,
            sql: """
                INSERT INTO orders (channel, order_key, tracking_key, order_number, customer_name, customer_email,
                    placed_at, imported_at, dispatched_at, exported_at, carrier, tracking_number, state,
                    address_changed_at, item_count, address_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_key, channel) DO NOTHING
                """)
        select = try FastStatement(
            db,
            sql: """
                SELECT id, order_number, customer_name, customer_email, placed_at, imported_at, dispatched_at,
                    exported_at, carrier, tracking_number, state, address_changed_at, item_count, tracking_key,
                    address_hash
                FROM orders WHERE order_key = ? AND channel = ?
                """)
        update = try FastStatement(
            db,
            sql: """
                UPDATE orders SET tracking_key = ?, order_number = ?, customer_name = ?, customer_email = ?,
                    placed_at = ?, imported_at = ?, dispatched_at = ?, exported_at = ?, carrier = ?,
                    tracking_number = ?, state = ?, address_changed_at = ?, item_count = ?, address_hash = ?
                WHERE id = ?
                """)
        recordChange = try FastStatement(
            db,
            sql: "INSERT INTO order_changes (order_id, changed_at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)")
    }

    /// Saves the orders of `batch` (packed for `fields`), setting the columns in `fields`.
    func save(_ batch: PackedOrderBatch, fields: OrderFieldSet, into summary: inout OrderSaveSummary) throws {
        for index in 0..<batch.count {
            batch.copyValues(of: index, into: &row)
            if let orderID = try insert.insert(row, fields: Self.insertFields) {
                summary.inserted += 1
                try items.insert(of: index, in: batch, orderID: orderID)
            } else {
                try update(index, of: batch, fields: fields, into: &summary)
            }
        }
    }

    /// Updates the stored order that the order at `index` of `batch`, whose packed values are in
    /// `row`, is again.
    private func update(
        _ index: Int, of batch: PackedOrderBatch, fields: OrderFieldSet, into summary: inout OrderSaveSummary
    ) throws {
        let stored = try select.firstRow(row, fields: Self.selectFields) { stored in
            (id: stored.int64(0), comparison: compare(stored, fields))
        }
        guard let stored else {
            // Cannot happen: the insert conflicted with this very row, in this transaction.
            throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "an order vanished during an import")
        }
        var changes = stored.comparison.changes
        var newItems: [OrderItem] = []
        var replacesItems = false
        if fields.contains(.items) {
            let old = try items.stored(orderID: stored.id)
            newItems = Self.completed(batch.itemList(of: index), from: old, fields: fields)
            if old != newItems {
                changes.append(Change(field: "items", old: Self.summary(old), new: Self.summary(newItems)))
                replacesItems = true
            }
        }
        if changes.isEmpty && !stored.comparison.fillsAddress {
            summary.unchanged += 1
            return
        }
        for change in changes {
            try recordChange.run(stored.id, [now, change.field, change.old, change.new])
        }
        try update.run(merged, fields: Self.updateFields, then: stored.id)
        if replacesItems {
            try items.replace(with: newItems, orderID: stored.id)
        }
        if changes.isEmpty {
            summary.unchanged += 1
        } else {
            summary.updated += 1
        }
    }

    // MARK: - Comparing with the stored order

    private struct Change {
        var field: String
        var old: String?
        var new: String?
    }

    private struct Comparison {
        var changes: [Change] = []
        /// The stored order had no address fingerprint and now gets one (not a change).
        var fillsAddress = false
    }

    /// Compares the stored order with the packed row and builds `merged`, the row to store: the
    /// set columns from the import, the others as stored.
    private func compare(_ stored: FastStatement.Row, _ fields: OrderFieldSet) -> Comparison {
        var comparison = Comparison()
        let storedAddress = stored.bytes(Self.storedAddress)
        var addressChanged = false
        // A packed address fingerprint means the file gave an address.
        if fields.contains(.address), !row.field(Self.addressField, equals: nil) {
            if storedAddress == nil {
                comparison.fillsAddress = true
            } else if !row.field(Self.addressField, equals: storedAddress) {
                addressChanged = true
                comparison.changes.append(
                    Change(field: "shipping_address", old: nil, new: row.string(Self.addressTextField)))
            }
        }

        merged.removeAll()
        merged.append(field: 0, of: row)
        merged.append(field: 1, of: row)
        if fields.containsField(at: Self.trackingNumberIndex) {
            merged.append(field: 2, of: row)
        } else {
            merged.append(bytes: stored.bytes(Self.storedTrackingKey))
        }
        for (offset, field) in Self.fields.enumerated() {
            let old = stored.bytes(Int32(offset + 1))
            let position = Self.firstField + offset
            if fields.containsField(at: offset) {
                merged.append(field: position, of: row)
                if !row.field(position, equals: old) {
                    comparison.changes.append(Change(field: field, old: Self.text(old), new: row.string(position)))
                }
            } else if offset == Self.addressChangedAtIndex && addressChanged {
                merged.append(now)
                comparison.changes.append(Change(field: field, old: Self.text(old), new: now))
            } else {
                merged.append(bytes: old)
            }
        }
        if addressChanged || comparison.fillsAddress {
            merged.append(field: Self.addressField, of: row)
        } else {
            merged.append(bytes: storedAddress)
        }
        return comparison
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
        bytes.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The imported items with the parts the file lacks taken from the stored items, when the
    /// order still has as many.
    private static func completed(_ items: [OrderItem], from stored: [OrderItem], fields: OrderFieldSet)
        -> [OrderItem]
    {
        guard items.count == stored.count else { return items }
        return zip(items, stored).map { new, old in
            var item = new
            if !fields.contains(.itemSKU) { item.sku = old.sku }
            if !fields.contains(.itemName) { item.name = old.name }
            if !fields.contains(.itemQuantity) { item.quantity = old.quantity }
            if !fields.contains(.itemPrice) { item.price = old.price }
            return item
        }
    }

    /// Items as one line for the change history, or `nil` for none.
    private static func summary(_ items: [OrderItem]) -> String? {
        items.isEmpty ? nil : items.map(\.summary).joined(separator: "; ")
    }

    // MARK: - Line items

    /// The line-item statements, prepared on first use.
    private lazy var items = ItemWriter(db: db)
}

/// Writes and reads `order_items` through cached statements.
private struct ItemWriter {
    let db: Database
    private var row = PackedRow(capacity: 256)
    private var insertStatement: FastStatement?

    init(db: Database) { self.db = db }

    private mutating func statement() throws -> FastStatement {
        let statement =
            try insertStatement
            ?? FastStatement(
                db,
                sql: "INSERT INTO order_items (sku, name, price, order_id, position, quantity) VALUES (?, ?, ?, ?, ?, ?)")
        insertStatement = statement
        return statement
    }

    /// Inserts the packed items (if any) of the order at `index` of `batch`.
    mutating func insert(of index: Int, in batch: PackedOrderBatch, orderID: Int64) throws {
        let range = batch.items(of: index)
        if range.isEmpty { return }
        let statement = try statement()
        for item in range {
            let first = item * PackedOrderBatch.fieldsPerItem
            try statement.run(
                batch.itemValues, fields: [first, first + 1, first + 2],
                then: orderID, Int64(item - range.lowerBound + 1), batch.itemQuantities[item])
        }
    }

    mutating func insert(_ items: [OrderItem], orderID: Int64) throws {
        let statement = try statement()
        for (offset, item) in items.enumerated() {
            row.removeAll()
            row.append(item.sku)
            row.append(item.name)
            row.append(item.price)
            try statement.run(row, fields: [0, 1, 2], then: orderID, Int64(offset + 1), Int64(item.quantity))
        }
    }

    func stored(orderID: Int64) throws -> [OrderItem] {
        let statement = try FastStatement(
            db, sql: "SELECT sku, name, quantity, price FROM order_items WHERE order_id = ? ORDER BY position")
        var items: [OrderItem] = []
        try statement.forEachRow(orderID) { row in
            items.append(OrderItem(sku: row.text(0), name: row.text(1), quantity: Int(row.int64(2)), price: row.text(3)))
        }
        return items
    }

    mutating func replace(with items: [OrderItem], orderID: Int64) throws {
        try FastStatement(db, sql: "DELETE FROM order_items WHERE order_id = ?").run(orderID, [])
        try insert(items, orderID: orderID)
    }
}
