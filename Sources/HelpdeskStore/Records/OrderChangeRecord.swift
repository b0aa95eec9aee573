import Foundation
import GRDB

/// A row of `order_changes`: one field of an order that a re-import changed.
struct OrderChangeRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "order_changes"

    var id: Int64
    var orderID: Int64
    var changedAt: Date
    var field: String
    var oldValue: String?
    var newValue: String?

    enum CodingKeys: String, CodingKey {
        case id
        case orderID = "order_id"
        case changedAt = "changed_at"
        case field
        case oldValue = "old_value"
        case newValue = "new_value"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let orderID = Column(CodingKeys.orderID)
    }
}
