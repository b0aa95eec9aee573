import Foundation
import XCTest

@testable import HelpdeskCore

final class FixedDecimalTextTests: XCTestCase {
    /// Two decimals exactly as `String(format: "%.2f")` writes them: ties (0.125, 0.375), values
    /// just either side of a tie, hundredths, large and negative values, and many in 0…1.
    func testMatchesPrintfFormatting() {
        var values: [Double] = [
            0, -0.0, 1, 0.125, 0.375, 0.625, 0.875, 0.005, 0.015, 0.045, 0.445, 0.455, 0.995, 0.999, 1.005, 2.675, 0.45,
            123_456.785, 1e8, 2e9, -1.5, .nan, .infinity, -.infinity, 1 - exp(-1.0), .ulpOfOne, .leastNonzeroMagnitude,
        ]
        for tie in stride(from: 0.0, through: 200, by: 1) {
            let value = (2 * tie + 1) / 200
            values += [value, value.nextUp, value.nextDown]
        }
        for thousandth in 0...2000 { values.append(Double(thousandth) / 1000) }
        var generator = SplitMix64(seed: 42)
        for _ in 0..<20_000 { values.append(Double(generator.next() >> 11) / Double(1 << 53)) }
        for value in values {
            XCTAssertEqual(FixedDecimalText.twoDecimals(value), String(format: "%.2f", value), "\(value)")
        }
    }
}
