import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskFAQ

/// The Markdown export goes back into a knowledge base unchanged: exported files replace a copy's
/// `guides/`, the copy loads with the real loader, and every guide comes back field by field.
final class MarkdownFAQExportTests: XCTestCase {
    func testExportingAllLocalesAndReimportingGivesBackEveryGuideFieldByField() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let files = FAQExport.files(from: base, options: FAQExportOptions(format: .markdown, locales: .all))
        XCTAssertEqual(files.count, base.guides.count)

        let copy = try FAQTestSupport.knowledgeBaseCopy()
        let guides = copy.appendingPathComponent("guides")
        try FileManager.default.removeItem(at: guides)
        try write(files, into: guides)
        let reloaded = try FAQTestSupport.load(copy)
        try assertSameGuides(base.guides, reloaded.guides)
    }

    func testEachLocaleAloneRoundTripsIntoItsOwnFolder() throws {
        let base = try FAQTestSupport.knowledgeBase()
        for language in Language.allCases {
            let selection = try XCTUnwrap(FAQLocaleSelection(rawValue: language.rawValue))
            let files = FAQExport.files(from: base, options: FAQExportOptions(format: .markdown, locales: selection))
            XCTAssertTrue(files.allSatisfy { $0.path.hasPrefix("\(language.rawValue)/") && $0.path.hasSuffix(".md") }, "\(files.map(\.path))")
            XCTAssertEqual(files.count, base.guides.filter { $0.locale == language }.count)

            let copy = try FAQTestSupport.knowledgeBaseCopy()
            let folder = copy.appendingPathComponent("guides")
            try FileManager.default.removeItem(at: folder.appendingPathComponent(language.rawValue))
            try write(files, into: folder)
            let reloaded = try FAQTestSupport.load(copy)
            try assertSameGuides(base.guides.filter { $0.locale == language }, reloaded.guides.filter { $0.locale == language })
        }
    }

    func testFrontMatterKeepsAwkwardTextReadable() throws {
        let base = try FAQTestSupport.knowledgeBase()
        var guide = try XCTUnwrap(base.guides.first { $0.id == "channel-sync" && $0.locale == .en })
        guide.title = #"Quotes "inside", a colon: and a # hash \ backslash"#
        guide.question = "yes"
        guide.summary = "Line one\nline two {{fact:import_interval}}"
        guide.tags = ["sync", "needs quoting: yes", "no"]
        let text = MarkdownFAQExporter(base: base).document(guide)

        let copy = try FAQTestSupport.knowledgeBaseCopy()
        try text.write(to: copy.appendingPathComponent("guides/en/channel-sync.md"), atomically: true, encoding: .utf8)
        let reloaded = try FAQTestSupport.load(copy)
        let back = try XCTUnwrap(reloaded.guides.first { $0.id == "channel-sync" && $0.locale == .en })
        XCTAssertEqual(back.title, guide.title)
        XCTAssertEqual(back.question, "yes")
        XCTAssertEqual(back.summary, guide.summary)
        XCTAssertEqual(back.tags, guide.tags)
    }

    func testPlaceholdersStayUnlessFactsAreFilled() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let kept = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .markdown, locales: .en)).first { $0.path == "en/channel-sync.md" })
        XCTAssertTrue(kept.text.contains("{{fact:first_sync.amazon}}"))
        XCTAssertTrue(kept.text.contains("](guide:contact-support)"))

        let filled = try XCTUnwrap(
            FAQExport.files(from: base, options: FAQExportOptions(format: .markdown, locales: .en, fillFacts: true)).first { $0.path == "en/channel-sync.md" })
        XCTAssertFalse(filled.text.contains("{{fact:"))
        XCTAssertTrue(filled.text.contains("| Amazon | \(base.factText("first_sync.amazon", language: .en)) |"), filled.text)
        XCTAssertTrue(filled.text.contains("](guide:contact-support)"))
    }

    private func write(_ files: [FAQFile], into folder: URL) throws {
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
    }

    private func assertSameGuides(_ expected: [Guide], _ actual: [Guide], file: StaticString = #filePath, line: UInt = #line) throws {
        let key = { (guide: Guide) in "\(guide.locale.rawValue)/\(guide.id)" }
        let actualByKey = Dictionary(actual.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(Set(expected.map(key)), Set(actualByKey.keys), file: file, line: line)
        for original in expected {
            let back = try XCTUnwrap(actualByKey[key(original)], key(original), file: file, line: line)
            XCTAssertEqual(back.id, original.id, file: file, line: line)
            XCTAssertEqual(back.locale, original.locale, file: file, line: line)
            XCTAssertEqual(back.title, original.title, key(original), file: file, line: line)
            XCTAssertEqual(back.question, original.question, key(original), file: file, line: line)
            XCTAssertEqual(back.summary, original.summary, key(original), file: file, line: line)
            XCTAssertEqual(back.intents, original.intents, key(original), file: file, line: line)
            XCTAssertEqual(back.channels, original.channels, key(original), file: file, line: line)
            XCTAssertEqual(back.tags, original.tags, key(original), file: file, line: line)
            XCTAssertEqual(back.faq, original.faq, key(original), file: file, line: line)
            XCTAssertEqual(back.updated, original.updated, key(original), file: file, line: line)
            XCTAssertEqual(back.body, original.body, key(original), file: file, line: line)
            XCTAssertEqual(back.file, original.file, key(original), file: file, line: line)
            XCTAssertEqual(back, original, key(original), file: file, line: line)
        }
    }
}
