import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskFAQ

/// The static site's files, read as HTML text (the end-to-end tests open them in a browser).
final class HTMLFAQSiteTests: XCTestCase {
    func testOneLanguageIsAFlatSiteWithAnIndexAndAPagePerQuestion() throws {
        let base = try FAQTestSupport.knowledgeBase()
        for language in Language.allCases {
            let selection = try XCTUnwrap(FAQLocaleSelection(rawValue: language.rawValue))
            let files = FAQExport.files(from: base, options: FAQExportOptions(format: .html, locales: selection))
            let guides = FAQTestSupport.faqGuides(base, language)
            XCTAssertEqual(Set(files.map(\.path)), Set(["index.html"] + guides.map { "\($0.id).html" }))
            let index = try XCTUnwrap(files.first { $0.path == "index.html" }).text
            XCTAssertTrue(index.contains("<html lang=\"\(language.rawValue)\">"))
            for guide in guides {
                XCTAssertTrue(index.contains(">\(HTMLText.escape(guide.question))</span>"), "\(language) index lacks \(guide.id)")
                XCTAssertTrue(index.contains("id=\"\(guide.id)\""), "\(language) index lacks the anchor of \(guide.id)")
                let page = try XCTUnwrap(files.first { $0.path == "\(guide.id).html" }).text
                XCTAssertTrue(page.contains("<h1>\(HTMLText.escape(guide.question))</h1>"), guide.id)
                XCTAssertFalse(page.contains("{{fact:"), guide.id)
                XCTAssertFalse(page.contains("guide:"), guide.id)
            }
        }
    }

    func testAllLanguagesGetAFolderEachAndALanguageChooser() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let files = FAQExport.files(from: base, options: FAQExportOptions(format: .html, locales: .all))
        let paths = Set(files.map(\.path))
        XCTAssertTrue(paths.contains("index.html"))
        for language in Language.allCases {
            XCTAssertTrue(paths.contains("\(language.rawValue)/index.html"))
            for guide in FAQTestSupport.faqGuides(base, language) { XCTAssertTrue(paths.contains("\(language.rawValue)/\(guide.id).html")) }
        }
        let chooser = try XCTUnwrap(files.first { $0.path == "index.html" }).text
        XCTAssertTrue(chooser.contains("href=\"en/index.html\"") && chooser.contains("href=\"ru/index.html\""))
        let english = try XCTUnwrap(files.first { $0.path == "en/channel-sync.html" }).text
        XCTAssertTrue(english.contains("href=\"../ru/channel-sync.html\""), "the page links to its translation")
    }

    func testPagesAreSelfContainedAndLinkEachOtherRelatively() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let files = FAQExport.files(from: base, options: FAQExportOptions(format: .html, locales: .all))
        for file in files {
            let text = file.text
            XCTAssertFalse(text.contains("<link "), "\(file.path) loads a style sheet")
            XCTAssertFalse(text.contains("<script src"), "\(file.path) loads a script")
            XCTAssertFalse(text.range(of: #"(src|href)="(https?:)?//"#, options: .regularExpression) != nil, "\(file.path) reaches the network")
            XCTAssertTrue(text.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), file.path)
        }
        let page = try XCTUnwrap(files.first { $0.path == "en/channel-sync.html" }).text
        XCTAssertTrue(page.contains("<a href=\"contact-support.html\">"), "a guide link becomes a relative page link")
        XCTAssertTrue(page.contains("<h2 id=\"the-first-sync-after-connecting-a-store\">"), "headings carry anchors")
        XCTAssertTrue(page.contains("<div class=\"table-scroll\"><table>"), "the first-sync table is a real table")
        let russian = try XCTUnwrap(files.first { $0.path == "ru/channel-sync.html" }).text
        XCTAssertTrue(russian.contains("<table>") && russian.contains("<td>\(base.factText("first_sync.amazon", language: .ru))</td>"))
    }

    func testTheIndexEmbedsItsFAQPageAsJSONLD() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let index = try XCTUnwrap(FAQExport.files(from: base, options: FAQExportOptions(format: .html, locales: .en)).first { $0.path == "index.html" }).text
        let start = try XCTUnwrap(index.range(of: "<script type=\"application/ld+json\">"))
        let end = try XCTUnwrap(index.range(of: "</script>", range: start.upperBound..<index.endIndex))
        let page = try FAQTestSupport.jsonObject(String(index[start.upperBound..<end.lowerBound]))
        XCTAssertEqual(page["@type"] as? String, "FAQPage")
        XCTAssertEqual((page["mainEntity"] as? [Any])?.count, FAQTestSupport.faqGuides(base, .en).count)
    }

    func testTheStatusBannerShowsTheOverallStateAndOpenIncidents() throws {
        let base = try FAQTestSupport.knowledgeBase()
        let now = try XCTUnwrap(ISO8601.parse("2025-03-04T10:10:00Z"))
        let status = ServiceStatus(
            components: [
                StatusComponent(id: "c1", name: "Dashboard", status: .operational, position: 1),
                StatusComponent(id: "c2", name: "Amazon channel", status: .partialOutage, position: 2),
            ],
            incidents: [
                Incident(
                    id: "i1", name: "Amazon imports failing", status: .investigating, impact: .major,
                    startedAt: try XCTUnwrap(ISO8601.parse("2025-03-04T09:00:00Z")), componentIDs: ["c2"],
                    updates: [IncidentUpdate(id: "u1", status: .investigating, body: "We are looking into it.", createdAt: now)]),
                Incident(id: "i0", name: "Old & resolved", status: .resolved, impact: .minor, startedAt: try XCTUnwrap(ISO8601.parse("2025-03-01T09:00:00Z"))),
            ],
            fetchedAt: try XCTUnwrap(ISO8601.parse("2025-03-04T10:00:00Z")), source: "manual")
        let banner = FAQStatusBanner(status: status, now: now, staleAfter: base.facts["status_stale_after"]?.value.seconds)
        let files = FAQExport.files(from: base, options: FAQExportOptions(format: .html, locales: .en, status: banner))
        let index = try XCTUnwrap(files.first { $0.path == "index.html" }).text
        XCTAssertTrue(index.contains("class=\"status status-warn\""), index)
        XCTAssertTrue(index.contains("Some services are unavailable"))
        XCTAssertTrue(index.contains("Affected: Amazon channel"))
        XCTAssertTrue(index.contains("Amazon imports failing"))
        XCTAssertTrue(index.contains("We are looking into it."))
        XCTAssertTrue(index.contains("2025-03-04 09:00 Europe/London"), "times in the desk's time zone")
        XCTAssertFalse(index.contains("Old &amp; resolved"), "closed incidents are not shown")
        XCTAssertFalse(index.contains("may be out of date"))

        let later = FAQStatusBanner(status: status, now: now.addingTimeInterval(3600), staleAfter: base.facts["status_stale_after"]?.value.seconds)
        let stale = FAQExport.files(from: base, options: FAQExportOptions(format: .html, locales: .ru, status: later)).first { $0.path == "index.html" }
        XCTAssertTrue(stale?.text.contains("Этот статус может быть устаревшим.") == true)

        let unknown = FAQStatusBanner(status: ServiceStatus(), now: now, staleAfter: nil)
        let none = FAQExport.files(from: base, options: FAQExportOptions(format: .html, locales: .en, status: unknown)).first { $0.path == "index.html" }
        XCTAssertTrue(none?.text.contains("status-unknown") == true)

        let without = FAQExport.files(from: base, options: FAQExportOptions(format: .html, locales: .en)).first { $0.path == "index.html" }
        XCTAssertFalse(without?.text.contains("class=\"status ") == true)
    }
}
