import Foundation
import HelpdeskCore

/// The one-line status shown above every prompt: open incidents with their age, and how fresh the
/// status is.
struct StatusLine {
    let times: ConsoleClockText
    let style: ConsoleStyle

    func render(_ snapshot: StatusSnapshot) -> String {
        var parts = ["STATUS \(times.time(snapshot.now, now: snapshot.now))"]
        if snapshot.incidents.isEmpty {
            parts.append("no open incidents")
        } else {
            let count = snapshot.incidents.count
            let list = snapshot.incidents.map { open in
                "\(open.incident.name) (\(open.worst.rawValue), \(DurationText.compact(open.age)))"
            }
            parts.append("\(count) open incident\(count == 1 ? "" : "s"): " + list.joined(separator: "; "))
        }
        parts.append(freshness(snapshot))
        let text = parts.joined(separator: " · ")
        if snapshot.incidents.contains(where: { $0.worst >= .partialOutage }) { return style.bar(text, style.alarm) }
        if !snapshot.incidents.isEmpty || snapshot.isStale { return style.bar(text, style.warningBar) }
        return style.bar(text, style.calmBar)
    }

    /// `status as of 09:58, 2m old`, with `STALE` past `status_stale_after`.
    func freshness(_ snapshot: StatusSnapshot) -> String {
        guard let fetchedAt = snapshot.fetchedAt, let age = snapshot.age else { return "status never fetched — STALE" }
        var text = "status as of \(times.time(fetchedAt, now: snapshot.now)), \(DurationText.compact(max(age, 0))) old"
        if snapshot.isStale, let limit = snapshot.staleAfter { text += " — STALE (over \(DurationText.compact(limit)))" }
        return text
    }
}
