import Foundation
import XCTest

@testable import HelpdeskCore

/// The shortcuts taken on every answer's path give what the plain ways of computing the same
/// thing give: order keys, look-ups in memory, fact resolution, rule conditions and decisions,
/// bare order numbers, the quoted message.
final class FastPathTests: XCTestCase {
    /// `OrderNumberKey.make` as it reads scalar by scalar (its way for text that is not ASCII).
    private func referenceKey(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            for upper in scalar.properties.uppercaseMapping.unicodeScalars { scalars.append(upper) }
        }
        return String(scalars)
    }

    func testOrderKeysOfASCIITextAreTheScalarOnes() {
        var texts = ["114-0149180-7966659", "#aa-1001", "  ab 12 cd ", "", "!!!", "1Z999AA10123456784", "rm123456785gb", "a\tb\nc"]
        texts += (0..<0x80).map { "x\(String(UnicodeScalar(UInt8($0))))9" }
        texts += ["заказ 1042", "straße 5", "ﬁ12", "é1"]
        for text in texts { XCTAssertEqual(OrderNumberKey.make(text), referenceKey(text), text.debugDescription) }
    }

    func testLookUpsInMemoryMatchFilteringEveryOrder() {
        let orders = [
            Order(channel: .shopify, orderNumber: "#1042", customerEmail: "Oliver@Example.com", trackingNumber: "ab 123", state: .dispatched),
            Order(channel: .woocommerce, orderNumber: "1042", customerEmail: "oliver@example.com", state: .awaitingDispatch),
            Order(channel: .etsy, orderNumber: "3935119409", customerEmail: "МАРИЯ@example.com", trackingNumber: "AB-123", state: .cancelled),
        ]
        var facts = InMemoryFacts(orders: orders)
        func check(_ facts: InMemoryFacts) {
            for key in ["1042", "3935119409", "AB123", "NONE", ""] {
                XCTAssertEqual(facts.orders(matchingKey: key), facts.orders.filter { $0.lookupKey == key }, key)
                XCTAssertEqual(facts.orders(trackingKey: key), facts.orders.filter { $0.trackingNumber.map(OrderNumberKey.make) == key }, key)
            }
            for email in ["oliver@example.com", "мария@example.com", "Oliver@Example.com", "x@example.com"] {
                XCTAssertEqual(facts.orders(forEmail: email), facts.orders.filter { $0.customerEmail?.lowercased() == email }, email)
            }
        }
        check(facts)
        facts.orders.append(Order(channel: .magento, orderNumber: "1042", customerEmail: "oliver@example.com", state: .refunded))
        facts.orders[0].trackingNumber = nil
        XCTAssertEqual(facts.orders(matchingKey: "1042").count, 3, "the index follows changes to the orders")
        check(facts)
    }

    func testFactsResolveAsTheirIdsSay() throws {
        let book = try Shared.knowledgeBase().facts
        var references = Array(book.facts.keys) + ["unknown", "", "first_sync.", "amazon"]
        for id in book.facts.keys {
            for channel in Channel.allCases where id.hasSuffix(".\(channel.rawValue)") {
                references.append(String(id.dropLast(channel.rawValue.count + 1)))
            }
        }
        XCTAssertTrue(references.contains("first_sync"))
        for reference in references {
            for channel in [nil] + Channel.allCases.map(Optional.some) {
                let expected = channel.flatMap { book.facts["\(reference).\($0.rawValue)"] } ?? book.facts[reference]
                XCTAssertEqual(book.resolve(reference, channel: channel), expected, "\(reference) for \(channel?.rawValue ?? "no channel")")
            }
        }
    }

    /// Situations from every rule example, and the same messages against a busy status page.
    private func situations() throws -> [Situation] {
        let base = try Shared.knowledgeBase()
        let assistant = Assistant(knowledgeBase: base)
        var situations: [Situation] = []
        for rule in base.rules {
            for example in rule.examples {
                situations.append(try RuleExampleChecker.situation(for: example, assistant: assistant))
                let busy = StableJSONWriterTests.busyFacts(now: example.now)
                situations.append(
                    try assistant.gatherer.gather(
                        assistant.understand(example.message), message: example.message, context: example.context, source: busy,
                        now: example.now))
            }
        }
        return situations
    }

    func testConditionsHoldAsTheirExplanationsSay() throws {
        let base = try Shared.knowledgeBase()
        let evaluator = ConditionEvaluator(facts: base.facts)
        var checked = 0
        for situation in try situations() {
            for rule in base.rules {
                for condition in rule.conditions {
                    XCTAssertEqual(
                        evaluator.holds(condition, in: situation), evaluator.evaluate(condition, in: situation).holds,
                        "\(rule.id): \(condition) on \"\(situation.message)\"")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    func testDecisionsAreThoseOfTryingEveryRuleInTurn() throws {
        let base = try Shared.knowledgeBase()
        let assistant = Assistant(knowledgeBase: base)
        let rulebook = assistant.rulebook
        let evaluator = ConditionEvaluator(facts: base.facts)
        func holds(_ rule: Rule, _ situation: Situation) -> Bool {
            (rule.intents.isEmpty || rule.intents.contains(situation.understanding.intent))
                && rule.conditions.allSatisfy { evaluator.evaluate($0, in: situation).holds }
        }
        for situation in try situations() {
            let decision = try XCTUnwrap(rulebook.decide(situation))
            let matching = rulebook.answerRules.filter { holds($0, situation) }
            let first = try XCTUnwrap(matching.first)
            XCTAssertEqual(decision.rule.id, first.id, situation.message)
            XCTAssertEqual(decision.tiedWith, matching.dropFirst().filter { $0.priority == first.priority }.map(\.id), situation.message)
            XCTAssertEqual(decision.leads.map(\.id), rulebook.leadRules.filter { holds($0, situation) }.map(\.id), situation.message)
            let guides = (decision.leads.flatMap(\.guides) + decision.rule.guides).reduce(into: [String]()) { list, guide in
                if !list.contains(guide) { list.append(guide) }
            }
            XCTAssertEqual(decision.guides, guides)
        }
    }

    func testBareNumbersOfASCIIMessagesAreThoseOfTheirCharacters() throws {
        var messages = [
            "where is order 1042?", "order #1042.", "order no. 1042-", "order 1042\r\n", "order: 12.03.2025", "ORDER 1042",
            "purchase\t1042", "order   no   1042", "order 1042,5", "order 1042 1043 1042", "my order 123456789012345678901",
        ]
        let devSet = try String(contentsOf: TestPaths.devSet, encoding: .utf8)
        messages += devSet.split(separator: "\n").map(String.init).filter { $0.contains { $0.isNumber } }
        var found = 0
        for message in messages where message.utf8.allSatisfy({ $0 < 0x80 }) {
            // A letter that is not ASCII, away from any number, sends the message the character way.
            let candidates = BareOrderNumbers.candidates(in: message)
            XCTAssertEqual(candidates, BareOrderNumbers.candidates(in: message + " ё"), message)
            found += candidates.count
        }
        XCTAssertGreaterThan(found, 5)
    }

    func testQuotedMessagesAreOneLineOfAtMost120Characters() {
        func reference(_ message: String) -> String {
            let flat = message.split(whereSeparator: \.isNewline).joined(separator: " ")
            return flat.count > 120 ? String(flat.prefix(117)) + "..." : flat
        }
        let messages = [
            "", "short", String(repeating: "a", count: 120), String(repeating: "a", count: 121), String(repeating: "ab ", count: 60),
            "two\nlines", "crlf\r\nline", "\nleading and trailing\n", "tab\tkept", String(repeating: "ё", count: 130),
            "vertical\u{0B}tab", "next\u{85}line", "para\u{2029}graph", String(repeating: "x", count: 118) + "\n" + "yy",
        ]
        for message in messages { XCTAssertEqual(Renderer.oneLine(message), reference(message), message.debugDescription) }
    }
}
