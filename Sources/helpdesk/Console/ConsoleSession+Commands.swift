import Foundation
import HelpdeskCore
import HelpdeskStore

extension ConsoleSession {
    /// Runs a `/command`.
    func run(_ verb: ConsoleVerb, argument: String) -> Flow {
        switch verb {
        case .order: lookUpOrder(argument)
        case .status: showStatus()
        case .guide: showGuide(argument)
        case .note: addNote(argument)
        case .handoff:
            let note = argument.isEmpty ? lastReply.flatMap { $0.handoff ? $0.handoffSummary : nil } : argument
            endConversation(outcome: .handedOff, note: note)
            startConversation()
        case .resolve:
            endConversation(outcome: .resolved, note: argument.isEmpty ? nil : argument)
            startConversation()
        case .new:
            endConversation()
            startConversation()
        case .help: showHelp()
        case .quit: return .quit
        }
        return .goOn
    }

    /// `/order QUERY`: an order by any number or the customer's e-mail. One order found is
    /// remembered, so that "and when will it arrive?" is about it.
    func lookUpOrder(_ query: String) {
        guard !query.isEmpty else {
            output.problem("usage: \(ConsoleVerb.order.usage)")
            return
        }
        let result: OrderQueryResult
        do {
            result = try database.findOrders(query)
        } catch {
            output.problem("cannot look up \(query): \(error)")
            return
        }
        var remembered: Order?
        if result.orders.count == 1, let order = result.orders.first {
            remembered = order
            context.orderKeys = [order.lookupKey]
            context.channel = order.channel
        }
        if output.isJSON {
            output.json(
                OrdersDocument(
                    query: query, matched_by: result.matchedBy?.rawValue, orders: result.orders.map(ReplyDocument.document),
                    remembered: remembered?.orderNumber))
            return
        }
        let now = clock.now()
        let text = ConsoleFactsText(catalog: knowledgeBase.catalog, times: times)
        if result.orders.isEmpty {
            output.text("No order matches \(query).")
            return
        }
        var lines: [String] = []
        if result.orders.count > 1 {
            lines.append("\(result.orders.count) orders match \(query) (by \(result.matchedBy?.rawValue ?? "?")); /order a number to pick one:")
        }
        for order in result.orders {
            lines.append(style.row("order", text.order(order, now: now)))
            if result.orders.count == 1 {
                let state = try? database.channel(order.channel)
                lines.append(style.row("channel", text.channel(order.channel, state: state, now: now)))
            }
        }
        if let remembered { lines.append(style.dim("Remembered \(remembered.orderNumber) for follow-ups in \(conversation?.id ?? "this conversation").")) }
        output.text(lines.joined(separator: "\n"))
    }

    /// `/status`: every component, the open incidents with their latest update, freshness.
    func showStatus() {
        do {
            let (snapshot, status) = try statusSnapshot()
            if output.isJSON {
                output.json(ConsoleStatusDocument(snapshot, components: status.components))
                return
            }
            let line = StatusLine(times: times, style: style)
            var lines = ["Overall: \(snapshot.overall.rawValue); \(line.freshness(snapshot))" + (snapshot.source.map { " from \($0)" } ?? "")]
            for component in status.components.sorted(by: { $0.position < $1.position }) {
                let state = component.status == .operational ? style.green(component.status.rawValue) : style.yellow(component.status.rawValue)
                lines.append("  \(component.name): \(state)")
            }
            if snapshot.incidents.isEmpty { lines.append("No open incidents.") }
            for open in snapshot.incidents {
                lines.append(
                    style.yellow("Incident: \(open.incident.name) [\(open.incident.status.rawValue), \(open.worst.rawValue)]")
                        + " since \(times.timeAndAge(open.incident.startedAt, now: snapshot.now))")
                if let update = open.incident.latestUpdate { lines.append("  \(update.body)") }
            }
            output.text(lines.joined(separator: "\n"))
        } catch {
            output.problem("cannot read the service status: \(error)")
        }
    }

    /// `/guide ID [LANGUAGE]`: the guide's Markdown with its facts filled in; no id lists them.
    func showGuide(_ argument: String) {
        let words = argument.split(separator: " ").map(String.init)
        guard let id = words.first else {
            let guides = guideIDs.compactMap { knowledgeBase.guide($0, language: .en) }
            if output.isJSON {
                output.json(GuideListDocument(guides: guides.map { GuideListDocument.Entry(id: $0.id, title: $0.title) }))
            } else {
                output.text((["Guides (/guide ID to open one):"] + guides.map { "  \($0.id) — \($0.title)" }).joined(separator: "\n"))
            }
            return
        }
        var language = context.language ?? .en
        if words.count > 1 {
            guard let asked = Language(rawValue: words[1].lowercased()) else {
                output.problem("\(words[1]) is not a language; use one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
                return
            }
            language = asked
        }
        guard let guide = knowledgeBase.guide(id, language: language) else {
            let near = guideIDs.filter { $0.contains(id.lowercased()) || id.lowercased().contains($0) }
            output.problem("no guide \(id)" + (near.isEmpty ? "; /guide lists them" : "; did you mean \(near.joined(separator: ", "))?"))
            return
        }
        let fill = { (text: String) in FactPlaceholders.fill(text) { self.knowledgeBase.factText($0, language: guide.locale) } }
        var markdown = "# \(guide.title)\n\n"
        if !guide.summary.isEmpty { markdown += fill(guide.summary) + "\n\n" }
        markdown += fill(guide.body)
        if output.isJSON {
            output.json(GuideDocument(id: guide.id, language: guide.locale.rawValue, title: guide.title, markdown: markdown))
        } else {
            output.text(style.dim("guide \(guide.id) (\(guide.locale.rawValue))") + "\n" + markdown)
        }
    }

    /// `/note TEXT`: a note on the current conversation, in the log.
    func addNote(_ text: String) {
        guard !text.isEmpty else {
            output.problem("usage: \(ConsoleVerb.note.usage)")
            return
        }
        guard conversation != nil || startConversation(), let current = conversation else { return }
        do {
            guard let note = try database.addConversationNote(text, conversationID: current.id, agent: agent, at: clock.now()) else {
                output.problem("conversation \(current.id) is not in the database")
                return
            }
            noteWrite()
            output.json(NoteDocument(conversation_id: current.id, note_id: note.id, at: ISO8601.format(note.at), text: note.text))
            output.text(style.dim("Note #\(note.id ?? 0) added to \(current.id)."))
        } catch {
            output.problem("cannot add the note: \(error)")
        }
    }

    /// `/help`.
    func showHelp() {
        if output.isJSON {
            output.json(
                HelpDocument(
                    commands: ConsoleVerb.allCases.map {
                        HelpDocument.Command(name: $0.rawValue, usage: $0.usage, summary: $0.summary, aliases: $0.aliases)
                    }))
            return
        }
        let width = ConsoleVerb.allCases.map(\.usage.count).max() ?? 0
        var lines = ["Type what the customer says to get the answer. Commands:"]
        for verb in ConsoleVerb.allCases {
            lines.append("  " + verb.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + verb.summary)
        }
        lines.append("  " + "//TEXT".padding(toLength: width + 2, withPad: " ", startingAt: 0) + "send TEXT starting with / as the customer's words")
        lines.append("Tab completes commands and guide ids; the arrow keys bring back earlier lines.")
        output.text(lines.joined(separator: "\n"))
    }

    /// Guide ids, sorted.
    var guideIDs: [String] { Array(Set(knowledgeBase.guides.map(\.id))).sorted() }
}
