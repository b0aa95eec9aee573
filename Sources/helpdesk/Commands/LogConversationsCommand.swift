import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension LogCommand {
    struct Conversations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the latest console conversations, newest first, with their outcome, exchanges and notes.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "How many.") var last: Int = 20
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func validate() throws {
            guard last > 0 else { throw ValidationError("--last must be a positive number") }
        }

        func run() throws {
            let database = try AppContext(options: global).database()
            let documents = try database.conversations(last: last).map { conversation in
                ConversationLogDocument(
                    conversation, exchanges: try database.exchanges(conversationID: conversation.id),
                    notes: try database.conversationNotes(conversationID: conversation.id))
            }
            switch format {
            case .json: Console.print(StableJSON.string(documents, pretty: true))
            case .text:
                if documents.isEmpty { Console.print("No conversations yet.") }
                for document in documents { Console.print(document.line) }
            }
        }
    }
}

/// A conversation with what was said and noted in it: the keys of ``ConversationDocument`` plus
/// its exchanges and notes.
struct ConversationLogDocument: Encodable {
    struct Note: Encodable {
        var at: String
        var agent: String?
        var text: String
    }

    var conversation: ConversationDocument
    /// Ids of its exchanges in the log, oldest first.
    var exchange_ids: [Int64]
    /// Whether any answer in it called for a person.
    var handoff_suggested: Bool
    var notes: [Note]

    init(_ conversation: Conversation, exchanges: [ExchangeLogEntry], notes: [ConversationNote]) {
        self.conversation = ConversationDocument(conversation)
        exchange_ids = exchanges.compactMap(\.id)
        handoff_suggested = exchanges.contains { $0.handoff }
        self.notes = notes.map { Note(at: ISO8601.format($0.at), agent: $0.agent, text: $0.text) }
    }

    enum CodingKeys: String, CodingKey {
        case exchange_ids, handoff_suggested, notes
    }

    /// Every key, `null` when absent.
    func encode(to encoder: Encoder) throws {
        try conversation.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(exchange_ids, forKey: .exchange_ids)
        try container.encode(handoff_suggested, forKey: .handoff_suggested)
        try container.encode(notes, forKey: .notes)
    }

    /// One line for `log conversations`.
    var line: String {
        let conversation = self.conversation
        var parts = [
            conversation.id, conversation.started_at + " – " + (conversation.ended_at ?? "open"), conversation.via,
            conversation.agent ?? "-", conversation.outcome ?? "-",
        ]
        parts.append("\(exchange_ids.count) exchange\(exchange_ids.count == 1 ? "" : "s")" + (handoff_suggested ? " (hand-off suggested)" : ""))
        var line = parts.joined(separator: "\t")
        for note in notes { line += "\n\tnote \(note.at)\(note.agent.map { " \($0)" } ?? ""): \(note.text)" }
        return line
    }
}
