/// What a column of a marketplace export means to Helpdesk. Each export names these its own way
/// (see the ``MarketplaceLayout`` of each format).
enum MarketplaceField: Int, CaseIterable, Sendable {
    case orderNumber
    case customerName
    case customerEmail
    case placedAt
    case dispatchedAt
    case carrier
    case trackingNumber

    // What the state is read from.
    case cancelledAt
    case financialStatus
    case fulfillmentStatus
    case orderStatus
    case itemStatus
    case quantityShipped
    case quantityToShip

    // Line items.
    case itemCount
    case itemID
    case itemName
    case itemSKU
    case itemQuantity
    case itemPrice

    // The shipping address.
    case address1
    case address2
    case address3
    case city
    case region
    case postcode
    case country

    /// The address fields, in the order they are written out.
    static let addressFields: [MarketplaceField] = [.address1, .address2, .address3, .city, .region, .postcode, .country]
}
