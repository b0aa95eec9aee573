import Foundation
import XCTest

@testable import HelpdeskBatch

final class JSONTextWriterTests: XCTestCase {
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
}
