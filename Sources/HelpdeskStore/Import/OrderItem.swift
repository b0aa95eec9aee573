/// One line item of an order, as the channel's export lists it.
public struct OrderItem: Codable, Sendable, Equatable {
    /// The seller's stock-keeping unit, if the export gives one.
    public var sku: String?
    /// The product's name (Shopify `Lineitem name`, Amazon `product-name`, eBay `Item Title`).
    public var name: String?
    /// How many were ordered (1 when the export does not say).
    public var quantity: Int
    /// The unit price as the export writes it (`12.50`, `$45.99`), currency and all.
    public var price: String?

    /// An item.
    public init(sku: String? = nil, name: String? = nil, quantity: Int = 1, price: String? = nil) {
        self.sku = sku
        self.name = name
        self.quantity = quantity
        self.price = price
    }

    /// `2 × Blue mug [MUG-1] 12.50`.
    public var summary: String {
        var text = "\(quantity) × \(name ?? sku ?? "item")"
        if let sku, name != nil { text += " [\(sku)]" }
        if let price { text += " \(price)" }
        return text
    }
}
