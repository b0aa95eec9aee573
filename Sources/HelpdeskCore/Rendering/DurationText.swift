import Foundation

/// Short, language-neutral durations for reasons and logs: `2h30m`, `45m`, `3d4h`.
public enum DurationText {
    public static func compact(_ seconds: TimeInterval) -> String {
        let sign = seconds < 0 ? "-" : ""
        let total = Int((abs(seconds) / 60).rounded())
        let days = total / 1440
        let hours = (total % 1440) / 60
        let minutes = total % 60
        var text = ""
        if days > 0 { text += "\(days)d" }
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 || text.isEmpty { text += "\(minutes)m" }
        return sign + text
    }
}
