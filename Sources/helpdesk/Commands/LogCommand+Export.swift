import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskReports
import HelpdeskStore

extension ExchangeExportFormat: ExpressibleByArgument {}

extension LogCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the whole exchange log as JSON Lines or CSV, optionally with personal data masked.",
            discussion: """
                Streams one exchange at a time, oldest first. --redact masks e-mail addresses, phone numbers, \
                street addresses and names (the customer's own, and those after "my name is", "I'm", \
                "меня зовут"… or in signatures) in messages, answers and hand-off summaries, and keeps \
                order and tracking numbers.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "Output format: jsonl or csv.") var format: ExchangeExportFormat = .jsonl
        @Flag(help: "Mask e-mail addresses, phone numbers, street addresses and names, so that the log can be shared.")
        var redact = false
        @Option(help: "Only exchanges at or after this time: ISO-8601, or a duration back from now such as 30d.")
        var since: String?
        @Option(help: "Only exchanges before this time (the same forms).") var until: String?
        @Option(help: "Write to this file instead of standard output.", completion: .file()) var out: String?

        func validate() throws {
            try TimeArgument.validate(since, option: "--since")
            try TimeArgument.validate(until, option: "--until")
        }

        func run() throws {
            let context = AppContext(options: global)
            let now = context.clock.now()
            let redactor = redact ? Redactor(knowledgeBase: try context.knowledgeBase()) : nil
            let writer = ExchangeExportWriter(format: format, redactor: redactor)
            let database = try context.database()
            let output = try BufferedOutput(path: out)
            output.write(writer.header)
            let count = try database.forEachExchange(
                from: since.flatMap { TimeArgument.date($0, now: now) }, before: until.flatMap { TimeArgument.date($0, now: now) }
            ) { row in
                output.write(writer.record(row))
            }
            try output.finish()
            if let out { Console.error("\(out): \(count) exchange\(count == 1 ? "" : "s")\(redact ? ", redacted" : "")") }
        }
    }
}
