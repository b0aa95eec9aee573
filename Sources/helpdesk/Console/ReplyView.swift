import Foundation
import HelpdeskCore

/// A reply as the agent sees it: the words to say, then the facts behind them, and a marker when
/// a person must take over.
struct ReplyView {
    let facts: ConsoleFactsText
    let times: ConsoleClockText
    let style: ConsoleStyle

    func render(_ reply: Reply, channelState: ChannelState?, logID: Int64?) -> String {
        let now = reply.answeredAt
        var lines: [String] = []
        let answer = reply.answer.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            style.fold(String($0), indent: 5)
        }
        for (index, line) in answer.enumerated() {
            lines.append((index == 0 ? style.bold(style.green("SAY ")) + " " : "     ") + style.bold(line))
        }
        if let order = reply.order {
            lines.append(row("order", facts.order(order, now: now)))
        } else if let text = facts.lookup(reply.lookup) {
            lines.append(row("order", text))
        }
        if let channel = reply.channel {
            lines.append(row("channel", facts.channel(channel, state: channelState, now: now)))
        }
        for relevant in reply.incidents {
            let incident = relevant.incident
            var text = "\(incident.name) [\(incident.status.rawValue), \(relevant.worstStatus.rawValue)]"
            text += " since \(times.timeAndAge(incident.startedAt, now: now))"
            if let update = incident.latestUpdate { text += " — \(update.body)" }
            lines.append(style.row("incident", text, paint: style.yellow))
        }
        lines.append(row("rule", reply.rule + (reply.leads.isEmpty ? "" : " (after \(reply.leads.joined(separator: ", ")))")))
        if !reply.reasons.isEmpty { lines.append(row("because", reply.reasons.joined(separator: "; "))) }
        if !reply.guides.isEmpty { lines.append(row("guides", reply.guides.joined(separator: ", "))) }
        if !reply.facts.isEmpty {
            lines.append(row("facts", reply.facts.map { "\($0.id) = \($0.value)" }.joined(separator: ", ")))
        }
        let understanding = reply.understanding
        var understood = String(
            format: "%@ (%.2f, %@)", understanding.intent.rawValue, understanding.confidence, understanding.language.rawValue)
        if let logID { understood += " · log #\(logID)" }
        lines.append(row("intent", understood))
        if reply.handoff {
            let marker = style.isColoured ? style.bar("HAND OFF", style.alarm) + " " : "HAND OFF: "
            lines.append(marker + style.bold(reply.handoffSummary ?? "a person should take over"))
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ label: String, _ text: String) -> String { style.row(label, text) }
}
