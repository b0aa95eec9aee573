import HelpdeskCore

/// How one marketplace's export is laid out: which header names carry which field, how a row's
/// state is read, and how its dates are written.
struct MarketplaceLayout: Sendable {
    /// The format this layout reads.
    let format: OrderFileFormat
    /// Header names per field, most preferred first (matched trimmed and case-insensitively).
    /// When several are present, a row takes the first one that is filled in.
    let columns: [MarketplaceField: [String]]
    /// Sets of header names that identify the format: a header that has every name of one set is
    /// this format's.
    let signatures: [[String]]
    /// How the export writes dates that are not ISO-8601.
    let dateStyle: MarketplaceDateStyle
    /// Whether rows without an order number that hold a note or nothing ("2 record(s)
    /// downloaded", "Seller ID: …") are footers to skip rather than bad rows.
    let hasFooterRows: Bool
    /// Fields any of which, filled in, makes a row describe a line item.
    var itemMarkers: [MarketplaceField] = [.itemID, .itemName, .itemSKU]
    /// Whether a leading `#` is dropped from order numbers (Etsy's items file writes `#3001` for
    /// the order its orders file calls `3001`).
    var dropsHashFromNumbers = false
    /// The fields the state is read from. A file with none of them (Amazon's Order Report lists
    /// new orders and says nothing of shipping) gives new orders the state `state` reads from
    /// empty cells and leaves the state of stored orders alone.
    let stateFields: [MarketplaceField]
    /// The order's state, read from its first row.
    let state: @Sendable (MarketplaceRow) -> StateReading

    /// The outcome of reading a state.
    enum StateReading: Sendable {
        case state(OrderState)
        /// The value of `field` makes no sense; `message` says why.
        case problem(MarketplaceField, String)
    }

    /// The layout of `format`, or `nil` for Helpdesk's own CSV.
    static func of(_ format: OrderFileFormat) -> MarketplaceLayout? {
        switch format {
        case .helpdesk: nil
        case .shopify: .shopify
        case .amazon: .amazon
        case .ebay: .ebay
        case .etsy: .etsy
        }
    }

    /// Whether a header with these names (lower-cased) is this format's.
    func matches(_ names: Set<String>) -> Bool {
        signatures.contains { signature in signature.allSatisfy { names.contains($0.lowercased()) } }
    }
}

extension MarketplaceLayout.StateReading {
    /// `value` lower-cased with spaces, dashes and underscores removed: `Partially Shipped`,
    /// `partially_shipped` and `PartiallyShipped` all read `partiallyshipped`.
    static func squeezed(_ value: String) -> String {
        String(value.lowercased().unicodeScalars.filter { $0 != " " && $0 != "-" && $0 != "_" })
    }
}
