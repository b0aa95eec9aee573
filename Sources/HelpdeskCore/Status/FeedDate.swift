import Foundation

/// Times as status feeds write them.
enum FeedDate {
    /// Parses ISO-8601 (`2025-03-04T10:12:31.000Z`) or the `2025-03-04 10:12:31(.123)` of Cachet and
    /// Uptime Kuma, which is UTC.
    static func parse(_ text: String?) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let date = ISO8601.parse(text) { return date }
        var iso = text.replacingOccurrences(of: " ", with: "T")
        if !iso.hasSuffix("Z"), !iso.contains("+") { iso += "Z" }
        return try? Date(iso, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// `2025-03-04T10:12:31.000Z`: UTC with milliseconds, as Statuspage writes it.
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
