import Foundation

/// One line the agent typed: the customer's words, a command, or nothing.
enum ConsoleInput: Equatable {
    case empty
    case message(String)
    case command(ConsoleVerb, argument: String)
    case unknownCommand(String)

    /// Reads a line. A line starting with `/` is a command; `//` sends the rest, from its second
    /// slash on, as the customer's words.
    static func parse(_ line: String) -> ConsoleInput {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .empty }
        guard text.hasPrefix("/") else { return .message(text) }
        if text.hasPrefix("//") { return .message(String(text.dropFirst())) }
        let body = text.dropFirst()
        let name = body.prefix { !$0.isWhitespace }
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        guard let verb = ConsoleVerb.named(String(name)) else { return .unknownCommand(String(name)) }
        return .command(verb, argument: argument)
    }
}
