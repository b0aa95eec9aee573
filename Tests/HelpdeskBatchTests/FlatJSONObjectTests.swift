import Foundation
import XCTest

@testable import HelpdeskBatch

/// Strings are read eight bytes at a time: quotes, escapes, control characters and bytes that are
/// not ASCII must be found at every position of such a word, with the columns reported as before.
final class FlatJSONObjectTests: XCTestCase {
    private let wanted = FlatJSONObject.WantedKeys(["id", "text"])

    private func read(_ bytes: [UInt8]) throws -> [String?] {
        try bytes.withUnsafeBufferPointer { try FlatJSONObject.fields($0, wanted: wanted) }
    }

    private func line(text: [UInt8]) -> [UInt8] {
        Array(#"{"id":"c-1","text":""#.utf8) + text + Array(#"","other":"x"}"#.utf8)
    }

    func testEveryTextReadsBackAtEveryLength() throws {
        let pieces = ["a", "é", "\"", "\\", "\n", "/", "где", "📦", "\u{1F}"]
        for length in 0..<20 {
            for piece in pieces {
                for position in 0...length {
                    var text = String(repeating: "x", count: length)
                    text.insert(contentsOf: piece, at: text.index(text.startIndex, offsetBy: position))
                    let json = try JSONSerialization.data(withJSONObject: ["id": "c-1", "text": text, "other": 1])
                    let fields = try read(Array(json))
                    XCTAssertEqual(fields, ["c-1", text], text.debugDescription)
                }
            }
        }
    }

    func testAControlCharacterIsReportedAtItsColumn() {
        for position in 0..<20 {
            var text = Array(repeating: UInt8(ascii: "x"), count: 20)
            text[position] = 0x01
            let bytes = line(text: text)
            XCTAssertThrowsError(try read(bytes)) { error in
                let syntax = error as? FlatJSONObject.SyntaxError
                XCTAssertEqual(syntax?.reason, "a control character inside a string")
                XCTAssertEqual(syntax?.column, 20 + position + 1)
            }
        }
    }

    func testBytesThatAreNotUTF8AreFoundAtEveryPosition() {
        for position in 0..<20 {
            for bad: [UInt8] in [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xD0]] {
                var text = Array("где мой заказ 12345".utf8.prefix(20))
                if text.count > position { text.insert(contentsOf: bad, at: position) } else { text += bad }
                XCTAssertThrowsError(try read(line(text: text))) { error in
                    XCTAssertEqual(error as? FlatJSONObject.InvalidText, FlatJSONObject.InvalidText(field: "text"))
                }
            }
        }
    }

    func testAStringNotClosedIsReportedAtTheEndOfTheLine() {
        for length in 0..<20 {
            let bytes = Array(#"{"id":""#.utf8) + Array(repeating: UInt8(ascii: "y"), count: length)
            XCTAssertThrowsError(try read(bytes)) { error in
                XCTAssertEqual(
                    error as? FlatJSONObject.SyntaxError,
                    FlatJSONObject.SyntaxError(column: bytes.count + 1, reason: "a string is not closed"))
            }
            let endingInEscape = bytes + [UInt8(ascii: "\\")]
            XCTAssertThrowsError(try read(endingInEscape)) { error in
                XCTAssertEqual(
                    error as? FlatJSONObject.SyntaxError,
                    FlatJSONObject.SyntaxError(column: endingInEscape.count + 2, reason: "a string is not closed"))
            }
        }
    }
}
