import Foundation
import HelpdeskCore
import XCTest

final class RenderingTests: XCTestCase {
    func testDurationsInWords() throws {
        let base = try Shared.knowledgeBase()
        let english = try XCTUnwrap(base.texts[.en])
        let russian = try XCTUnwrap(base.texts[.ru])
        XCTAssertEqual(english.duration(9000), "2 hours 30 minutes")
        XCTAssertEqual(english.duration(3600), "1 hour")
        XCTAssertEqual(english.duration(60), "1 minute")
        XCTAssertEqual(russian.duration(9000), "2 часа 30 минут")
        XCTAssertEqual(russian.duration(5 * 3600 + 21 * 60), "5 часов 21 минуту")
        XCTAssertEqual(russian.duration(11 * 3600), "11 часов")
        XCTAssertEqual(russian.duration(2 * 86400 + 3600), "2 дня 1 час")
    }

    func testFactTextUsesTheLanguage() throws {
        let base = try Shared.knowledgeBase()
        XCTAssertEqual(base.factText("first_sync.amazon", language: .en), "2 hours 30 minutes")
        XCTAssertEqual(base.factText("first_sync.ebay", language: .ru), "1 час")
    }

    func testDurationParser() {
        XCTAssertEqual(DurationParser.seconds("30m"), 1800)
        XCTAssertEqual(DurationParser.seconds("2h30m"), 9000)
        XCTAssertEqual(DurationParser.seconds("1.5h"), 5400)
        XCTAssertNil(DurationParser.seconds("soon"))
        XCTAssertNil(DurationParser.seconds("30"))
    }

    func testClockTimesAreInTheDeskTimeZone() throws {
        let assistant = try Shared.assistant()
        // 2025-07-01 10:00 UTC is 11:00 in London (summer time).
        let facts = InMemoryFacts(channels: [ChannelState(channel: .shopify, connectedAt: Shared.date("2025-07-01T10:00:00Z"))])
        let reply = try assistant.respond(
            to: "I connected Shopify 10 minutes ago and no orders are showing", facts: facts, now: Shared.date("2025-07-01T10:10:00Z"))
        XCTAssertEqual(reply.rule, "first-sync-in-progress")
        XCTAssertTrue(reply.answer.contains("11:30"), reply.answer)
    }
}

final class LocalTimeTests: XCTestCase {
    /// The fast civil-date arithmetic agrees with Foundation's calendar across years and zones.
    func testAgreesWithTheCalendar() throws {
        for zoneName in ["Europe/London", "Europe/Moscow", "America/Los_Angeles", "Asia/Kolkata", "UTC"] {
            let zone = try XCTUnwrap(TimeZone(identifier: zoneName))
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            var seconds: TimeInterval = -2_000_000_000
            while seconds < 4_000_000_000 {
                let date = Date(timeIntervalSince1970: seconds)
                let expected = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                let local = LocalTimeProbe.components(date, zone)
                XCTAssertEqual(local.year, expected.year, "\(zoneName) \(date)")
                XCTAssertEqual(local.month, expected.month, "\(zoneName) \(date)")
                XCTAssertEqual(local.day, expected.day, "\(zoneName) \(date)")
                XCTAssertEqual(local.hour, expected.hour, "\(zoneName) \(date)")
                XCTAssertEqual(local.minute, expected.minute, "\(zoneName) \(date)")
                seconds += 7_777_777
            }
        }
    }
}
