import HelpdeskCore

/// schema.org `FAQPage` JSON-LD: one page per language with `inLanguage`, each question a
/// `Question` whose `acceptedAnswer.text` is the answer's HTML. One language gives a single
/// `FAQPage`; several give an `@graph` of them.
struct JSONLDFAQExporter {
    let base: KnowledgeBase

    func text(for languages: [Language]) -> String {
        document(for: languages).text()
    }

    /// The document as a value (also embedded in the HTML site's index pages).
    func document(for languages: [Language]) -> FAQJSON {
        let builder = FAQEntryBuilder(base: base, links: .anchor)
        let pages = languages.map { page(language: $0, entries: builder.entries(for: [$0])) }
        if pages.count == 1, case .object(var members) = pages[0] {
            members["@context"] = .string("https://schema.org")
            return .object(members)
        }
        return .object(["@context": .string("https://schema.org"), "@graph": .array(pages)])
    }

    private func page(language: Language, entries: [FAQEntry]) -> FAQJSON {
        .object([
            "@type": .string("FAQPage"),
            "inLanguage": .string(language.rawValue),
            "name": .string(FAQStrings.for(language).siteTitle),
            "dateModified": .optional(FAQDates.latest(entries.map(\.guide.updated))),
            "mainEntity": .array(entries.map(question)),
        ])
    }

    private func question(_ entry: FAQEntry) -> FAQJSON {
        .object([
            "@type": .string("Question"),
            "identifier": .string(entry.id),
            "name": .string(entry.question),
            "inLanguage": .string(entry.locale.rawValue),
            "keywords": .string(entry.sortedTags.joined(separator: ", ")),
            "dateModified": .optional(entry.guide.updated.isEmpty ? nil : entry.guide.updated),
            "acceptedAnswer": .object([
                "@type": .string("Answer"),
                "inLanguage": .string(entry.locale.rawValue),
                "text": .string(entry.answerHTML),
            ]),
        ])
    }
}
