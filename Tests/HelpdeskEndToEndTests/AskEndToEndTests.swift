import Foundation
import XCTest

final class AskEndToEndTests: XCTestCase {
    func testAskPrintsJSONWithEveryFieldAndLogsIt() throws {
        let helpdesk = try HelpdeskProcess()
        let result = try helpdesk.run(["ask", "--format", "json", "--now", "2025-03-04T12:00:00Z", "where is my order 114-0149180-7966659?"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try HelpdeskProcess.json(result.stdout)
        for key in ["intent", "confidence", "language", "entities", "order", "incidents", "rule", "guides", "answer", "handoff", "handoff_summary", "log_id"] {
            XCTAssertTrue(json.keys.contains(key), "missing \(key) in \(result.stdout)")
        }
        XCTAssertEqual(json["intent"] as? String, "order_status")
        XCTAssertEqual(json["rule"] as? String, "order-not-found")
        let entities = try XCTUnwrap(json["entities"] as? [String: Any])
        XCTAssertEqual(entities["order_numbers"] as? [String], ["114-0149180-7966659"])
        let logID = try XCTUnwrap(json["log_id"] as? Int)
        let shown = try helpdesk.run(["log", "show", String(logID), "--format", "json"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        let entry = try HelpdeskProcess.json(shown.stdout)
        XCTAssertEqual(entry["message"] as? String, "where is my order 114-0149180-7966659?")
        XCTAssertEqual(entry["rule"] as? String, "order-not-found")
        XCTAssertEqual(entry["at"] as? String, "2025-03-04T12:00:00Z")
    }

    func testDemoFillsTheDatabaseAndAnswersSamples() throws {
        let helpdesk = try HelpdeskProcess()
        let result = try helpdesk.run(["demo", "--now", "2025-11-28T10:00:00Z"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Demo store created"), result.stdout)
        XCTAssertTrue(result.stdout.contains("AB123456785GB"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Delayed Amazon order imports"), result.stdout)
        XCTAssertTrue(result.stdout.contains("401 Unauthorized"), result.stdout)
        let again = try helpdesk.run(["demo", "--fill-only", "--now", "2025-11-28T10:00:00Z"])
        XCTAssertTrue(again.stdout.contains("already has orders"), again.stdout)
        let log = try helpdesk.run(["log", "list", "--last", "50", "--format", "json"])
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.count, 10)
    }

    func testChannelStateDrivesTheAnswerAtAFixedNow() throws {
        let helpdesk = try HelpdeskProcess()
        XCTAssertEqual(try helpdesk.run(["channels", "set", "amazon", "--connected-at", "2025-03-04T10:00:00Z"]).status, 0)
        let result = try helpdesk.run(["ask", "--now", "2025-03-04T11:00:00Z", "I connected Amazon an hour ago and no orders are showing"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("12:30"), result.stdout)
        XCTAssertTrue(result.stdout.contains("rule: first-sync-in-progress"), result.stdout)
    }

    func testAnIncidentSetByCommandLeadsTheAnswer() throws {
        let helpdesk = try HelpdeskProcess()
        XCTAssertEqual(try helpdesk.run(["status", "set", "Dashboard", "major_outage", "--incident", "The dashboard is down", "--now", "2025-03-04T11:00:00Z"]).status, 0)
        let result = try helpdesk.run(["ask", "--format", "json", "--now", "2025-03-04T11:05:00Z", "where is my order?"])
        let json = try HelpdeskProcess.json(result.stdout)
        XCTAssertEqual(json["leads"] as? [String], ["incident-notice"])
        XCTAssertEqual((json["incidents"] as? [Any])?.count, 1)
        XCTAssertEqual(try helpdesk.run(["status", "set", "Dashboard", "operational", "--now", "2025-03-04T12:00:00Z"]).status, 0)
        let after = try HelpdeskProcess.json(try helpdesk.run(["ask", "--format", "json", "--now", "2025-03-04T12:05:00Z", "where is my order?"]).stdout)
        XCTAssertEqual((after["incidents"] as? [Any])?.count, 0)
    }

    func testBadMessagesGetClearErrors() throws {
        let helpdesk = try HelpdeskProcess()
        let empty = try helpdesk.run(["ask", "   "])
        XCTAssertNotEqual(empty.status, 0)
        XCTAssertTrue(empty.stderr.contains("empty"), empty.stderr)
        let huge = try helpdesk.run(["ask", String(repeating: "a", count: 70_000)])
        XCTAssertNotEqual(huge.status, 0)
        XCTAssertTrue(huge.stderr.contains("bytes"), huge.stderr)
        let badNow = try helpdesk.run(["ask", "--now", "yesterday", "hi"])
        XCTAssertNotEqual(badNow.status, 0)
        XCTAssertTrue(badNow.stderr.contains("ISO-8601"), badNow.stderr)
    }

    func testTextThatLooksLikeSQLIsStoredAsText() throws {
        let helpdesk = try HelpdeskProcess()
        let message = "'; DROP TABLE exchanges; -- where is my order?"
        let result = try helpdesk.run(["ask", "--format", "json", message])
        XCTAssertEqual(result.status, 0, result.stderr)
        let logID = try XCTUnwrap(try HelpdeskProcess.json(result.stdout)["log_id"] as? Int)
        let entry = try HelpdeskProcess.json(try helpdesk.run(["log", "show", String(logID), "--format", "json"]).stdout)
        XCTAssertEqual(entry["message"] as? String, message)
    }

    func testSeveralProcessesShareOneDatabase() throws {
        let helpdesk = try HelpdeskProcess()
        XCTAssertEqual(try helpdesk.run(["demo", "--fill-only"]).status, 0)
        let group = DispatchGroup()
        let failures = FailureList()
        for worker in 0..<4 {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                for index in 0..<8 {
                    do {
                        let result = try helpdesk.run(["ask", "--conversation", "w\(worker)", "where is order #\(1100 + index)?"])
                        if result.status != 0 { failures.add(result.stderr) }
                    } catch {
                        failures.add("\(error)")
                    }
                }
            }
        }
        group.wait()
        XCTAssertEqual(failures.items, [])
        let log = try helpdesk.run(["log", "list", "--last", "100", "--format", "json"])
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.count, 32)
    }
}

/// A thread-safe list of failure messages.
final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ item: String) { lock.lock(); stored.append(item); lock.unlock() }
    var items: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}
