import Foundation
import XCTest

/// `helpdesk faq export` run as a process: every format in both languages, the site opened in
/// headless Chromium, determinism across runs, facts flowing through, and the folder rules.
final class FAQExportEndToEndTests: XCTestCase {
    private let formats = ["markdown", "html", "json", "jsonld", "zendesk", "intercom", "csv"]
    private let folderFormats: Set<String> = ["markdown", "html"]

    func testEveryFormatExportsInEveryLocaleAndOneFileFormatsPrintTheSameBytes() throws {
        let helpdesk = try HelpdeskProcess()
        for format in formats {
            for locale in ["en", "ru", "all"] {
                let out = helpdesk.folder.appendingPathComponent("\(format)-\(locale)")
                let written = try helpdesk.run(["faq", "export", "--format", format, "--locale", locale, "--out", out.path])
                XCTAssertEqual(written.status, 0, "\(format) \(locale): \(written.stderr)")
                let files = try Self.files(in: out)
                XCTAssertFalse(files.isEmpty, "\(format) \(locale)")
                guard !folderFormats.contains(format) else { continue }
                let printed = try helpdesk.run(["faq", "export", "--format", format, "--locale", locale])
                XCTAssertEqual(printed.status, 0, printed.stderr)
                XCTAssertEqual(Data(printed.stdout.utf8), try Data(contentsOf: out), "\(format) \(locale): stdout and --out differ")
                if format != "csv" { _ = try HelpdeskProcess.json(printed.stdout) }
            }
        }
    }

    func testTheSameInputGivesTheSameBytes() throws {
        let helpdesk = try HelpdeskProcess()
        for format in ["html", "markdown"] {
            let first = helpdesk.folder.appendingPathComponent("\(format)-1")
            let second = helpdesk.folder.appendingPathComponent("\(format)-2")
            XCTAssertEqual(try helpdesk.run(["faq", "export", "--format", format, "--out", first.path]).status, 0)
            XCTAssertEqual(try helpdesk.run(["faq", "export", "--format", format, "--out", second.path]).status, 0)
            let a = try Self.files(in: first)
            let b = try Self.files(in: second)
            XCTAssertEqual(Set(a.keys), Set(b.keys))
            for (path, bytes) in a { XCTAssertEqual(bytes, b[path], "\(format) \(path) differs between runs") }
        }
        let one = try helpdesk.run(["faq", "export", "--format", "json"]).stdout
        XCTAssertEqual(one, try helpdesk.run(["faq", "export", "--format", "json"]).stdout)
    }

    func testAChangedFactChangesTheExportedAnswers() throws {
        var helpdesk = try HelpdeskProcess()
        let before = try helpdesk.run(["faq", "export", "--format", "csv", "--locale", "en"]).stdout
        XCTAssertTrue(before.contains("Amazon | 2 hours 30 minutes"), before)
        let copy = helpdesk.folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: helpdesk.knowledgeBase, to: copy)
        let facts = copy.appendingPathComponent("facts.yaml")
        let text = try String(contentsOf: facts, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "  - id: first_sync.amazon\n    value: 2h30m", with: "  - id: first_sync.amazon\n    value: 4h")
        XCTAssertNotEqual(edited, text)
        try edited.write(to: facts, atomically: true, encoding: .utf8)
        helpdesk.knowledgeBase = copy
        let after = try helpdesk.run(["faq", "export", "--format", "csv", "--locale", "en"]).stdout
        XCTAssertTrue(after.contains("Amazon | 4 hours"), after)
        XCTAssertFalse(after.contains("2 hours 30 minutes"))
        let russian = try helpdesk.run(["faq", "export", "--format", "json", "--locale", "ru"]).stdout
        XCTAssertTrue(russian.contains("<td>Amazon</td><td>4 часа</td>"), russian)
    }

    func testTheMarkdownExportBecomesAKnowledgeBaseThatChecksAndExportsTheSame() throws {
        var helpdesk = try HelpdeskProcess()
        let first = helpdesk.folder.appendingPathComponent("markdown")
        XCTAssertEqual(try helpdesk.run(["faq", "export", "--format", "markdown", "--out", first.path]).status, 0)
        let copy = helpdesk.folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: helpdesk.knowledgeBase, to: copy)
        let guides = copy.appendingPathComponent("guides")
        try FileManager.default.removeItem(at: guides)
        try FileManager.default.copyItem(at: first, to: guides)
        helpdesk.knowledgeBase = copy
        let check = try helpdesk.run(["kb", "check"])
        XCTAssertEqual(check.status, 0, check.stderr)
        let second = helpdesk.folder.appendingPathComponent("markdown-again")
        XCTAssertEqual(try helpdesk.run(["faq", "export", "--format", "markdown", "--out", second.path]).status, 0)
        XCTAssertEqual(try Self.files(in: first), try Self.files(in: second), "a re-imported export exports the same bytes")
    }

    func testTheSiteInHeadlessChromiumShowsEveryQuestionTheTableTheStatusAndSearches() throws {
        let chromium = try HeadlessChromium.find()
        let helpdesk = try HelpdeskProcess()
        let set = try helpdesk.run(["status", "set", "Amazon channel", "partial_outage", "--incident", "Amazon imports are running late", "--now", "2025-03-04T09:00:00Z"])
        XCTAssertEqual(set.status, 0, set.stderr)
        let site = helpdesk.folder.appendingPathComponent("site")
        let export = try helpdesk.run(["faq", "export", "--format", "html", "--locale", "all", "--with-status", "--now", "2025-03-04T09:05:00Z", "--out", site.path])
        XCTAssertEqual(export.status, 0, export.stderr)

        for locale in ["en", "ru"] {
            let entries = try XCTUnwrap(try HelpdeskProcess.json(try helpdesk.run(["faq", "export", "--format", "json", "--locale", locale]).stdout)["entries"] as? [[String: Any]])
            XCTAssertGreaterThan(entries.count, 10)
            let index = site.appendingPathComponent("\(locale)/index.html")
            let dom = try chromium.dumpDOM(index)
            for entry in entries {
                let question = try XCTUnwrap(entry["question"] as? String)
                XCTAssertTrue(dom.contains(Self.domText(question)), "\(locale) index lacks “\(question)”")
                XCTAssertTrue(dom.contains("href=\"\(entry["id"] as? String ?? "").html\""))
            }
            XCTAssertTrue(dom.contains("data-search-results=\"\(entries.count)\""), "the search script ran over every question")
            XCTAssertTrue(dom.contains("Amazon imports are running late"), "the status banner is on the page")
            XCTAssertTrue(dom.contains("status-warn"))

            var components = URLComponents(url: index, resolvingAgainstBaseURL: false)
            components?.query = "q=amazon"
            let searched = try chromium.dumpDOM(try XCTUnwrap(components?.url))
            let shown = try XCTUnwrap(Self.attribute("data-search-results", in: searched).flatMap(Int.init))
            XCTAssertTrue(shown > 0 && shown < entries.count, "searching “amazon” shows \(shown) of \(entries.count)")
            XCTAssertEqual(Self.isHidden("channel-sync", in: searched), false, "the Amazon sync question matches “amazon”")
            XCTAssertEqual(Self.isHidden("payment", in: searched), true, "the payment question does not")
            components?.query = "q=zzzzqqq"
            let nothing = try chromium.dumpDOM(try XCTUnwrap(components?.url))
            XCTAssertTrue(nothing.contains("data-search-results=\"0\""))
            XCTAssertTrue(nothing.contains("<p id=\"faq-empty\" class=\"empty\">"), "the no-match note shows")

            let page = try chromium.dumpDOM(site.appendingPathComponent("\(locale)/channel-sync.html"))
            let table = try XCTUnwrap(page.range(of: "<table>").flatMap { start in page.range(of: "</table>", range: start.upperBound..<page.endIndex).map { page[start.lowerBound..<$0.upperBound] } })
            XCTAssertEqual(table.components(separatedBy: "<tr>").count - 1, 7, "a header row and one row per channel: \(table)")
            for channel in ["Amazon", "eBay", "Etsy", "Shopify", "WooCommerce", "Magento"] { XCTAssertTrue(table.contains("<td>\(channel)</td>"), channel) }
            XCTAssertTrue(page.contains("href=\"contact-support.html\""))
            XCTAssertTrue(page.contains("href=\"../\(locale == "en" ? "ru" : "en")/channel-sync.html\""))
        }

        let png = helpdesk.folder.appendingPathComponent("phone.png")
        try chromium.screenshot(site.appendingPathComponent("en/channel-sync.html"), to: png, width: 390, height: 844)
        let bytes = try Data(contentsOf: png)
        XCTAssertGreaterThan(bytes.count, 10_000, "a real picture, not a blank")
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        let width = bytes.count > 24 ? bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
        XCTAssertEqual(width, 390, "taken at phone width")
    }

    func testFolderRulesAndOptionErrors() throws {
        let helpdesk = try HelpdeskProcess()
        let noOut = try helpdesk.run(["faq", "export", "--format", "html"])
        XCTAssertNotEqual(noOut.status, 0)
        XCTAssertTrue(noOut.stderr.contains("--out"), noOut.stderr)
        let statusJSON = try helpdesk.run(["faq", "export", "--format", "json", "--with-status"])
        XCTAssertNotEqual(statusJSON.status, 0)
        XCTAssertTrue(statusJSON.stderr.contains("--with-status"), statusJSON.stderr)
        let badFormat = try helpdesk.run(["faq", "export", "--format", "pdf"])
        XCTAssertNotEqual(badFormat.status, 0)

        let foreign = helpdesk.folder.appendingPathComponent("foreign")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "mine".write(to: foreign.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let refused = try helpdesk.run(["faq", "export", "--format", "html", "--out", foreign.path])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("not empty"), refused.stderr)
        XCTAssertEqual(try Self.files(in: foreign).keys.sorted(), ["notes.txt"])

        let site = helpdesk.folder.appendingPathComponent("site")
        XCTAssertEqual(try helpdesk.run(["faq", "export", "--format", "html", "--out", site.path]).status, 0)
        try "keep me".write(to: site.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try helpdesk.run(["faq", "export", "--format", "html", "--locale", "en", "--out", site.path]).status, 0)
        let files = try Self.files(in: site)
        XCTAssertNotNil(files["CNAME"], "a file the export did not write is kept")
        XCTAssertFalse(files.keys.contains { $0.hasPrefix("ru/") || $0.hasPrefix("en/") }, "the earlier export's files are gone: \(files.keys.sorted())")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("ru").path), "folders the export emptied are removed")
        XCTAssertNotNil(files["index.html"])
        XCTAssertNotNil(files["channel-sync.html"])
    }

    /// Every regular file under `folder` (or the file itself) by relative path.
    private static func files(in folder: URL) throws -> [String: Data] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return [:] }
        guard isFolder.boolValue else { return [folder.lastPathComponent: try Data(contentsOf: folder)] }
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return result
    }

    /// Text as a browser serialises it in a DOM dump (`&`, `<`, `>` escaped).
    private static func domText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Whether the index's list item for `id` carries `hidden` in a DOM dump (`nil` when it is missing).
    private static func isHidden(_ id: String, in dom: String) -> Bool? {
        guard let start = dom.range(of: "<li class=\"question\" id=\"\(id)\""),
            let end = dom.range(of: "<a href=", range: start.upperBound..<dom.endIndex)
        else { return nil }
        return dom[start.upperBound..<end.lowerBound].contains("hidden=\"\"")
    }

    private static func attribute(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: "\(name)=\"") else { return nil }
        return html[start.upperBound...].prefix { $0 != "\"" }.description
    }
}
