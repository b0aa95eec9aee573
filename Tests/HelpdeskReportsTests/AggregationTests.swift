import Foundation
import HelpdeskCore
import HelpdeskStore
import XCTest

@testable import HelpdeskReports

/// The pure parts of the counting: the desk's clock, hours an incident covers, the usual volume
/// of partial hours, wording groups, and the tally itself on hand-made rows.
final class AggregationTests: XCTestCase {
    private let london = TimeZone(identifier: "Europe/London") ?? .gmt

    func testTheDeskClockFollowsSummerTime() {
        var clock = DeskClock(zone: london)
        func local(_ text: String) -> String {
            DeskClock.hourText(clock.localHour(at: IncidentWindow.milliseconds(date(text))))
        }
        XCTAssertEqual(local("2025-03-30T00:59:59Z"), "2025-03-30 00:00")
        XCTAssertEqual(local("2025-03-30T01:00:00Z"), "2025-03-30 02:00", "clocks go forward at 01:00 UTC")
        XCTAssertEqual(local("2025-10-26T00:30:00Z"), "2025-10-26 01:00")
        XCTAssertEqual(local("2025-10-26T01:30:00Z"), "2025-10-26 01:00", "and back at 01:00 UTC: 01:00 twice")
        XCTAssertEqual(local("2025-06-30T23:30:00Z"), "2025-07-01 00:00", "summer: a new desk day before UTC's")
        XCTAssertEqual(local("1969-12-31T23:00:00Z"), "1970-01-01 00:00", "British Standard Time in 1969: UTC+1")
        // Back and forth across the transitions in any order.
        XCTAssertEqual(local("2025-01-15T12:00:00Z"), "2025-01-15 12:00")
        XCTAssertEqual(local("2025-07-15T12:00:00Z"), "2025-07-15 13:00")
        XCTAssertEqual(local("2025-01-15T12:00:00Z"), "2025-01-15 12:00")
        var kolkata = DeskClock(zone: TimeZone(identifier: "Asia/Kolkata") ?? .gmt)
        XCTAssertEqual(
            DeskClock.hourText(kolkata.localHour(at: IncidentWindow.milliseconds(date("2025-03-04T10:29:00Z")))),
            "2025-03-04 15:00")
        XCTAssertEqual(
            DeskClock.hourText(kolkata.localHour(at: IncidentWindow.milliseconds(date("2025-03-04T10:30:00Z")))),
            "2025-03-04 16:00")
    }

    func testAnIncidentCoversWholeAndPartialHours() {
        let hour = DeskClock.millisecondsPerHour
        let weights = ExchangeTally.hourWeights(localStart: 10 * hour + hour / 2, localEnd: 12 * hour + hour / 4)
        XCTAssertEqual(weights.map(\.hour), [10, 11, 12])
        XCTAssertEqual(weights.map(\.weight), [0.5, 1, 0.25])
        XCTAssertTrue(ExchangeTally.hourWeights(localStart: hour, localEnd: hour).isEmpty)
        XCTAssertEqual(ExchangeTally.hourWeights(localStart: 3 * hour, localEnd: 4 * hour).map(\.weight), [1])
    }

    func testTheTallyCountsHandMadeRows() throws {
        let vocabulary = ExchangeScanVocabulary()
        let settings = ReportSettings(timeZone: london, lowConfidence: 0.5, catchAllRules: ["fallback"], topQuestions: 5)
        let start = IncidentWindow.milliseconds(date("2025-03-05T10:00:00Z"))
        let incident = IncidentWindow(
            id: "i", name: "Outage", components: [], impact: "major", maintenance: false, startedAt: date("2025-03-05T10:00:00Z"),
            resolvedAt: date("2025-03-05T11:00:00Z"), start: start, end: start + DeskClock.millisecondsPerHour)
        var tally = ExchangeTally(settings: settings, vocabulary: vocabulary, incidents: [incident])
        func add(
            _ at: String, intent: String, rule: String, confidence: Double = 0.9, handoff: Bool = false, message: String = "hi"
        ) {
            let row = ExchangeScanRow(
                atMilliseconds: IncidentWindow.milliseconds(date(at)), via: vocabulary.code(for: "chat"),
                language: vocabulary.code(for: "en"), intent: vocabulary.code(for: intent), rule: vocabulary.code(for: rule),
                channel: vocabulary.code(for: nil), confidence: confidence, handoff: handoff)
            tally.add(row) { message }
        }
        // Two normal days with 2 order questions at 10:00; the incident day with 8.
        for day in ["03", "04"] {
            add("2025-03-\(day)T10:15:00Z", intent: "order_status", rule: "order-dispatched")
            add("2025-03-\(day)T10:45:00Z", intent: "order_status", rule: "order-dispatched")
        }
        for minute in 0..<8 { add("2025-03-05T10:0\(minute):00Z", intent: "order_status", rule: "order-dispatched") }
        add("2025-03-05T12:00:00Z", intent: "out_of_scope", rule: "out-of-scope", message: "do you sell gift cards?")
        add(
            "2025-03-05T12:10:00Z", intent: "refund", rule: "fallback", confidence: 0.4, handoff: true,
            message: "Do you sell gift cards")
        let report = tally.report(period: try ReportPeriod(now: date("2025-03-06T00:00:00Z")), dimensions: [.intent, .day])
        XCTAssertEqual(report.totals.exchanges, 14)
        XCTAssertEqual(report.totals.outOfScope, 1)
        XCTAssertEqual(report.totals.lowConfidence, 1)
        XCTAssertEqual(report.totals.unanswered, 2)
        XCTAssertEqual(report.totals.handoffs, 1)
        XCTAssertEqual(report.rows(.day).map(\.exchanges), [2, 2, 10])
        XCTAssertEqual(report.rows(.intent).first?.key, "order_status")
        XCTAssertEqual(report.rows(.intent).first { $0.key == "refund" }?.unanswered, 1)
        XCTAssertEqual(report.normalDays, 2)
        let outage = try XCTUnwrap(report.incidents.first)
        XCTAssertEqual(outage.exchanges, 8)
        XCTAssertEqual(outage.usual, 2)
        XCTAssertEqual(outage.multiplier, 4)
        XCTAssertEqual(outage.orderStatus.multiplier, 4)
        XCTAssertEqual(report.unanswered.map(\.count), [2], "both gift-card questions in one group")
        XCTAssertEqual(report.unanswered.first?.text, "do you sell gift cards?")
        XCTAssertEqual(report.unanswered.first?.lastAt, "2025-03-05T12:10:00Z")
    }

    func testWordingsGroupByTheirContentWords() {
        var groups = WordingGroups()
        let messages = [
            "where is my order 114-0149180-7966659?", "Where is my order 114-1111111-2222222", "where's my order 1042??",
            "где мой заказ 1042?", "Где мой заказ № 77", "где мои заказы",
            "can you recommend a good dog food?", "could you recommend a dog food", "do you sell gift cards",
        ]
        for (index, message) in messages.enumerated() { groups.add(message, at: Int64(index)) }
        let top = groups.top(10)
        let counts = Dictionary(uniqueKeysWithValues: top.map { ($0.text, $0.count) })
        XCTAssertEqual(counts["where is my order 114-0149180-7966659?"], 3, "numbers and word order do not matter: \(top)")
        XCTAssertEqual(counts["где мой заказ 1042?"], 3, "inflections fold: \(top)")
        XCTAssertEqual(counts["can you recommend a good dog food?"], 2)
        XCTAssertEqual(counts["do you sell gift cards"], 1)
        XCTAssertEqual(top.reduce(0) { $0 + $1.count }, messages.count)
        XCTAssertEqual(groups.top(1).count, 1)
        XCTAssertTrue(groups.top(0).isEmpty)
    }

    func testTheVocabularyNumbersTextsOnce() {
        let vocabulary = ExchangeScanVocabulary()
        XCTAssertEqual(vocabulary.code(for: nil), 0)
        let chat = vocabulary.code(for: "chat")
        XCTAssertEqual(vocabulary.code(for: "chat"), chat)
        XCTAssertNotEqual(vocabulary.code(for: ""), chat)
        var codes: Set<Int> = []
        for index in 0..<500 { codes.insert(vocabulary.code(for: "value-\(index)")) }
        XCTAssertEqual(codes.count, 500, "distinct after the table grew")
        XCTAssertEqual(vocabulary.code(for: "value-123"), vocabulary.code(for: "value-123"))
        XCTAssertEqual(vocabulary.text(vocabulary.code(for: "заказ")), "заказ")
        XCTAssertNil(vocabulary.text(0))
        XCTAssertNil(vocabulary.text(10_000))
    }
}
