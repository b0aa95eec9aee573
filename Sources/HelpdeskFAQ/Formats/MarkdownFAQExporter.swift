import HelpdeskCore

/// The Markdown export: every guide (FAQ or not) as `<locale>/<id>.md` with YAML front matter,
/// laid out like `KnowledgeBase/guides/` so the folder goes straight back into a knowledge base.
/// Placeholders and `guide:` links are kept as written, unless `fillFacts` asks for today's values.
struct MarkdownFAQExporter {
    let base: KnowledgeBase
    var fillFacts = false

    func files(for languages: [Language]) -> [FAQFile] {
        base.guides
            .filter { languages.contains($0.locale) }
            .sorted { ($0.locale.rawValue, $0.id) < ($1.locale.rawValue, $1.id) }
            .map { FAQFile(path: "\($0.locale.rawValue)/\($0.id).md", text: document($0)) }
    }

    func document(_ guide: Guide) -> String {
        let fill = { (text: String) in
            fillFacts ? FactPlaceholders.fill(text) { base.factText($0, language: guide.locale) } : text
        }
        var front = FrontMatterWriter()
        front.plain("id", guide.id)
        front.plain("locale", guide.locale.rawValue)
        front.quoted("title", guide.title)
        front.quoted("question", guide.question)
        front.quoted("summary", fill(guide.summary))
        front.list("intents", guide.intents.map(\.rawValue))
        front.list("channels", guide.channels.map(\.rawValue))
        front.list("tags", guide.tags)
        front.raw("faq", guide.faq ? "yes" : "no")
        if !guide.updated.isEmpty { front.plain("updated", guide.updated) }
        return "---\n" + front.text + "---\n\n" + fill(guide.body) + "\n"
    }
}
