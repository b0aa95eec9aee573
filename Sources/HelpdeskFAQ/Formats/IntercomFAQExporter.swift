import HelpdeskCore

/// Intercom articles, shaped like its article API: `{"type": "list", "data": [...]}` with one
/// `article` per guide in the first language asked for; with several languages the others come as
/// `translated_content` (`article_content` per locale). `author_id` and `parent_id` are `null`, to
/// be set for the target workspace before import.
struct IntercomFAQExporter {
    let base: KnowledgeBase

    func text(for languages: [Language]) -> String {
        let builder = FAQEntryBuilder(base: base, links: .anchor)
        guard let main = languages.first else { return FAQJSON.object(["type": .string("list"), "data": .array([]), "total_count": .int(0)]).text() }
        let translations = languages.dropFirst().map { language in
            (language, Dictionary(builder.entries(for: [language]).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        }
        let articles = builder.entries(for: [main]).map { entry -> FAQJSON in
            let others = translations.compactMap { language, byID in byID[entry.id].map { (language, $0) } }
            return article(entry, translations: others)
        }
        return FAQJSON.object(["type": .string("list"), "data": .array(articles), "total_count": .int(articles.count)]).text()
    }

    private func article(_ entry: FAQEntry, translations: [(Language, FAQEntry)]) -> FAQJSON {
        var members = content(entry)
        members["type"] = .string("article")
        members["default_locale"] = .string(entry.locale.rawValue)
        members["parent_id"] = .null
        members["parent_type"] = .null
        members.removeValue(forKey: "url")
        if translations.isEmpty {
            members["translated_content"] = .null
        } else {
            var translated: [String: FAQJSON] = ["type": .string("article_translated_content")]
            for (language, translation) in translations {
                var article = content(translation)
                article["type"] = .string("article_content")
                translated[language.rawValue] = .object(article)
            }
            members["translated_content"] = .object(translated)
        }
        return .object(members)
    }

    /// The fields an article and its translations share.
    private func content(_ entry: FAQEntry) -> [String: FAQJSON] {
        let time = FAQJSON.optional(FAQDates.epochSeconds(entry.guide.updated))
        return [
            "title": .string(entry.question),
            "description": .string(entry.summaryText),
            "body": .string(entry.answerHTML),
            "author_id": .null,
            "state": .string(entry.guide.faq ? "published" : "draft"),
            "created_at": time,
            "updated_at": time,
            "url": .null,
        ]
    }
}
