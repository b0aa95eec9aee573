import Foundation
import HelpdeskCore
import XCTest

/// The behaviours of the core issue, end to end through the assistant with facts in memory.
final class AssistantBehaviourTests: XCTestCase {
    private let now = Shared.date("2025-03-04T12:00:00Z")

    private var amazonOrder: Order {
        Order(
            channel: .amazon, orderNumber: "114-0149180-7966659", customerEmail: "amelia@example.com",
            placedAt: Shared.date("2025-03-03T09:00:00Z"), importedAt: Shared.date("2025-03-03T09:20:00Z"),
            dispatchedAt: Shared.date("2025-03-04T10:00:00Z"), carrier: "royal-mail", trackingNumber: "AB123456785GB", state: .dispatched)
    }

    func testFollowUpUsesTheOrderFromEarlierInTheConversation() throws {
        let assistant = try Shared.assistant()
        let facts = InMemoryFacts(orders: [amazonOrder])
        let first = try assistant.respond(to: "where is 114 0149180 7966659", facts: facts, now: now)
        XCTAssertEqual(first.order?.orderNumber, "114-0149180-7966659")
        let context = ConversationContext().remembering(first)
        let followUp = try assistant.respond(to: "and when will it arrive?", context: context, facts: facts, now: now)
        XCTAssertEqual(followUp.order?.orderNumber, "114-0149180-7966659")
        XCTAssertTrue(followUp.answer.contains("AB123456785GB"), followUp.answer)
    }

    func testOrderIsFoundByEmailAndByTrackingNumber() throws {
        let assistant = try Shared.assistant()
        let facts = InMemoryFacts(orders: [amazonOrder])
        let byEmail = try assistant.respond(to: "where is my order? it's amelia@example.com", facts: facts, now: now)
        XCTAssertEqual(byEmail.order?.orderNumber, "114-0149180-7966659")
        let byTracking = try assistant.respond(to: "status of AB123456785GB please", facts: facts, now: now)
        XCTAssertEqual(byTracking.order?.orderNumber, "114-0149180-7966659")
    }

    func testAnUnknownNumberIsNeverInvented() throws {
        let assistant = try Shared.assistant()
        let reply = try assistant.respond(to: "where is order 999-0000000-0000000?", facts: InMemoryFacts(orders: [amazonOrder]), now: now)
        XCTAssertEqual(reply.rule, "order-not-found")
        XCTAssertNil(reply.order)
        XCTAssertFalse(reply.answer.contains("114-0149180-7966659"))
    }

    func testAnswersBeforeDuringAndAfterAnIncident() throws {
        let assistant = try Shared.assistant()
        let incident = Incident(
            id: "i1", name: "Royal Mail tracking delays", status: .identified, impact: .major,
            startedAt: Shared.date("2025-03-04T11:00:00Z"), componentIDs: ["royal-mail"],
            updates: [IncidentUpdate(id: "u1", status: .identified, body: "Tracking updates are delayed.", createdAt: Shared.date("2025-03-04T11:10:00Z"))])
        let component = StatusComponent(id: "royal-mail", name: "Royal Mail", status: .partialOutage)
        var facts = InMemoryFacts(orders: [amazonOrder], status: ServiceStatus(components: [component], incidents: [], fetchedAt: now))
        let before = try assistant.respond(to: "where is 114-0149180-7966659", facts: facts, now: now)
        XCTAssertTrue(before.incidents.isEmpty)
        XCTAssertEqual(before.rule, "order-dispatched")

        facts.status.incidents = [incident]
        let during = try assistant.respond(to: "where is 114-0149180-7966659", facts: facts, now: now)
        XCTAssertEqual(during.incidents.map(\.incident.id), ["i1"])
        XCTAssertEqual(during.leads, ["incident-notice"])
        XCTAssertEqual(during.rule, "outage-order")
        XCTAssertTrue(during.answer.contains("Royal Mail tracking delays"), during.answer)

        facts.status.incidents[0].status = .resolved
        facts.status.incidents[0].resolvedAt = Shared.date("2025-03-04T11:50:00Z")
        let after = try assistant.respond(to: "where is 114-0149180-7966659", facts: facts, now: now)
        XCTAssertTrue(after.incidents.isEmpty)
        XCTAssertFalse(after.answer.contains("Royal Mail tracking delays"))
    }

    func testIncidentOnAnotherChannelDoesNotLeadTheAnswer() throws {
        let assistant = try Shared.assistant()
        let incident = Incident(id: "e1", name: "eBay imports delayed", status: .investigating, impact: .minor, startedAt: Shared.date("2025-03-04T11:00:00Z"), componentIDs: ["ebay-channel"])
        let facts = InMemoryFacts(
            orders: [amazonOrder],
            status: ServiceStatus(components: [StatusComponent(id: "ebay-channel", name: "eBay channel", status: .degradedPerformance)], incidents: [incident], fetchedAt: now))
        let reply = try assistant.respond(to: "where is 114-0149180-7966659", facts: facts, now: now)
        XCTAssertTrue(reply.incidents.isEmpty)
        XCTAssertEqual(reply.rule, "order-dispatched")
    }

    func testHandoffsCarryAOneLineSummary() throws {
        let assistant = try Shared.assistant()
        let reply = try assistant.respond(to: "I want to speak to a human right now", facts: InMemoryFacts(), now: now)
        XCTAssertTrue(reply.handoff)
        let summary = try XCTUnwrap(reply.handoffSummary)
        XCTAssertFalse(summary.contains("\n"))
        XCTAssertTrue(summary.contains("speak to a human"), summary)
    }

    func testHostileInputIsJustText() throws {
        let assistant = try Shared.assistant()
        for text in ["'; DROP TABLE orders; --", String(repeating: "где заказ ", count: 5000), "\u{0}\u{1}", "🙂🙂🙂", ""] {
            let reply = try assistant.respond(to: text, facts: InMemoryFacts(), now: now)
            XCTAssertFalse(reply.answer.isEmpty, "no answer for \(text.prefix(20))")
        }
    }
}
