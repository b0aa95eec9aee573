import HelpdeskCore
import XCTest

@testable import HelpdeskStore

/// The kind, delimiter and header line of order files are told from their first lines.
final class OrderFileDetectorTests: XCTestCase {
    private func detect(_ text: String, _ requested: OrderFileFormat? = nil) throws -> DetectedOrderFile {
        try OrderFileDetector.detect(prefix: text, requested: requested, file: "f")
    }

    func testEverySampleIsRecognised() throws {
        let expected: [(String, OrderFileFormat, UInt8, Int)] = [
            (SampleOrderFiles.shopify, .shopify, UInt8(ascii: ","), 1),
            (SampleOrderFiles.amazonOrderReport, .amazon, UInt8(ascii: "\t"), 1),
            (SampleOrderFiles.amazonUnshipped, .amazon, UInt8(ascii: "\t"), 1),
            (SampleOrderFiles.amazonAllOrders, .amazon, UInt8(ascii: "\t"), 1),
            (SampleOrderFiles.ebayUS, .ebay, UInt8(ascii: ","), 2),
            (SampleOrderFiles.ebayUK, .ebay, UInt8(ascii: ","), 2),
            (SampleOrderFiles.ebayDE, .ebay, UInt8(ascii: ";"), 2),
            (SampleOrderFiles.etsyOrders, .etsy, UInt8(ascii: ","), 1),
            (SampleOrderFiles.etsyItems, .etsy, UInt8(ascii: ","), 1),
        ]
        for (name, format, delimiter, line) in expected {
            let detected = try OrderFileDetector.detect(path: SampleOrderFiles.path(name), requested: nil)
            XCTAssertEqual(detected.format, format, name)
            XCTAssertEqual(detected.csvFormat.delimiter, delimiter, name)
            XCTAssertEqual(detected.headerLine, line, name)
        }
    }

    func testHelpdeskCSVInAnyDelimiterAfterAByteOrderMark() throws {
        XCTAssertEqual(try detect("\u{FEFF}channel,order_number,state\n").format, .helpdesk)
        let semicolons = try detect("order_number;state;channel\n")
        XCTAssertEqual([semicolons.csvFormat.delimiter], [UInt8(ascii: ";")])
        XCTAssertEqual(try detect("order_number\tstate\n").csvFormat.delimiter, UInt8(ascii: "\t"))
    }

    func testPreambleLinesAndASeparatorHint() throws {
        let text = "Orders report\r\n\r\n\"sep=;\"\r\nSales Record Number;Order Number;Buyer Name\r\n"
        let detected = try detect(text)
        XCTAssertEqual(detected.format, .ebay)
        XCTAssertEqual(detected.csvFormat.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(detected.headerLine, 4)
    }

    func testARequestedKindIsLookedForAndOtherwiseTakenFromTheFirstLine() throws {
        let shopify = "Name,Email,Financial Status,Fulfillment Status\n"
        XCTAssertEqual(try detect(shopify, .shopify).format, .shopify)
        let other = try detect("\nfoo;bar;baz\n", .amazon)
        XCTAssertEqual(other.format, .amazon)
        XCTAssertEqual(other.headerLine, 2)
        XCTAssertEqual(other.csvFormat.delimiter, UInt8(ascii: ";"))
    }
}
