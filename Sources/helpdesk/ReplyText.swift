import HelpdeskCore

/// A reply as plain text for the terminal: the answer, then the facts behind it.
enum ReplyText {
    static func render(_ reply: Reply, logID: Int64?, knowledgeBase: KnowledgeBase) -> String {
        var lines: [String] = [reply.answer, ""]
        let understanding = reply.understanding
        lines.append(String(format: "intent: %@ (confidence %.2f, %@)", understanding.intent.rawValue, understanding.confidence, understanding.language.rawValue))
        if let order = reply.order {
            lines.append("order: \(knowledgeBase.catalog.name(of: order.channel)) \(order.orderNumber), \(order.state.rawValue)")
        } else {
            lines.append("order: \(reply.lookup.kind)")
        }
        for incident in reply.incidents {
            lines.append("incident: \(incident.incident.name) [\(incident.incident.status.rawValue), \(incident.worstStatus.rawValue)]")
        }
        lines.append("rule: \(reply.rule)" + (reply.leads.isEmpty ? "" : " (after \(reply.leads.joined(separator: ", ")))"))
        if !reply.reasons.isEmpty { lines.append("because: \(reply.reasons.joined(separator: "; "))") }
        if !reply.guides.isEmpty { lines.append("guides: \(reply.guides.joined(separator: ", "))") }
        if !reply.facts.isEmpty { lines.append("facts: \(reply.facts.map { "\($0.id) = \($0.value)" }.joined(separator: ", "))") }
        if reply.handoff { lines.append("HAND OFF: \(reply.handoffSummary ?? "a person should take over")") }
        if let logID { lines.append("log: #\(logID)") }
        return lines.joined(separator: "\n")
    }
}
