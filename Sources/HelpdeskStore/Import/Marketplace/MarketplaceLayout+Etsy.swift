import HelpdeskCore

extension MarketplaceLayout {
    /// Etsy's "Sold Orders" CSV (one row per order, `Number of Items`) and "Sold Order Items" CSV
    /// (one row per item) (REFERENCE §4.4). The number is `Order ID` (the receipt id; the items file
/// may write it `#3001`). The orders file's `SKU` lists the order's SKUs and makes no item. Etsy's
    /// files carry no e-mail address and no tracking number; those already stored are kept.
    ///
    /// State: `Status` canceled → cancelled, fully refunded → refunded; `Date Shipped` filled in or
    /// `Status` completed → dispatched; otherwise awaiting dispatch (other statuses, such as Paid or
    /// Partially Refunded, do not change that).
    static let etsy = MarketplaceLayout(
        format: .etsy,
        columns: [
            .orderNumber: ["Order ID"],
            .customerName: ["Full Name", "Ship Name", "Buyer"],
            .placedAt: ["Sale Date"],
            .dispatchedAt: ["Date Shipped"],
            .orderStatus: ["Status"],
            .itemCount: ["Number of Items"],
            .itemID: ["Transaction ID"],
            .itemName: ["Item Name"],
            .itemSKU: ["SKU"],
            .itemQuantity: ["Quantity"],
            .itemPrice: ["Price"],
            .address1: ["Street 1", "Ship Address1"],
            .address2: ["Street 2", "Ship Address2"],
            .city: ["Ship City"],
            .region: ["Ship State"],
            .postcode: ["Ship Zipcode"],
            .country: ["Ship Country"],
        ],
        signatures: [["Sale Date", "Order ID"]],
        dateStyle: .etsy,
        hasFooterRows: false,
        itemMarkers: [.itemID, .itemName],
        dropsHashFromNumbers: true,
        stateFields: [.orderStatus, .dispatchedAt],
        state: etsyState)

    @Sendable private static func etsyState(_ row: MarketplaceRow) -> StateReading {
        let status = row.text(.orderStatus).map(StateReading.squeezed) ?? ""
        if status.hasPrefix("cancel") || status.hasPrefix("canceled") { return .state(.cancelled) }
        if status == "fullyrefunded" || status == "refunded" { return .state(.refunded) }
        if row.text(.dispatchedAt) != nil || status == "completed" || status == "shipped" { return .state(.dispatched) }
        return .state(.awaitingDispatch)
    }
}
