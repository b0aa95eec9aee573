import Foundation
import GRDB
import HelpdeskCore

extension AppDatabase {
    /// The page cache of the writing connection while it imports orders, in KiB. An import
    /// touches pages of `orders`' indexes all over; once a store holds millions of orders they
    /// outgrow the usual cache (``writerCacheKiB``), and every miss is a read from the file. The
    /// cache is allocated as it is used.
    static let importCacheKiB = 1024 * 1024

    /// Gives the writer the import cache.
    static func prepareForImport(_ db: Database) throws {
        try db.execute(sql: "PRAGMA cache_size = -\(importCacheKiB)")
    }

    /// The line items of one order, in the file's order.
    public func orderItems(orderID: Int64) throws -> [OrderItem] {
        try read("orderItems") { db in
            try Row.fetchAll(
                db, sql: "SELECT sku, name, quantity, price FROM order_items WHERE order_id = ? ORDER BY position",
                arguments: [orderID]
            ).map { row in
                OrderItem(sku: row["sku"], name: row["name"], quantity: row["quantity"] ?? 1, price: row["price"])
            }
        }
    }

    /// The number of items of one order as last imported, or `nil` when no import said.
    public func orderItemCount(orderID: Int64) throws -> Int? {
        try read("orderItemCount") { db in
            try Int.fetchOne(db, sql: "SELECT item_count FROM orders WHERE id = ?", arguments: [orderID])
        }
    }

    /// Orders whose customer name contains `name` (case-insensitively for ASCII letters), those
    /// whose name starts with it first, then newest first; at most `limit`. Names have no index
    /// (it would slow every import down by a quarter), so this reads the whole table: measured
    /// by `helpdesk-import-bench`.
    public func orders(customerName name: String, limit: Int = 50) throws -> [Order] {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return [] }
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        return try read("orders(customerName:)") { db in
            try OrderRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM orders
                    WHERE customer_name LIKE ? ESCAPE '\\'
                    ORDER BY customer_name LIKE ? ESCAPE '\\' DESC, placed_at DESC, id DESC LIMIT ?
                    """,
                arguments: ["%" + escaped + "%", escaped + "%", limit]
            ).map(\.order)
        }
    }
}
