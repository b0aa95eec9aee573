import HelpdeskCore
import XCTest

/// Messages in plain ASCII take a shorter way through the tokenizer; it must cut the same tokens.
final class TokenizerTests: XCTestCase {
    /// ASCII messages, each also tokenized with a non-ASCII separator appended (which sends it the
    /// general way and adds no token).
    private let messages = [
        "Where is my order #114-0149180-7966659?", "DON'T cancel it", "'quoted' words '' and it's 2PM",
        "rfbs2 x9y 007", "", "   ", "a", "end'", "tab\there\nnew line", "e-mail: Jane.Doe@Example.com",
    ]

    func testAsciiMessagesGiveTheTokensOfTheGeneralWay() {
        for message in messages {
            let fast = Tokenizer.tokens(of: message)
            let general = Tokenizer.tokens(of: message + "\u{2026}")
            XCTAssertEqual(fast, general, message)
        }
    }

    func testAsciiTokensAreLowerCasedWithoutApostrophes() {
        let tokens = Tokenizer.tokens(of: "DON'T cancel 2PM order 42 ''")
        XCTAssertEqual(tokens.map(\.text), ["dont", "cancel", "2pm", "order", "42"])
        XCTAssertEqual(tokens.map(\.kind), [.word, .word, .word, .word, .number])
        XCTAssertFalse(tokens.contains { $0.isCyrillic })
    }
}
