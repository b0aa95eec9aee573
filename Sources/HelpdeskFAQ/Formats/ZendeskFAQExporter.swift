import HelpdeskCore

/// Zendesk Help Center articles, shaped like the list response of
/// `GET /api/v2/help_center/{locale}/articles.json`: `{"articles": [...], "meta": ..., "links": ...}`.
/// The title is the question, the body the answer's HTML, `label_names` the guide's tags. Ids that
/// Zendesk assigns (`section_id`, `permission_group_id`, `user_segment_id`) are `null`, to be set
/// for the target help centre before import.
struct ZendeskFAQExporter {
    let base: KnowledgeBase

    /// Zendesk's locale code for a language.
    static func locale(_ language: Language) -> String {
        switch language {
        case .en: "en-us"
        case .ru: "ru"
        }
    }

    func text(for languages: [Language]) -> String {
        let entries = FAQEntryBuilder(base: base, links: .anchor).entries(for: languages)
        let sourceLocale = Self.locale(languages.first ?? .en)
        var positions: [Language: Int] = [:]
        let articles = entries.map { entry -> FAQJSON in
            let position = positions[entry.locale, default: 0]
            positions[entry.locale] = position + 1
            return article(entry, position: position, sourceLocale: sourceLocale)
        }
        return FAQJSON.object([
            "articles": .array(articles),
            "count": .int(articles.count),
            "meta": .object(["has_more": .bool(false), "after_cursor": .null, "before_cursor": .null]),
            "links": .object(["first": .null, "last": .null, "next": .null, "prev": .null]),
        ]).text()
    }

    private func article(_ entry: FAQEntry, position: Int, sourceLocale: String) -> FAQJSON {
        let time = FAQJSON.optional(FAQDates.timestamp(entry.guide.updated))
        return .object([
            "title": .string(entry.question),
            "name": .string(entry.question),
            "body": .string(entry.answerHTML),
            "locale": .string(Self.locale(entry.locale)),
            "source_locale": .string(sourceLocale),
            "label_names": .strings(entry.sortedTags),
            "draft": .bool(!entry.guide.faq),
            "promoted": .bool(false),
            "position": .int(position),
            "comments_disabled": .bool(false),
            "outdated": .bool(false),
            "outdated_locales": .array([]),
            "content_tag_ids": .array([]),
            "section_id": .null,
            "user_segment_id": .null,
            "permission_group_id": .null,
            "created_at": time,
            "updated_at": time,
            "edited_at": time,
        ])
    }
}
