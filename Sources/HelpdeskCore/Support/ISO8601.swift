import Foundation

/// Parsing and printing of ISO-8601 times as Helpdesk's files and options use them.
public enum ISO8601 {
    /// Parses `2025-03-04T10:12:31Z`, with fractional seconds or an offset, or a bare date
    /// (`2025-03-04`, midnight UTC), or `2025-03-04 10:12` (UTC). Returns `nil` when it is none of these.
    public static func parse(_ text: some StringProtocol) -> Date? {
        let text = String(text).trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        var withZone = text.replacingOccurrences(of: " ", with: "T")
        if withZone.count == 16 { withZone += ":00" }
        if withZone.count == 19 { withZone += "Z" }
        if let date = try? Date(withZone, strategy: Date.ISO8601FormatStyle()) { return date }
        if text.count == 10, let date = try? Date(text + "T00:00:00Z", strategy: Date.ISO8601FormatStyle()) { return date }
        return nil
    }

    /// `2025-03-04T10:12:31Z` (UTC, whole seconds).
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
