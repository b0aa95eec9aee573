import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskFAQ

/// schema.org `FAQPage` JSON-LD (REFERENCE §5.1): `mainEntity` of `Question`s with `name` and
/// `acceptedAnswer.text`, and `inLanguage`.
final class JSONLDFAQExportTests: XCTestCase {
    func testEachLanguageIsOneFAQPageWithEveryQuestion() throws {
        let base = try FAQTestSupport.knowledgeBase()
        for language in Language.allCases {
            let selection = try XCTUnwrap(FAQLocaleSelection(rawValue: language.rawValue))
            let text = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .jsonld, locales: selection)).first).text
            let page = try FAQTestSupport.jsonObject(text)
            XCTAssertEqual(page["@context"] as? String, "https://schema.org")
            try assertFAQPage(page, language: language, base: base)
        }
    }

    func testAllLanguagesMakeAGraphOfPages() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let text = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .jsonld, locales: .all)).first).text
        let document = try FAQTestSupport.jsonObject(text)
        XCTAssertEqual(document["@context"] as? String, "https://schema.org")
        let graph = try XCTUnwrap(document["@graph"] as? [[String: Any]])
        XCTAssertEqual(graph.count, Language.allCases.count)
        for (page, language) in zip(graph, Language.allCases) { try assertFAQPage(page, language: language, base: base) }
    }

    private func assertFAQPage(_ page: [String: Any], language: Language, base: KnowledgeBase, line: UInt = #line) throws {
        XCTAssertEqual(page["@type"] as? String, "FAQPage", line: line)
        XCTAssertEqual(page["inLanguage"] as? String, language.rawValue, line: line)
        let questions = try XCTUnwrap(page["mainEntity"] as? [[String: Any]], line: line)
        let guides = FAQTestSupport.faqGuides(base, language)
        XCTAssertEqual(questions.compactMap { $0["name"] as? String }, guides.map(\.question), line: line)
        for question in questions {
            XCTAssertEqual(question["@type"] as? String, "Question", line: line)
            XCTAssertEqual(question["inLanguage"] as? String, language.rawValue, line: line)
            let answer = try XCTUnwrap(question["acceptedAnswer"] as? [String: Any], line: line)
            XCTAssertEqual(answer["@type"] as? String, "Answer", line: line)
            let text = try XCTUnwrap(answer["text"] as? String, line: line)
            XCTAssertTrue(text.hasPrefix("<p>"), text, line: line)
            XCTAssertFalse(text.contains("{{fact:"), line: line)
        }
    }
}
