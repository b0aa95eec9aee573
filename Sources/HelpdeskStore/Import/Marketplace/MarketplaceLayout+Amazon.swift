import HelpdeskCore

extension MarketplaceLayout {
    /// Amazon Seller Central's tab-separated order reports (REFERENCE §4.2), one row per order item:
    /// the Order Report (`order-id`, buyer and ship-to columns), the Unshipped Orders report
    /// (`quantity-shipped`, `quantity-to-ship`) and the All Orders report (`amazon-order-id`,
    /// `order-status`, `item-status`, no buyer details). Tracking columns are read when a report
    /// has them.
    ///
    /// State: `order-status` (or else `item-status`) Shipped → dispatched, Canceled → cancelled,
    /// Pending/Unshipped → awaiting dispatch; without a status, nothing left to ship and something
    /// shipped → dispatched; otherwise (the Order Report lists orders to ship) awaiting dispatch.
    static let amazon = MarketplaceLayout(
        format: .amazon,
        columns: [
            .orderNumber: ["order-id", "amazon-order-id"],
            .customerName: ["buyer-name", "recipient-name"],
            .customerEmail: ["buyer-email"],
            .placedAt: ["purchase-date"],
            .dispatchedAt: ["ship-date", "shipment-date"],
            .carrier: ["carrier-name", "carrier"],
            .trackingNumber: ["tracking-number"],
            .orderStatus: ["order-status"],
            .itemStatus: ["item-status"],
            .quantityShipped: ["quantity-shipped"],
            .quantityToShip: ["quantity-to-ship"],
            .itemID: ["order-item-id"],
            .itemName: ["product-name"],
            .itemSKU: ["sku"],
            .itemQuantity: ["quantity-purchased", "quantity"],
            .itemPrice: ["item-price"],
            .address1: ["ship-address-1"],
            .address2: ["ship-address-2"],
            .address3: ["ship-address-3"],
            .city: ["ship-city"],
            .region: ["ship-state"],
            .postcode: ["ship-postal-code"],
            .country: ["ship-country"],
        ],
        signatures: [["order-id", "purchase-date"], ["amazon-order-id", "purchase-date"]],
        dateStyle: .iso,
        hasFooterRows: false,
        stateFields: [.orderStatus, .itemStatus, .quantityToShip, .trackingNumber],
        state: amazonState)

    /// Amazon's order and item statuses (squeezed: lower case, no spaces or dashes).
    private static let amazonStates: [String: OrderState] = [
        "pending": .awaitingDispatch, "unshipped": .awaitingDispatch, "pendingavailability": .awaitingDispatch,
        "invoiceunconfirmed": .awaitingDispatch, "shipping": .awaitingDispatch,
        "pendingwaitingforpickup": .awaitingDispatch, "waitingforpickup": .awaitingDispatch,
        "shipped": .dispatched, "partiallyshipped": .dispatched, "shippeddelivered": .dispatched,
        "delivered": .dispatched, "complete": .dispatched, "canceled": .cancelled, "cancelled": .cancelled,
        "unfulfillable": .cancelled,
    ]

    @Sendable private static func amazonState(_ row: MarketplaceRow) -> StateReading {
        for field in [MarketplaceField.orderStatus, .itemStatus] {
            guard let status = row.text(field) else { continue }
            if let state = amazonStates[StateReading.squeezed(status)] { return .state(state) }
            return .problem(
                field, "\"\(status)\" is not an Amazon order status (Pending, Unshipped, Shipped, Canceled…)")
        }
        if let text = row.text(.quantityToShip) {
            guard let toShip = Int(text), toShip >= 0 else {
                return .problem(.quantityToShip, "\"\(text)\" is not a number of items")
            }
            let shipped = row.text(.quantityShipped).flatMap { Int($0) } ?? 0
            return .state(toShip == 0 && shipped > 0 ? .dispatched : .awaitingDispatch)
        }
        return .state(row.text(.trackingNumber) != nil ? .dispatched : .awaitingDispatch)
    }
}
