import HelpdeskCore

extension MarketplaceLayout {
    /// eBay Seller Hub's orders report (REFERENCE §4.3): preamble lines before the header, footer
    /// notes after the rows ("2 record(s) downloaded", "Seller ID: …"), US wording (`Ship To Zip`),
    /// UK wording (`Post to postcode`, `Dispatched on date`) or German (`Bestellnummer`, `;`).
    /// A multi-item order has one row for the order and one per item, under the same number.
    ///
    /// State: shipped on a date or given a tracking number → dispatched; otherwise awaiting dispatch.
    static let ebay = MarketplaceLayout(
        format: .ebay,
        columns: [
            .orderNumber: ["Order Number", "Bestellnummer"],
            .customerName: [
                "Buyer Name", "Ship To Name", "Post to name", "Name des Käufers", "Name des Empfängers",
                "Versand an - Name",
            ],
            .customerEmail: ["Buyer Email", "E-Mail des Käufers"],
            .placedAt: ["Sale Date", "Verkauft am", "Verkaufsdatum"],
            .dispatchedAt: [
                "Shipped On Date", "Dispatched on date", "Verschickt am - Datum", "Verschickt am", "Versanddatum",
            ],
            .carrier: ["Shipping Service", "Delivery service", "Versandservice"],
            .trackingNumber: ["Tracking Number", "Sendungsnummer", "Sendungsverfolgungsnummer"],
            .itemID: ["Item Number", "Artikelnummer"],
            .itemName: ["Item Title", "Angebotstitel", "Artikelbezeichnung"],
            .itemSKU: ["Custom Label", "Bestandseinheit"],
            .itemQuantity: ["Quantity", "Anzahl", "Stückzahl"],
            .itemPrice: ["Sold For", "Verkauft für", "Verkaufspreis"],
            .address1: [
                "Ship To Address 1", "Post to address 1", "Adresse 1 des Empfängers", "Versand an - Adresse 1",
            ],
            .address2: [
                "Ship To Address 2", "Post to address 2", "Adresse 2 des Empfängers", "Versand an - Adresse 2",
            ],
            .city: ["Ship To City", "Post to city", "Versand nach - Ort", "Versand an - Ort"],
            .region: [
                "Ship To State", "Post to county", "Post to province/region/state", "Versand nach - Bundesland",
                "Versand an - Bundesland",
            ],
            .postcode: ["Ship To Zip", "Post to postcode", "Versand nach - PLZ", "Versand an - PLZ"],
            .country: ["Ship To Country", "Post to country", "Versand nach - Land", "Versand an - Land"],
        ],
        signatures: [
            ["Sales Record Number", "Order Number"], ["Verkaufsprotokollnummer", "Bestellnummer"],
            ["Order Number", "Buyer Username", "Item Title"],
        ],
        dateStyle: .ebay,
        hasFooterRows: true,
        stateFields: [.dispatchedAt, .trackingNumber],
        state: ebayState)

    @Sendable private static func ebayState(_ row: MarketplaceRow) -> StateReading {
        if row.text(.dispatchedAt) != nil || row.text(.trackingNumber) != nil { return .state(.dispatched) }
        return .state(.awaitingDispatch)
    }
}
