/// A sales channel that orders are imported from and dispatches are exported back to.
public enum Channel: String, CaseIterable, Codable, Sendable, Comparable {
    case amazon
    case ebay
    case etsy
    case shopify
    case woocommerce
    case magento

    public static func < (lhs: Channel, rhs: Channel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Hashes the case's position among `allCases` rather than its name (what raw-value enums
    /// otherwise hash): cheaper, and sets and dictionaries keyed by it are on every answer's path.
    public func hash(into hasher: inout Hasher) { hasher.combine(Self.allCases.firstIndex(of: self) ?? 0) }
}
