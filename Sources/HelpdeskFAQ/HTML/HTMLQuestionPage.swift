import HelpdeskCore
/// One question's page: the question, the short answer, the full answer (headings with anchors,
/// tables), the tags, the date and the questions it links to.
struct HTMLQuestionPage {
    let layout: HTMLPageLayout
    let entry: FAQEntry
    /// Questions of the same language by guide id, for the related list.
    let relatedQuestions: [String: String]

    func html() -> String {
        let words = layout.words
        let topicName = words.topicNames[entry.topic] ?? entry.topic.rawValue
        let related = entry.related.compactMap { id in
            relatedQuestions[id].map { "<li><a href=\"\(HTMLText.escape(id)).html\">\(HTMLText.escape($0))</a></li>" }
        }
        let relatedHTML = related.isEmpty ? "" : """
            <section class="related"><h2>\(HTMLText.escape(words.related))</h2><ul>\(related.joined())</ul></section>
            """
        let tags = entry.sortedTags.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
        let updated = entry.guide.updated.isEmpty ? "" : """
            <p class="updated">\(HTMLText.escape(words.updated)) <time datetime="\(HTMLText.escape(entry.guide.updated))">\(HTMLText.escape(entry.guide.updated))</time></p>
            """
        let main = """
            <nav class="crumbs" aria-label="Breadcrumb"><a href="index.html#\(HTMLText.escape(entry.id))">← \(HTMLText.escape(words.allQuestions))</a>\
            <span aria-hidden="true"> / </span><a href="index.html#\(entry.topic.anchor)">\(HTMLText.escape(topicName))</a></nav>
            <article class="answer" id="\(HTMLText.escape(entry.id))">
            <header class="answer-header">
            <h1>\(HTMLText.escape(entry.question))</h1>
            <p class="answer-title">\(HTMLText.escape(entry.title))</p>
            </header>
            <div class="short-answer"><p class="short-answer-label">\(HTMLText.escape(words.shortAnswer))</p>\(entry.summaryHTML)</div>
            <div class="prose">
            \(entry.bodyHTML)
            </div>
            <footer class="answer-footer"><ul class="tags">\(tags)</ul>\(updated)</footer>
            </article>
            \(relatedHTML)
            """
        return layout.document(
            title: "\(entry.question) · \(words.siteTitle)", description: entry.summaryText, page: "\(entry.id).html", main: main)
    }
}
