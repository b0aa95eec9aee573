import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskFAQ

/// Entries, links between guides, plain text from HTML and the JSON writer.
final class FAQEntryTests: XCTestCase {
    func testEntriesAreTheFAQGuidesWithFactsFilledAndLinksRewritten() throws {
        let base = try FAQTestSupport.knowledgeBase()
        for style in [GuideLinkStyle.page, .anchor] {
            let entries = FAQEntryBuilder(base: base, links: style).entries(for: Language.allCases)
            XCTAssertEqual(entries.map { "\($0.locale.rawValue)/\($0.id)" },
                Language.allCases.flatMap { language in FAQTestSupport.faqGuides(base, language).map { "\(language.rawValue)/\($0.id)" } })
            for entry in entries {
                XCTAssertFalse(entry.answerHTML.contains("{{fact:"), entry.id)
                XCTAssertFalse(entry.bodyMarkdown.contains("](guide:"), entry.id)
                for id in entry.related {
                    XCTAssertTrue(entry.answerHTML.contains("href=\"\(style.href(for: id))\""), "\(entry.id) → \(id)")
                    XCTAssertTrue(base.guides.contains { $0.id == id }, "\(entry.id) links to missing \(id)")
                }
            }
        }
    }

    func testGuideLinksAreFoundAndRewritten() {
        let markdown = "See [A](guide:alpha), [B](https://example.com) and [A again](guide:alpha) or [C](guide:gamma)."
        XCTAssertEqual(GuideLinks.targets(in: markdown), ["alpha", "gamma"])
        XCTAssertEqual(GuideLinks.rewrite(markdown, style: .page), "See [A](alpha.html), [B](https://example.com) and [A again](alpha.html) or [C](gamma.html).")
        XCTAssertEqual(GuideLinks.rewrite(markdown, style: .source), markdown)
    }

    func testPlainTextKeepsParagraphsListsAndTables() {
        let html = MarkdownRenderer().html("""
            Intro with **bold** & [a link](x.html).

            ## Heading

            1. one
            2. two

            - dot

            | A | B |
            |---|---|
            | 1 | 2 |
            """)
        XCTAssertEqual(HTMLPlainText.text(from: html), "Intro with bold & a link.\n\nHeading\n\n1. one\n2. two\n\n- dot\n\nA | B\n1 | 2")
    }

    func testJSONWriterSortsKeysWritesNullsAndEscapesForScripts() {
        let value = FAQJSON.object(["b": .null, "a": .array([.string("x\"</script>\n"), .int(3), .bool(true)]), "c": .object([:])])
        XCTAssertEqual(value.text(), "{\n  \"a\": [\n    \"x\\\"</script>\\n\",\n    3,\n    true\n  ],\n  \"b\": null,\n  \"c\": {}\n}\n")
        XCTAssertTrue(value.text(forHTMLScript: true).contains("\\u003c/script\\u003e"))
        let decoded = try? JSONSerialization.jsonObject(with: Data(value.text().utf8)) as? [String: Any]
        XCTAssertEqual((decoded?["a"] as? [Any])?.first as? String, "x\"</script>\n")
    }
}
