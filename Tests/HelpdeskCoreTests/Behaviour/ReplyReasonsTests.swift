import HelpdeskCore
import XCTest

/// Reasons are written out when read; they must say what deciding saw, lead rules' after the answer's.
final class ReplyReasonsTests: XCTestCase {
    private let now = Shared.date("2025-03-04T12:00:00Z")

    func testReasonsListTheAnswerRuleThenEachLeadPrefixedByItsId() throws {
        let assistant = try Shared.assistant()
        let order = Order(
            channel: .amazon, orderNumber: "114-0149180-7966659", customerEmail: "amelia@example.com",
            placedAt: Shared.date("2025-03-03T09:00:00Z"), importedAt: Shared.date("2025-03-03T09:20:00Z"),
            dispatchedAt: Shared.date("2025-03-04T10:00:00Z"), carrier: "royal-mail", trackingNumber: "AB123456785GB", state: .dispatched)
        let incident = Incident(
            id: "i1", name: "Royal Mail tracking delays", status: .identified, impact: .major,
            startedAt: Shared.date("2025-03-04T11:00:00Z"), componentIDs: ["royal-mail"])
        let component = StatusComponent(id: "royal-mail", name: "Royal Mail", status: .partialOutage)
        let facts = InMemoryFacts(orders: [order], status: ServiceStatus(components: [component], incidents: [incident], fetchedAt: now))

        let reply = try assistant.respond(to: "where is 114-0149180-7966659", facts: facts, now: now)
        XCTAssertFalse(reply.leads.isEmpty)
        let rules = Dictionary(uniqueKeysWithValues: assistant.rulebook.rules.map { ($0.id, $0) })
        func lineCount(_ id: String) throws -> Int {
            let rule = try XCTUnwrap(rules[id])
            return (rule.intents.isEmpty ? 0 : 1) + rule.conditions.count
        }
        let reasons = reply.reasons
        let answerLines = try lineCount(reply.rule)
        XCTAssertEqual(reasons.count, try answerLines + reply.leads.map(lineCount).reduce(0, +), "\(reasons)")
        XCTAssertFalse(reasons.prefix(answerLines).contains { $0.hasPrefix("\(reply.leads[0]): ") }, "\(reasons)")
        XCTAssertTrue(reasons.dropFirst(answerLines).allSatisfy { $0.hasPrefix("\(reply.leads[0]): ") }, "\(reasons)")
        XCTAssertEqual(reply.reasons, reasons, "reading the reasons again gives the same lines")

        let understanding = assistant.understand("where is 114-0149180-7966659")
        let situation = Situation(now: now, message: "where is 114-0149180-7966659", understanding: understanding)
        let decision = try XCTUnwrap(assistant.rulebook.decide(situation))
        XCTAssertEqual(assistant.reply(to: situation).reasons, decision.reasons)
    }
}
