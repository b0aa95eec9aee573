import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// Each channel's sample export imports into the orders it holds.
final class MarketplaceImportTests: StoreTestCase {
    private let now = time("2025-03-05T12:00:00Z")
    private var importer: OrderFileImporter { OrderFileImporter(database: database) }

    private func importSample(_ name: String, format: OrderFileFormat? = nil) throws -> OrderImportSummary {
        try importer.importFile(atPath: SampleOrderFiles.path(name), format: format, at: now)
    }

    private func order(_ number: String, _ channel: Channel) throws -> Order {
        try XCTUnwrap(database.orders(matchingKey: number).first { $0.channel == channel }, "no \(channel) \(number)")
    }

    private func details(_ number: String, _ channel: Channel) throws -> OrderDetails {
        try database.details(of: order(number, channel))
    }

    func testShopifyExportOneOrderPerNumberWithItsLineItems() throws {
        let summary = try importSample(SampleOrderFiles.shopify)
        XCTAssertEqual(summary.format, .shopify)
        XCTAssertEqual(summary.errors, [])
        XCTAssertEqual([summary.rowsRead, summary.inserted], [8, 5])
        XCTAssertEqual(try database.orderCount(), 5)

        let first = try details("#1001", .shopify)
        XCTAssertEqual(first.order.orderNumber, "#1001")
        XCTAssertEqual(first.order.state, .dispatched)
        XCTAssertEqual(first.order.customerName, "Amelia Clarke")
        XCTAssertEqual(first.order.customerEmail, "amelia.clarke@example.com")
        XCTAssertEqual(first.order.placedAt, time("2025-03-03T09:00:41Z"))
        XCTAssertEqual(first.order.dispatchedAt, time("2025-03-04T10:00:00Z"))
        XCTAssertEqual(first.order.importedAt, now)
        XCTAssertEqual(
            first.items,
            [
                OrderItem(sku: "MUG-BLUE", name: "Blue enamel mug", quantity: 2, price: "12.50"),
                OrderItem(sku: "BOX-1", name: "Mug gift box", quantity: 1, price: "4.00"),
            ])
        XCTAssertEqual(first.itemCount, 3)

        XCTAssertEqual(try order("1002", .shopify).state, .awaitingDispatch)
        let cancelled = try order("#1003", .shopify)
        XCTAssertEqual(cancelled.state, .cancelled, "Cancelled at wins over the refund")
        XCTAssertEqual(cancelled.placedAt, time("2025-03-02T12:59:10Z"), "-0500 is five hours behind UTC")
        XCTAssertEqual(try order("#1004", .shopify).state, .refunded)
        let partial = try details("#1042", .shopify)
        XCTAssertEqual(partial.order.state, .dispatched, "partially fulfilled")
        XCTAssertEqual(partial.items.map(\.quantity), [1, 2, 1])
        XCTAssertEqual(partial.itemCount, 4)
    }

    func testAmazonOrderReportIsTabSeparatedWithAnItemPerRow() throws {
        let summary = try importSample(SampleOrderFiles.amazonOrderReport)
        XCTAssertEqual(summary.format, .amazon)
        XCTAssertEqual(summary.errors, [])
        XCTAssertEqual([summary.rowsRead, summary.inserted], [3, 2])
        let jack = try details("114-0149180-7966659", .amazon)
        XCTAssertEqual(jack.order.customerName, "Jack Taylor")
        XCTAssertEqual(jack.order.state, .awaitingDispatch, "the Order Report lists orders to ship")
        XCTAssertEqual(jack.order.placedAt, time("2025-03-03T09:00:00Z"))
        XCTAssertEqual(jack.items.map(\.sku), ["MUG-BLUE", "BOX-1"])
        XCTAssertEqual(jack.itemCount, 3)
    }

    func testAmazonUnshippedAndAllOrdersVariants() throws {
        let unshipped = try importSample(SampleOrderFiles.amazonUnshipped)
        XCTAssertEqual(unshipped.errors, [])
        XCTAssertEqual(try order("114-0149180-7966659", .amazon).state, .awaitingDispatch)
        XCTAssertEqual(try order("205-1234567-7654321", .amazon).state, .dispatched, "nothing left to ship")

        let all = try importSample(SampleOrderFiles.amazonAllOrders)
        XCTAssertEqual(all.errors, [])
        XCTAssertEqual([all.inserted, all.updated], [1, 2])
        XCTAssertEqual(try order("114-0149180-7966659", .amazon).state, .dispatched)
        XCTAssertEqual(try order("205-1234567-7654321", .amazon).state, .cancelled)
        XCTAssertEqual(try order("026-5554443-3322110", .amazon).state, .awaitingDispatch)
        let jack = try order("114-0149180-7966659", .amazon)
        XCTAssertEqual(jack.customerName, "Jack Taylor", "the All Orders report has no buyer columns: kept")
        XCTAssertNil(jack.addressChangedAt, "a city and postcode alone are not an address change")
    }

    func testEbayReportWithPreambleFooterAndAMultiItemOrder() throws {
        let summary = try importSample(SampleOrderFiles.ebayUS)
        XCTAssertEqual(summary.format, .ebay)
        XCTAssertEqual(summary.errors, [])
        XCTAssertEqual(summary.rowsRead, 4)
        XCTAssertEqual(summary.skippedRows, 2, "the two footer notes")
        XCTAssertEqual(summary.inserted, 2)

        let liam = try order("24-14934-88735", .ebay)
        XCTAssertEqual(liam.state, .dispatched)
        XCTAssertEqual(liam.placedAt, time("2025-07-21T00:00:00Z"))
        XCTAssertEqual(liam.dispatchedAt, time("2025-07-22T00:00:00Z"))
        XCTAssertEqual(liam.trackingNumber, "9400111899223197428490")
        XCTAssertEqual(liam.carrier, "USPS Ground Advantage")

        let ava = try details("25 13210 44821", .ebay)
        XCTAssertEqual(ava.order.state, .awaitingDispatch)
        XCTAssertEqual(ava.items.map(\.name), ["Stoneware teapot 1L", "Coaster set of 4"])
        XCTAssertEqual(ava.itemCount, 3)
    }

    func testEbayUKWordingAfterASepLineAndGermanSemicolonReport() throws {
        let uk = try importSample(SampleOrderFiles.ebayUK)
        XCTAssertEqual(uk.errors, [])
        XCTAssertEqual([uk.inserted, uk.skippedRows], [1, 2], "the sep=, line and the footer")
        let harry = try order("12-11111-22222", .ebay)
        XCTAssertEqual(harry.customerName, "Harry Green")
        XCTAssertEqual(harry.dispatchedAt, time("2025-03-05T00:00:00Z"))
        XCTAssertEqual(harry.trackingNumber, "AB123456785GB")
        XCTAssertEqual(harry.state, .dispatched)

        let de = try importSample(SampleOrderFiles.ebayDE)
        XCTAssertEqual(de.errors, [])
        XCTAssertEqual(de.inserted, 1)
        let details = try details("23-12345-12345", .ebay)
        XCTAssertEqual(details.order.customerName, "Jürgen Müller")
        XCTAssertEqual(details.order.customerEmail, "juergen.mueller@example.de")
        XCTAssertEqual(details.order.placedAt, time("2025-12-10T00:00:00Z"), "10-Dez-25")
        XCTAssertEqual(details.order.state, .awaitingDispatch)
        XCTAssertEqual(details.items, [OrderItem(sku: "MUG-BLUE", name: "Emaille-Becher blau", quantity: 2, price: "12,99 €")])
    }

    func testEtsySoldOrdersAndSoldOrderItems() throws {
        let orders = try importSample(SampleOrderFiles.etsyOrders)
        XCTAssertEqual(orders.format, .etsy)
        XCTAssertEqual(orders.errors, [])
        XCTAssertEqual(orders.inserted, 3)
        let chloe = try details("3935119409", .etsy)
        XCTAssertEqual(chloe.order.state, .dispatched)
        XCTAssertEqual(chloe.order.placedAt, time("2025-03-01T00:00:00Z"), "MM/DD/YY")
        XCTAssertEqual(chloe.order.dispatchedAt, time("2025-03-03T00:00:00Z"))
        XCTAssertNil(chloe.order.customerEmail)
        XCTAssertEqual(chloe.itemCount, 2)
        XCTAssertEqual(chloe.items, [], "the orders file lists no items")
        XCTAssertEqual(try order("3935119410", .etsy).state, .awaitingDispatch)
        XCTAssertEqual(try order("3935119411", .etsy).state, .cancelled)

        let items = try importSample(SampleOrderFiles.etsyItems)
        XCTAssertEqual(items.errors, [])
        XCTAssertEqual([items.rowsRead, items.inserted, items.updated], [2, 0, 1], "#3935119409 is the same order")
        let withItems = try details("3935119409", .etsy)
        XCTAssertEqual(withItems.order.orderNumber, "3935119409")
        XCTAssertEqual(withItems.items.map(\.sku), ["MUG-BLUE", "BOX-1"])
        XCTAssertEqual(withItems.changes.map(\.field), ["items"])
        XCTAssertNil(withItems.order.addressChangedAt, "the same address in the other file's columns")
    }

    func testTheKindCanBeNamedAndTheChannelOverridden() throws {
        let summary = try importer.importFile(
            atPath: SampleOrderFiles.path(SampleOrderFiles.shopify), format: .shopify, channel: .woocommerce, at: now)
        XCTAssertEqual(summary.inserted, 5)
        XCTAssertEqual(try database.orders(matchingKey: "1001").map(\.channel), [.woocommerce])
    }
}
