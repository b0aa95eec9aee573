import HelpdeskCore
import XCTest

final class UnderstandingTests: XCTestCase {
    private func intent(_ text: String) throws -> Intent {
        try Shared.assistant().understand(text).intent
    }

    func testTokensAreLowerCasedAndFoldYo() {
        let tokens = Tokenizer.tokens(of: "Где мой ЗАКАЗ, всё ещё? Don't")
        XCTAssertEqual(tokens.map(\.text), ["где", "мой", "заказ", "все", "еще", "dont"])
        XCTAssertTrue(tokens[0].isCyrillic)
    }

    func testTyposAreTolerated() throws {
        XCTAssertEqual(try intent("i want to cacnel my ordr"), .cancelOrder)
        XCTAssertEqual(try intent("were is my pakage"), .orderStatus)
        XCTAssertEqual(try intent("refnud please"), .refund)
    }

    func testNegationReversesTheAction() throws {
        let assistant = try Shared.assistant()
        let understanding = assistant.understand("I don't want to cancel, where is my order?")
        XCTAssertEqual(understanding.intent, .orderStatus)
        XCTAssertTrue(understanding.negated.contains("cancel"))
        XCTAssertEqual(try intent("I do not know how to cancel my order"), .cancelOrder)
        XCTAssertEqual(try intent("не хочу отменять заказ, где он?"), .orderStatus)
    }

    func testRussianInflectionsAreOneConcept() throws {
        for text in ["где мой заказ", "статус заказа", "что с моим заказом", "где посылка", "посылку не получил"] {
            XCTAssertEqual(try intent(text), .orderStatus, text)
        }
    }

    func testKeywordOnlyMessages() throws {
        XCTAssertEqual(try intent("refund"), .refund)
        XCTAssertEqual(try intent("tracking"), .orderStatus)
        XCTAssertEqual(try intent("возврат"), .refund)
    }

    func testIndirectQuestions() throws {
        XCTAssertEqual(try intent("has my parcel left yet?"), .orderStatus)
        XCTAssertEqual(try intent("was my stuff delivered"), .orderStatus)
        XCTAssertEqual(try intent("any news on 114-0149180-7966659?"), .orderStatus)
    }

    func testOutOfScopeIsRecognised() throws {
        for text in ["I need my invoice", "unsubscribe me from your newsletter", "tell me a joke", "how do I open a gold account"] {
            XCTAssertEqual(try intent(text), .outOfScope, text)
        }
    }

    func testLanguageIsDetected() throws {
        let assistant = try Shared.assistant()
        XCTAssertEqual(assistant.understand("где мой заказ с Amazon?").language, .ru)
        XCTAssertEqual(assistant.understand("where is my order?").language, .en)
    }

    func testConfidenceIsBetweenZeroAndOne() throws {
        let assistant = try Shared.assistant()
        for text in ["", "refund", "asdf qwer", String(repeating: "order ", count: 2000), "'; DROP TABLE orders; --"] {
            let confidence = assistant.understand(text).confidence
            XCTAssertTrue((0...1).contains(confidence), "\(text.prefix(20)): \(confidence)")
        }
    }
}
