import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskFAQ

/// The JSON export against its documented schema (`docs/faq-schema.json`), in both languages.
final class JSONFAQExportTests: XCTestCase {
    private var schemaFile: URL { FAQTestSupport.root.appendingPathComponent("docs/faq-schema.json") }

    func testEveryLocaleSelectionMatchesTheDocumentedSchema() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let validator = try JSONSchemaValidator(schemaFile: schemaFile)
        for selection in FAQLocaleSelection.allCases {
            let text = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .json, locales: selection)).first).text
            let document = try FAQTestSupport.jsonObject(text)
            XCTAssertEqual(validator.problems(document), [], selection.rawValue)

            let entries = try XCTUnwrap(document["entries"] as? [[String: Any]])
            let expected = selection.languages.flatMap { FAQTestSupport.faqGuides(base, $0).map { "\($0.locale.rawValue)/\($0.id)" } }
            XCTAssertEqual(entries.map { "\($0["locale"] ?? "")/\($0["id"] ?? "")" }, expected, selection.rawValue)
            XCTAssertEqual(document["count"] as? Int, expected.count)
            XCTAssertEqual(document["locales"] as? [String], selection.languages.map(\.rawValue))
            for entry in entries {
                let guide = try XCTUnwrap(base.guides.first { $0.id == entry["id"] as? String && $0.locale.rawValue == entry["locale"] as? String })
                XCTAssertEqual(entry["question"] as? String, guide.question)
                XCTAssertEqual(entry["tags"] as? [String], Array(Set(guide.tags)).sorted())
                XCTAssertEqual(entry["channels"] as? [String], guide.channels.map(\.rawValue))
                XCTAssertEqual(entry["updated"] as? String, guide.updated)
                for key in ["summary", "answer_text", "answer_html"] {
                    XCTAssertFalse((entry[key] as? String ?? "").contains("{{fact:"), "\(guide.id) \(key) keeps a placeholder")
                    XCTAssertFalse((entry[key] as? String ?? "").contains("guide:"), "\(guide.id) \(key) keeps a guide: link")
                }
            }
        }
    }

    func testTheSchemaCatchesADocumentOfTheWrongShape() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let validator = try JSONSchemaValidator(schemaFile: schemaFile)
        let text = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .json, locales: .en)).first).text
        var document = try FAQTestSupport.jsonObject(text)
        var entries = try XCTUnwrap(document["entries"] as? [[String: Any]])
        entries[0].removeValue(forKey: "answer_html")
        entries[1]["locale"] = "de"
        entries[2]["surprise"] = true
        document["entries"] = entries
        let problems = validator.problems(document)
        XCTAssertTrue(problems.contains { $0.contains("missing \"answer_html\"") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("$.entries[1].locale") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("unexpected key \"surprise\"") }, "\(problems)")
    }

    func testTheChannelSyncAnswerCarriesTheFirstSyncTableFilledFromFacts() throws {
        let base = try FAQTestSupport.knowledgeBase()
        for language in Language.allCases {
            let selection = try XCTUnwrap(FAQLocaleSelection(rawValue: language.rawValue))
            let text = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .json, locales: selection)).first).text
            let entries = try XCTUnwrap(try FAQTestSupport.jsonObject(text)["entries"] as? [[String: Any]])
            let sync = try XCTUnwrap(entries.first { $0["id"] as? String == "channel-sync" })
            let html = try XCTUnwrap(sync["answer_html"] as? String)
            let plain = try XCTUnwrap(sync["answer_text"] as? String)
            XCTAssertTrue(html.contains("<table>"), html)
            for channel in Channel.allCases {
                let name = base.catalog.name(of: channel)
                let duration = base.factText("first_sync.\(channel.rawValue)", language: language)
                XCTAssertTrue(html.contains("<td>\(name)</td><td>\(duration)</td>"), "\(language) \(channel): \(html)")
                XCTAssertTrue(plain.contains("\(name) | \(duration)"), "\(language) \(channel): \(plain)")
            }
            XCTAssertEqual(sync["facts"] as? [String], (sync["facts"] as? [String])?.sorted())
            XCTAssertTrue((sync["facts"] as? [String] ?? []).contains("first_sync.amazon"))
            XCTAssertEqual(sync["related"] as? [String], ["contact-support", "change-delivery-address", "refunded-orders"])
            XCTAssertTrue(html.contains("href=\"#contact-support\""), html)
        }
    }
}
