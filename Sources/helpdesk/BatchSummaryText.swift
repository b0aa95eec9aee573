import Foundation
import HelpdeskBatch
import HelpdeskCore

/// The summary printed at the end of a batch run, as text or JSON.
enum BatchSummaryText {
    static func render(_ summary: BatchSummary, format: OutputFormat, comparing: Bool) -> String {
        switch format {
        case .json: return StableJSON.string(Document(summary), pretty: true)
        case .text: return text(summary, comparing: comparing)
        }
    }

    private static func text(_ summary: BatchSummary, comparing: Bool) -> String {
        var lines: [String] = []
        let rate = Int(summary.messagesPerSecond.rounded())
        lines.append(
            "\(summary.messages) customer messages answered from \(summary.files) files in "
                + String(format: "%.2f", summary.seconds) + " s (\(rate) messages/s)")
        if !comparing {
            lines.append("\(summary.otherLines) agent and system lines kept")
            lines.append("log: \(summary.newlyLogged) lines recorded, \(summary.alreadyLogged) already there")
        }
        let handoffShare = summary.messages > 0 ? Double(summary.handoffs) / Double(summary.messages) * 100 : 0
        lines.append("handoffs: \(summary.handoffs) (" + String(format: "%.1f", handoffShare) + "%)")
        lines.append("by intent:")
        for (intent, count) in summary.byIntent.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            lines.append("  \(intent.padding(toLength: 24, withPad: " ", startingAt: 0)) \(count)")
        }
        if comparing {
            lines.append("answered differently: \(summary.changed)")
            for field in BatchDifference.comparedFields {
                lines.append("  \(field): \(summary.changedFields[field] ?? 0)")
            }
        }
        lines.append("errors: \(summary.errors)")
        for problem in summary.firstProblems { lines.append("  \(problem)") }
        if summary.errors > summary.firstProblems.count {
            lines.append("  … and \(summary.errors - summary.firstProblems.count) more (each was reported as it was met)")
        }
        if summary.interrupted { lines.append("stopped before the end: run the same command again to go on") }
        return lines.joined(separator: "\n")
    }

    /// The JSON shape of a summary.
    struct Document: Encodable {
        var files: Int
        var messages: Int
        var other_lines: Int
        var newly_logged: Int
        var already_logged: Int
        var by_intent: [String: Int]
        var handoffs: Int
        var errors: Int
        var problems: [String]
        var changed: Int
        var changed_fields: [String: Int]
        var interrupted: Bool
        var seconds: Double
        var messages_per_second: Double

        init(_ summary: BatchSummary) {
            files = summary.files
            messages = summary.messages
            other_lines = summary.otherLines
            newly_logged = summary.newlyLogged
            already_logged = summary.alreadyLogged
            by_intent = summary.byIntent
            handoffs = summary.handoffs
            errors = summary.errors
            problems = summary.firstProblems.map(\.description)
            changed = summary.changed
            changed_fields = summary.changedFields
            interrupted = summary.interrupted
            seconds = summary.seconds
            messages_per_second = summary.messagesPerSecond
        }
    }
}
