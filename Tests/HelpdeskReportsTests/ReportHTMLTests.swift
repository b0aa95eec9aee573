import Foundation
import HelpdeskReportsTestSupport
import XCTest

@testable import HelpdeskReports

/// The HTML report's content and its charts (the browser test renders it in Chromium).
final class ReportHTMLTests: XCTestCase {
    func testThePageIsSelfContainedAndHoldsEverySection() throws {
        let fixture = try ReportFixture.get()
        let report = try fixture.report(dimensions: ReportHTML.dimensions)
        let html = ReportHTML(report).html
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no network resources")
        XCTAssertFalse(html.contains("<script"), "no script")
        for id in ["totals", "per-day", "per-hour", "by-intent", "incidents", "unanswered", "by-channel", "by-via", "by-rule"] {
            XCTAssertTrue(html.contains("id=\"\(id)\""), "section \(id)")
        }
        XCTAssertEqual(html.components(separatedBy: "<article class=\"incident\"").count - 1, report.incidents.count)
        // One bar per day, one per hour (two weeks or less), one per intent, one per hour around each incident.
        let bars = html.components(separatedBy: "<rect class=\"bar").count - 1
        let expectedBars =
            report.rows(.day).count + report.rows(.hour).count + report.rows(.intent).count
            + report.incidents.reduce(0) { $0 + $1.timeline.count }
        XCTAssertEqual(bars, expectedBars)
        XCTAssertEqual(
            html.components(separatedBy: "<rect class=\"bar during\"").count - 1,
            report.incidents.reduce(0) { $0 + $1.timeline.filter(\.during).count } + 2,
            "incident hours, and the two incident days")
        XCTAssertTrue(html.contains(HTMLEscaped.text(SampleLog.dogFood[0])), "unanswered questions are listed")
        XCTAssertTrue(html.contains("Delayed Amazon order imports"))
    }

    func testTextIsEscaped() throws {
        let fixture = try ReportFixture.get()
        var report = try fixture.report(dimensions: [.intent])
        report.unanswered = [
            UnansweredQuestion(
                text: "<script>alert(1)</script> & \"quotes\"", count: 1, examples: [], lastAt: "2025-03-04T10:00:00Z")
        ]
        let html = ReportHTML(report).html
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    }

    func testChartScalesAreRound() {
        XCTAssertEqual(ChartScale(highest: 0).ticks, [0, 1])
        XCTAssertEqual(ChartScale(highest: 3).ticks, [0, 1, 2, 3])
        XCTAssertEqual(ChartScale(highest: 11_111).top, 15_000)
        XCTAssertEqual(ChartScale(highest: 11_111).ticks, [0, 5_000, 10_000, 15_000])
        XCTAssertEqual(ChartScale(highest: 40).ticks, [0, 10, 20, 30, 40])
    }

    func testBarsAreAsTallAsTheirValues() throws {
        let chart = SVGBarChart(
            bars: [
                SVGBarChart.Bar(label: "a", value: 10, title: "a"),
                SVGBarChart.Bar(label: "b", value: 5, usual: 2.5, highlighted: true, title: "b"),
            ], caption: "test")
        let svg = chart.svg
        let heights = try NSRegularExpression(
            pattern: #"<rect class="bar[^"]*" x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)""#
        )
        .matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
        .compactMap { Range($0.range(at: 1), in: svg).flatMap { Double(svg[$0]) } }
        XCTAssertEqual(heights.count, 2)
        XCTAssertEqual(heights[0], 2 * heights[1], accuracy: 0.2)
        XCTAssertTrue(svg.contains("class=\"bar during\""))
        XCTAssertTrue(svg.contains("class=\"usual\""))
        XCTAssertTrue(svg.contains("aria-label=\"test\""))
    }
}

/// HTML escaping as the page does it, for looking text up in it.
enum HTMLEscaped {
    static func text(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
