import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskFAQ

/// Same input, same bytes; a changed fact changes what is published.
final class FAQDeterminismTests: XCTestCase {
    func testEveryFormatGivesTheSameBytesTwice() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let reloaded = try FAQTestSupport.load(FAQTestSupport.knowledgeBaseFolder)
        for format in FAQFormat.allCases {
            for selection in FAQLocaleSelection.allCases {
                let options = FAQExportOptions(format: format, locales: selection)
                let first = FAQExport.files(from: base, options: options)
                let second = FAQExport.files(from: reloaded, options: options)
                XCTAssertFalse(first.isEmpty)
                XCTAssertEqual(first, second, "\(format.rawValue) \(selection.rawValue)")
            }
        }
    }

    func testAChangedFactChangesEveryPublishedFormat() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let copy = try FAQTestSupport.knowledgeBaseCopy()
        let facts = copy.appendingPathComponent("facts.yaml")
        let text = try String(contentsOf: facts, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "  - id: first_sync.amazon\n    value: 2h30m", with: "  - id: first_sync.amazon\n    value: 5h")
        XCTAssertNotEqual(edited, text, "facts.yaml no longer has the line this test edits")
        try edited.write(to: facts, atomically: true, encoding: .utf8)
        let changed = try FAQTestSupport.load(copy)
        for language in Language.allCases {
            let old = base.factText("first_sync.amazon", language: language)
            let new = changed.factText("first_sync.amazon", language: language)
            XCTAssertNotEqual(old, new)
            let selection = try XCTUnwrap(FAQLocaleSelection(rawValue: language.rawValue))
            for format in FAQFormat.allCases where format != .markdown {
                let before = FAQExport.files(from: base, options: FAQExportOptions(format: format, locales: selection)).map(\.text).joined()
                let after = FAQExport.files(from: changed, options: FAQExportOptions(format: format, locales: selection)).map(\.text).joined()
                XCTAssertNotEqual(before, after, "\(format.rawValue) \(language.rawValue)")
                XCTAssertTrue(after.contains("Amazon | \(new)") || after.contains("<td>Amazon</td><td>\(new)</td>"), "\(format.rawValue) \(language.rawValue) lacks the new table row")
            }
            let markdown = FAQExport.files(from: changed, options: FAQExportOptions(format: .markdown, locales: selection, fillFacts: true)).map(\.text).joined()
            XCTAssertTrue(markdown.contains("| Amazon | \(new) |"), "markdown with facts filled")
        }
    }
}
