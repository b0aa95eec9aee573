import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

extension StatusCommand {
    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Poll a status feed, storing every change in the history, until Ctrl-C.",
            discussion: """
                Each poll prints one line (and one per change). A failed or malformed answer is recorded and the \
                last known status kept; the watcher carries on. Ctrl-C (or SIGTERM) lets the current poll finish \
                its write, then exits with 0.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var feed: StatusFeedOptions
        @Option(help: "Time between polls, e.g. 60s, 5m.") var every: String = "60s"
        @Option(help: "Stop after this many polls (default: until Ctrl-C).") var polls: Int?

        func validate() throws {
            guard let seconds = DurationParser.seconds(every), seconds > 0 else {
                throw ValidationError("--every '\(every)' is not a duration such as 60s or 5m")
            }
            if let polls, polls < 1 { throw ValidationError("--polls must be at least 1") }
        }

        func run() throws {
            let stop = StopSignal()
            let context = AppContext(options: global)
            let database = try context.database()
            let timeout = try feed.timeoutSeconds(context)
            let interval = DurationParser.seconds(every) ?? 60
            let updater = StatusFeedUpdater(
                database: database, reader: StatusFeedReader(loader: StatusSourceLoader(timeout: timeout)), clock: context.clock)
            Console.print("Watching \(feed.source) every \(every) (timeout \(StatusFeedError.short(timeout))); Ctrl-C stops.")
            Console.flush()
            var count = 0
            while !stop.isRequested {
                report(try updater.update(from: feed.source, format: feed.feedFormat))
                count += 1
                if let polls, count >= polls { break }
                stop.sleep(interval)
            }
            Console.print("Stopped after \(count) \(count == 1 ? "poll" : "polls").")
            Console.flush()
        }

        private func report(_ outcome: StatusFeedUpdater.Outcome) {
            switch outcome {
            case .saved(let reading, let changes, let at):
                let open = reading.status.openIncidents(at: at).count
                Console.print(
                    "\(ISO8601.format(at)) ok: \(reading.status.components.count) components, \(open) open incidents, "
                        + "overall \(reading.status.overall.rawValue); \(changes.count) changes")
                for change in changes { Console.print("  " + StatusChangeText.line(change)) }
                for note in reading.notes { Console.print("  note: \(note)") }
            case .failed(let error, let at):
                Console.print("\(ISO8601.format(at)) failed: \(error.description); the last known status is kept")
            }
            Console.flush()
        }
    }
}
