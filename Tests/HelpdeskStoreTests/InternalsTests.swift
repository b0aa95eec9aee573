import Foundation
import GRDB
import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// The fast paths give exactly what the general code they stand in for gives.
final class InternalsTests: XCTestCase {
    func testDateTextMatchesGRDB() {
        var generator = SplitMix64(seed: 7)
        var dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -0.0005),
            Date(timeIntervalSince1970: 1_709_251_199.9999), Date(timeIntervalSinceReferenceDate: 0),
            Date(timeIntervalSince1970: 0.0625), Date(timeIntervalSince1970: -0.0625),
            Date(timeIntervalSince1970: 0.0005),
            time("2024-02-29T23:59:59Z"), time("2000-01-01T00:00:00Z"), time("1900-03-01T12:00:00Z"),
        ]
        for _ in 0..<20_000 {
            dates.append(
                Date(timeIntervalSince1970: Double.random(in: -3_000_000_000...5_000_000_000, using: &generator)))
        }
        for date in dates {
            XCTAssertEqual(
                DatabaseDateText.string(date), String.fromDatabaseValue(date.databaseValue),
                "\(date.timeIntervalSince1970)")
        }
    }

    func testDateTextRoundTripsThroughGRDB() {
        let date = Date(timeIntervalSince1970: 1_741_088_551.123)
        let text = DatabaseDateText.string(date)
        XCTAssertEqual(text, "2025-03-04 11:42:31.123")
        let back = Date.fromDatabaseValue(text.databaseValue)
        XCTAssertEqual(back?.timeIntervalSince1970 ?? 0, date.timeIntervalSince1970, accuracy: 0.001)
    }

    func testFastImportTimesMatchISO8601Parse() {
        let samples = [
            "2025-03-04T10:12:31Z", "2024-02-29T23:59:59Z", "1999-12-31T00:00:00Z", "2025-02-29T00:00:00Z",
            "2025-13-01T00:00:00Z", "2025-03-04T24:00:00Z", "2025-03-04T10:12:31+02:00", "2025-03-04",
            "2025-03-04 10:12", "2025-03-04T10:12:31.250Z", "garbage", "", "0999-01-01T00:00:00Z",
        ]
        for sample in samples {
            XCTAssertEqual(ImportTime.parse(sample), ISO8601.parse(sample), sample)
        }
        XCTAssertNotNil(ImportTime.parseUTCSeconds("2025-03-04T10:12:31Z"))
        XCTAssertNil(ImportTime.parseUTCSeconds("2025-02-30T10:12:31Z"), "left to the general parser")
    }

    func testKeysMatchOrderNumberKey() {
        let samples = [
            "#1001", "114-0149180-7966659", "aa-1001 ", "JD 0000 9000", "", "---", "№ Ёж-42", "straße-5", "ﬁ-12",
            "Ǆ", "abcXYZ019", "١٢٣",
        ]
        for sample in samples {
            XCTAssertEqual(LookupKeys.key(sample), OrderNumberKey.make(sample), sample)
            var row = PackedRow()
            row.appendKey(sample)
            XCTAssertEqual(row.string(0), OrderNumberKey.make(sample), sample)
        }
    }

    func testPackedEmailMatchesLookupEmail() {
        for sample in ["Jane@Example.COM", " jane@example.com ", "", "  ", "ÉLODIE@x.fr", "a+b@c.d", "tab\t@x.y"] {
            var row = PackedRow()
            row.appendEmail(sample)
            XCTAssertEqual(row.string(0), LookupKeys.email(sample), sample)
        }
    }
}
