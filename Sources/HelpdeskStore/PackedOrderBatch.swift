import Foundation
import HelpdeskCore

/// A batch of imported orders packed into a few buffers: the values ``OrderWriter`` stores for
/// each (keys normalised, e-mails lower-cased, times as the store's text) and for their line
/// items.
///
/// Packing is a good part of the work of saving an order; an import does it on the thread that
/// reads the file (see ``OrderImportSaver``), so that the saving thread only binds the values. The
/// batch keeps none of the orders' strings: they are freed on the thread that made them (freeing
/// on another thread contends for the allocator's lock).
struct PackedOrderBatch: Sendable {
    /// Fields per order: channel, order key, tracking key, ``OrderWriter/fields``, the address
    /// fingerprint, then the address as text.
    static let fieldsPerOrder = OrderWriter.addressTextField + 1

    /// Fields per line item: SKU, name and price (the quantity is in ``itemQuantities``).
    static let fieldsPerItem = 3

    /// The number of orders.
    let count: Int
    private let values: PackedRow
    /// Where each order's bytes begin in `values`, and where the last one's end.
    private let byteStarts: [Int]
    /// The line items of every order, one after the other: ``fieldsPerItem`` fields each.
    let itemValues: PackedRow
    /// The quantity of each item of `itemValues`.
    let itemQuantities: [Int64]
    /// Where each order's items begin in `itemQuantities`, and where the last one's end.
    private let itemStarts: [Int]

    /// Packs `orders`. An import that does not set the address (`fields`) packs none; one that
    /// does not set the items packs none of them.
    init(_ orders: [ImportedOrder], fields: OrderFieldSet) {
        let withAddress = fields.contains(.address)
        let withItems = fields.contains(.items)
        var values = PackedRow(capacity: orders.count * Self.typicalBytesPerOrder)
        var byteStarts: [Int] = []
        byteStarts.reserveCapacity(orders.count + 1)
        var itemValues = PackedRow(capacity: withItems ? orders.count * Self.typicalBytesPerOrder : 1)
        var itemQuantities: [Int64] = []
        var itemStarts: [Int] = []
        itemStarts.reserveCapacity(orders.count + 1)
        for index in orders.indices {
            byteStarts.append(values.bytes.count)
            itemStarts.append(itemQuantities.count)
            if withItems {
                for item in orders[index].items {
                    itemValues.append(item.sku)
                    itemValues.append(item.name)
                    itemValues.append(item.price)
                    itemQuantities.append(Int64(item.quantity))
                }
            }
            values.appendOrder(
                orders[index].order, itemCount: orders[index].itemCount,
                address: withAddress ? orders[index].address : nil)
        }
        byteStarts.append(values.bytes.count)
        itemStarts.append(itemQuantities.count)
        count = orders.count
        self.values = values
        self.byteStarts = byteStarts
        self.itemValues = itemValues
        self.itemQuantities = itemQuantities
        self.itemStarts = itemStarts
    }

    /// About what the packed values of an order with every column filled in take, to reserve the
    /// buffer at once.
    private static let typicalBytesPerOrder = 256

    /// Empties `row` and fills it with the packed values of the order at `index`.
    func copyValues(of index: Int, into row: inout PackedRow) {
        let firstField = index * Self.fieldsPerOrder
        row.replace(
            withFields: firstField..<(firstField + Self.fieldsPerOrder),
            bytes: byteStarts[index]..<byteStarts[index + 1], of: values)
    }

    /// The positions in ``itemQuantities`` (and, times ``fieldsPerItem``, in ``itemValues``) of
    /// the items of the order at `index`.
    func items(of index: Int) -> Range<Int> {
        itemStarts[index]..<itemStarts[index + 1]
    }

    /// The items of the order at `index` as values again (for comparing with stored ones).
    func itemList(of index: Int) -> [OrderItem] {
        items(of: index).map { item in
            let first = item * Self.fieldsPerItem
            return OrderItem(
                sku: itemValues.string(first), name: itemValues.string(first + 1), quantity: Int(itemQuantities[item]),
                price: itemValues.string(first + 2))
        }
    }
}

extension PackedRow {
    /// Adds the values the store keeps for `order`: channel, order key, tracking key, then
    /// ``OrderWriter/fields``, then the address fingerprint; then the address as text.
    mutating func appendOrder(_ order: Order, itemCount: Int?, address: ShippingAddress?) {
        append(order.channel.rawValue)
        appendKey(order.orderNumber)
        appendKey(order.trackingNumber, nullIfEmpty: true)
        append(order.orderNumber)
        append(order.customerName)
        appendEmail(order.customerEmail)
        append(order.placedAt)
        append(order.importedAt)
        append(order.dispatchedAt)
        append(order.exportedAt)
        append(order.carrier)
        appendNonEmpty(order.trackingNumber)
        append(order.state.rawValue)
        append(order.addressChangedAt)
        append(integer: itemCount.map(Int64.init))
        append(integer: address?.fingerprint)
        append(address?.text)
    }
}
