import Foundation
import HelpdeskCore
import HelpdeskStore
import XCTest

/// Exchanges logged from a packed chunk (the batch's way) are stored exactly as the same replies
/// recorded one entry at a time (everyone else's way): every column, NULLs and empty text included.
final class PackedExchangesTests: XCTestCase {
    func testAPackedChunkStoresWhatEntriesStore() throws {
        let folder = try TemporaryFolder()
        let knowledgeBase = try KnowledgeBase.load(from: repositoryRoot.appendingPathComponent("KnowledgeBase"))
        let assistant = Assistant(knowledgeBase: knowledgeBase)
        let noon = utc("2025-03-04T12:00:00Z")
        let order = Order(
            id: 7, channel: .shopify, orderNumber: "#1042", customerName: "Jane Doe", customerEmail: "jane@example.com",
            placedAt: utc("2025-03-04T09:00:00Z"), importedAt: utc("2025-03-04T09:30:00Z"),
            dispatchedAt: utc("2025-03-04T11:00:00Z"), carrier: "Royal Mail", trackingNumber: "AB123456785GB",
            state: .dispatched)
        let facts = InMemoryFacts(
            orders: [order], channels: [ChannelState(channel: .shopify, connectedAt: utc("2025-01-01T00:00:00Z"))])
        let messages = [
            "where is my order #1042?", "I want to talk to a person, my parcel never came", "где мой заказ? почта nobody@example.com",
            "ok", "is the dashboard down?",
        ]
        let replies = try messages.map { try assistant.respond(to: $0, context: ConversationContext(), facts: facts, now: noon) }

        let oneByOne = try AppDatabase(path: folder.path("entries.sqlite"))
        for (index, reply) in replies.enumerated() {
            _ = try oneByOne.recordExchange(
                ExchangeLogEntry(
                    reply: reply, message: messages[index], via: "chat", conversationID: index == 3 ? nil : "c-\(index)",
                    sourceKey: "s#\(index)"))
        }
        let packed = try AppDatabase(path: folder.path("packed.sqlite"))
        var chunk = PackedExchanges()
        for (index, reply) in replies.enumerated() {
            chunk.append(
                reply: reply, message: messages[index], via: "chat", conversationID: index == 3 ? nil : "c-\(index)",
                sourceKey: "s#\(index)")
        }
        let first = try packed.inLogTransaction { try $0.record(chunk) }
        let again = try packed.inLogTransaction { try $0.record(chunk) }

        XCTAssertEqual(first.new, messages.count)
        XCTAssertEqual(again.old, messages.count, "keys already logged are not logged again")
        XCTAssertEqual(again.new, 0)
        XCTAssertEqual(try packed.exchanges(last: 10), try oneByOne.exchanges(last: 10))
        XCTAssertTrue(try packed.exchanges(last: 10).contains { $0.handoff && $0.handoffSummary != nil })
        XCTAssertTrue(try packed.exchanges(last: 10).contains { $0.orderID == 7 })
    }
}
