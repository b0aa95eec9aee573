import HelpdeskCore

/// An order as read from a channel's export: the order, its line items and its shipping address.
struct ImportedOrder: Sendable, Equatable {
    var order: Order
    /// The line items the file lists (empty when it lists none).
    var items: [OrderItem] = []
    /// How many items the order has, when the file says so in a column of its own (Etsy's
    /// `Number of Items`); otherwise the quantities of `items` add up to it.
    var statedItemCount: Int?
    var address: ShippingAddress?

    /// The number of items: as stated, else the sum of the items' quantities, else `nil`.
    var itemCount: Int? {
        if let statedItemCount { return statedItemCount }
        if items.isEmpty { return nil }
        return items.reduce(0) { $0 + $1.quantity }
    }
}

/// The order columns an import sets. Those it does not set keep their stored values when an order
/// is imported again (an Etsy file has no e-mail column, so it must not clear e-mails).
struct OrderFieldSet: OptionSet, Sendable {
    let rawValue: UInt32

    static let orderNumber = OrderFieldSet(rawValue: 1 << 0)
    static let customerName = OrderFieldSet(rawValue: 1 << 1)
    static let customerEmail = OrderFieldSet(rawValue: 1 << 2)
    static let placedAt = OrderFieldSet(rawValue: 1 << 3)
    static let importedAt = OrderFieldSet(rawValue: 1 << 4)
    static let dispatchedAt = OrderFieldSet(rawValue: 1 << 5)
    static let exportedAt = OrderFieldSet(rawValue: 1 << 6)
    static let carrier = OrderFieldSet(rawValue: 1 << 7)
    static let trackingNumber = OrderFieldSet(rawValue: 1 << 8)
    static let state = OrderFieldSet(rawValue: 1 << 9)
    static let addressChangedAt = OrderFieldSet(rawValue: 1 << 10)
    static let itemCount = OrderFieldSet(rawValue: 1 << 11)
    /// The line items (replaced as a whole when they differ).
    static let items = OrderFieldSet(rawValue: 1 << 12)
    /// The shipping address's fingerprint.
    static let address = OrderFieldSet(rawValue: 1 << 13)
    /// Parts of the line items the file has: a part it lacks keeps its stored value when the
    /// order keeps its number of items (Amazon's Unshipped Orders report has no prices).
    static let itemSKU = OrderFieldSet(rawValue: 1 << 14)
    static let itemName = OrderFieldSet(rawValue: 1 << 15)
    static let itemQuantity = OrderFieldSet(rawValue: 1 << 16)
    static let itemPrice = OrderFieldSet(rawValue: 1 << 17)

    /// What Helpdesk's own CSV sets: every column of ``Order``.
    static let helpdeskColumns: OrderFieldSet = [
        .orderNumber, .customerName, .customerEmail, .placedAt, .importedAt, .dispatchedAt, .exportedAt, .carrier,
        .trackingNumber, .state, .addressChangedAt,
    ]

    /// Whether the column at `index` of ``OrderWriter/fields`` is set.
    func containsField(at index: Int) -> Bool { rawValue & (1 << UInt32(index)) != 0 }
}
