import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension StatusCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the status once from a file or URL (Statuspage v2, Cachet, Uptime Kuma).",
            discussion: """
                The format is detected from the document unless --format names it. Cachet's incidents are read \
                from beside its components (…/api/v1/incidents), Uptime Kuma's heartbeats from beside its status page \
                (…/api/status-page/heartbeat/SLUG). A failed or malformed fetch keeps the last known status, records \
                the failure, and exits with 1.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var feed: StatusFeedOptions

        func run() throws {
            let context = AppContext(options: global)
            let database = try context.database()
            let reader = StatusFeedReader(loader: StatusSourceLoader(timeout: try feed.timeoutSeconds(context)))
            let updater = StatusFeedUpdater(database: database, reader: reader, clock: context.clock)
            switch try updater.update(from: feed.source, format: feed.feedFormat) {
            case .saved(let reading, let changes, let at):
                for note in reading.notes { Console.error("\(feed.source): note: \(note)") }
                let status = reading.status
                let open = status.openIncidents(at: at).count
                Console.print(
                    "\(feed.source): \(reading.format.title), \(status.components.count) components, \(open) open incidents; "
                        + "overall \(status.overall.rawValue); \(changes.count) changes")
            case .failed(let error, _):
                Console.error("\(error.description); the last known status is kept")
                throw ExitCode(1)
            }
        }
    }
}
