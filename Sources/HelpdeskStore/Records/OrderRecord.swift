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

    /// Reads the row by column name. Faster than the `Decodable` reading GRDB otherwise uses
    /// (a look-up by number reads a row, and should take microseconds).
    init(row: Row) throws {
        func stored<T: RawRepresentable>(_ type: T.Type, _ column: String) throws -> T where T.RawValue == String {
            let text: String = row[column] ?? ""
            guard let value = T(rawValue: text) else {
                throw StoreError.invalidStoredValue(table: "orders", column: column, value: text)
            }
            return value
        }
        id = row["id"]
        channel = try stored(Channel.self, "channel")
        orderNumber = row["order_number"]
        orderKey = row["order_key"]
        customerName = row["customer_name"]
        customerEmail = row["customer_email"]
        placedAt = row["placed_at"]
        importedAt = row["imported_at"]
        dispatchedAt = row["dispatched_at"]
        exportedAt = row["exported_at"]
        carrier = row["carrier"]
        trackingNumber = row["tracking_number"]
        trackingKey = row["tracking_key"]
        state = try stored(OrderState.self, "state")
        addressChangedAt = row["address_changed_at"]
    }

    var order: Order {
        Order(
            id: id, channel: channel, orderNumber: orderNumber, customerName: customerName,
            customerEmail: customerEmail, placedAt: placedAt, importedAt: importedAt, dispatchedAt: dispatchedAt,
            exportedAt: exportedAt, carrier: carrier, trackingNumber: trackingNumber, state: state,
            addressChangedAt: addressChangedAt)
    }
}
