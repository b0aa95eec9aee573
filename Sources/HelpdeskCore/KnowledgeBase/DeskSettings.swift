import Foundation

/// Settings of the desk: its time zone (answers give clock times in it).
public struct DeskSettings: Sendable {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone) { self.timeZone = timeZone }
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
        return DeskSettings(timeZone: zone)
    }
}
