import ArgumentParser
import Foundation
import HelpdeskCore

/// Options every command takes: where the database and the knowledge base are, and what time it is.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default: $HELPDESK_DB or ./helpdesk.sqlite).")
    var db: String?

    @Option(name: .long, help: "Knowledge-base folder.")
    var kb: String = "KnowledgeBase"

    @Option(name: .long, help: "Fixed current time, ISO-8601 (default: the system clock).")
    var now: String?

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["HELPDESK_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "helpdesk.sqlite"
    }

    func validate() throws {
        if let now, ISO8601.parse(now) == nil {
            throw ValidationError("--now '\(now)' is not an ISO-8601 time (e.g. 2025-03-04T10:30:00Z)")
        }
    }

    /// The clock: fixed by `--now`, else the system clock.
    var clock: Clock {
        if let now, let date = ISO8601.parse(now) { return .fixed(date) }
        return .system
    }
}
