import ArgumentParser
import Foundation
import HelpdeskCore

extension StatusFeedFormat: ExpressibleByArgument {}

/// Options of the commands that read a status feed (`status import`, `status watch`).
struct StatusFeedOptions: ParsableArguments {
    @Argument(help: "A file, or an http(s) URL: Statuspage's /api/v2/summary.json, Cachet's /api/v1/components, or Uptime Kuma's /api/status-page/SLUG.")
    var source: String

    @Option(name: .customLong("format"), help: "The feed's format: statuspage, cachet or uptime-kuma (default: detected from the document).")
    var feedFormat: StatusFeedFormat?

    @Option(help: "How long to wait for the feed, e.g. 10s (default: the fact status_fetch_timeout).")
    var timeout: String?

    func validate() throws {
        if let timeout, (DurationParser.seconds(timeout) ?? 0) <= 0 {
            throw ValidationError("--timeout '\(timeout)' is not a duration such as 10s, 1.5s or 1m")
        }
    }

    /// The timeout: the option, else the knowledge base's `status_fetch_timeout`, else 10 seconds.
    func timeoutSeconds(_ context: AppContext) throws -> TimeInterval {
        if let timeout, let seconds = DurationParser.seconds(timeout) { return seconds }
        return try context.knowledgeBase().facts["status_fetch_timeout"]?.value.seconds ?? 10
    }
}
