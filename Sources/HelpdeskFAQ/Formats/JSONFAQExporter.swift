import HelpdeskCore

/// Helpdesk's own JSON export, in the schema documented in `docs/faq-schema.json`:
/// `{"format": "helpdesk-faq", "version": 1, "locales": [...], "updated": ..., "entries": [...]}`.
/// Every key is always present (absent values are `null`); links between answers are `#guide-id`.
struct JSONFAQExporter {
    static let formatName = "helpdesk-faq"
    static let version = 1

    let base: KnowledgeBase

    func text(for languages: [Language]) -> String {
        let entries = FAQEntryBuilder(base: base, links: .anchor).entries(for: languages)
        let document: [String: FAQJSON] = [
            "format": .string(Self.formatName),
            "version": .int(Self.version),
            "locales": .strings(languages.map(\.rawValue)),
            "updated": .optional(FAQDates.latest(entries.map(\.guide.updated))),
            "count": .int(entries.count),
            "entries": .array(entries.map(json)),
        ]
        return FAQJSON.object(document).text()
    }

    private func json(_ entry: FAQEntry) -> FAQJSON {
        .object([
            "id": .string(entry.id),
            "locale": .string(entry.locale.rawValue),
            "title": .string(entry.title),
            "question": .string(entry.question),
            "summary": .string(entry.summaryText),
            "answer_text": .string(entry.answerText),
            "answer_html": .string(entry.answerHTML),
            "topic": .string(entry.topic.rawValue),
            "tags": .strings(entry.sortedTags),
            "intents": .strings(entry.guide.intents.map(\.rawValue)),
            "channels": .strings(entry.guide.channels.map(\.rawValue)),
            "related": .strings(entry.related),
            "facts": .strings(entry.facts),
            "updated": .optional(entry.guide.updated.isEmpty ? nil : entry.guide.updated),
        ])
    }
}
