import Foundation
import HelpdeskCore
import HelpdeskReports
import HelpdeskReportsTestSupport
import HelpdeskStore
import XCTest

/// `helpdesk report`, `log export` and `log prune` run as a user runs them, on a database filled
/// with the sample log (with two incidents), the figures checked against counts made here.
final class ReportEndToEndTests: XCTestCase {
    private static let now = "2025-04-03T09:00:00Z"
    private let log = SampleLog()

    private func filled() throws -> HelpdeskProcess {
        let helpdesk = try HelpdeskProcess()
        try log.record(into: try helpdesk.openDatabase())
        return helpdesk
    }

    private var threshold: Double {
        get throws {
            try XCTUnwrap(
                (try KnowledgeBase.load(from: HelpdeskProcess.root.appendingPathComponent("KnowledgeBase"))).facts[
                    "low_confidence"]?.value.number)
        }
    }

    func testTheJSONReportCountsTheLog() throws {
        let helpdesk = try filled()
        let report = try helpdesk.report(["--now", Self.now, "--by", "intent", "--by", "via"])
        let entries = log.entries
        XCTAssertEqual(report.totals.exchanges, entries.count)
        XCTAssertEqual(report.totals.handoffs, entries.filter(\.handoff).count)
        XCTAssertEqual(report.totals.outOfScope, entries.filter { $0.intent == Intent.outOfScope.rawValue }.count)
        let threshold = try threshold
        XCTAssertEqual(report.totals.lowConfidence, entries.filter { $0.confidence < threshold }.count)
        XCTAssertEqual(Set(report.breakdowns.keys), ["intent", "via"])
        for row in report.rows(.via) { XCTAssertEqual(row.exchanges, entries.filter { $0.via == row.key }.count, row.key) }
        let outage = try XCTUnwrap(report.incidents.first { $0.id == "outage" })
        let window = try XCTUnwrap(ISO8601.parse(SampleLog.outageStart))..<(try XCTUnwrap(ISO8601.parse(SampleLog.outageEnd)))
        XCTAssertEqual(
            outage.orderStatus.exchanges, entries.filter { window.contains($0.at) && $0.intent == "order_status" }.count)
        XCTAssertGreaterThan(try XCTUnwrap(outage.orderStatus.multiplier), 2)

        let bounded = try helpdesk.report(["--now", Self.now, "--since", "2025-03-27", "--until", "2025-03-28"])
        let day = try XCTUnwrap(ISO8601.parse("2025-03-27"))..<(try XCTUnwrap(ISO8601.parse("2025-03-28")))
        XCTAssertEqual(bounded.totals.exchanges, entries.filter { day.contains($0.at) }.count)
        XCTAssertEqual(bounded.rows(.day).map(\.key), ["2025-03-27"])
        let sameByPath = try HelpdeskProcess.report(
            database: helpdesk.database.path, ["--now", Self.now, "--by", "intent", "--by", "via"])
        XCTAssertEqual(sameByPath, report)
        let lastDays = try helpdesk.report(["--now", Self.now, "--since", "3d"])
        let since = try XCTUnwrap(ISO8601.parse(Self.now)).addingTimeInterval(-3 * 86_400)
        XCTAssertEqual(lastDays.totals.exchanges, entries.filter { $0.at >= since }.count, "a duration back from --now")
    }

    func testTextAndCSV() throws {
        let helpdesk = try filled()
        let text = try helpdesk.run(["report", "--now", Self.now])
        XCTAssertEqual(text.status, 0, text.stderr)
        for needle in [
            "Exchange log report", "By intent", "By day", "Delayed Amazon order imports", "where is my order",
            "Top unanswered questions",
        ] {
            XCTAssertTrue(text.stdout.contains(needle), "text lacks \(needle)")
        }
        let csv = try helpdesk.run(["report", "--now", Self.now, "--format", "csv", "--by", "channel"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.first, ReportCSV.header.joined(separator: ","))
        XCTAssertTrue(lines[1].hasPrefix("total,all,\(log.entries.count),"))
        XCTAssertEqual(lines.count, 2 + Set(log.entries.map { $0.channel ?? "none" }).count)
    }

    func testBadOptionsAreExplained() throws {
        let helpdesk = try HelpdeskProcess()
        let cases: [([String], String)] = [
            (["report", "--since", "last tuesday"], "--since 'last tuesday'"),
            (["report", "--html"], "--html needs --out"),
            (["report", "--out", "x"], "--out is for --html"),
            (["report", "--by", "week"], "week"),
            (["report", "--since", "2025-03-02", "--until", "2025-03-01"], "the period is empty"),
            (["log", "prune"], "--before"),
            (["log", "prune", "--before", "2099-01-01", "--now", Self.now], "later than now"),
            (["log", "export", "--format", "xml"], "xml"),
        ]
        for (arguments, message) in cases {
            let result = try helpdesk.run(arguments)
            XCTAssertNotEqual(result.status, 0, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains(message), "\(arguments.joined(separator: " ")): \(result.stderr)")
        }
    }

    func testTheHTMLReportRendersInHeadlessChromium() throws {
        let chromium = try HeadlessChromium.find()
        let helpdesk = try filled()
        let out = helpdesk.folder.appendingPathComponent("report")
        let result = try helpdesk.run(["report", "--html", "--out", out.path, "--now", Self.now])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = out.appendingPathComponent("index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertFalse(
            html.contains("http://") || html.contains("https://") || html.contains("<script"), "self-contained, no script")
        let report = try JSONDecoder().decode(
            ExchangeReport.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        XCTAssertEqual(report.totals.exchanges, log.entries.count)

        // A copy with a probe that measures what the browser drew.
        let probe = """
            <script>
            const charts = [...document.querySelectorAll('svg.chart')];
            const bars = [...document.querySelectorAll('svg.chart rect.bar')];
            const days = [...document.querySelectorAll('#per-day rect.bar')].map(b => b.getBoundingClientRect().height);
            const d = document.body.dataset;
            d.charts = charts.length;
            d.narrowestChart = Math.round(Math.min(...charts.map(c => c.getBoundingClientRect().width)));
            d.bars = bars.length;
            d.drawnBars = bars.filter(b => b.getBoundingClientRect().width > 0).length;
            d.tallestDay = days.indexOf(Math.max(...days));
            d.overflows = document.documentElement.scrollWidth > window.innerWidth ? 'yes' : 'no';
            </script>
            """
        let probed = out.appendingPathComponent("probed.html")
        try html.replacingOccurrences(of: "</body>", with: probe + "</body>").write(to: probed, atomically: true, encoding: .utf8)
        let dom = try chromium.dumpDOM(probed)
        func measured(_ name: String) -> String? {
            guard let start = dom.range(of: "data-\(name)=\"") else { return nil }
            return dom[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
        let expectedCharts = 3 + report.incidents.count  // per day, per hour, by intent, one per incident
        XCTAssertEqual(measured("charts"), String(expectedCharts))
        let barCount =
            report.rows(.day).count + report.rows(.hour).count + report.rows(.intent).count
            + report.incidents.reduce(0) { $0 + $1.timeline.count }
        XCTAssertEqual(measured("bars"), String(barCount))
        XCTAssertEqual(measured("drawn-bars"), String(barCount), "every bar is drawn")
        let busiest = report.rows(.day).enumerated().max { $0.element.exchanges < $1.element.exchanges }?.offset
        XCTAssertEqual(measured("tallest-day"), busiest.map(String.init), "the tallest day bar is the busiest day")
        XCTAssertGreaterThan(Int(measured("narrowest-chart") ?? "") ?? 0, 300)
        for needle in [
            "Exchange log report", "Delayed Amazon order imports", "Where is my order?", "Top unanswered questions",
            SampleLog.nonsense,
        ] {
            XCTAssertTrue(dom.contains(needle), "the rendered page lacks \(needle)")
        }

        let phone = helpdesk.folder.appendingPathComponent("phone.png")
        try chromium.screenshot(page, to: phone, width: 390, height: 844)
        let png = try Data(contentsOf: phone)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        XCTAssertGreaterThan(png.count, 10_000, "a real picture, not a blank")
        let narrow = try chromium.dumpDOM(probed, width: 390, height: 844)
        XCTAssertTrue(narrow.contains("data-overflows=\"no\""), "nothing wider than a phone")
    }

    func testExportStreamsTheLogAndRedacts() throws {
        let helpdesk = try filled()
        let database = try helpdesk.openDatabase()
        try database.recordExchange(
            ExchangeLogEntry(
                at: try XCTUnwrap(ISO8601.parse("2025-04-02T18:30:00Z")), via: "email",
                message:
                    "My name is Olga Ivanova, order 114-0149180-7966659 never came to 12 Baker Street. Call +44 7700 900123 or olga@example.com",
                language: "en", intent: "order_status", confidence: 0.9, rule: "order-not-found",
                answer: "We could not find that order."))
        let total = log.entries.count + 1
        let jsonl = try helpdesk.run(["log", "export"])
        XCTAssertEqual(jsonl.status, 0, jsonl.stderr)
        let lines = jsonl.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, total)
        XCTAssertTrue(jsonl.stdout.contains("Olga Ivanova"), "not redacted unless asked")
        XCTAssertEqual(Set(lines.map { String($0.prefix(2)) }), ["{\""])

        let file = helpdesk.folder.appendingPathComponent("shared.csv")
        let csv = try helpdesk.run(["log", "export", "--format", "csv", "--redact", "--out", file.path])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stderr.contains("\(total) exchanges, redacted"), csv.stderr)
        let text = try String(contentsOf: file, encoding: .utf8)
        let reader = try CSVReader(path: file.path)
        var records = 0
        while try reader.next() != nil { records += 1 }
        XCTAssertEqual(records, total + 1, "a header and every exchange")
        for gone in ["Olga", "Ivanova", "12 Baker Street", "7700 900123", "olga@example.com"] {
            XCTAssertFalse(text.contains(gone), gone)
        }
        for kept in ["[name]", "[address]", "[phone]", "[email]", "114-0149180-7966659"] {
            XCTAssertTrue(text.contains(kept), kept)
        }

        let recent = try helpdesk.run(["log", "export", "--since", "2025-04-02", "--now", Self.now])
        let expected = log.entries.filter { $0.at >= (ISO8601.parse("2025-04-02") ?? Date()) }.count + 1
        XCTAssertEqual(recent.stdout.split(separator: "\n").count, expected)
    }

    func testPruneRemovesOldExchangesAndSaysHowMany() throws {
        let helpdesk = try filled()
        let cutoff = "2025-03-30T00:00:00Z"
        let older = log.entries.filter { $0.at < (ISO8601.parse(cutoff) ?? Date()) }.count
        let result = try helpdesk.run(["log", "prune", "--before", cutoff, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let summary = try HelpdeskProcess.json(result.stdout)
        XCTAssertEqual(summary["exchanges"] as? Int, older)
        XCTAssertEqual(summary["transcript_lines"] as? Int, 0)
        XCTAssertEqual(summary["before"] as? String, cutoff)
        let report = try helpdesk.report(["--now", Self.now])
        XCTAssertEqual(report.totals.exchanges, log.entries.count - older)
        // A duration back from --now: four days before 2025-04-03 09:00.
        let again = try helpdesk.run(["log", "prune", "--before", "4d", "--now", Self.now])
        XCTAssertEqual(again.status, 0, again.stderr)
        let between = log.entries.filter {
            $0.at >= (ISO8601.parse(cutoff) ?? Date()) && $0.at < (ISO8601.parse("2025-03-30T09:00:00Z") ?? Date())
        }
        XCTAssertGreaterThan(between.count, 0, "the sample has messages on the night of 30 March")
        XCTAssertEqual(
            again.stdout.trimmingCharacters(in: .newlines),
            "Removed \(between.count) exchange\(between.count == 1 ? "" : "s"), 0 transcript lines and 0 conversations from before 2025-03-30T09:00:00Z."
        )
    }
}
