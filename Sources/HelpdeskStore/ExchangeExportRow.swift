/// One exchange as exported, with what the store knows of the customer of the order it concerned
/// (to mask their name and keep their order and tracking numbers when a log is shared).
public struct ExchangeExportRow: Sendable, Equatable {
    /// The exchange as logged.
    public var entry: ExchangeLogEntry
    /// The customer's name on the exchange's order, if it had one that is still stored.
    public var customerName: String?
    /// The customer's e-mail address on that order.
    public var customerEmail: String?
    /// The order's number as the channel writes it.
    public var orderNumber: String?
    /// The order's tracking number.
    public var trackingNumber: String?

    public init(
        entry: ExchangeLogEntry, customerName: String? = nil, customerEmail: String? = nil, orderNumber: String? = nil,
        trackingNumber: String? = nil
    ) {
        self.entry = entry
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.orderNumber = orderNumber
        self.trackingNumber = trackingNumber
    }
}
