import Foundation

/// What ``AppDatabase/saveOrders(_:at:)`` did with each order it was given.
public struct OrderSaveSummary: Codable, Sendable, Equatable {
    /// Orders that were new.
    public var inserted: Int
    /// Orders already stored whose fields changed (each change is in `order_changes`).
    public var updated: Int
    /// Orders already stored exactly as given.
    public var unchanged: Int

    /// A summary with these counts.
    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
    }

    /// All orders accounted for.
    public var total: Int { inserted + updated + unchanged }

    /// Adds another summary's counts to this one.
    public mutating func add(_ other: OrderSaveSummary) {
        inserted += other.inserted
        updated += other.updated
        unchanged += other.unchanged
    }
}

/// One field of an order that a re-import changed.
public struct OrderChange: Codable, Sendable, Equatable {
    /// The row id of the order.
    public var orderID: Int64
    /// When the import that changed it ran.
    public var changedAt: Date
    /// The column name (`state`, `tracking_number`, `dispatched_at`…).
    public var field: String
    /// The value before, as stored (times in the store's UTC text), or `nil` when it was empty.
    public var oldValue: String?
    /// The value after, as stored, or `nil` when it is now empty.
    public var newValue: String?

    /// A change record.
    public init(orderID: Int64, changedAt: Date, field: String, oldValue: String?, newValue: String?) {
        self.orderID = orderID
        self.changedAt = changedAt
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
    }
}
