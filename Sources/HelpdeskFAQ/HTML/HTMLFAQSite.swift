import HelpdeskCore

/// The static FAQ site: self-contained pages (CSS and script inline, no network) that work from a
/// folder, a static host or `file://`. One language gives `index.html` and `<id>.html`; several
/// give `<locale>/index.html` and `<locale>/<id>.html` per language and a root `index.html` to
/// choose the language.
struct HTMLFAQSite {
    let base: KnowledgeBase
    var status: FAQStatusBanner?

    func files(for languages: [Language]) -> [FAQFile] {
        let builder = FAQEntryBuilder(base: base, links: .page, renderer: MarkdownRenderer(headingLinks: true))
        let multilingual = languages.count > 1
        var files: [FAQFile] = []
        for language in languages {
            let entries = builder.entries(for: [language])
            let layout = HTMLPageLayout(
                language: language, otherLanguages: multilingual ? languages.filter { $0 != language } : [],
                status: status, timeZone: base.settings.timeZone)
            let folder = multilingual ? "\(language.rawValue)/" : ""
            let index = HTMLIndexPage(layout: layout, entries: entries, jsonLD: JSONLDFAQExporter(base: base).document(for: [language]))
            files.append(FAQFile(path: folder + "index.html", text: index.html()))
            let titles = Dictionary(entries.map { ($0.id, $0.question) }, uniquingKeysWith: { first, _ in first })
            for entry in entries {
                let page = HTMLQuestionPage(layout: layout, entry: entry, relatedQuestions: titles)
                files.append(FAQFile(path: folder + "\(entry.id).html", text: page.html()))
            }
        }
        if multilingual {
            files.append(FAQFile(path: "index.html", text: HTMLLanguagePage(languages: languages).html()))
        }
        return files
    }
}
