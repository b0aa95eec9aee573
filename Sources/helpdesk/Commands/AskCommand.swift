import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

/// How a message reached the desk.
enum Via: String, ExpressibleByArgument, CaseIterable {
    case chat, phone, email
}

/// Output formats of commands that print data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask", abstract: "Answer one support message and log the exchange.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "How the message arrived: chat, phone or email.")
    var via: Via = .chat

    @Option(help: "Conversation id to log the exchange under.")
    var conversation: String?

    @Argument(help: "The customer's message.")
    var message: [String]

    func validate() throws {
        let text = message.joined(separator: " ")
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("The message is empty: give the customer's words, e.g. helpdesk ask \"where is my order?\"")
        }
        if text.utf8.count > MessageLimits.maximumBytes {
            throw ValidationError("The message is \(text.utf8.count) bytes; the most Helpdesk answers is \(MessageLimits.maximumBytes).")
        }
    }

    func run() throws {
        let context = AppContext(options: global)
        let assistant = try context.assistant()
        let database = try context.database()
        let text = message.joined(separator: " ")
        let now = context.clock.now()
        let reply = try assistant.respond(to: text, facts: database, now: now)
        let entry = ExchangeLogEntry(reply: reply, message: text, via: via.rawValue, conversationID: conversation)
        let logID = try database.recordExchange(entry)
        switch format {
        case .json: Console.print(StableJSON.string(ReplyDocument(reply, logID: logID), pretty: true))
        case .text: Console.print(ReplyText.render(reply, logID: logID, knowledgeBase: assistant.knowledgeBase))
        }
    }
}
