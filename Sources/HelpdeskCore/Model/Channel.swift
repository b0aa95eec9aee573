/// A sales channel that orders are imported from and dispatches are exported back to.
public enum Channel: String, CaseIterable, Codable, Sendable, Comparable {
    case amazon
    case ebay
    case etsy
    case shopify
    case woocommerce
    case magento

    public static func < (lhs: Channel, rhs: Channel) -> Bool { lhs.rawValue < rhs.rawValue }
}
