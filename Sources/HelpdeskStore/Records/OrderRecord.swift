import Foundation
import GRDB
import HelpdeskCore

/// A row of `orders`. Reads go through this record; bulk writes bind the same columns through
/// cached statements (see `AppDatabase+Orders.swift`).
struct OrderRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "orders"

    var id: Int64
    var channel: Channel
    var orderNumber: String
    var orderKey: String
    var customerName: String?
    var customerEmail: String?
    var placedAt: Date?
    var importedAt: Date?
    var dispatchedAt: Date?
    var exportedAt: Date?
    var carrier: String?
    var trackingNumber: String?
    var trackingKey: String?
    var state: OrderState
    var addressChangedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, channel
        case orderNumber = "order_number"
        case orderKey = "order_key"
        case customerName = "customer_name"
        case customerEmail = "customer_email"
        case placedAt = "placed_at"
        case importedAt = "imported_at"
        case dispatchedAt = "dispatched_at"
        case exportedAt = "exported_at"
        case carrier
        case trackingNumber = "tracking_number"
        case trackingKey = "tracking_key"
        case state
        case addressChangedAt = "address_changed_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let channel = Column(CodingKeys.channel)
        static let orderKey = Column(CodingKeys.orderKey)
        static let customerEmail = Column(CodingKeys.customerEmail)
        static let trackingKey = Column(CodingKeys.trackingKey)
        static let placedAt = Column(CodingKeys.placedAt)
    }

    var order: Order {
        Order(
            id: id, channel: channel, orderNumber: orderNumber, customerName: customerName,
            customerEmail: customerEmail, placedAt: placedAt, importedAt: importedAt, dispatchedAt: dispatchedAt,
            exportedAt: exportedAt, carrier: carrier, trackingNumber: trackingNumber, state: state,
            addressChangedAt: addressChangedAt)
    }
}
