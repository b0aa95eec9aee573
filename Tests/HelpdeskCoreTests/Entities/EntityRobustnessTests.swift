import HelpdeskCore
import XCTest

/// Odd input must neither crash nor invent entities.
final class EntityRobustnessTests: XCTestCase {
    func testUnusualCharacters() {
        let samples = [
            "😀😀😀 order 12345678 😀", "order\u{00A0}12345678", "é", "Ж", "№", "#", "@", "@@@", "1", "-1-", "1Z",
            "заказ 12345678\u{0301}", "café 12345678", "日本語の注文 12345678", "\u{FEFF}order 12345678",
            String(repeating: "9", count: 1000), String(repeating: "1 ", count: 500), String(repeating: "a-", count: 500),
            "order " + String(repeating: "#", count: 50) + "1001", "ends with multibyte ж", "x@y.zz@",
        ]
        for sample in samples {
            let entities = EntityTestSupport.extract(sample)
            for mention in entities.orderNumbers {
                XCTAssertEqual(mention.key, OrderNumberKey.make(mention.text), sample)
            }
        }
        XCTAssertEqual(EntityTestSupport.extract("😀😀😀 order 12345678 😀").orderNumbers.map(\.key), ["12345678"])
        XCTAssertEqual(EntityTestSupport.extract("заказ 12345678").orderNumbers.map(\.key), ["12345678"])
        XCTAssertTrue(EntityTestSupport.extract(String(repeating: "9", count: 1000)).isEmpty)
        XCTAssertTrue(EntityTestSupport.extract(String(repeating: "1 ", count: 500)).isEmpty)
    }

    func testAccentedLatinWordsStayWhole() {
        // "amazonía" is not "amazon"; the digits after it are still read.
        let entities = EntityTestSupport.extract("amazonía 12345678")
        XCTAssertEqual(entities.channels, [])
        XCTAssertEqual(entities.orderNumbers.map(\.key), ["12345678"])
    }

    func testVeryLongMessageIsCutAtAWholeCharacter() {
        let filler = String(repeating: "ж", count: EntityExtractor.maxMessageBytes / 2 + 10)
        let entities = EntityTestSupport.extract("order 12345678 " + filler + " order 87654321")
        XCTAssertEqual(entities.orderNumbers.map(\.key), ["12345678"])
    }

    func testExtractorIsSendableAndSharedAcrossTasks() async {
        let extractor = EntityTestSupport.extractor
        let keys = await withTaskGroup(of: [String].self) { group in
            for i in 0..<8 {
                group.addTask { extractor.extract("order \(10_000_000 + i)").orderNumbers.map(\.key) }
            }
            var all: [String] = []
            for await keys in group { all += keys }
            return all.sorted()
        }
        XCTAssertEqual(keys, (0..<8).map { String(10_000_000 + $0) })
    }
}
