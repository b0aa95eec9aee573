import HelpdeskCore

/// The kinds of order file `helpdesk orders import` reads.
public enum OrderFileFormat: String, CaseIterable, Codable, Sendable {
    /// Helpdesk's own order CSV (see ``HelpdeskCSVOrderParser``).
    case helpdesk
    /// Shopify's admin "Export orders" CSV: one row per line item.
    case shopify
    /// Amazon Seller Central order reports (tab-separated): the Order Report, the Unshipped Orders
    /// report and the All Orders report; one row per order item.
    case amazon
    /// eBay Seller Hub's orders report, with its preamble and footer rows, in US, UK or German wording.
    case ebay
    /// Etsy's "Sold Orders" CSV (one row per order) or "Sold Order Items" CSV (one row per item).
    case etsy

    /// The channel whose export this is; `nil` for Helpdesk's CSV, which names it per row.
    public var channel: Channel? {
        switch self {
        case .helpdesk: nil
        case .shopify: .shopify
        case .amazon: .amazon
        case .ebay: .ebay
        case .etsy: .etsy
        }
    }

    /// How people call the format in messages.
    public var displayName: String {
        switch self {
        case .helpdesk: "Helpdesk order CSV"
        case .shopify: "Shopify order export"
        case .amazon: "Amazon order report"
        case .ebay: "eBay orders report"
        case .etsy: "Etsy sold orders file"
        }
    }
}
