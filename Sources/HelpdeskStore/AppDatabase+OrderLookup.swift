import Foundation
import HelpdeskCore

/// How a query found its orders.
public enum OrderQueryMatch: String, Codable, Sendable {
    /// By order number, typed any way (`#1001`, `1001`, `114 0149180 7966659`, `aa1001`).
    case number
    /// By tracking number.
    case tracking
    /// By the customer's e-mail address.
    case email
    /// By the customer's name.
    case name
}

/// The orders a person's query found.
public struct OrderQueryResult: Sendable, Equatable {
    /// How they were found; `nil` when nothing was.
    public var matchedBy: OrderQueryMatch?
    /// Newest first.
    public var orders: [Order]

    /// A result.
    public init(matchedBy: OrderQueryMatch?, orders: [Order]) {
        self.matchedBy = matchedBy
        self.orders = orders
    }

    /// Whether an order number matched orders on more than one channel, so the person must say
    /// which one they mean.
    public var isAmbiguousNumber: Bool {
        (matchedBy == .number || matchedBy == .tracking) && Set(orders.map(\.channel)).count > 1
    }
}

/// An order with what the store knows around it: line items, item count and change history.
public struct OrderDetails: Sendable, Equatable {
    public var order: Order
    /// Line items as last imported, in the file's order.
    public var items: [OrderItem]
    /// The number of items as last imported, or `nil` when no import said.
    public var itemCount: Int?
    /// Recorded changes, oldest first.
    public var changes: [OrderChange]
}

extension AppDatabase {
    /// Finds orders by what a person typed: an e-mail address (with `@`), else an order number
    /// typed any way, else a tracking number. `channel` keeps only that channel's orders.
    public func findOrders(_ query: String, channel: Channel? = nil) throws -> OrderQueryResult {
        func kept(_ orders: [Order]) -> [Order] { channel.map { wanted in orders.filter { $0.channel == wanted } } ?? orders }
        if query.contains("@") {
            let found = kept(try orders(forEmail: query))
            return OrderQueryResult(matchedBy: found.isEmpty ? nil : .email, orders: found)
        }
        let byNumber = kept(try orders(matchingKey: query))
        if !byNumber.isEmpty { return OrderQueryResult(matchedBy: .number, orders: byNumber) }
        let byTracking = kept(try orders(trackingKey: query))
        if !byTracking.isEmpty { return OrderQueryResult(matchedBy: .tracking, orders: byTracking) }
        return OrderQueryResult(matchedBy: nil, orders: [])
    }

    /// Finds orders by customer: the e-mail address when `text` has an `@`, else the name (see
    /// ``orders(customerName:limit:)``).
    public func searchOrders(_ text: String, channel: Channel? = nil, limit: Int = 50) throws -> OrderQueryResult {
        var found = text.contains("@") ? try orders(forEmail: text) : try orders(customerName: text, limit: limit)
        if let channel { found = found.filter { $0.channel == channel } }
        let match: OrderQueryMatch = text.contains("@") ? .email : .name
        return OrderQueryResult(matchedBy: found.isEmpty ? nil : match, orders: found)
    }

    /// The items, item count and change history of a stored order.
    public func details(of order: Order) throws -> OrderDetails {
        guard let id = order.id else { return OrderDetails(order: order, items: [], itemCount: nil, changes: []) }
        return OrderDetails(
            order: order, items: try orderItems(orderID: id), itemCount: try orderItemCount(orderID: id),
            changes: try orderChanges(orderID: id))
    }
}
