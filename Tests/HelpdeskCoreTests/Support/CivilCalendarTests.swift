import Foundation
import XCTest

@testable import HelpdeskCore

final class CivilCalendarTests: XCTestCase {
    func testAgreesWithFoundationsGregorianCalendarBothWays() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "UTC"))
        // Every 37th day from 1600 to 2400, with leap years and century rules on the way.
        for days in stride(from: -135_140, through: 157_000, by: 37) {
            let date = Date(timeIntervalSince1970: Double(days) * 86_400)
            let expected = calendar.dateComponents([.year, .month, .day], from: date)
            let civil = CivilCalendar.date(fromDays: days)
            XCTAssertEqual(civil.year, expected.year)
            XCTAssertEqual(civil.month, expected.month)
            XCTAssertEqual(civil.day, expected.day)
            XCTAssertEqual(CivilCalendar.days(year: civil.year, month: civil.month, day: civil.day), days)
        }
        XCTAssertEqual(CivilCalendar.days(year: 2024, month: 2, day: 29) + 1, CivilCalendar.days(year: 2024, month: 3, day: 1))
        XCTAssertEqual(CivilCalendar.days(year: 1970, month: 1, day: 1), 0)
    }
}
