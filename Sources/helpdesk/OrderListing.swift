import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

/// Prints the orders a look-up found: one order in full (items and history), several as a list,
/// and, when a number matches orders on several channels, the question which one.
struct OrderListing {
    let query: String
    let result: OrderQueryResult
    let database: AppDatabase

    func print(_ format: OutputFormat) throws {
        let details = try result.orders.map { try database.details(of: $0) }
        switch format {
        case .json:
            Console.print(StableJSON.string(OrderQueryDocument(query: query, result: result, details: details), pretty: true))
        case .text:
            printText(details)
        }
        if result.orders.isEmpty { throw ExitCode(1) }
        if result.isAmbiguousNumber { throw ExitCode(3) }
    }

    private func printText(_ details: [OrderDetails]) {
        if details.isEmpty {
            Console.print("No order matches \(query).")
            return
        }
        if result.isAmbiguousNumber {
            let channels = Set(details.map(\.order.channel)).sorted().map(\.rawValue).joined(separator: ", ")
            Console.print(
                "\(query) matches \(details.count) orders on different channels (\(channels)). Which one do you mean? "
                    + "Add --channel to pick it:")
            for detail in details { Console.print("  " + OrderText.line(detail)) }
            return
        }
        if details.count == 1 {
            Console.print(OrderText.full(details[0]))
            return
        }
        Console.print("\(details.count) orders for \(query):")
        for detail in details { Console.print("  " + OrderText.line(detail)) }
    }
}

/// Orders in words for the terminal.
enum OrderText {
    /// `shopify #1042 · dispatched · Amelia Clarke <amelia@example.com> · placed 2025-03-03T09:00:00Z`
    static func line(_ detail: OrderDetails) -> String {
        let order = detail.order
        var parts = ["\(order.channel.rawValue) \(order.orderNumber)", order.state.rawValue]
        if let customer = customer(order) { parts.append(customer) }
        if let placed = order.placedAt { parts.append("placed \(ISO8601.format(placed))") }
        if let tracking = order.trackingNumber { parts.append("tracking \(tracking)") }
        return parts.joined(separator: " · ")
    }

    /// Every field, the items and the history.
    static func full(_ detail: OrderDetails) -> String {
        let order = detail.order
        var lines = ["\(order.channel.rawValue) \(order.orderNumber) · \(order.state.rawValue)"]
        func add(_ label: String, _ value: String?) {
            guard let value else { return }
            lines.append("  " + label.padding(toLength: 17, withPad: " ", startingAt: 0) + value)
        }
        add("customer", customer(order))
        add("placed", order.placedAt.map(ISO8601.format))
        add("imported", order.importedAt.map(ISO8601.format))
        add("dispatched", order.dispatchedAt.map(ISO8601.format))
        add("sent to channel", order.exportedAt.map(ISO8601.format))
        add("carrier", order.carrier)
        add("tracking", order.trackingNumber)
        add("address changed", order.addressChangedAt.map { "\(ISO8601.format($0)) (on the channel, after import)" })
        add("items", detail.itemCount.map(String.init))
        for item in detail.items { lines.append("    " + item.summary) }
        if detail.changes.isEmpty {
            lines.append("  history          no changes since it was first imported")
        } else {
            lines.append("  history")
            for change in detail.changes {
                let old = change.oldValue.map { displayValue(change.field, $0) } ?? "—"
                let new = change.newValue.map { displayValue(change.field, $0) } ?? "—"
                lines.append("    \(ISO8601.format(change.changedAt))  \(change.field): \(old) → \(new)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func customer(_ order: Order) -> String? {
        switch (order.customerName, order.customerEmail) {
        case (let name?, let email?): "\(name) <\(email)>"
        case (let name?, nil): name
        case (nil, let email?): email
        case (nil, nil): nil
        }
    }

    /// A value from the history as people read it: stored times (`2025-03-04 10:00:00.000`) in
    /// ISO-8601.
    static func displayValue(_ field: String, _ value: String) -> String {
        guard field.hasSuffix("_at"), value.count == 23 else { return value }
        var text = value.replacingOccurrences(of: " ", with: "T")
        if text.hasSuffix(".000") { text.removeLast(4) }
        return text + "Z"
    }
}

/// The JSON shape of `orders show --format json` and `orders search --format json`.
struct OrderQueryDocument: Encodable {
    struct OrderEntry: Encodable {
        var order: ReplyDocument.OrderDocument
        var item_count: Int?
        var items: [OrderItem]
        var changes: [ChangeEntry]

        func encode(to encoder: Encoder) throws {
            try order.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(item_count, forKey: .item_count)
            try container.encode(items, forKey: .items)
            try container.encode(changes, forKey: .changes)
        }

        enum Keys: String, CodingKey { case item_count, items, changes }
    }

    struct ChangeEntry: Encodable {
        var changed_at: String
        var field: String
        var old_value: String?
        var new_value: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(changed_at, forKey: .changed_at)
            try container.encode(field, forKey: .field)
            try container.encode(old_value, forKey: .old_value)
            try container.encode(new_value, forKey: .new_value)
        }

        enum CodingKeys: String, CodingKey { case changed_at, field, old_value, new_value }
    }

    var query: String
    var matched_by: String?
    var ambiguous: Bool
    var orders: [OrderEntry]

    init(query: String, result: OrderQueryResult, details: [OrderDetails]) {
        self.query = query
        matched_by = result.matchedBy?.rawValue
        ambiguous = result.isAmbiguousNumber
        orders = details.map { detail in
            OrderEntry(
                order: ReplyDocument.document(detail.order), item_count: detail.itemCount, items: detail.items,
                changes: detail.changes.map { change in
                    ChangeEntry(
                        changed_at: ISO8601.format(change.changedAt), field: change.field,
                        old_value: change.oldValue.map { OrderText.displayValue(change.field, $0) },
                        new_value: change.newValue.map { OrderText.displayValue(change.field, $0) })
                })
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(matched_by, forKey: .matched_by)
        try container.encode(ambiguous, forKey: .ambiguous)
        try container.encode(orders, forKey: .orders)
    }

    enum CodingKeys: String, CodingKey { case query, matched_by, ambiguous, orders }
}
