import Foundation
import XCTest

@testable import HelpdeskBatch

final class JSONTextWriterTests: XCTestCase {
    func testKeysMadeAheadAreWrittenAsNamedOnes() throws {
        var named = JSONTextWriter()
        var ready = JSONTextWriter()
        named.beginObject()
        ready.beginObject()
        named.key("order_numbers")
        ready.key(JSONKey(written: #""order_numbers":"#))
        named.value(["a"])
        ready.value(["a"])
        named.key("line")
        ready.key(JSONKey(written: #""line":"#))
        named.value(7)
        ready.value(7)
        named.endObject()
        ready.endObject()
        XCTAssertEqual(String(decoding: ready.bytes, as: UTF8.self), String(decoding: named.bytes, as: UTF8.self))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ready.bytes)) as? [String: Any])
        XCTAssertEqual(object["order_numbers"] as? [String], ["a"])
        XCTAssertEqual(object["line"] as? Int, 7)
    }

    /// The writer makes its own room as it goes: one that starts with none writes what one with
    /// plenty writes, and starting again keeps nothing of what was written.
    func testTheTextIsTheSameWhateverRoomTheWriterStartsWith() {
        func write(_ writer: inout JSONTextWriter) {
            writer.removeAll()
            writer.beginObject()
            writer.key("long")
            writer.value(String(repeating: "где \"x\"\n", count: 700))
            for number in 0..<300 {
                writer.key("n")
                writer.value(number * 7_919 - 1_000)
                writer.key("t")
                writer.value(Date(timeIntervalSince1970: Double(number) * 86_399))
                writer.key("d")
                writer.value(Double(number) / 7)
            }
            writer.endObject()
            writer.newline()
        }
        var roomless = JSONTextWriter(capacity: 0)
        var roomy = JSONTextWriter(capacity: 1 << 20)
        write(&roomless)
        write(&roomless)
        write(&roomy)
        XCTAssertEqual(roomless.bytes, roomy.bytes)
        XCTAssertEqual(roomless.withBytes { Array($0) }, roomy.bytes)
        XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(roomless.bytes)))
    }

    func testEveryStringReadsBackAsWritten() throws {
        let texts = [
            "plain", "", "quote \" and backslash \\", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}\u{7F}", "где мой заказ 📦",
            "e\u{301}", "slash / stays", "\u{2028}",
        ]
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.key("texts")
        writer.value(texts)
        writer.key("one")
        writer.value(texts[2])
        writer.key("none")
        writer.value(nil as String?)
        writer.key("count")
        writer.value(42)
        writer.key("confidence")
        writer.value(0.125)
        writer.key("flag")
        writer.value(true)
        writer.endObject()
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any])
        XCTAssertEqual(object["texts"] as? [String], texts)
        XCTAssertEqual(object["one"] as? String, texts[2])
        XCTAssertTrue(object["none"] is NSNull)
        XCTAssertEqual(object["count"] as? Int, 42)
        XCTAssertEqual(object["confidence"] as? Double, 0.125)
        XCTAssertEqual(object["flag"] as? Bool, true)
        XCTAssertTrue(String(decoding: writer.bytes, as: UTF8.self).contains(#"\u001f"#))
    }

    /// Long texts are scanned eight bytes at a time: every byte that needs escaping, at every
    /// position of such a block and next to every other byte value, is escaped as JSONEncoder does.
    func testLongTextsEscapeEveryByteAtEveryPosition() throws {
        let specials: [UInt8] = Array(0x00...0x1F) + [UInt8(ascii: "\""), UInt8(ascii: "\\")]
        let neighbours: [UInt8] = Array(0x20...0x7E) + [0xD0, 0xB3]  // printable ASCII and a Cyrillic letter's bytes
        var texts: [String] = []
        for special in specials {
            for position in 0..<19 {
                var bytes = Array(repeating: neighbours[(position * 7 + Int(special)) % 95], count: 24)
                bytes[position] = special
                texts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        texts.append(String(repeating: "где мой заказ? ", count: 9))
        texts.append(String(decoding: neighbours.filter { $0 < 0x80 }, as: UTF8.self))
        for text in texts {
            var writer = JSONTextWriter()
            writer.value(text)
            XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), Self.escapedByteByByte(text), text.debugDescription)
            let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: .fragmentsAllowed) as? String
            XCTAssertEqual(decoded, text)
        }
    }

    /// RFC 8259 escaping, one byte at a time: the quotation mark, the reverse solidus and control characters.
    private static func escapedByteByByte(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
