import HelpdeskCore
import XCTest

/// A realistic alias map, as `KnowledgeBase/channels.yaml` and `carriers.yaml` would give it.
enum EntityTestSupport {
    static let channelAliases: [String: Channel] = [
        "amazon": .amazon, "амазон": .amazon,
        "ebay": .ebay, "e-bay": .ebay, "ибей": .ebay,
        "etsy": .etsy, "этси": .etsy,
        "shopify": .shopify, "шопифай": .shopify,
        "woocommerce": .woocommerce, "woo commerce": .woocommerce,
        "magento": .magento,
    ]

    static let carrierAliases: [String: String] = [
        "royal mail": "royal-mail", "ups": "ups", "fedex": "fedex", "usps": "usps", "dhl": "dhl", "dpd": "dpd",
        "yodel": "yodel", "evri": "evri", "hermes": "evri", "почта россии": "russian-post", "сдэк": "cdek",
    ]

    static let extractor = EntityExtractor(channelAliases: channelAliases, carrierAliases: carrierAliases)

    static func extract(_ text: String) -> Entities { extractor.extract(text) }
}

/// Assertion helpers shared by the entity tests.
extension XCTestCase {
    /// Asserts the message yields exactly these order-number keys (and that every key is
    /// `OrderNumberKey.make` of the mention's text).
    func assertExtractedOrders(
        _ text: String, _ keys: [String], file: StaticString = #filePath, line: UInt = #line
    ) {
        let entities = EntityTestSupport.extract(text)
        XCTAssertEqual(entities.orderNumbers.map(\.key), keys, "orders in «\(text)»", file: file, line: line)
        for mention in entities.orderNumbers {
            XCTAssertEqual(mention.key, OrderNumberKey.make(mention.text), "key of «\(mention.text)»", file: file, line: line)
        }
    }

    /// Asserts the message yields exactly these tracking-number keys.
    func assertExtractedTracking(
        _ text: String, _ keys: [String], file: StaticString = #filePath, line: UInt = #line
    ) {
        let entities = EntityTestSupport.extract(text)
        XCTAssertEqual(entities.trackingNumbers.map(\.key), keys, "tracking in «\(text)»", file: file, line: line)
        for mention in entities.trackingNumbers {
            XCTAssertEqual(mention.key, OrderNumberKey.make(mention.text), "key of «\(mention.text)»", file: file, line: line)
        }
    }

    /// The single order mention of a message (fails when there is not exactly one).
    func onlyExtractedOrder(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> OrderNumberMention? {
        let orders = EntityTestSupport.extract(text).orderNumbers
        XCTAssertEqual(orders.count, 1, "orders in «\(text)»: \(orders)", file: file, line: line)
        return orders.first
    }

    /// The single tracking mention of a message (fails when there is not exactly one).
    func onlyExtractedTracking(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> TrackingNumberMention? {
        let entities = EntityTestSupport.extract(text)
        XCTAssertEqual(entities.trackingNumbers.count, 1, "tracking in «\(text)»: \(entities)", file: file, line: line)
        return entities.trackingNumbers.first
    }
}
