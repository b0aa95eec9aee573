import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskCore

/// "order 1042" finds Shopify's #1042 when it exists, and only then.
final class BareOrderNumberTests: XCTestCase {
    private let now = Shared.date("2025-03-04T12:00:00Z")
    private let shopify = Order(channel: .shopify, orderNumber: "#1042", customerName: "Grace Wilson", state: .dispatched)
    private let woo = Order(channel: .woocommerce, orderNumber: "1042", state: .awaitingDispatch)
    private let etsy = Order(channel: .etsy, orderNumber: "1001", state: .awaitingDispatch)

    func testCandidatesFollowAnOrderWord() {
        let cases: [(String, [String])] = [
            ("where is order 1042?", ["1042"]),
            ("Order #1042 please", ["1042"]),
            ("my order no. 1042 hasn't come", ["1042"]),
            ("order number: 1042", ["1042"]),
            ("где мой заказ № 1042", ["1042"]),
            ("номер заказа 1042", ["1042"]),
            ("orders 1042 and 1043", ["1042"]),
            ("order 12", []),
            ("I paid 1042 for my order", []),
            ("order of 250 mugs", []),
            ("my order from 12.03.2025", []),
            ("order $1042", []),
            ("order 1042.50", []),
            ("order 1042-55", []),
            ("order abc1042", []),
            ("ordered 1042 mugs", []),
        ]
        for (message, expected) in cases {
            XCTAssertEqual(BareOrderNumbers.candidates(in: message), expected, message)
        }
    }

    func testABareNumberFindsTheOrderWhenItExists() throws {
        let assistant = try Shared.assistant()
        let facts = InMemoryFacts(orders: [shopify, etsy])
        for message in ["where is order 1042?", "any news on my order no 1042", "где мой заказ 1042?"] {
            let reply = try assistant.respond(to: message, facts: facts, now: now)
            XCTAssertEqual(reply.order?.orderNumber, "#1042", message)
        }
    }

    func testAnUnknownBareNumberIsNeitherFoundNorReportedMissing() throws {
        let assistant = try Shared.assistant()
        let reply = try assistant.respond(to: "where is order 1043?", facts: InMemoryFacts(orders: [shopify]), now: now)
        XCTAssertNil(reply.order)
        XCTAssertEqual(reply.lookup, .notAsked)
        XCTAssertFalse(reply.answer.contains("1043"), reply.answer)
    }

    func testABareNumberOnTwoChannelsIsAmbiguousUnlessOneIsNamed() throws {
        let assistant = try Shared.assistant()
        let facts = InMemoryFacts(orders: [shopify, woo])
        let both = try assistant.respond(to: "where is order 1042", facts: facts, now: now)
        guard case .ambiguous(let orders) = both.lookup else { return XCTFail("\(both.lookup)") }
        XCTAssertEqual(Set(orders.map(\.channel)), [.shopify, .woocommerce])
        let named = try assistant.respond(to: "where is my Shopify order 1042", facts: facts, now: now)
        XCTAssertEqual(named.order?.channel, .shopify)
    }

    func testAnExtractedNumberIsLookedUpAsBefore() throws {
        let assistant = try Shared.assistant()
        let reply = try assistant.respond(
            to: "where is order 114-0149180-7966659?", facts: InMemoryFacts(orders: [shopify]), now: now)
        XCTAssertEqual(reply.lookup, .notFound(["114-0149180-7966659"]))
    }
}
