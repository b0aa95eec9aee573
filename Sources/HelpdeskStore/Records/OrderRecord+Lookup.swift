import Foundation
import GRDB
import HelpdeskCore

extension OrderRecord {
    /// The columns an order look-up selects, in the order ``order(fromLookupRow:)`` reads them.
    static let lookupColumns = """
        id, channel, order_number, customer_name, customer_email, placed_at, imported_at, dispatched_at, \
        exported_at, carrier, tracking_number, state, address_changed_at
        """

    /// The order in a row of ``lookupColumns``, read by position (look-ups run once per message
    /// of a batch, where finding columns by name shows).
    static func order(fromLookupRow row: Row) throws -> Order {
        func stored<T: RawRepresentable>(_ type: T.Type, _ index: Int, _ column: String) throws -> T
        where T.RawValue == String {
            let text: String = row[index] ?? ""
            guard let value = T(rawValue: text) else {
                throw StoreError.invalidStoredValue(table: "orders", column: column, value: text)
            }
            return value
        }
        return Order(
            id: row[0], channel: try stored(Channel.self, 1, "channel"), orderNumber: row[2], customerName: row[3],
            customerEmail: row[4], placedAt: row[5], importedAt: row[6], dispatchedAt: row[7], exportedAt: row[8],
            carrier: row[9], trackingNumber: row[10], state: try stored(OrderState.self, 11, "state"),
            addressChangedAt: row[12])
    }
}
