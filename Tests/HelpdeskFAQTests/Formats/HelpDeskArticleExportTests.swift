import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskFAQ

/// Zendesk (REFERENCE §5.2) and Intercom (§5.4) article JSON.
final class HelpDeskArticleExportTests: XCTestCase {
    func testZendeskArticlesInEachLanguage() throws {
        let base = try FAQTestSupport.knowledgeBase()
        for selection in FAQLocaleSelection.allCases {
            let text = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .zendesk, locales: selection)).first).text
            let document = try FAQTestSupport.jsonObject(text)
            let articles = try XCTUnwrap(document["articles"] as? [[String: Any]])
            let guides = selection.languages.flatMap { FAQTestSupport.faqGuides(base, $0) }
            XCTAssertEqual(articles.count, guides.count)
            for (article, guide) in zip(articles, guides) {
                XCTAssertEqual(article["title"] as? String, guide.question)
                XCTAssertEqual(article["locale"] as? String, guide.locale == .en ? "en-us" : "ru")
                XCTAssertEqual(article["source_locale"] as? String, selection == .ru ? "ru" : "en-us")
                XCTAssertEqual(article["label_names"] as? [String], Array(Set(guide.tags)).sorted())
                XCTAssertEqual(article["draft"] as? Bool, false)
                XCTAssertEqual(article["updated_at"] as? String, "\(guide.updated)T00:00:00Z")
                let body = try XCTUnwrap(article["body"] as? String)
                XCTAssertTrue(body.hasPrefix("<p>"), body)
                XCTAssertFalse(body.contains("{{fact:"))
                for key in ["section_id", "permission_group_id", "user_segment_id"] {
                    XCTAssertTrue(article[key] is NSNull, "\(key) must be present and null")
                }
            }
            let meta = try XCTUnwrap(document["meta"] as? [String: Any])
            XCTAssertEqual(meta["has_more"] as? Bool, false)
        }
    }

    func testIntercomArticlesCarryTheOtherLanguageAsTranslatedContent() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let all = try FAQTestSupport.jsonObject(try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .intercom, locales: .all)).first).text)
        XCTAssertEqual(all["type"] as? String, "list")
        let articles = try XCTUnwrap(all["data"] as? [[String: Any]])
        let english = FAQTestSupport.faqGuides(base, .en)
        XCTAssertEqual(articles.count, english.count)
        XCTAssertEqual(all["total_count"] as? Int, english.count)
        for (article, guide) in zip(articles, english) {
            XCTAssertEqual(article["type"] as? String, "article")
            XCTAssertEqual(article["title"] as? String, guide.question)
            XCTAssertEqual(article["state"] as? String, "published")
            XCTAssertEqual(article["default_locale"] as? String, "en")
            let summary = try XCTUnwrap(article["description"] as? String)
            XCTAssertEqual(summary, FactPlaceholders.fill(guide.summary) { base.factText($0, language: .en) })
            XCTAssertEqual(article["updated_at"] as? Int, Int(try XCTUnwrap(ISO8601.parse(guide.updated)).timeIntervalSince1970))
            let translated = try XCTUnwrap(article["translated_content"] as? [String: Any])
            XCTAssertEqual(translated["type"] as? String, "article_translated_content")
            let russian = try XCTUnwrap(translated["ru"] as? [String: Any])
            let russianGuide = try XCTUnwrap(base.guide(guide.id, language: .ru))
            XCTAssertEqual(russian["type"] as? String, "article_content")
            XCTAssertEqual(russian["title"] as? String, russianGuide.question)
            XCTAssertTrue((russian["body"] as? String ?? "").hasPrefix("<p>"))
        }

        for language in Language.allCases {
            let selection = try XCTUnwrap(FAQLocaleSelection(rawValue: language.rawValue))
            let one = try FAQTestSupport.jsonObject(try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .intercom, locales: selection)).first).text)
            let data = try XCTUnwrap(one["data"] as? [[String: Any]])
            XCTAssertEqual(data.compactMap { $0["title"] as? String }, FAQTestSupport.faqGuides(base, language).map(\.question))
            XCTAssertTrue(data.allSatisfy { $0["translated_content"] is NSNull && $0["default_locale"] as? String == language.rawValue })
        }
    }
}
