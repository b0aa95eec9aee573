import XCTest

@testable import helpdesk

/// The console's reading of a typed line and its Tab completion, case by case.
final class ConsoleInputTests: XCTestCase {
    func testLinesAreMessagesCommandsOrNothing() {
        let cases: [(String, ConsoleInput)] = [
            ("   ", .empty),
            ("where is my order?", .message("where is my order?")),
            ("  /order  114-0149180-7966659 ", .command(.order, argument: "114-0149180-7966659")),
            ("/LOOKUP amelia@example.com", .command(.order, argument: "amelia@example.com")),
            ("/note called back twice", .command(.note, argument: "called back twice")),
            ("/handoff", .command(.handoff, argument: "")),
            ("/exit", .command(.quit, argument: "")),
            ("//order is late", .message("/order is late")),
            ("/refund", .unknownCommand("refund")),
        ]
        for (line, expected) in cases {
            XCTAssertEqual(ConsoleInput.parse(line), expected, line)
        }
    }

    func testTabCompletesCommandsGuideIdsAndLanguages() {
        let completer = ConsoleCompleter(guideIDs: ["channel-sync", "change-order", "track-order"], languages: ["en", "ru"])
        let cases: [(String, ConsoleCompleter.Completion)] = [
            ("/st", .init(insertion: "atus ", choices: [])),
            ("/h", .init(insertion: "", choices: ["/handoff", "/help"])),
            ("/n", .init(insertion: "", choices: ["/new", "/note"])),
            ("/guide ", .init(insertion: "", choices: ["change-order", "channel-sync", "track-order"])),
            ("/guide ch", .init(insertion: "an", choices: ["change-order", "channel-sync"])),
            ("/guide tr", .init(insertion: "ack-order ", choices: [])),
            ("/guide track-order r", .init(insertion: "u ", choices: [])),
            ("/order 11", .init(insertion: "", choices: [])),
            ("where is", .init(insertion: "", choices: [])),
            ("/zzz", .init(insertion: "", choices: [])),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(completer.complete(text), expected, text)
        }
    }
}
