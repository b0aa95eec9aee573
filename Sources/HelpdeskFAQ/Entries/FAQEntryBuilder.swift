import HelpdeskCore

/// Builds the entries of an export from the knowledge base: the guides marked `faq: yes` in the
/// chosen languages, sorted by language (in the order asked for) and then by id.
struct FAQEntryBuilder {
    let base: KnowledgeBase
    var links: GuideLinkStyle
    var renderer = MarkdownRenderer()

    func entries(for languages: [Language]) -> [FAQEntry] {
        languages.flatMap { language in
            base.guides
                .filter { $0.locale == language && $0.faq }
                .sorted { $0.id < $1.id }
                .map(entry)
        }
    }

    func entry(_ guide: Guide) -> FAQEntry {
        let fill = { (text: String) in FactPlaceholders.fill(text) { base.factText($0, language: guide.locale) } }
        let summaryHTML = MarkdownRenderer().html(GuideLinks.rewrite(fill(guide.summary), style: links))
        let bodyMarkdown = GuideLinks.rewrite(fill(guide.body), style: links)
        let factIDs = Set(FactPlaceholders.references(in: guide.summary + "\n" + guide.body))
        return FAQEntry(
            guide: guide,
            summaryText: HTMLPlainText.text(from: summaryHTML),
            summaryHTML: summaryHTML,
            bodyMarkdown: bodyMarkdown,
            bodyHTML: renderer.html(bodyMarkdown),
            related: GuideLinks.targets(in: guide.summary + "\n" + guide.body),
            facts: factIDs.sorted())
    }
}
