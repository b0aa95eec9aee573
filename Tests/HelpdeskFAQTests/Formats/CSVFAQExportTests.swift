import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskFAQ

/// The CSV export: RFC 4180 quoting, read back with the project's own CSV reader.
final class CSVFAQExportTests: XCTestCase {
    func testEachLanguageReadsBackWithOneRowPerQuestion() throws {
        let base = try FAQTestSupport.knowledgeBase()
        for selection in FAQLocaleSelection.allCases {
            let text = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .csv, locales: selection)).first).text
            XCTAssertTrue(text.hasSuffix("\r\n"))
            let records = try CSVReader(string: text).readAll()
            XCTAssertEqual(records.first?.fields, ["question", "answer", "guide_id", "locale", "tags"])
            let guides = selection.languages.flatMap { FAQTestSupport.faqGuides(base, $0) }
            let rows = Array(records.dropFirst())
            XCTAssertEqual(rows.count, guides.count)
            for (row, guide) in zip(rows, guides) {
                XCTAssertEqual(row.fields.count, 5)
                XCTAssertEqual(row[0], guide.question)
                XCTAssertEqual(row[2], guide.id)
                XCTAssertEqual(row[3], guide.locale.rawValue)
                XCTAssertEqual(row[4], Array(Set(guide.tags)).sorted().joined(separator: ", "))
                let answer = try XCTUnwrap(row[1])
                XCTAssertFalse(answer.contains("<"), "plain text expected: \(answer)")
                XCTAssertFalse(answer.contains("{{fact:"))
                XCTAssertTrue(answer.hasPrefix(FactPlaceholders.fill(guide.summary) { base.factText($0, language: guide.locale) }), answer)
            }
        }
    }

    func testFieldsAreQuotedOnlyWhenTheyMustBe() {
        XCTAssertEqual(CSVField.quoted("plain"), "plain")
        XCTAssertEqual(CSVField.quoted("a, b"), "\"a, b\"")
        XCTAssertEqual(CSVField.quoted("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVField.quoted("two\nlines"), "\"two\nlines\"")
    }
}
