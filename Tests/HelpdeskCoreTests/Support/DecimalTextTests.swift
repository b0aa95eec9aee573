import HelpdeskCore
import XCTest

/// Numbers written straight into bytes read as `String(number)` writes them, zero-padded as
/// zeros put before that text would pad it.
final class DecimalTextTests: XCTestCase {
    func testNumbersAreWrittenAsStringWritesThem() {
        let numbers = [0, 1, 9, 10, 99, 100, 12_345, 9_999_999_999, 10_000_000_000, -1, -10, -12_345, Int.max, Int.min]
        for number in numbers {
            for padding in [0, 2, 4, 10, 21] {
                var bytes = Array("x".utf8)
                DecimalText.append(number, padding: padding, to: &bytes)
                let text = String(number)
                let zeros = String(repeating: "0", count: max(0, padding - text.utf8.count))
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "x" + zeros + text, "\(number) padded to \(padding)")
            }
        }
    }
}
