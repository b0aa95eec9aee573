import Foundation
import HelpdeskCore
import HelpdeskReports
import HelpdeskReportsTestSupport
import XCTest

/// The report as JSON, CSV and text: stable, complete, and carrying the same figures.
final class ReportOutputTests: XCTestCase {
    func testJSONHasEveryKeyAndDecodesToTheSameReport() throws {
        let fixture = try ReportFixture.get()
        let report = try fixture.report(dimensions: [.intent, .day])
        let json = StableJSON.string(report, pretty: true)
        let decoded = try JSONDecoder().decode(ExchangeReport.self, from: Data(json.utf8))
        XCTAssertEqual(decoded, report)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(
            Set(object.keys),
            [
                "format", "version", "generated_at", "time_zone", "since", "until", "first_at", "last_at",
                "low_confidence_threshold", "totals", "breakdowns", "normal_days", "incidents", "unanswered",
            ])
        XCTAssertEqual(object["format"] as? String, "helpdesk-report")
        XCTAssertTrue(object["since"] is NSNull, "an open bound is null, not missing")
        let breakdowns = try XCTUnwrap(object["breakdowns"] as? [String: Any])
        XCTAssertEqual(Set(breakdowns.keys), ["intent", "day"])
        let incident = try XCTUnwrap((object["incidents"] as? [[String: Any]])?.first)
        for key in [
            "id", "name", "components", "started_at", "resolved_at", "from", "to", "exchanges", "usual", "multiplier",
            "order_status", "intents", "timeline",
        ] {
            XCTAssertNotNil(incident[key], "incident key \(key)")
        }
        XCTAssertEqual(
            json, StableJSON.string(try fixture.report(dimensions: [.intent, .day]), pretty: true),
            "the same log gives the same bytes")
    }

    func testCSVIsOneTableOfTheBreakdownsAsked() throws {
        let fixture = try ReportFixture.get()
        let report = try fixture.report(dimensions: [.via, .channel])
        let text = ReportCSV.text(report, dimensions: [.via, .channel])
        XCTAssertTrue(text.hasSuffix("\r\n"))
        let reader = CSVReader(string: text)
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record.fields) }
        XCTAssertEqual(records.first, ReportCSV.header)
        XCTAssertEqual(records.count, 1 + 1 + report.rows(.via).count + report.rows(.channel).count)
        let total = records[1]
        XCTAssertEqual(Array(total.prefix(3)), ["total", "all", String(fixture.log.entries.count)])
        for record in records.dropFirst(2) {
            let dimension = try XCTUnwrap(ReportDimension(rawValue: record[0]))
            let row = try XCTUnwrap(report.rows(dimension).first { $0.key == record[1] })
            XCTAssertEqual(Int(record[2]), row.exchanges)
            XCTAssertEqual(Double(record[5]), row.handoffRate)
            XCTAssertEqual(Int(record[10]), row.unanswered)
        }
        let vias = records.filter { $0[0] == "via" }.reduce(0) { $0 + (Int($1[2]) ?? 0) }
        XCTAssertEqual(vias, fixture.log.entries.count)
    }

    func testTextShowsTheFigures() throws {
        let fixture = try ReportFixture.get()
        let report = try fixture.report(dimensions: [.intent])
        let text = ReportText(report, dimensions: [.intent]).text
        let outage = try XCTUnwrap(report.incidents.first)
        for needle in [
            "Exchanges", "Handed off", "Out of scope", "Low confidence", "By intent", "order_status",
            "Delayed Amazon order imports", "where is my order", String(outage.orderStatus.exchanges),
            String(format: "×%.2f", outage.orderStatus.multiplier ?? 0), "Top unanswered questions", SampleLog.nonsense,
            "2025-03-27 10:00 to 2025-03-27 13:00",
        ] {
            XCTAssertTrue(text.contains(needle), "the text lacks \(needle)")
        }
        XCTAssertFalse(text.contains("By day"), "only the breakdowns asked for")
    }
}
