import Foundation

/// Settings of the desk: its time zone (answers give clock times in it), and when a quiet
/// conversation counts as over.
public struct DeskSettings: Sendable {
    public var timeZone: TimeZone
    /// A conversation with no line for this long is over: a later line with its id starts a new
    /// one (and a batch lets go of what it remembered of it).
    public var conversationClosesAfter: TimeInterval

    public init(timeZone: TimeZone, conversationClosesAfter: TimeInterval = 12 * 3600) {
        self.timeZone = timeZone
        self.conversationClosesAfter = conversationClosesAfter
    }
}

/// Reads `desk.yaml`.
struct DeskSettingsLoader {
    let files: KnowledgeBaseFiles

    func load() -> DeskSettings {
        let fallback = DeskSettings(timeZone: TimeZone(identifier: "UTC") ?? .current)
        guard let root = files.yaml("desk.yaml") else { return fallback }
        guard let name = root["time_zone"]?.string else {
            files.issues.add(root, "`time_zone:` is missing (an IANA name such as Europe/London)")
            return fallback
        }
        guard let zone = TimeZone(identifier: name) else {
            files.issues.add(root["time_zone"] ?? root, "unknown time zone `\(name)`; use an IANA name such as Europe/London")
            return fallback
        }
        guard let closesText = root["conversation_closes_after"]?.string,
            let closesAfter = DurationParser.seconds(closesText), closesAfter > 0
        else {
            files.issues.add(
                root["conversation_closes_after"] ?? root,
                "`conversation_closes_after:` is missing or not a duration (such as 12h)")
            return DeskSettings(timeZone: zone)
        }
        return DeskSettings(timeZone: zone, conversationClosesAfter: closesAfter)
    }
}
