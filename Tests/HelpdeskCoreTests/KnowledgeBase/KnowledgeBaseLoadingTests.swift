import Foundation
import HelpdeskCore
import XCTest

final class KnowledgeBaseLoadingTests: XCTestCase {
    func testDefaultKnowledgeBaseLoadsWithoutProblems() throws {
        let base = try Shared.knowledgeBase()
        for id in ["channel-sync", "export-to-channel", "change-delivery-address", "refunded-orders", "service-status", "outage-playbook", "contact-support"] {
            XCTAssertNotNil(base.guides.first { $0.id == id && $0.locale == .en }, "missing English guide \(id)")
            XCTAssertNotNil(base.guides.first { $0.id == id && $0.locale == .ru }, "missing Russian guide \(id)")
        }
        XCTAssertEqual(base.facts["first_sync.amazon"]?.value, .duration(2.5 * 3600))
        XCTAssertEqual(base.facts["first_sync.magento"]?.value, .duration(2 * 3600))
        XCTAssertEqual(base.facts["export_allowance"]?.value, .duration(90 * 60))
    }

    func testEveryRuleExampleGivesTheExpectedDecision() throws {
        let base = try Shared.knowledgeBase()
        let assistant = Assistant(knowledgeBase: base)
        var checked = 0
        for rule in base.rules {
            for example in rule.examples {
                let problems = RuleExampleChecker.check(example, assistant: assistant)
                XCTAssertEqual(problems, [], "\(example.file):\(example.line ?? 0) rule \(rule.id): \(example.message)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }

    func testEveryRuleHasAnExampleInBothLanguagesOrIsGeneral() throws {
        let base = try Shared.knowledgeBase()
        for rule in base.rules {
            XCTAssertFalse(rule.examples.isEmpty, "rule \(rule.id) has no examples")
        }
    }

    func testEveryIntentExampleIsUnderstood() throws {
        let base = try Shared.knowledgeBase()
        let assistant = Assistant(knowledgeBase: base)
        for example in base.intentExamples {
            let understanding = assistant.understand(example.text)
            XCTAssertEqual(understanding.intent, example.intent, "\(example.file):\(example.line ?? 0) \"\(example.text)\" (\(understanding.cues))")
            XCTAssertEqual(understanding.language, example.language, "\(example.file):\(example.line ?? 0) \"\(example.text)\"")
        }
    }

    func testMissingFolderIsReported() {
        XCTAssertThrowsError(try KnowledgeBase.load(from: URL(fileURLWithPath: "/nonexistent/kb"))) { error in
            XCTAssertTrue("\(error)".contains("not found"))
        }
    }
}
