import Foundation
import HelpdeskCore
import XCTest

/// Times written straight into a byte buffer must read as `ISO8601.format` writes them, and the
/// ones written by the format style must be left to it.
final class ISO8601AppendTests: XCTestCase {
    func testWholeSecondsAreAppendedAsFormatted() throws {
        let dates = [
            Date(timeIntervalSince1970: 0), try XCTUnwrap(ISO8601.parse("2025-03-04T10:12:31Z")),
            try XCTUnwrap(ISO8601.parse("2024-02-29T23:59:59Z")), try XCTUnwrap(ISO8601.parse("9999-12-31T23:59:59Z")),
        ]
        for date in dates {
            var bytes = Array("x".utf8)
            XCTAssertTrue(ISO8601.append(date, to: &bytes))
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "x" + ISO8601.format(date))
            XCTAssertEqual(String(decoding: bytes.dropFirst(), as: UTF8.self), date.formatted(Date.ISO8601FormatStyle()))
        }
    }

    func testFractionsAndOtherYearsAppendNothing() {
        for date in [Date(timeIntervalSince1970: 1.5), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: 253_402_300_800)] {
            var bytes: [UInt8] = []
            XCTAssertFalse(ISO8601.append(date, to: &bytes))
            XCTAssertTrue(bytes.isEmpty)
        }
    }
}
