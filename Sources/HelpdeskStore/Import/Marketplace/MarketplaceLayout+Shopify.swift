import HelpdeskCore

extension MarketplaceLayout {
    /// Shopify's admin "Export orders" CSV (REFERENCE §4.1): one row per line item, the order's own
    /// columns blank on its later rows. The number is `Name` (`#1001`). There is no tracking
    /// column, so tracking numbers and carriers already stored are kept.
    ///
    /// State: `Cancelled at` filled in → cancelled; `Financial Status` refunded → refunded, voided →
    /// cancelled; `Fulfillment Status` fulfilled or partial → dispatched; otherwise awaiting dispatch.
    static let shopify = MarketplaceLayout(
        format: .shopify,
        columns: [
            .orderNumber: ["Name"],
            .customerName: ["Billing Name", "Shipping Name"],
            .customerEmail: ["Email"],
            .placedAt: ["Created at"],
            .dispatchedAt: ["Fulfilled at"],
            .cancelledAt: ["Cancelled at"],
            .financialStatus: ["Financial Status"],
            .fulfillmentStatus: ["Fulfillment Status"],
            .itemName: ["Lineitem name"],
            .itemSKU: ["Lineitem sku"],
            .itemQuantity: ["Lineitem quantity"],
            .itemPrice: ["Lineitem price"],
            .address1: ["Shipping Address1", "Shipping Street"],
            .address2: ["Shipping Address2"],
            .city: ["Shipping City"],
            .region: ["Shipping Province Name", "Shipping Province"],
            .postcode: ["Shipping Zip"],
            .country: ["Shipping Country"],
        ],
        signatures: [["Name", "Financial Status", "Fulfillment Status"], ["Name", "Email", "Lineitem name"]],
        dateStyle: .iso,
        hasFooterRows: false,
        stateFields: [.cancelledAt, .financialStatus, .fulfillmentStatus],
        state: shopifyState)

    private static let shopifyFinancial: Set<String> = [
        "pending", "authorized", "paid", "partially_paid", "refunded", "partially_refunded", "voided", "expired",
    ]
    private static let shopifyFulfillment: Set<String> = ["fulfilled", "unfulfilled", "partial", "restocked"]

    @Sendable private static func shopifyState(_ row: MarketplaceRow) -> StateReading {
        let financial = row.text(.financialStatus)?.lowercased()
        if let financial, !shopifyFinancial.contains(financial) {
            return .problem(
                .financialStatus,
                "\"\(financial)\" is not a Shopify financial status; expected one of \(shopifyFinancial.sorted().joined(separator: ", "))"
            )
        }
        let fulfillment = row.text(.fulfillmentStatus)?.lowercased()
        if let fulfillment, !shopifyFulfillment.contains(fulfillment) {
            return .problem(
                .fulfillmentStatus,
                "\"\(fulfillment)\" is not a Shopify fulfillment status; expected one of \(shopifyFulfillment.sorted().joined(separator: ", "))"
            )
        }
        if row.text(.cancelledAt) != nil || financial == "voided" { return .state(.cancelled) }
        if financial == "refunded" { return .state(.refunded) }
        if fulfillment == "fulfilled" || fulfillment == "partial" { return .state(.dispatched) }
        return .state(.awaitingDispatch)
    }
}
