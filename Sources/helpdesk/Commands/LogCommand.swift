import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Read, export and prune the exchange log.",
        subcommands: [List.self, Show.self, Conversations.self, Export.self, Prune.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the latest exchanges, newest first.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "How many.") var last: Int = 20
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func validate() throws {
            guard last > 0 else { throw ValidationError("--last must be a positive number") }
        }

        func run() throws {
            let entries = try AppContext(options: global).database().exchanges(last: last)
            switch format {
            case .json: Console.print(StableJSON.string(entries.map(ExchangeDocument.init), pretty: true))
            case .text:
                if entries.isEmpty { Console.print("The log is empty.") }
                for entry in entries {
                    let flat = entry.message.split(whereSeparator: \.isNewline).joined(separator: " ")
                    let message = flat.count > 60 ? flat.prefix(57) + "..." : flat[...]
                    Console.print("#\(entry.id ?? 0)\t\(ISO8601.format(entry.at))\t\(entry.via)\t\(entry.intent)\t\(entry.rule)\(entry.handoff ? "\tHANDOFF" : "")\t\(message)")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one exchange in full.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The exchange id.") var id: Int64
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func run() throws {
            guard let entry = try AppContext(options: global).database().exchange(id: id) else {
                Console.error("No exchange #\(id) in the log.")
                throw ExitCode(1)
            }
            let document = ExchangeDocument(entry)
            switch format {
            case .json: Console.print(StableJSON.string(document, pretty: true))
            case .text:
                Console.print("""
                    #\(id) at \(document.at) via \(document.via)\(document.conversation_id.map { ", conversation \($0)" } ?? "")\(document.agent.map { ", agent \($0)" } ?? "")
                    message: \(document.message)
                    language: \(document.language), intent: \(document.intent) (\(String(format: "%.2f", document.confidence)))
                    entities: \(document.entities)
                    rule: \(document.rule), guides: \(document.guides.joined(separator: ", "))
                    incidents: \(document.incidents.joined(separator: ", "))
                    handoff: \(document.handoff ? "yes — \(document.handoff_summary ?? "")" : "no")
                    answer: \(document.answer)
                    """)
            }
        }
    }
}

/// A log entry as JSON.
struct ExchangeDocument: Encodable {
    var id: Int64?
    var at: String
    var via: String
    var conversation_id: String?
    var agent: String?
    var source_key: String?
    var message: String
    var language: String
    var intent: String
    var confidence: Double
    var entities: String
    var rule: String
    var guides: [String]
    var order_id: Int64?
    var incidents: [String]
    var answer: String
    var handoff: Bool
    var handoff_summary: String?

    init(_ entry: ExchangeLogEntry) {
        id = entry.id
        at = ISO8601.format(entry.at)
        via = entry.via
        conversation_id = entry.conversationID
        agent = entry.agent
        source_key = entry.sourceKey
        message = entry.message
        language = entry.language
        intent = entry.intent
        confidence = entry.confidence
        entities = entry.entitiesJSON
        rule = entry.rule
        guides = entry.guides
        order_id = entry.orderID
        incidents = entry.incidentIDs
        answer = entry.answer
        handoff = entry.handoff
        handoff_summary = entry.handoffSummary
    }
}
