import XCTest

@testable import HelpdeskStore

/// Dates as each channel writes them, table-driven.
final class MarketplaceDateTests: XCTestCase {
    func testAcceptedShapes() {
        let cases: [(String, MarketplaceDateStyle, String)] = [
            ("2012-01-01 11:13:25 -0500", .iso, "2012-01-01T16:13:25Z"),
            ("2025-03-03T09:00:00+00:00", .iso, "2025-03-03T09:00:00Z"),
            ("2025-03-03T09:00:00-08:00", .iso, "2025-03-03T17:00:00Z"),
            ("2025-03-03T09:00:00.250Z", .iso, "2025-03-03T09:00:00Z"),
            ("2025-03-03 09:00", .iso, "2025-03-03T09:00:00Z"),
            ("2025-03-03", .etsy, "2025-03-03T00:00:00Z"),
            ("Jul-21-25", .ebay, "2025-07-21T00:00:00Z"),
            ("21-Jul-25", .ebay, "2025-07-21T00:00:00Z"),
            ("Jul-21-2025", .ebay, "2025-07-21T00:00:00Z"),
            ("10-Dez-25", .ebay, "2025-12-10T00:00:00Z"),
            ("03-Mär-25", .ebay, "2025-03-03T00:00:00Z"),
            ("21.07.2025", .ebay, "2025-07-21T00:00:00Z"),
            ("Jul-21-25 10:15:00 PDT", .ebay, "2025-07-21T17:15:00Z"),
            ("03/04/25", .etsy, "2025-03-04T00:00:00Z"),
            ("12/31/2024", .etsy, "2024-12-31T00:00:00Z"),
        ]
        for (text, style, expected) in cases {
            let date = MarketplaceDate.parse(text, style: style)
            XCTAssertNotNil(date, text)
            if let date { XCTAssertEqual(date.timeIntervalSince1970, time(expected).timeIntervalSince1970, accuracy: 0.3, text) }
        }
    }

    func testRejectedShapes() {
        let cases: [(String, MarketplaceDateStyle)] = [
            ("yesterday", .iso), ("2025-02-30", .iso), ("2025-03-03 25:00:00", .iso), ("2025-03-03T09:00:00 +5", .iso),
            ("Jul-32-25", .ebay), ("Foo-21-25", .ebay), ("13/01/25", .etsy), ("03/04/205", .etsy), ("Jul-21-25", .etsy),
            ("03/04/25", .ebay), ("", .iso), ("2025-03-03T09:00:00 XYZ", .iso),
        ]
        for (text, style) in cases {
            XCTAssertNil(MarketplaceDate.parse(text, style: style), text)
        }
    }
}
