import HelpdeskCore
import XCTest

final class EntityOrderNumberTests: XCTestCase {
    // MARK: Amazon 3-7-7

    func testAmazonWithDashesSpacesOrRunTogether() {
        for text in [
            "Where is my order 114-0149180-7966659?",
            "order 114 0149180 7966659 please",
            "11401491807966659",
            "amazon 114-0149180-7966659",
            "где мой заказ 114-0149180-7966659",
        ] {
            let mention = onlyExtractedOrder(text)
            XCTAssertEqual(mention?.key, "11401491807966659", text)
            XCTAssertEqual(mention?.channels, [.amazon], text)
        }
    }

    func testAmazonTextIsAsTyped() {
        XCTAssertEqual(onlyExtractedOrder("order 114 0149180 7966659")?.text, "114 0149180 7966659")
        XCTAssertEqual(onlyExtractedOrder("order 114-0149180-7966659.")?.text, "114-0149180-7966659")
    }

    func testAmazonDigitalOrdersInAnyCase() {
        for text in ["my order D01-3718414-0463502", "order d01-3718414-0463502", "D0137184140463502"] {
            let mention = onlyExtractedOrder(text)
            XCTAssertEqual(mention?.key, "D0137184140463502", text)
            XCTAssertEqual(mention?.channels, [.amazon], text)
        }
    }

    // MARK: eBay 2-5-5

    func testEbayShapes() {
        for text in ["ebay order 24-14934-88735", "24 14934 88735 hasn't arrived", "order 241493488735"] {
            let mention = onlyExtractedOrder(text)
            XCTAssertEqual(mention?.key, "241493488735", text)
            XCTAssertEqual(mention?.channels, [.ebay], text)
        }
    }

    func testEbayLegacyItemTransaction() {
        let mention = onlyExtractedOrder("order 335001234567-2857301")
        XCTAssertEqual(mention?.key, "3350012345672857301")
        XCTAssertEqual(mention?.channels, [.ebay])
    }

    // MARK: Shopify

    func testShopifyNamesWithHash() {
        let cases: [(String, String, String)] = [
            ("Where is order #1001?", "1001", "#1001"),
            ("order # 1001 please", "1001", "# 1001"),
            ("my order #AA1001", "AA1001", "#AA1001"),
            ("my order #aa1001", "AA1001", "#aa1001"),
            ("#1002 hasn't shipped", "1002", "#1002"),
        ]
        for (text, key, typed) in cases {
            let mention = onlyExtractedOrder(text)
            XCTAssertEqual(mention?.key, key, text)
            XCTAssertEqual(mention?.text, typed, text)
            XCTAssertEqual(mention?.channels, [.shopify], text)
        }
    }

    func testShortNumbersWithoutHashOrContextAreNotOrders() {
        assertExtractedOrders("I have 1001 questions", [])
        assertExtractedOrders("order 1001", [])  // too short for a generic number, no channel shape
    }

    // MARK: Magento

    func testMagentoIncrementIds() {
        for (text, key) in [("000000123", "000000123"), ("order 100000123", "100000123"), ("1000000123 is late", "1000000123")] {
            let mention = onlyExtractedOrder(text)
            XCTAssertEqual(mention?.key, key, text)
            XCTAssertEqual(mention?.channels, [.magento], text)
        }
    }

    // MARK: Etsy (needs a context word)

    func testEtsyReceiptNeedsContext() {
        XCTAssertEqual(onlyExtractedOrder("my etsy order 3935119409")?.channels, [.etsy])
        XCTAssertEqual(onlyExtractedOrder("receipt 3935119409")?.channels, [.etsy])
        XCTAssertEqual(onlyExtractedOrder("заказ на этси 3935119409")?.channels, [.etsy])
        // Without Etsy named, a 10-digit number is only a generic order number.
        XCTAssertEqual(onlyExtractedOrder("order 3935119409")?.channels, [])
    }

    // MARK: WooCommerce (needs a context word)

    func testWooCommerceNeedsContext() {
        for text in ["woocommerce order 4993", "Woo Commerce order #4993", "WC-4993", "my wc order 4993"] {
            let mention = onlyExtractedOrder(text)
            XCTAssertTrue(mention?.channels.contains(.woocommerce) ?? false, text)
        }
        XCTAssertEqual(onlyExtractedOrder("WC-4993")?.key, "WC4993")
        XCTAssertEqual(onlyExtractedOrder("WC-4993")?.text, "WC-4993")
        XCTAssertEqual(onlyExtractedOrder("wc4993")?.key, "WC4993")
        assertExtractedOrders("order 4993", [])
        assertExtractedOrders("in 2024 woocommerce changed", [])
    }

    // MARK: Generic order numbers (the evaluation set's ids)

    func testGenericNumbersAfterOrderWords() {
        let cases: [(String, String)] = [
            ("want assistance cancelling purchase 113542617735902", "113542617735902"),
            ("problems with cancelling purchase 00123842", "00123842"),
            ("I want to cancel purchase 00004587345, how can I do it?", "00004587345"),
            ("cancelling order 370795561790", "370795561790"),
            ("i no longer want order 00123842 could uhelp me cancel it", "00123842"),
            ("where is my parcel 55512345", "55512345"),
            ("package 123456 is late", "123456"),
            ("order number 55123", "55123"),
            ("order no. 55123", "55123"),
            ("заказ №123456789", "123456789"),
            ("заказ № 123456789", "123456789"),
            ("номер заказа 55123", "55123"),
            ("посылка 5512345 не пришла", "5512345"),
            ("где моя посылка 77123456", "77123456"),
            ("по заказу 55123 ничего", "55123"),
            ("отправление 4455667 потерялось", "4455667"),
        ]
        for (text, key) in cases {
            XCTAssertEqual(onlyExtractedOrder(text)?.key, key, text)
        }
    }

    func testOrderWordsWithTypos() {
        for text in [
            "I'm trying to cancel roder 370795561790", "cancel ordedr 370795561790",
            "i have to check purchaes 370795561790 status", "help seeing the ETA of purchasr 370795561790",
            "can i switch a product ofpurchase 370795561790",
        ] {
            XCTAssertEqual(onlyExtractedOrder(text)?.key, "370795561790", text)
        }
        // Short numbers need the order word: a typo'd one still counts.
        XCTAssertEqual(onlyExtractedOrder("cancel ordr 55123")?.key, "55123")
    }

    func testStandaloneLongDigitRuns() {
        assertExtractedOrders("00123842 status", ["00123842"])
        assertExtractedOrders("help with 732201349959", ["732201349959"])
        assertExtractedOrders("1234567 is it shipped", [])  // 7 digits alone: not enough
    }

    func testSeveralOrdersInOrderOfAppearanceWithoutDuplicates() {
        assertExtractedOrders(
            "orders 00123842 and 00004587345, also 00123842 again and #1001",
            ["00123842", "00004587345", "1001"])
        assertExtractedOrders("orders 12345678 87654321", ["12345678", "87654321"])
        assertExtractedOrders("# 12345678 I think", ["12345678"])
        assertExtractedOrders("order 114-0149180-7966659 or 11401491807966659", ["11401491807966659"])
    }

    func testChannelsOfGenericNumbersAreEmpty() {
        XCTAssertEqual(onlyExtractedOrder("cancel order 00123842")?.channels, [])
        XCTAssertEqual(onlyExtractedOrder("cancel order 113542617735902")?.channels, [])
    }

    func testDashedNumbersAfterOrderWords() {
        XCTAssertEqual(onlyExtractedOrder("order 12345-67890")?.key, "1234567890")
        assertExtractedOrders("12345-67890", [])
    }

    func testNumbersInsideUrlsAfterOrderWords() {
        assertExtractedOrders("see https://shop.example.com/orders/55123987", ["55123987"])
    }
}
