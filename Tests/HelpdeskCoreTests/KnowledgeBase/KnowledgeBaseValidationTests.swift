import Foundation
import HelpdeskCore
import XCTest

/// Broken knowledge bases are reported all at once, with file, line and the fix.
final class KnowledgeBaseValidationTests: XCTestCase {
    private func issues(afterEditing edits: [(String, (String) -> String)]) throws -> [KnowledgeBaseIssue] {
        let folder = try TestPaths.knowledgeBaseCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, edit) in edits {
            let url = folder.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try edit(text).write(to: url, atomically: true, encoding: .utf8)
        }
        do {
            _ = try KnowledgeBase.load(from: folder)
            return []
        } catch {
            return error.issues
        }
    }

    func testUnknownIntentInARuleIsReportedWithItsLine() throws {
        let found = try issues(afterEditing: [("rules/50-general.yaml", { $0.replacingOccurrences(of: "intents: [payment]", with: "intents: [paymnet]") })])
        let issue = try XCTUnwrap(found.first { $0.message.contains("unknown intent `paymnet`") })
        XCTAssertEqual(issue.file, "rules/50-general.yaml")
        XCTAssertNotNil(issue.line)
    }

    func testBrokenFrontMatterIsReported() throws {
        let found = try issues(afterEditing: [("guides/en/payment.md", { $0.replacingOccurrences(of: "locale: en", with: "locale: [en") })])
        XCTAssertTrue(found.contains { $0.file == "guides/en/payment.md" && $0.message.contains("YAML") && $0.line != nil }, "\(found)")
    }

    func testSeveralProblemsAreReportedTogether() throws {
        let found = try issues(afterEditing: [
            ("facts.yaml", { $0.replacingOccurrences(of: "value: 2h30m", with: "value: soon") }),
            ("templates/en.yaml", { $0.replacingOccurrences(of: "{first_sync_due}", with: "{first_sync_deu}") }),
            ("rules/20-seller-sync.yaml", { $0.replacingOccurrences(of: "limit: first_sync + connection_test_wait}", with: "limit: first_sync + test_wiat}") }),
        ])
        XCTAssertTrue(found.contains { $0.file == "facts.yaml" && $0.message.contains("`soon`") }, "\(found)")
        XCTAssertTrue(found.contains { $0.file == "templates/en.yaml" && $0.message.contains("first_sync_deu") }, "\(found)")
        XCTAssertTrue(found.contains { $0.file == "rules/20-seller-sync.yaml" && $0.message.contains("test_wiat") }, "\(found)")
    }

    func testTwoRulesTyingOnAnExampleIsALoadError() throws {
        let found = try issues(afterEditing: [("rules/50-general.yaml", {
            $0 + """

                  - id: refund-twin
                    priority: 40
                    intents: [refund]
                    guides: [refunded-orders]
                    examples:
                      - message: "refund please"
                        now: 2025-03-04T12:00:00Z
                        expect: {rule: refund-twin}

                """
        }), ("templates/en.yaml", { $0.replacingOccurrences(of: "answers:\n", with: "answers:\n  refund-twin: Twin.\n") }),
            ("templates/ru.yaml", { $0.replacingOccurrences(of: "answers:\n", with: "answers:\n  refund-twin: Близнец.\n") })])
        XCTAssertTrue(found.contains { $0.message.contains("tie at priority 40") }, "\(found)")
    }

    func testMissingCatchAllIsReported() throws {
        let found = try issues(afterEditing: [("rules/10-handoff.yaml", { $0.replacingOccurrences(of: "    priority: 0\n", with: "    priority: 0\n    intents: [complaint]\n") })])
        XCTAssertTrue(found.contains { $0.message.contains("catch-all") }, "\(found)")
    }

    func testChangingAFactChangesTheAnswer() throws {
        let folder = try TestPaths.knowledgeBaseCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let factsURL = folder.appendingPathComponent("facts.yaml")
        let facts = try String(contentsOf: factsURL, encoding: .utf8)
        try facts.replacingOccurrences(of: "value: 2h30m", with: "value: 4h").write(to: factsURL, atomically: true, encoding: .utf8)
        let base = try KnowledgeBase.load(from: folder)
        let assistant = Assistant(knowledgeBase: base)
        let facts2 = InMemoryFacts(channels: [ChannelState(channel: .amazon, connectedAt: Shared.date("2025-03-04T10:00:00Z"))])
        let reply = try assistant.respond(
            to: "I connected Amazon an hour ago and no orders are showing", facts: facts2, now: Shared.date("2025-03-04T11:00:00Z"))
        XCTAssertEqual(reply.rule, "first-sync-in-progress")
        XCTAssertTrue(reply.answer.contains("4 hours"), reply.answer)
        XCTAssertTrue(reply.answer.contains("14:00"), reply.answer)
        XCTAssertEqual(reply.facts.first { $0.id == "first_sync.amazon" }?.value, "4h")
    }
}
