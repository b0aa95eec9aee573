import ArgumentParser
import Foundation
import HelpdeskCore

/// A time given on the command line as `--since` and the like: an ISO-8601 time
/// (`2025-03-04T09:00:00Z`, `2025-03-04`) or a duration back from now (`24h`, `7d`), as
/// `status history --since` takes it.
enum TimeArgument {
    /// Whether `text` is a time in one of the forms.
    static func isValid(_ text: String) -> Bool {
        ISO8601.parse(text) != nil || DurationParser.seconds(text) != nil
    }

    /// The time `text` names, as of `now`; `nil` when it is no time.
    static func date(_ text: String, now: Date) -> Date? {
        ISO8601.parse(text) ?? DurationParser.seconds(text).map { now.addingTimeInterval(-$0) }
    }

    /// Throws a sentence naming the option when `text` is no time.
    static func validate(_ text: String?, option: String) throws {
        if let text, !isValid(text) {
            throw ValidationError(
                "\(option) '\(text)' is neither an ISO-8601 time (2025-03-04T09:00:00Z, 2025-03-04) nor a duration back from now such as 24h or 7d"
            )
        }
    }
}
