import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension LogCommand {
    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Remove the exchanges (and transcript lines and finished conversations) from before a time, in one transaction.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Remove what is older than this: ISO-8601, or a duration back from now such as 90d.")
        var before: String
        @Option(help: "Output format: text or json.") var format: OutputFormat = .text

        func validate() throws {
            try TimeArgument.validate(before, option: "--before")
        }

        func run() throws {
            let context = AppContext(options: global)
            let now = context.clock.now()
            guard let cutoff = TimeArgument.date(before, now: now) else { throw ExitCode(2) }
            if cutoff > now {
                Console.error(
                    "--before \(ISO8601.format(cutoff)) is later than now (\(ISO8601.format(now))): that would remove exchanges still to come; give a time in the past"
                )
                throw ExitCode(2)
            }
            let summary = try context.database().pruneLog(before: cutoff)
            switch format {
            case .json:
                Console.print(
                    StableJSON.string(
                        PruneDocument(
                            before: ISO8601.format(cutoff), exchanges: summary.exchanges,
                            transcript_lines: summary.transcriptLines, conversations: summary.conversations), pretty: true))
            case .text:
                Console.print(
                    "Removed \(summary.exchanges) exchange\(summary.exchanges == 1 ? "" : "s"), \(summary.transcriptLines) transcript line\(summary.transcriptLines == 1 ? "" : "s") and \(summary.conversations) conversation\(summary.conversations == 1 ? "" : "s") from before \(ISO8601.format(cutoff))."
                )
            }
        }
    }
}

/// What `log prune --format json` prints.
struct PruneDocument: Encodable {
    var before: String
    var exchanges: Int
    var transcript_lines: Int
    var conversations: Int
}
