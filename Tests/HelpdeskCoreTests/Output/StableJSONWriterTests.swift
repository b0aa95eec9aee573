import Foundation
@testable import HelpdeskCore
import XCTest

/// `StableJSONWriter` writes the same bytes as `JSONEncoder`: strings, numbers, whole reply
/// documents and the log's JSON columns.
final class StableJSONWriterTests: XCTestCase {
    /// Strings that exercise every escaping rule, and text that must pass through as it is.
    static let trickyStrings: [String] = {
        var strings = [
            "", "plain", "say \"hi\"", "back\\slash", "\\\"", "a/b", "</script>", "http://example.com/a?b=c&d=e",
            "tab\there", "line\nbreak", "cr\rlf\r\n", "form\u{0C}feed", "back\u{08}space", "nul\u{00}byte",
            "\u{1F}unit separator", "\u{7F} delete", "emoji 📦🚚", "family 👩‍👩‍👧‍👦 and flag 🇬🇧", "Кириллица: ёжик, Ёлка",
            "e\u{301} combining", "é precomposed", "line\u{2028}separator\u{2029}", "next\u{85}line", "zero\u{200B}width",
            "日本語", "\u{FEFF}bom", "'single' quotes", "100% & <tags> > less", String(repeating: "long ", count: 80),
        ]
        strings += (0..<0x20).map { "control \(String(UnicodeScalar(UInt8($0))))." }
        return strings
    }()

    private func encoded(_ value: some Encodable, escapingSlashes: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = escapingSlashes ? [.sortedKeys] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func testStringListsMatchTheEncoder() throws {
        for escapingSlashes in [true, false] {
            XCTAssertEqual(
                StableJSONWriter.list(Self.trickyStrings, escapingSlashes: escapingSlashes),
                try encoded(Self.trickyStrings, escapingSlashes: escapingSlashes))
            for string in Self.trickyStrings {
                XCTAssertEqual(
                    StableJSONWriter.list([string], escapingSlashes: escapingSlashes),
                    try encoded([string], escapingSlashes: escapingSlashes), string.debugDescription)
            }
        }
        XCTAssertEqual(StableJSONWriter.list([]), "[]")
        // The log's lists are written as the default encoder writes them: slashes escaped.
        XCTAssertEqual(StableJSONWriter.list(["a/b"]), String(decoding: try JSONEncoder().encode(["a/b"]), as: UTF8.self))
    }

    func testNumbersMatchTheEncoder() throws {
        var numbers: [Double] = [0, 1, -1, 0.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e-5, 1e-7, 123_456_789, 1e15, 1e16, 1e300, -0.0]
        numbers += (0...1000).map { Double($0) / 1000 }
        numbers += (0...200).map { (Double($0) * 0.0137 * 1000).rounded() / 1000 }
        var generator = SystemRandomNumberGenerator()
        numbers += (0..<500).map { _ in Double.random(in: -1e6...1e6, using: &generator) }
        for number in numbers {
            var writer = StableJSONWriter()
            writer.beginArray()
            writer.number(number)
            writer.endArray()
            XCTAssertEqual(writer.text, try encoded([number], escapingSlashes: false), "\(number)")
        }
    }

    func testRepliesMatchTheEncoder() throws {
        let assistant = try Shared.assistant()
        let now = Shared.date("2025-03-30T00:30:00Z")
        let facts = Self.busyFacts(now: now)
        var messages = try Shared.knowledgeBase().intentExamples.map(\.text)
        messages += [
            "where is my order 114-0149180-7966659?", "any news on #1042", "status of AB123456785GB please",
            "I dispatched 24-14934-88735 but eBay still shows it as unshipped", "где мой заказ 3935119409 с Etsy?",
            "my email is amelia@example.com, where's my parcel", "is the site down?", "I can't log in",
            "order \"1042\"\\ path/to/it\ttab\nnew line 📦", "где мой заказ?\r\nспасибо",
        ]
        var checked = 0
        for message in messages {
            let reply = try assistant.respond(to: message, facts: facts, now: now)
            for logID in [nil, 42] as [Int64?] {
                let document = ReplyDocument(reply, logID: logID)
                XCTAssertEqual(document.json, StableJSON.string(document), message)
                checked += 1
            }
            let entities = ReplyDocument.EntitiesDocument(reply.understanding.entities)
            XCTAssertEqual(entities.json, StableJSON.string(entities), message)
        }
        XCTAssertGreaterThan(checked, 100)
    }

    func testEveryFieldIsEscapedAsTheEncoderDoes() throws {
        let assistant = try Shared.assistant()
        let now = Shared.date("2025-03-04T12:00:00Z")
        let reply = try assistant.respond(to: "where is my order 114-0149180-7966659?", facts: Self.busyFacts(now: now), now: now)
        let base = ReplyDocument(reply, logID: 7)
        XCTAssertNotNil(base.order)
        XCTAssertFalse(base.incidents.isEmpty)
        for text in Self.trickyStrings {
            var document = base
            document.answer = text
            document.intent = text
            document.reasons = [text, text]
            document.guides = [text]
            document.leads = [text]
            document.facts = [CitedFact(id: text, value: text)]
            document.handoff_summary = text
            document.channel = text
            document.entities.order_numbers = [text]
            document.entities.emails = [text, "x"]
            document.order?.customer_name = text
            document.order?.carrier = nil
            document.order?.address_changed_at = text
            document.incidents[0].name = text
            document.incidents[0].latest_update = text
            document.incidents[0].components = [text]
            XCTAssertEqual(document.json, StableJSON.string(document), text.debugDescription)
        }
        var bare = base
        bare.order = nil
        bare.channel = nil
        bare.handoff_summary = nil
        bare.log_id = nil
        bare.incidents[0].latest_update = nil
        bare.handoff = true
        bare.confidence = 1
        XCTAssertEqual(bare.json, StableJSON.string(bare))
        var refused = base
        refused.confidence = .nan
        XCTAssertEqual(refused.json, StableJSON.string(refused), "the encoder refuses NaN: both give null")
    }

    func testTimesMatchTheFormatStyle() {
        var seconds: [TimeInterval] = [0, 1, 59, 60, 86_399, 86_400, 951_782_400, 1_743_294_600, 1_767_225_599, 4_102_444_800, 253_402_300_799]
        seconds += [-1, -86_400.5, 0.4, 0.5, 0.99999999, 1_743_294_600.7, 253_402_300_800, 1e12]
        var generator = SystemRandomNumberGenerator()
        seconds += (0..<2000).map { _ in TimeInterval(Int.random(in: 0..<253_402_300_800, using: &generator)) }
        seconds += (0..<200).map { _ in TimeInterval.random(in: 0..<4_102_444_800, using: &generator) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            XCTAssertEqual(ISO8601.format(date), date.formatted(Date.ISO8601FormatStyle()), "\(value)")
        }
    }

    /// Facts with an order of each kind and a busy status page whose texts need escaping.
    static func busyFacts(now: Date) -> InMemoryFacts {
        let minute: TimeInterval = 60
        let orders = [
            Order(
                id: 1, channel: .amazon, orderNumber: "114-0149180-7966659", customerName: "Amelia \"Amy\" Clarke",
                customerEmail: "amelia@example.com", placedAt: now - 26 * 60 * minute, importedAt: now - 25 * 60 * minute,
                dispatchedAt: now - 20 * 60 * minute, exportedAt: now - 19 * 60 * minute, carrier: "royal-mail",
                trackingNumber: "AB123456785GB", state: .dispatched),
            Order(id: 2, channel: .shopify, orderNumber: "#1042", state: .awaitingDispatch),
            Order(
                id: 3, channel: .etsy, orderNumber: "3935119409", customerName: "Мария Иванова", placedAt: now - 6 * 60 * minute,
                importedAt: now - 5 * 60 * minute, state: .awaitingDispatch, addressChangedAt: now - 2 * 60 * minute),
        ]
        let components = [
            StatusComponent(id: "dashboard", name: "Dashboard", status: .majorOutage),
            StatusComponent(id: "royal-mail", name: "Royal Mail", status: .partialOutage),
            StatusComponent(id: "amazon-channel", name: "Amazon channel", status: .degradedPerformance),
        ]
        let incidents = [
            Incident(
                id: "i1", name: "Dashboard \"down\" \\ slow/blocked", status: .investigating, impact: .critical,
                startedAt: now - 30 * minute, componentIDs: ["dashboard"],
                updates: [IncidentUpdate(id: "u1", status: .investigating, body: "Tab\there, line\nbreak, 📦, ёлка, </script>", createdAt: now - 20 * minute)]),
            Incident(
                id: "i2", name: "Royal Mail tracking delays", status: .identified, impact: .major, startedAt: now - 90 * minute,
                componentIDs: ["royal-mail"]),
            Incident(
                id: "m1", name: "Amazon channel maintenance", status: .inProgress, impact: .maintenance, startedAt: now - 10 * minute,
                componentIDs: ["amazon-channel"], isMaintenance: true, scheduledFor: now - 10 * minute, scheduledUntil: now + 50 * minute),
        ]
        let channels = [
            ChannelState(channel: .amazon, storeName: "Northwind / Amazon", connectedAt: now - 200 * 86_400, lastImportAt: now - 12 * minute),
            ChannelState(channel: .magento, connectedAt: now - 30 * 86_400, lastError: "401 \"Unauthorized\""),
        ]
        return InMemoryFacts(
            orders: orders, channels: channels,
            status: ServiceStatus(components: components, incidents: incidents, fetchedAt: now - 2 * minute))
    }
}
