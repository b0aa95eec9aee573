import Foundation
import XCTest

/// `helpdesk orders import | show | search` on the sample exports, through the built binary.
final class OrderImportEndToEndTests: XCTestCase {
    private func sample(_ name: String) -> String {
        HelpdeskProcess.root.appendingPathComponent("Samples/orders/\(name)").path
    }

    func testImportingEachKindThenShowingAndSearching() throws {
        let helpdesk = try HelpdeskProcess()
        for (file, kind) in [
            ("shopify_orders_export.csv", "Shopify order export"), ("amazon_order_report.txt", "Amazon order report"),
            ("ebay_orders_report.csv", "eBay orders report"), ("EtsySoldOrders2025.csv", "Etsy sold orders file"),
        ] {
            let result = try helpdesk.run(["orders", "import", sample(file), "--now", "2025-03-05T12:00:00Z"])
            XCTAssertEqual(result.status, 0, file + result.stderr)
            XCTAssertTrue(result.stdout.contains("(\(kind))"), result.stdout)
        }
        let shown = try helpdesk.run(["orders", "show", "#1001"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("2 × Blue enamel mug [MUG-BLUE] 12.50"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("no changes since it was first imported"), shown.stdout)

        let json = try HelpdeskProcess.json(try helpdesk.run(["orders", "show", "25 13210 44821", "--format", "json"]).stdout)
        XCTAssertEqual(json["matched_by"] as? String, "number")
        let order = try XCTUnwrap((json["orders"] as? [[String: Any]])?.first)
        XCTAssertEqual(order["item_count"] as? Int, 3)
        XCTAssertEqual((order["items"] as? [Any])?.count, 2)
        XCTAssertEqual(order["state"] as? String, "awaiting_dispatch")

        let search = try helpdesk.run(["orders", "search", "martinez"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stdout.contains("ebay 25-13210-44821"), search.stdout)
        let byName = try helpdesk.run(["orders", "show", "--name", "chloe"])
        XCTAssertTrue(byName.stdout.contains("etsy 3935119409"), byName.stdout)
        XCTAssertEqual(try helpdesk.run(["orders", "search", "nobody at all"]).status, 1)
    }

    func testANumberOnTwoChannelsAsksWhichOne() throws {
        let helpdesk = try HelpdeskProcess()
        XCTAssertEqual(try helpdesk.run(["orders", "import", sample("shopify_orders_export.csv")]).status, 0)
        let woo = try helpdesk.write("woo.csv", "order_number,state,customer_name\n1042,awaiting_dispatch,Grace Wilson\n")
        let imported = try helpdesk.run(["orders", "import", woo.path, "--channel", "woocommerce"])
        XCTAssertEqual(imported.status, 0, imported.stderr)

        let ambiguous = try helpdesk.run(["orders", "show", "1042"])
        XCTAssertEqual(ambiguous.status, 3, ambiguous.stdout + ambiguous.stderr)
        XCTAssertTrue(ambiguous.stdout.contains("Which one"), ambiguous.stdout)
        XCTAssertTrue(ambiguous.stdout.contains("shopify #1042"), ambiguous.stdout)
        XCTAssertTrue(ambiguous.stdout.contains("woocommerce 1042"), ambiguous.stdout)
        let picked = try helpdesk.run(["orders", "show", "1042", "--channel", "woocommerce", "--format", "json"])
        XCTAssertEqual(picked.status, 0)
        XCTAssertEqual(try HelpdeskProcess.json(picked.stdout)["ambiguous"] as? Bool, false)
    }

    func testReimportShowsTheHistoryAndBadRowsFailTheRun() throws {
        let helpdesk = try HelpdeskProcess()
        let first = try helpdesk.write(
            "first.csv", "channel,order_number,state,tracking_number\namazon,114-0149180-7966659,awaiting_dispatch,\n")
        XCTAssertEqual(try helpdesk.run(["orders", "import", first.path, "--now", "2025-03-04T09:00:00Z"]).status, 0)
        let second = try helpdesk.write(
            "second.csv",
            "channel,order_number,state,tracking_number\namazon,114-0149180-7966659,dispatched,AB123456785GB\namazon,x,lost,\n")
        let result = try helpdesk.run(["orders", "import", second.path, "--now", "2025-03-04T11:00:00Z", "--output", "json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("second.csv:3: state:"), result.stderr)
        XCTAssertEqual(try HelpdeskProcess.json(result.stdout)["updated"] as? Int, 1)
        let shown = try helpdesk.run(["orders", "show", "114 0149180 7966659"])
        XCTAssertTrue(shown.stdout.contains("2025-03-04T11:00:00Z  state: awaiting_dispatch → dispatched"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("tracking_number: — → AB123456785GB"), shown.stdout)

        let unknown = try helpdesk.write("other.csv", "id,when\n1,today\n")
        let refused = try helpdesk.run(["orders", "import", unknown.path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--format"), refused.stderr)
    }
}
