import Foundation

/// `helpdesk report` as text: the totals, each breakdown asked for as a table, the incidents
/// against the usual volumes of their hours, and the top unanswered questions.
public struct ReportText {
    /// Intents listed under each incident besides "where is my order?" (JSON has them all).
    static let incidentIntents = 5

    public let report: ExchangeReport
    public let dimensions: [ReportDimension]
    let zone: TimeZone

    public init(_ report: ExchangeReport, dimensions: [ReportDimension]) {
        self.report = report
        self.dimensions = dimensions
        zone = TimeZone(identifier: report.timeZone) ?? .gmt
    }

    public var text: String {
        var lines = heading() + [""] + totals()
        for dimension in dimensions {
            lines += [""] + table(dimension)
        }
        lines += [""] + incidents()
        lines += [""] + unanswered()
        return lines.joined(separator: "\n")
    }

    private func heading() -> [String] {
        let since = report.since.map { ReportNumbers.deskTime($0, zone: zone) } ?? "the start of the log"
        let until = report.until.map { ReportNumbers.deskTime($0, zone: zone) } ?? "now"
        var lines = ["Exchange log report: \(since) to \(until) (desk time, \(report.timeZone))"]
        if let first = report.firstAt, let last = report.lastAt {
            lines.append(
                "\(ReportNumbers.count(report.totals.exchanges)) exchanges from \(ReportNumbers.deskTime(first, zone: zone)) to \(ReportNumbers.deskTime(last, zone: zone))"
            )
        } else {
            lines.append("No exchanges in this period.")
        }
        return lines
    }

    private func totals() -> [String] {
        let totals = report.totals
        func line(_ label: String, _ count: Int, _ rate: Double, _ note: String = "") -> String {
            label.padding(toLength: 16, withPad: " ", startingAt: 0) + ReportNumbers.count(count).leftPadded(9) + "  "
                + ReportNumbers.percent(rate).leftPadded(7) + note
        }
        return [
            "Exchanges".padding(toLength: 16, withPad: " ", startingAt: 0) + ReportNumbers.count(totals.exchanges).leftPadded(9),
            line("Handed off", totals.handoffs, totals.handoffRate),
            line("Out of scope", totals.outOfScope, totals.outOfScopeRate),
            line(
                "Low confidence", totals.lowConfidence, totals.lowConfidenceRate,
                "  (confidence below \(ReportCSV.number(report.lowConfidenceThreshold)))"),
            line(
                "Unanswered", totals.unanswered, totals.unansweredRate, "  (out of scope, low confidence or the catch-all rule)"),
        ]
    }

    private func table(_ dimension: ReportDimension) -> [String] {
        let rows = report.rows(dimension)
        var lines = ["By \(dimension.rawValue)"]
        if rows.isEmpty { return lines + ["  (none)"] }
        let width = max(rows.map(\.key.count).max() ?? 0, dimension.rawValue.count, 8)
        lines.append(
            "  " + dimension.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  exchanges    share  handoffs  out of scope  low conf.  unanswered")
        for row in rows {
            lines.append(
                "  " + row.key.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + ReportNumbers.count(row.exchanges).leftPadded(9) + "  " + ReportNumbers.percent(row.share).leftPadded(7)
                    + "  " + ReportNumbers.count(row.handoffs).leftPadded(8) + "  "
                    + ReportNumbers.count(row.outOfScope).leftPadded(12)
                    + "  " + ReportNumbers.count(row.lowConfidence).leftPadded(9) + "  "
                    + ReportNumbers.count(row.unanswered).leftPadded(10))
        }
        return lines
    }

    private func incidents() -> [String] {
        guard !report.incidents.isEmpty else { return ["Incidents: none in this period."] }
        var lines = [
            report.normalDays == 0
                ? "Incidents (no day of the period went without one, so there are no usual volumes to compare with)"
                : "Incidents, against the same hours on \(report.normalDays) normal day\(report.normalDays == 1 ? "" : "s")"
        ]
        for incident in report.incidents {
            let components = incident.components.isEmpty ? "" : ", " + incident.components.joined(separator: ", ")
            lines.append("  \(incident.name) (\(incident.maintenance ? "maintenance" : incident.impact)\(components))")
            lines.append(
                "    \(ReportNumbers.deskTime(incident.from, zone: zone)) to \(ReportNumbers.deskTime(incident.to, zone: zone))\(incident.resolvedAt == nil ? " (still open)" : ""), \(String(format: "%.2f", incident.hours)) h"
            )
            lines.append(volumeLine("all messages", incident.exchanges, incident.usual, incident.multiplier))
            let orderStatus = incident.orderStatus
            lines.append(volumeLine("where is my order", orderStatus.exchanges, orderStatus.usual, orderStatus.multiplier))
            let others = incident.intents.filter { $0.intent != orderStatus.intent && $0.exchanges > 0 }
            for intent in others.prefix(Self.incidentIntents) {
                lines.append(volumeLine(intent.intent, intent.exchanges, intent.usual, intent.multiplier))
            }
        }
        return lines
    }

    private func volumeLine(_ label: String, _ during: Int, _ usual: Double?, _ multiplier: Double?) -> String {
        "    " + label.padding(toLength: 20, withPad: " ", startingAt: 0) + ReportNumbers.count(during).leftPadded(8)
            + "  usually " + ReportNumbers.usual(usual).leftPadded(8) + "  " + ReportNumbers.multiplier(multiplier)
    }

    private func unanswered() -> [String] {
        guard !report.unanswered.isEmpty else { return ["Unanswered questions: none."] }
        var lines = ["Top unanswered questions"]
        for question in report.unanswered {
            lines.append("  " + ReportNumbers.count(question.count).leftPadded(6) + "  " + question.text)
            if !question.examples.isEmpty {
                lines.append("          also: " + question.examples.map { "\"\($0)\"" }.joined(separator: ", "))
            }
        }
        return lines
    }
}

extension String {
    /// The text right-aligned in `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
