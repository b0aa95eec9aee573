import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

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

    /// A chunk that takes every size of multi-row insert, with keys logged before at group edges
    /// and one key twice, stores the same rows (ids included) and counts as one by one.
    func testAChunkOfGroupsStoresWhatOneByOneStores() throws {
        let folder = try TemporaryFolder()
        let knowledgeBase = try KnowledgeBase.load(from: repositoryRoot.appendingPathComponent("KnowledgeBase"))
        let assistant = Assistant(knowledgeBase: knowledgeBase)
        let noon = utc("2025-03-04T12:00:00Z")
        let texts = ["where is my order #1042?", "I want to talk to a person", "ok", "is the dashboard down?", "привет"]
        let facts = InMemoryFacts(orders: [], channels: [])
        let group = MultiRowInsert.groupSizes.first ?? 1
        let count = 2 * group + 11
        let replies = try (0..<count).map {
            try assistant.respond(to: texts[$0 % texts.count], context: ConversationContext(), facts: facts, now: noon)
        }
        func key(_ index: Int) -> String { "s#\(index == group + 40 ? 10 : index)" }
        func conversation(_ index: Int) -> String? { index % 4 == 0 ? nil : "c-\(index / 3)" }
        func entry(_ index: Int) -> ExchangeLogEntry {
            ExchangeLogEntry(
                reply: replies[index], message: texts[index % texts.count], via: "chat", conversationID: conversation(index),
                sourceKey: key(index))
        }
        let loggedBefore = [0, 5, group - 1, group, 2 * group + 3, count - 1]

        let oneByOne = try AppDatabase(path: folder.path("entries.sqlite"))
        let packed = try AppDatabase(path: folder.path("packed.sqlite"))
        for database in [oneByOne, packed] {
            try database.recordExchanges(loggedBefore.map(entry))
        }
        let single = try oneByOne.inLogTransaction { log in
            var counts = (new: 0, old: 0)
            for index in 0..<count {
                if try log.record(entry(index)) { counts.new += 1 } else { counts.old += 1 }
            }
            return counts
        }
        var chunk = PackedExchanges()
        for index in 0..<count {
            chunk.append(
                reply: replies[index], message: texts[index % texts.count], via: "chat", conversationID: conversation(index),
                sourceKey: key(index))
        }
        let grouped = try packed.inLogTransaction { try $0.record(chunk) }

        XCTAssertEqual(grouped.new, count - loggedBefore.count - 1)
        XCTAssertEqual(grouped.new, single.new)
        XCTAssertEqual(grouped.old, single.old)
        XCTAssertEqual(try packed.exchanges(last: count), try oneByOne.exchanges(last: count))
        XCTAssertEqual(try packed.exchangeCount(), count - 1)
    }
}
