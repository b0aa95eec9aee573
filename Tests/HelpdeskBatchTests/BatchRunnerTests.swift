import Foundation
import GRDB
import HelpdeskCore
import HelpdeskStore
import XCTest

@testable import HelpdeskBatch

/// A store and transcripts where the answer depends on when each message was sent: an Amazon
/// channel connected at 10:00, a Shopify order imported at 12:00 and dispatched at 15:00, and an
/// Amazon import incident from 11:00 to 13:00 (all on 4 March 2025, UTC = London time).
final class BatchRunnerTests: XCTestCase {
    var folder: TemporaryFolder!
    var database: AppDatabase!
    var assistant: Assistant!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        database = try AppDatabase(path: folder.path("helpdesk.sqlite"))
        let knowledgeBase = try KnowledgeBase.load(from: repositoryRoot.appendingPathComponent("KnowledgeBase"))
        assistant = Assistant(knowledgeBase: knowledgeBase)
        try database.setChannel(ChannelState(channel: .amazon, connectedAt: utc("2025-03-04T10:00:00Z")), at: utc("2025-03-04T10:00:00Z"))
        try database.setChannel(
            ChannelState(channel: .shopify, connectedAt: utc("2025-01-01T00:00:00Z"), lastImportAt: utc("2025-03-04T12:00:00Z")),
            at: utc("2025-03-04T12:00:00Z"))
        _ = try database.saveOrders(
            [
                Order(
                    channel: .shopify, orderNumber: "#1042", customerName: "Jane Doe", customerEmail: "jane@example.com",
                    placedAt: utc("2025-03-04T11:50:00Z"), importedAt: utc("2025-03-04T12:00:00Z"),
                    dispatchedAt: utc("2025-03-04T15:00:00Z"), carrier: "Royal Mail", trackingNumber: "AB123456785GB",
                    state: .dispatched)
            ], at: utc("2025-03-04T12:00:00Z"))
        let component = StatusComponent(id: "amazon", name: "Amazon", status: .operational)
        let incident = Incident(
            id: "inc-1", name: "Delayed Amazon order imports", status: .resolved, impact: .minor,
            startedAt: utc("2025-03-04T11:00:00Z"), resolvedAt: utc("2025-03-04T13:00:00Z"), componentIDs: ["amazon"],
            updates: [
                IncidentUpdate(
                    id: "u1", status: .investigating, body: "Amazon order imports are running up to 60 minutes behind.",
                    createdAt: utc("2025-03-04T11:00:00Z")),
                IncidentUpdate(id: "u2", status: .resolved, body: "Imports are back to normal.", createdAt: utc("2025-03-04T13:00:00Z")),
            ])
        _ = try database.saveServiceStatus(
            ServiceStatus(components: [component], incidents: [incident]), fetchedAt: utc("2025-03-04T13:05:00Z"), source: "test")
    }

    override func tearDown() {
        database = nil
        folder = nil
    }

    private func transcript() throws -> String {
        func line(_ conversation: String, _ time: String, _ role: String, _ text: String) -> String {
            #"{"conversation_id":"\#(conversation)","timestamp":"2025-03-04T\#(time):00Z","role":"\#(role)","text":"\#(text)"}"#
        }
        return try folder.write(
            "chats.jsonl",
            [
                line("early", "10:10", "customer", "I connected my Amazon store ten minutes ago and no orders are showing"),
                line("during", "11:30", "customer", "is the dashboard down?"),
                line("before-dispatch", "12:00", "customer", "where is my order #1042?"),
                line("before-dispatch", "12:01", "agent", "Checking now."),
                line("before-dispatch", "12:02", "customer", "and when will it arrive?"),
                line("after", "14:00", "customer", "is the dashboard down?"),
                line("late", "16:00", "customer", "I connected my Amazon store and no orders are showing"),
                line("after-dispatch", "16:00", "customer", "where is my order #1042?"),
            ].joined(separator: "\n"))
    }

    private func run(_ paths: [String], output: String? = nil) throws -> (BatchSummary, [BatchRecordLine]) {
        let outputPath = output ?? folder.path("results-\(UUID().uuidString).jsonl")
        let runner = try BatchRunner(
            assistant: assistant, database: database, timestamps: londonTimestamps, output: try OutputFile(path: outputPath),
            configuration: BatchRunner.Configuration(chunkLines: 3))
        let (files, problems) = TranscriptFiles.expand(paths)
        let summary = try runner.run(files, pathProblems: problems)
        let records = try String(contentsOfFile: outputPath, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(BatchRecordLine.self, from: Data($0.utf8))
        }
        return (summary, records)
    }

    func testEachMessageIsAnsweredWithTheClockAtItsOwnTime() throws {
        let (summary, records) = try run([try transcript()])
        XCTAssertEqual(summary.messages, 7)
        XCTAssertEqual(summary.errors, 0)
        let byConversation = Dictionary(grouping: records, by: \.conversation_id)
        // 10 minutes after connecting Amazon the first import is still within its 2h30m.
        XCTAssertEqual(byConversation["early"]?.first?.rule, "first-sync-in-progress")
        // Six hours after, it is overdue and handed to a person.
        XCTAssertEqual(byConversation["late"]?.first?.rule, "first-sync-overdue")
        XCTAssertEqual(byConversation["late"]?.first?.handoff, true)
        // The incident is mentioned while it was going on, not after.
        XCTAssertEqual(byConversation["during"]?.first?.incidents, ["inc-1"])
        XCTAssertEqual(byConversation["after"]?.first?.incidents, [])
        XCTAssertNotEqual(byConversation["during"]?.first?.rule, byConversation["after"]?.first?.rule)
        // The order was not dispatched yet at 12:00, and was at 16:00.
        let beforeDispatch = byConversation["before-dispatch"] ?? []
        XCTAssertEqual(beforeDispatch.map(\.rule), ["order-awaiting-dispatch", "order-awaiting-dispatch"])
        XCTAssertEqual(beforeDispatch.map(\.message_index), [0, 2])
        XCTAssertFalse(beforeDispatch[0].answer.contains("AB123456785GB"))
        XCTAssertEqual(byConversation["after-dispatch"]?.first?.rule, "order-dispatched")
        XCTAssertTrue(byConversation["after-dispatch"]?.first?.answer.contains("AB123456785GB") ?? false)
        // The follow-up found the order through the conversation's context.
        XCTAssertEqual(beforeDispatch[1].order, "shopify:#1042")
        XCTAssertEqual(beforeDispatch[1].entities.order_numbers, [])
    }

    func testEveryLineIsLoggedOnceAndARepeatedRunRecordsNothingNew() throws {
        let path = try transcript()
        let (first, _) = try run([path])
        XCTAssertEqual(first.newlyLogged, 8)
        XCTAssertEqual(first.otherLines, 1)
        XCTAssertEqual(try database.exchangeCount(), 7)
        XCTAssertEqual(try database.transcriptLineCount(), 1)
        let (again, records) = try run([path])
        XCTAssertEqual(again.newlyLogged, 0)
        XCTAssertEqual(again.alreadyLogged, 8)
        XCTAssertEqual(records.count, 7, "a repeated run still writes every record")
        XCTAssertEqual(try database.exchangeCount(), 7)
        XCTAssertEqual(try database.transcriptLineCount(), 1)
        let logged = try database.exchanges(last: 10)
        XCTAssertEqual(Set(logged.compactMap(\.sourceKey)).count, 7)
        let key = try XCTUnwrap(logged.first { $0.conversationID == "before-dispatch" && $0.message.hasPrefix("and when") }?.sourceKey)
        // Line 5 of the file, the third line (index 2) of conversation "before-dispatch".
        XCTAssertEqual(key, URL(fileURLWithPath: path).standardizedFileURL.path + "#0000000005:before-dispatch#2")
        let keysInLoggingOrder = try database.exchanges(last: 10).reversed().compactMap(\.sourceKey)
        XCTAssertEqual(keysInLoggingOrder, keysInLoggingOrder.sorted(), "keys sort in the order the file is read")
        let entry = try XCTUnwrap(logged.first { $0.conversationID == "late" })
        XCTAssertEqual(entry.at, utc("2025-03-04T16:00:00Z"))
        XCTAssertEqual(entry.via, "batch")
        XCTAssertTrue(entry.handoff)
    }

    func testBadLinesAreCountedAndTheRestIsAnswered() throws {
        let good = #"{"conversation_id":"c","timestamp":"2025-03-04T12:00:00Z","role":"customer","text":"where is my order #1042?"}"#
        let path = try folder.write("mixed.jsonl", [good, "{broken", good.replacingOccurrences(of: "\"c\"", with: "\"d\"")].joined(separator: "\n"))
        var reported: [TranscriptProblem] = []
        let runner = try BatchRunner(
            assistant: assistant, database: database, timestamps: londonTimestamps, output: nil,
            configuration: BatchRunner.Configuration(chunkLines: 1))
        runner.onProblem = { reported.append($0) }
        let (files, problems) = TranscriptFiles.expand([path, folder.path("missing.jsonl")])
        let summary = try runner.run(files, pathProblems: problems)
        XCTAssertEqual(summary.messages, 2)
        XCTAssertEqual(summary.errors, 2)
        XCTAssertEqual(reported.map(\.line), [nil, 2])
        XCTAssertEqual(try database.exchangeCount(), 2)
    }

    func testComparisonReportsOnlyTheMessagesAnsweredDifferently() throws {
        let otherKnowledgeBase = folder.url.appendingPathComponent("OtherKnowledgeBase")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("KnowledgeBase"), to: otherKnowledgeBase)
        let factsFile = otherKnowledgeBase.appendingPathComponent("facts.yaml")
        let facts = try String(contentsOf: factsFile, encoding: .utf8)
        XCTAssertTrue(facts.contains("value: 2h30m"))
        try facts.replacingOccurrences(of: "value: 2h30m", with: "value: 5m").write(to: factsFile, atomically: true, encoding: .utf8)
        let other = Assistant(knowledgeBase: try KnowledgeBase.load(from: otherKnowledgeBase))
        let outputPath = folder.path("differences.jsonl")
        let runner = try BatchRunner(
            comparing: assistant, with: other, database: database, timestamps: londonTimestamps,
            output: try OutputFile(path: outputPath))
        let (files, _) = TranscriptFiles.expand([try transcript()])
        let summary = try runner.run(files)
        XCTAssertEqual(summary.messages, 7)
        // Only the two first-sync questions depend on the changed fact: the early one is now
        // past the window (another rule), the late one keeps its rule but quotes the new time.
        XCTAssertEqual(summary.changed, 2)
        XCTAssertEqual(summary.changedFields, ["rule": 1, "answer": 2])
        XCTAssertEqual(try database.exchangeCount(), 0, "a comparison logs nothing")
        let differences = try String(contentsOfFile: outputPath, encoding: .utf8).split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        XCTAssertEqual(differences.map { $0["conversation_id"] as? String }, ["early", "late"])
        XCTAssertEqual(differences[0]["changed"] as? [String], ["rule", "answer"])
        XCTAssertEqual((differences[0]["before"] as? [String: Any])?["rule"] as? String, "first-sync-in-progress")
        XCTAssertNotEqual((differences[0]["after"] as? [String: Any])?["rule"] as? String, "first-sync-in-progress")
        XCTAssertEqual(differences[1]["changed"] as? [String], ["answer"])
        let lateAfter = (differences[1]["after"] as? [String: Any])?["answer"] as? String ?? ""
        XCTAssertTrue(lateAfter.contains("5 minutes"), lateAfter)
    }

    func testTheSampleTranscriptsAreReadInEveryFormatWithoutErrors() throws {
        let (summary, records) = try run([repositoryRoot.appendingPathComponent("Transcripts").path])
        XCTAssertEqual(summary.files, 4)
        XCTAssertEqual(summary.errors, 0)
        XCTAssertEqual(Set(records.map { URL(fileURLWithPath: $0.source).pathExtension }), ["jsonl", "txt", "csv"])
        XCTAssertEqual(summary.messages, records.count)
        XCTAssertGreaterThan(summary.otherLines, 0)
    }
}

/// A batch output record as read back from JSON Lines.
struct BatchRecordLine: Decodable {
    struct Entities: Decodable {
        var order_numbers: [String]
        var tracking_numbers: [String]
        var channels: [String]
        var carriers: [String]
        var emails: [String]
    }

    var source: String
    var line: Int
    var conversation_id: String
    var message_index: Int
    var timestamp: String
    var message: String
    var language: String
    var intent: String
    var confidence: Double
    var entities: Entities
    var channel: String?
    var order: String?
    var rule: String
    var guides: [String]
    var incidents: [String]
    var handoff: Bool
    var answer: String
}
