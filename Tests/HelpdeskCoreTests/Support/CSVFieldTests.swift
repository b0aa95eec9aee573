import HelpdeskCore
import XCTest

/// Fields are quoted when they hold a comma, a quote or a line break, with quotes doubled; runs
/// between quotes are copied whole, so quotes at every position must come out doubled.
final class CSVFieldTests: XCTestCase {
    /// The rule, written byte by byte.
    private static func quotedByteByByte(_ value: String) -> String {
        let special: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D]
        guard value.utf8.contains(where: special.contains) else { return value }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in value.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    func testFieldsAreQuotedAsTheRuleSays() {
        var values = ["", "plain", "где мой заказ", "a,b", "line\nbreak", "cr\rhere", "\"", "\"\"", "say \"hi\"", "end\""]
        for piece in ["\"", ",", "\n", "\r", "é"] {
            for position in 0...17 {
                var value = String(repeating: "x", count: 17)
                value.insert(contentsOf: piece, at: value.index(value.startIndex, offsetBy: position))
                values.append(value)
            }
        }
        for value in values {
            var bytes = Array("x,".utf8)
            CSVField.append(value, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "x," + Self.quotedByteByByte(value), value.debugDescription)
            XCTAssertEqual(CSVField.quoted(value), Self.quotedByteByByte(value), value.debugDescription)
        }
        XCTAssertEqual(CSVField.record(["a", "b,c", "d\"e"]), "a,\"b,c\",\"d\"\"e\"\r\n")
    }
}
