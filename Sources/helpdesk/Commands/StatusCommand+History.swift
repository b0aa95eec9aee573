import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension StatusCommand {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the changes to the service status: component states, incidents and their updates.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only changes at or after this time: ISO-8601, or a duration back from now such as 24h or 7d.")
        var since: String?
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func validate() throws {
            if let since, ISO8601.parse(since) == nil, DurationParser.seconds(since) == nil {
                throw ValidationError("--since '\(since)' is neither an ISO-8601 time nor a duration such as 24h")
            }
        }

        func run() throws {
            let context = AppContext(options: global)
            let now = context.clock.now()
            let start = since.flatMap { ISO8601.parse($0) ?? DurationParser.seconds($0).map { now.addingTimeInterval(-$0) } }
            let entries = try context.database().statusHistory(since: start)
            switch format {
            case .json:
                Console.print(StableJSON.string(entries.map(HistoryDocument.init), pretty: true))
            case .text:
                if entries.isEmpty { Console.print("No status changes recorded" + (start.map { " since \(ISO8601.format($0))" } ?? "") + ".") }
                for entry in entries { Console.print(StatusChangeText.line(entry.change)) }
            }
        }
    }
}

/// One history entry as JSON. Every key is always present.
struct HistoryDocument: Encodable {
    var entry: StatusHistoryEntry

    enum CodingKeys: String, CodingKey {
        case id, at, recorded_at, source, kind, component_id, incident_id, name, old_value, new_value, body
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let change = entry.change
        try container.encode(entry.id, forKey: .id)
        try container.encode(ISO8601.format(change.at), forKey: .at)
        try container.encode(ISO8601.format(entry.recordedAt), forKey: .recorded_at)
        try container.encode(entry.source, forKey: .source)
        try container.encode(change.kind.rawValue, forKey: .kind)
        try container.encode(change.componentID, forKey: .component_id)
        try container.encode(change.incidentID, forKey: .incident_id)
        try container.encode(change.name, forKey: .name)
        try container.encode(change.oldValue, forKey: .old_value)
        try container.encode(change.newValue, forKey: .new_value)
        try container.encode(change.body, forKey: .body)
    }
}
