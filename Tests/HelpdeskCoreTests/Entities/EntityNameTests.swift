import HelpdeskCore
import XCTest

final class EntityNameTests: XCTestCase {
    private func channels(_ text: String) -> [Channel] { EntityTestSupport.extract(text).channels }
    private func carriers(_ text: String) -> [String] { EntityTestSupport.extract(text).carriers }

    func testChannelNamesWholeWordsAnyCase() {
        XCTAssertEqual(channels("My AMAZON order"), [.amazon])
        XCTAssertEqual(channels("sold on eBay"), [.ebay])
        XCTAssertEqual(channels("sold on e-bay"), [.ebay])
        XCTAssertEqual(channels("sold on e bay"), [.ebay])
        XCTAssertEqual(channels("Woo Commerce store"), [.woocommerce])
        XCTAssertEqual(channels("woocommerce store"), [.woocommerce])
        XCTAssertEqual(channels("Woo-Commerce store"), [.woocommerce])
        XCTAssertEqual(channels("Shopify's admin"), [.shopify])
        XCTAssertEqual(channels("amazon.co.uk"), [.amazon])
    }

    func testNotInsideOtherWords() {
        XCTAssertEqual(channels("amazonian rainforest"), [])
        XCTAssertEqual(channels("ebayer"), [])
        XCTAssertEqual(carriers("startups and pop-ups"), [])
        XCTAssertEqual(carriers("dhl123"), [])
    }

    func testRussianInflection() {
        XCTAssertEqual(channels("заказал на амазоне"), [.amazon])
        XCTAssertEqual(channels("с Амазона"), [.amazon])
        XCTAssertEqual(channels("амазон"), [.amazon])
        XCTAssertEqual(channels("через ибей"), [.ebay])
        XCTAssertEqual(channels("на этси"), [.etsy])
        XCTAssertEqual(channels("магазин на шопифае"), [.shopify])
        XCTAssertEqual(carriers("отправили Почтой России"), ["russian-post"])
        XCTAssertEqual(carriers("почта россии"), ["russian-post"])
        XCTAssertEqual(carriers("отправили сдэком"), ["cdek"])
        XCTAssertEqual(carriers("СДЭК"), ["cdek"])
        XCTAssertEqual(carriers("почти всё"), [])
    }

    func testCarriers() {
        XCTAssertEqual(carriers("sent with Royal Mail"), ["royal-mail"])
        XCTAssertEqual(carriers("royal-mail tracked"), ["royal-mail"])
        XCTAssertEqual(carriers("UPS or FedEx, not DHL"), ["ups", "fedex", "dhl"])
        XCTAssertEqual(carriers("Hermes (now Evri)"), ["evri"])
        XCTAssertEqual(carriers("USPS and DPD and Yodel"), ["usps", "dpd", "yodel"])
    }

    func testOrderOfAppearanceWithoutDuplicates() {
        let entities = EntityTestSupport.extract("eBay, then Amazon, then ebay again; DHL then dhl then UPS")
        XCTAssertEqual(entities.channels, [.ebay, .amazon])
        XCTAssertEqual(entities.carriers, ["dhl", "ups"])
    }

    func testEmptyMapsAndEmptyText() {
        let extractor = EntityExtractor(channelAliases: [:], carrierAliases: [:])
        XCTAssertTrue(extractor.extract("amazon royal mail").isEmpty)
        XCTAssertTrue(EntityTestSupport.extract("").isEmpty)
        XCTAssertTrue(EntityTestSupport.extract("   ...  ").isEmpty)
    }

    func testAliasesAreCaseInsensitiveInTheMapToo() {
        let extractor = EntityExtractor(channelAliases: ["Amazon": .amazon], carrierAliases: ["Royal Mail": "royal-mail"])
        let entities = extractor.extract("amazon via ROYAL MAIL")
        XCTAssertEqual(entities.channels, [.amazon])
        XCTAssertEqual(entities.carriers, ["royal-mail"])
    }
}
