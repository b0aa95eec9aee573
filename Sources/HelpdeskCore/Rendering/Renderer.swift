import Foundation

/// A fact quoted by an answer, with its value.
public struct CitedFact: Codable, Sendable, Equatable {
    public var id: String
    public var value: String
}

/// Turns a decision into words in the message's language.
public struct Renderer: Sendable {
    let texts: [Language: LocaleText]
    let facts: FactBook
    let catalog: Catalog
    let settings: DeskSettings
    /// Every fact as an answer cites it, its value written once rather than on every answer.
    private let citations: [String: CitedFact]
    /// `texts` in the order of `Language.allCases`, read on every answer without hashing.
    private let textsByLanguage: [LocaleText?]

    init(texts: [Language: LocaleText], facts: FactBook, catalog: Catalog, settings: DeskSettings) {
        self.texts = texts
        self.facts = facts
        self.catalog = catalog
        self.settings = settings
        self.citations = facts.facts.mapValues { CitedFact(id: $0.id, value: $0.value.description) }
        self.textsByLanguage = Language.allCases.map { texts[$0] }
    }

    /// The words and templates of `language`.
    private func text(in language: Language) -> LocaleText? {
        Language.allCases.firstIndex(of: language).flatMap { textsByLanguage[$0] }
    }

    /// The rendered answer and what it quoted.
    public struct Output: Sendable {
        public var answer: String
        public var handoffSummary: String?
        public var citedFacts: [CitedFact]
    }

    /// Renders leads then the answer, and the handoff summary when a person takes over.
    public func render(_ decision: Decision, for situation: Situation) -> Output {
        let language = situation.understanding.language
        guard let text = text(in: language) ?? text(in: .en) else {
            return Output(answer: "", handoffSummary: nil, citedFacts: [])
        }
        var cited: [String] = decision.factsUsed
        // The paragraphs, one a line: the answer alone for most messages, which have no leads.
        var answer = ""
        var hasParagraph = false
        func add(_ template: Template) {
            let paragraph = fill(template, situation, text, cited: &cited)
            if hasParagraph { answer += "\n" + paragraph } else { answer = paragraph }
            hasParagraph = true
        }
        for lead in decision.leads {
            guard let template = text.answers[lead.template] else { continue }
            add(template)
        }
        if let template = text.answers[decision.rule.template] { add(template) }
        var summary: String?
        if decision.handoff, let summaryText = self.text(in: .en) {
            let id = decision.rule.summaryTemplate ?? "handoff"
            if let template = summaryText.summaries[id] ?? summaryText.summaries["handoff"] {
                var ignored: [String] = []
                summary = fill(template, situation, summaryText, cited: &ignored)
            }
        }
        var citedFacts: [CitedFact] = []
        for id in cited where !citedFacts.contains(where: { $0.id == id }) {
            if let citation = citations[id] { citedFacts.append(citation) }
        }
        return Output(answer: answer, handoffSummary: summary, citedFacts: citedFacts)
    }

    private func fill(_ template: Template, _ situation: Situation, _ text: LocaleText, cited: inout [String]) -> String {
        var output = ""
        output.reserveCapacity(template.literalByteCount + Self.variableAllowance)
        for segment in template.segments {
            switch segment {
            case .text(let literal): output += literal
            case .variable(let variable):
                if let family = variable.fact, let fact = facts.resolve(family, channel: situation.channel) {
                    cited.append(fact.id)
                }
                output += value(variable, situation, text)
            }
        }
        return output
    }

    private func fact(_ family: String, _ situation: Situation) -> TimeInterval? {
        facts.resolve(family, channel: situation.channel)?.value.seconds
    }

    /// Clock time in the desk's time zone: `14:30`, or `14:30 on 5 March` when not today.
    func clock(_ date: Date, now: Date, _ text: LocaleText) -> String {
        let local = LocalTime(date, in: settings.timeZone)
        let time = local.clockText
        if local.dayNumber == LocalTime(now, in: settings.timeZone).dayNumber { return time }
        let month = text.months.indices.contains(local.month - 1) ? text.months[local.month - 1] : ""
        return BracePlaceholders.fill(text.word("time_on_day"), ["time": time, "day": String(local.day), "month": month])
    }

    private func ago(_ date: Date?, _ situation: Situation, _ text: LocaleText) -> String {
        guard let date else { return text.word("unknown") }
        return BracePlaceholders.fill(text.word("ago"), ["duration": text.duration(situation.now.timeIntervalSince(date))])
    }

    private func clockOrUnknown(_ date: Date?, _ situation: Situation, _ text: LocaleText) -> String {
        date.map { clock($0, now: situation.now, text) } ?? text.word("unknown")
    }

    /// The first run of `interval` after `start` that is still ahead of `now`.
    private func nextRun(after start: Date?, every interval: TimeInterval?, now: Date) -> Date? {
        guard let start, let interval, interval > 0 else { return nil }
        var next = start.addingTimeInterval(interval)
        if next <= now {
            let behind = now.timeIntervalSince(next)
            next = next.addingTimeInterval((floor(behind / interval) + 1) * interval)
        }
        return next
    }

    /// How late things run because of an incident: the delay it states, else the fact `incident_delay`.
    private func delay(of relevant: RelevantIncident?) -> TimeInterval? {
        guard let relevant else { return nil }
        return IncidentDelay.stated(by: relevant.incident) ?? facts["incident_delay"]?.value.seconds
    }

    /// The first incident (not maintenance) on the situation's channel.
    private func channelIncident(_ situation: Situation) -> RelevantIncident? {
        guard let channel = situation.channel else { return nil }
        return situation.incidents.first { !$0.incident.isMaintenance && $0.targets.contains(.channel(channel)) }
    }

    /// The order and tracking numbers the message gave, as written.
    private func mentionedNumbers(_ situation: Situation) -> [String] {
        let entities = situation.understanding.entities
        return entities.orderNumbers.map(\.text) + entities.trackingNumbers.map(\.text)
    }

    /// Whether the message gave e-mail addresses and no order or tracking number.
    private func mentionsOnlyEmails(_ situation: Situation) -> Bool {
        mentionedNumbers(situation).isEmpty && !situation.understanding.entities.emails.isEmpty
    }

    private func listed(_ items: [String], _ text: LocaleText) -> String {
        switch items.count {
        case 0: return text.word("unknown")
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " " + text.word("and") + " " + (items.last ?? "")
        }
    }

    // swiftlint:disable:next cyclomatic_complexity
    private func value(_ variable: TemplateVariable, _ situation: Situation, _ text: LocaleText) -> String {
        let state = situation.channelState
        let order = situation.order
        let now = situation.now
        let incident = situation.incidents.first { !$0.incident.isMaintenance } ?? situation.incidents.first
        switch variable {
        case .channel: return situation.channel.map(catalog.name(of:)) ?? text.word("your_channel")
        case .store: return state?.storeName ?? situation.channel.map(catalog.name(of:)) ?? text.word("your_store")
        case .connectedAt: return clockOrUnknown(state?.connectedAt, situation, text)
        case .connectedAgo: return ago(state?.connectedAt, situation, text)
        case .firstSync: return fact("first_sync", situation).map(text.duration) ?? text.word("unknown")
        case .firstSyncDue:
            guard let connected = state?.connectedAt, let wait = fact("first_sync", situation) else { return text.word("unknown") }
            return clock(connected.addingTimeInterval(wait), now: now, text)
        case .connectionTestWait: return fact("connection_test_wait", situation).map(text.duration) ?? text.word("unknown")
        case .importInterval: return fact("import_interval", situation).map(text.duration) ?? text.word("unknown")
        case .lastImportAt: return clockOrUnknown(state?.lastImportAt, situation, text)
        case .lastImportAgo: return ago(state?.lastImportAt, situation, text)
        case .nextImportAt:
            let next = nextRun(after: state?.lastImportAt ?? state?.connectedAt, every: fact("import_interval", situation), now: now)
            return clockOrUnknown(next, situation, text)
        case .exportInterval: return fact("export_interval", situation).map(text.duration) ?? text.word("unknown")
        case .exportAllowance: return fact("export_allowance", situation).map(text.duration) ?? text.word("unknown")
        case .exportDue:
            guard let dispatched = order?.dispatchedAt, let allowance = fact("export_allowance", situation) else { return text.word("unknown") }
            return clock(dispatched.addingTimeInterval(allowance), now: now, text)
        case .nextExportAt:
            let start = state?.lastExportAt ?? order?.dispatchedAt
            return clockOrUnknown(nextRun(after: start, every: fact("export_interval", situation), now: now), situation, text)
        case .channelError: return state?.lastError ?? text.word("unknown")
        case .orderNumber:
            return order?.orderNumber ?? situation.understanding.entities.orderNumbers.first?.text ?? text.word("your_order")
        case .orderState: return order.map { text.word("state.\($0.state.rawValue)") } ?? text.word("unknown")
        case .orderChannel: return order.map { catalog.name(of: $0.channel) } ?? text.word("unknown")
        case .carrier: return order?.carrier.map { catalog.carrierName(catalog.carrierID(forName: $0) ?? $0) } ?? text.word("the_carrier")
        case .trackingNumber: return order?.trackingNumber ?? text.word("unknown")
        case .placedAt: return clockOrUnknown(order?.placedAt, situation, text)
        case .dispatchedAt: return clockOrUnknown(order?.dispatchedAt, situation, text)
        case .dispatchedAgo: return ago(order?.dispatchedAt, situation, text)
        case .addressChangedAt: return clockOrUnknown(order?.addressChangedAt, situation, text)
        case .mentionedNumbers:
            return listed(mentionedNumbers(situation), text)
        case .notFoundMention:
            if mentionsOnlyEmails(situation) {
                return BracePlaceholders.fill(
                    text.word("not_found.email"), ["items": listed(situation.understanding.entities.emails, text)])
            }
            return BracePlaceholders.fill(text.word("not_found.number"), ["items": listed(mentionedNumbers(situation), text)])
        case .mentionToCheck:
            return text.word(mentionsOnlyEmails(situation) ? "check.email" : "check.number")
        case .candidates:
            guard case .ambiguous(let orders) = situation.lookup else { return text.word("unknown") }
            return listed(orders.map { "\(catalog.name(of: $0.channel)) \($0.orderNumber)" }, text)
        case .incidentName: return incident?.incident.name ?? text.word("unknown")
        case .incidentSince: return clockOrUnknown(incident?.incident.startedAt, situation, text)
        case .incidentUpdate: return incident?.incident.latestUpdate?.body ?? text.word("no_update")
        case .incidentComponents: return listed(incident?.componentNames ?? [], text)
        case .maintenanceName:
            return situation.incidents.first { $0.incident.isMaintenance }?.incident.name ?? text.word("unknown")
        case .maintenanceUntil:
            let maintenance = situation.incidents.first { $0.incident.isMaintenance }
            return clockOrUnknown(maintenance?.incident.scheduledUntil, situation, text)
        case .exportedAt: return clockOrUnknown(order?.exportedAt, situation, text)
        case .statusAge: return situation.statusAge.map(text.duration) ?? text.word("unknown")
        case .statusAsOf: return clockOrUnknown(situation.statusFetchedAt, situation, text)
        case .incidentDelay: return delay(of: incident).map(text.duration) ?? text.word("unknown")
        case .delayedImportAt:
            let next = nextRun(after: state?.lastImportAt ?? state?.connectedAt, every: fact("import_interval", situation), now: now)
            guard let next, let delay = delay(of: channelIncident(situation) ?? incident) else { return text.word("unknown") }
            return clock(next.addingTimeInterval(delay), now: now, text)
        case .delayedExportDue:
            guard let dispatched = order?.dispatchedAt, let allowance = fact("export_allowance", situation),
                let delay = delay(of: channelIncident(situation) ?? incident)
            else { return text.word("unknown") }
            return clock(dispatched.addingTimeInterval(allowance + delay), now: now, text)
        case .intent: return situation.understanding.intent.rawValue
        case .message: return Self.oneLine(situation.message)
        }
    }

    /// The message on one line, cut to `quotedLength` characters (ending in `...` when cut).
    static func oneLine(_ message: String) -> String {
        let kept = quotedLength - ellipsis.count
        let utf8 = message.utf8
        // ASCII without line breaks (the usual message) is its own single line, one character a byte.
        if utf8.allSatisfy({ $0 < 0x80 && !(0x0A...0x0D).contains($0) }) {
            return utf8.count > quotedLength ? String(decoding: utf8.prefix(kept), as: UTF8.self) + ellipsis : message
        }
        // Without line breaks and with no more scalars than may be quoted (a character has at least
        // one), the message is quoted whole: no need to split it into characters.
        if !message.unicodeScalars.contains(where: isLineBreak), message.unicodeScalars.count <= quotedLength {
            return message
        }
        let flat = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > quotedLength ? String(flat.prefix(kept)) + ellipsis : flat
    }

    /// Whether the scalar is one that `Character.isNewline` stands for: a line break is always a
    /// character of its own (or, CR LF, with its pair).
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Room reserved for a template's variables when filling it, in bytes, so that the text is
    /// seldom copied as it grows.
    private static let variableAllowance = 96

    /// How many characters of the message a handoff summary quotes at most.
    static let quotedLength = 120
    private static let ellipsis = "..."
}
