import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// Looking orders up the way people type: any spelling of the number, e-mail, name; a number on
/// two channels is ambiguous.
final class OrderLookupTests: StoreTestCase {
    private let now = time("2025-03-05T12:00:00Z")

    override func setUpWithError() throws {
        try super.setUpWithError()
        let importer = OrderFileImporter(database: database)
        _ = try importer.importFile(atPath: SampleOrderFiles.path(SampleOrderFiles.shopify), at: now)
        _ = try importer.importFile(atPath: SampleOrderFiles.path(SampleOrderFiles.amazonOrderReport), at: now)
        _ = try importer.importText(
            "channel,order_number,state,customer_name\nwoocommerce,1042,awaiting_dispatch,Grace Wilson\n",
            file: "woo.csv", at: now)
    }

    func testNumbersTypedAnyWay() throws {
        for typed in ["114-0149180-7966659", "114 0149180 7966659", "11401491807966659", " 114–0149180–7966659 "] {
            let result = try database.findOrders(typed)
            XCTAssertEqual(result.matchedBy, .number, typed)
            XCTAssertEqual(result.orders.map(\.orderNumber), ["114-0149180-7966659"], typed)
        }
        for typed in ["#1001", "1001", "# 1001", "1 001"] {
            XCTAssertEqual(try database.findOrders(typed).orders.map(\.orderNumber), ["#1001"], typed)
        }
        XCTAssertEqual(try database.findOrders("1000").orders, [])
        XCTAssertNil(try database.findOrders("nothing here").matchedBy)
    }

    func testANumberOnTwoChannelsIsAmbiguousUntilAChannelIsNamed() throws {
        let result = try database.findOrders("1042")
        XCTAssertTrue(result.isAmbiguousNumber)
        XCTAssertEqual(Set(result.orders.map(\.channel)), [.shopify, .woocommerce])
        let picked = try database.findOrders("#1042", channel: .shopify)
        XCTAssertFalse(picked.isAmbiguousNumber)
        XCTAssertEqual(picked.orders.map(\.orderNumber), ["#1042"])
    }

    func testSearchByNameOrEmail() throws {
        XCTAssertEqual(try database.searchOrders("amelia cl").orders.map(\.orderNumber), ["#1001"])
        XCTAssertEqual(
            try database.searchOrders("son").orders.map(\.customerName), ["Grace Wilson", "Grace Wilson"],
            "found inside the name")
        XCTAssertEqual(try database.searchOrders("AMELIA").matchedBy, .name)
        XCTAssertEqual(try database.searchOrders("hughes").orders.map(\.orderNumber), ["#1002"], "anywhere in the name")
        XCTAssertEqual(Set(try database.searchOrders("grace wilson").orders.map(\.channel)), [.shopify, .woocommerce])
        XCTAssertEqual(try database.searchOrders("Oliver.Hughes@Example.com").orders.map(\.orderNumber), ["#1002"])
        XCTAssertEqual(try database.searchOrders("Oliver.Hughes@Example.com").matchedBy, .email)
        XCTAssertEqual(try database.searchOrders("50%_off").orders, [], "LIKE wildcards are taken literally")
        XCTAssertEqual(try database.searchOrders("Grace", channel: .woocommerce).orders.map(\.channel), [.woocommerce])
    }

    func testDetailsCarryItemsAndHistory() throws {
        let order = try XCTUnwrap(database.findOrders("1001").orders.first)
        let details = try database.details(of: order)
        XCTAssertEqual(details.items.count, 2)
        XCTAssertEqual(details.itemCount, 3)
        XCTAssertEqual(details.changes, [])
    }
}
