import Foundation
import HelpdeskCore
import HelpdeskReports
import HelpdeskReportsTestSupport
import HelpdeskStore
import XCTest

/// Every figure of the report on the sample log against counts made here, straight from the
/// log's entries and the desk's calendar.
final class ReportFiguresTests: XCTestCase {
    func testTotalsMatchCountsOfTheLog() throws {
        let fixture = try ReportFixture.get()
        let entries = fixture.log.entries
        let report = try fixture.report()
        XCTAssertEqual(report.totals.key, "all")
        XCTAssertEqual(report.totals.exchanges, entries.count)
        XCTAssertEqual(report.totals.handoffs, entries.filter(\.handoff).count)
        XCTAssertEqual(report.totals.outOfScope, entries.filter { $0.intent == "out_of_scope" }.count)
        XCTAssertEqual(report.totals.lowConfidence, entries.filter { $0.confidence < fixture.threshold }.count)
        XCTAssertEqual(report.totals.unanswered, entries.filter { $0.isUnanswered(threshold: fixture.threshold) }.count)
        XCTAssertEqual(report.totals.handoffRate, rounded(Double(report.totals.handoffs) / Double(entries.count)), accuracy: 1e-9)
        XCTAssertEqual(report.totals.share, 1)
        XCTAssertEqual(report.lowConfidenceThreshold, fixture.threshold)
        XCTAssertGreaterThan(report.totals.lowConfidence, 0, "the sample has low-confidence messages")
        XCTAssertEqual(report.firstAt, ISO8601.format(try XCTUnwrap(entries.map(\.at).min())))
        XCTAssertEqual(report.lastAt, ISO8601.format(try XCTUnwrap(entries.map(\.at).max())))
        XCTAssertEqual(report.timeZone, "Europe/London")
    }

    func testBreakdownsByIntentChannelViaAndRule() throws {
        let fixture = try ReportFixture.get()
        let entries = fixture.log.entries
        let report = try fixture.report()
        let groupings: [(ReportDimension, (ExchangeLogEntry) -> String)] = [
            (.intent, \.intent), (.channel, { $0.channel ?? "none" }), (.via, \.via), (.rule, \.rule),
        ]
        for (dimension, key) in groupings {
            let expected = Dictionary(grouping: entries, by: key)
            let rows = report.rows(dimension)
            XCTAssertEqual(Set(rows.map(\.key)), Set(expected.keys), "keys by \(dimension)")
            for row in rows {
                let group = expected[row.key] ?? []
                XCTAssertEqual(row.exchanges, group.count, "\(dimension) \(row.key)")
                XCTAssertEqual(row.handoffs, group.filter(\.handoff).count, "\(dimension) \(row.key) hand-offs")
                XCTAssertEqual(row.outOfScope, group.filter { $0.intent == "out_of_scope" }.count)
                XCTAssertEqual(row.lowConfidence, group.filter { $0.confidence < fixture.threshold }.count)
                XCTAssertEqual(row.unanswered, group.filter { $0.isUnanswered(threshold: fixture.threshold) }.count)
                XCTAssertEqual(row.share, rounded(Double(group.count) / Double(entries.count)), accuracy: 1e-9)
            }
            XCTAssertEqual(rows.map(\.exchanges), rows.map(\.exchanges).sorted(by: >), "\(dimension): busiest first")
        }
    }

    func testDaysAndHoursFollowTheDeskClock() throws {
        let fixture = try ReportFixture.get()
        let entries = fixture.log.entries
        let report = try fixture.report()

        let byDay = Dictionary(grouping: entries) { DeskCalendar.day($0.at) }.mapValues(\.count)
        let days = report.rows(.day)
        XCTAssertEqual(days.map(\.key), byDay.keys.sorted(), "one row per desk day, in order")
        for row in days { XCTAssertEqual(row.exchanges, byDay[row.key], row.key) }

        // Every hour from the first exchange to the last, stepped in UTC and read on the desk's
        // clock: the night the clocks go forward has no 01:00.
        let first = try XCTUnwrap(entries.map(\.at).min())
        let last = try XCTUnwrap(entries.map(\.at).max())
        var expectedHours: [String] = []
        var step = DeskCalendar.calendar.dateInterval(of: .hour, for: first)?.start ?? first
        while step <= last {
            let key = DeskCalendar.hour(step)
            if expectedHours.last != key { expectedHours.append(key) }
            step.addTimeInterval(3600)
        }
        let hours = report.rows(.hour)
        XCTAssertEqual(hours.map(\.key), expectedHours)
        XCTAssertFalse(hours.contains { $0.key == "2025-03-30 01:00" }, "01:00 does not exist on 2025-03-30 in London")
        let byHour = Dictionary(grouping: entries) { DeskCalendar.hour($0.at) }.mapValues(\.count)
        for row in hours { XCTAssertEqual(row.exchanges, byHour[row.key] ?? 0, row.key) }
        XCTAssertEqual(hours.reduce(0) { $0 + $1.exchanges }, entries.count)
        // 00:30 in summer time is 23:30 UTC the day before; the desk counts it on its own day.
        XCTAssertGreaterThan(byHour["2025-03-31 00:00"] ?? 0, 0, "the sample has a message at 00:30 on 31 March")
        XCTAssertEqual(hours.first { $0.key == "2025-03-31 00:00" }?.exchanges, byHour["2025-03-31 00:00"])
    }

    func testIncidentsAgainstTheSameHoursOnNormalDays() throws {
        let fixture = try ReportFixture.get()
        let entries = fixture.log.entries
        let report = try fixture.report()
        XCTAssertEqual(report.incidents.map(\.id), ["outage", "slowdown"], "the old incident is outside the log's days")

        // Normal days: days of the log that no incident touched.
        let incidentDays: Set<String> = ["2025-03-27", "2025-04-01"]
        let allDays = Set(entries.map { DeskCalendar.day($0.at) })
        let normalDays = allDays.subtracting(incidentDays)
        XCTAssertEqual(report.normalDays, normalDays.count)

        /// The average over normal days of what fell in [from, to) minutes of the desk's clock.
        func usual(fromMinute: Int, toMinute: Int, _ include: (ExchangeLogEntry) -> Bool) -> Double {
            let matching = entries.filter { entry in
                guard normalDays.contains(DeskCalendar.day(entry.at)), include(entry) else { return false }
                let parts = DeskCalendar.calendar.dateComponents([.hour, .minute], from: entry.at)
                let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
                return minute >= fromMinute && minute < toMinute
            }
            return Double(matching.count) / Double(normalDays.count)
        }
        let isOrderStatus: (ExchangeLogEntry) -> Bool = { $0.intent == "order_status" }

        // The outage covers whole hours, 10:00–13:00: the usual volume is the average of those hours.
        let outage = try XCTUnwrap(report.incidents.first)
        let outageWindow = date(SampleLog.outageStart)..<date(SampleLog.outageEnd)
        let during = entries.filter { outageWindow.contains($0.at) }
        XCTAssertEqual(outage.exchanges, during.count)
        XCTAssertEqual(outage.orderStatus.intent, "order_status")
        XCTAssertEqual(outage.orderStatus.exchanges, during.filter(isOrderStatus).count)
        XCTAssertGreaterThanOrEqual(outage.orderStatus.exchanges, SampleLog.outageOrderStatus)
        let usualAll = usual(fromMinute: 600, toMinute: 780) { _ in true }
        let usualOrders = usual(fromMinute: 600, toMinute: 780, isOrderStatus)
        XCTAssertEqual(try XCTUnwrap(outage.usual), usualAll, accuracy: 0.0005)
        XCTAssertEqual(try XCTUnwrap(outage.orderStatus.usual), usualOrders, accuracy: 0.0005)
        XCTAssertEqual(try XCTUnwrap(outage.multiplier), Double(during.count) / usualAll, accuracy: 0.005)
        XCTAssertEqual(
            try XCTUnwrap(outage.orderStatus.multiplier), Double(outage.orderStatus.exchanges) / usualOrders, accuracy: 0.005)
        XCTAssertGreaterThan(try XCTUnwrap(outage.orderStatus.multiplier), 2, "the outage multiplies \"where is my order?\"")
        let imports = try XCTUnwrap(outage.intents.first { $0.intent == "orders_not_imported" })
        XCTAssertEqual(imports.exchanges, during.filter { $0.intent == "orders_not_imported" }.count)
        XCTAssertEqual(outage.hours, 3)
        XCTAssertEqual(outage.components, ["Amazon channel"])
        XCTAssertEqual(outage.impact, "major")
        XCTAssertEqual(outage.resolvedAt, SampleLog.outageEnd)

        // The slowdown covers half of 14:00 and a quarter of 15:00 (summer time).
        let slowdown = try XCTUnwrap(report.incidents.last)
        let slowdownWindow = date(SampleLog.slowdownStart)..<date(SampleLog.slowdownEnd)
        XCTAssertEqual(slowdown.exchanges, entries.filter { slowdownWindow.contains($0.at) }.count)
        let expected =
            0.5 * usual(fromMinute: 840, toMinute: 900) { _ in true } + 0.25 * usual(fromMinute: 900, toMinute: 960) { _ in true }
        XCTAssertEqual(try XCTUnwrap(slowdown.usual), expected, accuracy: 0.0005)
        XCTAssertEqual(slowdown.hours, 0.75)

        // The timeline: the incident's hours marked, three hours either side.
        let marked = outage.timeline.filter(\.during).map(\.start)
        XCTAssertEqual(marked, ["2025-03-27 10:00", "2025-03-27 11:00", "2025-03-27 12:00"])
        XCTAssertEqual(outage.timeline.first?.start, "2025-03-27 07:00")
        XCTAssertEqual(outage.timeline.last?.start, "2025-03-27 15:00")
        let byHour = Dictionary(grouping: entries) { DeskCalendar.hour($0.at) }
        for hour in outage.timeline {
            XCTAssertEqual(hour.exchanges, byHour[hour.start]?.count ?? 0, hour.start)
            XCTAssertEqual(hour.orderStatus, byHour[hour.start]?.filter(isOrderStatus).count ?? 0, hour.start)
            let minute = (Int(hour.start.suffix(5).prefix(2)) ?? 0) * 60
            XCTAssertEqual(
                try XCTUnwrap(hour.usual), usual(fromMinute: minute, toMinute: minute + 60) { _ in true }, accuracy: 0.0005)
        }
    }

    func testUnansweredQuestionsAreGroupedBySimilarWording() throws {
        let fixture = try ReportFixture.get()
        let entries = fixture.log.entries
        let report = try fixture.report()
        let families: [(String, [String])] = [
            ("dog food", SampleLog.dogFood), ("gift cards", SampleLog.giftCards), ("buy a dog", SampleLog.buyDog),
            ("garbled", [SampleLog.garbled]), ("nonsense", [SampleLog.nonsense]),
        ]
        var expected: [(name: String, count: Int, wordings: Set<String>)] = []
        for (name, wordings) in families {
            let asked = entries.filter { wordings.contains($0.message) && $0.isUnanswered(threshold: fixture.threshold) }
            XCTAssertGreaterThan(asked.count, 0, "the sample has \(name) questions")
            expected.append((name, asked.count, Set(asked.map(\.message))))
        }
        XCTAssertEqual(
            report.unanswered.reduce(0) { $0 + $1.count }, report.totals.unanswered, "every unanswered message is in a group")
        XCTAssertEqual(report.unanswered.count, families.count)
        for group in report.unanswered {
            let family = try XCTUnwrap(expected.first { $0.wordings.contains(group.text) }, "unexpected group \(group.text)")
            XCTAssertEqual(group.count, family.count, family.name)
            XCTAssertTrue(Set(group.examples).isSubset(of: family.wordings), "\(family.name): \(group.examples)")
            XCTAssertEqual(group.examples.count, family.wordings.count - 1, "\(family.name): every other wording is shown")
        }
        XCTAssertEqual(report.unanswered.map(\.count), report.unanswered.map(\.count).sorted(by: >))
    }

    func testThePeriodBoundsTheExchangesCounted() throws {
        let fixture = try ReportFixture.get()
        let since = "2025-03-27T00:00:00Z"
        let until = "2025-03-29T00:00:00Z"
        let report = try fixture.report(since: since, until: until)
        let window = date(since)..<date(until)
        let inside = fixture.log.entries.filter { window.contains($0.at) }
        XCTAssertEqual(report.totals.exchanges, inside.count)
        XCTAssertEqual(report.since, since)
        XCTAssertEqual(report.until, until)
        XCTAssertEqual(report.rows(.day).map(\.key), ["2025-03-27", "2025-03-28"])
        XCTAssertEqual(report.rows(.hour).count, 48, "every hour of the two days, empty ones included")
        XCTAssertEqual(report.incidents.map(\.id), ["outage"])
        XCTAssertEqual(report.normalDays, 1)
    }

    func testAnIncidentStillOpenRunsToNow() throws {
        let fixture = try ReportFixture.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-report-open-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase(path: folder.appendingPathComponent("open.sqlite").path)
        try database.recordExchanges(fixture.log.entries)
        var open = fixture.log.incidents[0]
        open.status = .identified
        open.resolvedAt = nil
        try database.saveServiceStatus(
            ServiceStatus(components: fixture.log.components, incidents: [open]), fetchedAt: open.startedAt, source: "tests")
        let now = date("2025-03-27T12:00:00Z")
        let report = try ExchangeReportReader(database: database, settings: try fixture.settings)
            .report(period: try ReportPeriod(now: now), dimensions: [.day])
        let incident = try XCTUnwrap(report.incidents.first)
        XCTAssertNil(incident.resolvedAt)
        XCTAssertEqual(incident.to, "2025-03-27T12:00:00Z")
        XCTAssertEqual(incident.exchanges, fixture.log.entries.filter { ($0.at >= open.startedAt) && $0.at < now }.count)
        XCTAssertEqual(report.totals.exchanges, fixture.log.entries.count, "no --until: the whole log")
    }

    func testAnEmptyLogGivesAnEmptyReport() throws {
        let fixture = try ReportFixture.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-report-empty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase(path: folder.appendingPathComponent("empty.sqlite").path)
        let report = try ExchangeReportReader(database: database, settings: try fixture.settings)
            .report(period: try ReportPeriod(now: date("2025-04-03T09:00:00Z")), dimensions: ReportDimension.allCases)
        XCTAssertEqual(report.totals.exchanges, 0)
        XCTAssertEqual(report.totals.handoffRate, 0)
        XCTAssertNil(report.firstAt)
        XCTAssertTrue(report.rows(.day).isEmpty)
        XCTAssertTrue(report.rows(.intent).isEmpty)
        XCTAssertTrue(report.unanswered.isEmpty)
        XCTAssertTrue(report.incidents.isEmpty)
        XCTAssertTrue(ReportText(report, dimensions: [.day]).text.contains("No exchanges in this period."))
    }

    func testAPeriodThatEndsBeforeItStartsIsRefused() {
        XCTAssertThrowsError(
            try ReportPeriod(since: date("2025-03-02T00:00:00Z"), until: date("2025-03-01T00:00:00Z"), now: Date())
        ) {
            XCTAssertEqual($0 as? ReportError, .emptyPeriod(since: "2025-03-02T00:00:00Z", until: "2025-03-01T00:00:00Z"))
        }
    }

    private func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
