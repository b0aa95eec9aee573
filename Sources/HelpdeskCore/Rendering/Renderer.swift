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
    /// The words of each language in the order of `Language.allCases`, read on every answer
    /// without hashing.
    private let phrasebooks: [Phrasebook?]
    /// The facts variables quote: for no channel first, then for each channel in the order of
    /// `Channel.allCases`.
    private let quotedFacts: [QuotedFacts]
    /// The fact `incident_delay`, the delay of an incident that states none.
    let incidentDelay: TimeInterval?

    init(texts: [Language: LocaleText], facts: FactBook, catalog: Catalog, settings: DeskSettings) {
        self.texts = texts
        self.facts = facts
        self.catalog = catalog
        self.settings = settings
        let citations = facts.facts.mapValues { CitedFact(id: $0.id, value: $0.value.description) }
        self.citations = citations
        self.phrasebooks = Language.allCases.map { texts[$0].map(Phrasebook.init) }
        self.quotedFacts = ([nil] + Channel.allCases.map(Optional.some)).map {
            QuotedFacts(facts, channel: $0, citations: citations)
        }
        self.incidentDelay = facts["incident_delay"]?.value.seconds
    }

    /// The words of `language`.
    private func phrasebook(in language: Language) -> Phrasebook? {
        Language.allCases.firstIndex(of: language).flatMap { phrasebooks[$0] }
    }

    /// The facts variables quote on `channel`.
    private func quotedFacts(on channel: Channel?) -> QuotedFacts {
        guard let channel, let index = Channel.allCases.firstIndex(of: channel) else { return quotedFacts[0] }
        return quotedFacts[index + 1]
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
        guard let words = phrasebook(in: language) ?? phrasebook(in: .en) else {
            return Output(answer: "", handoffSummary: nil, citedFacts: [])
        }
        // Cited: the facts the decision read, then those the answer quotes, each once.
        var citedFacts: [CitedFact] = []
        for id in decision.factsUsed where !citedFacts.contains(where: { $0.id == id }) {
            if let citation = citations[id] { citedFacts.append(citation) }
        }
        let quoted = quotedFacts(on: situation.channel)
        // The paragraphs, one a line: the answer alone for most messages, which have no leads.
        let answerTemplate = words.text.answers[decision.rule.template]
        var answer = ""
        answer.reserveCapacity((answerTemplate?.literalByteCount ?? 0) + Self.variableAllowance)
        var hasParagraph = false
        func add(_ template: Template) {
            if hasParagraph { answer += "\n" }
            hasParagraph = true
            fill(template, situation, words, quoted, into: &answer, cited: &citedFacts)
        }
        for lead in decision.leads {
            guard let template = words.text.answers[lead.template] else { continue }
            add(template)
        }
        if let answerTemplate { add(answerTemplate) }
        var summary: String?
        if decision.handoff, let summaryWords = phrasebook(in: .en) {
            let id = decision.rule.summaryTemplate ?? "handoff"
            if let template = summaryWords.text.summaries[id] ?? summaryWords.text.summaries["handoff"] {
                var text = ""
                text.reserveCapacity(template.literalByteCount + Self.variableAllowance)
                var ignored: [CitedFact] = []
                fill(template, situation, summaryWords, quoted, into: &text, cited: &ignored)
                summary = text
            }
        }
        return Output(answer: answer, handoffSummary: summary, citedFacts: citedFacts)
    }

    private func fill(
        _ template: Template, _ situation: Situation, _ words: Phrasebook, _ quoted: QuotedFacts,
        into output: inout String, cited: inout [CitedFact]
    ) {
        for segment in template.segments {
            switch segment {
            case .text(let literal): output += literal
            case .variable(let variable):
                if let family = variable.factFamily, let quote = quoted.quote(family),
                    !cited.contains(where: { $0.id == quote.citation.id }) {
                    cited.append(quote.citation)
                }
                write(variable, situation, words, quoted, into: &output)
            }
        }
    }

    /// Clock time in the desk's time zone: `14:30`, or `14:30 on 5 March` when not today.
    func clock(_ date: Date, now: Date, _ text: LocaleText) -> String {
        var output = ""
        writeClock(date, now: now, months: text.months, timeOnDay: PlaceholderText(text.word("time_on_day")), into: &output)
        return output
    }

    /// Appends the clock time in the desk's time zone (see `clock`).
    func writeClock(
        _ date: Date, now: Date, months: [String], timeOnDay: PlaceholderText<ClockSlot>, into output: inout String
    ) {
        let local = LocalTime(date, in: settings.timeZone)
        if local.dayNumber == LocalTime(now, in: settings.timeZone).dayNumber {
            local.appendClockText(to: &output)
            return
        }
        let month = months.indices.contains(local.month - 1) ? months[local.month - 1] : ""
        timeOnDay.write(into: &output) { slot, output in
            switch slot {
            case .time: local.appendClockText(to: &output)
            case .day: output += String(local.day)
            case .month: output += month
            }
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
