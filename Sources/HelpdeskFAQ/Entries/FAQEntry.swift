import HelpdeskCore

/// One published question and its answer in one language, ready for every format: facts filled
/// in, links between guides pointing where the format needs them, Markdown rendered.
struct FAQEntry: Sendable {
    /// The guide as written (placeholders and `guide:` links untouched).
    let guide: Guide
    /// The summary with facts filled in (plain text).
    let summaryText: String
    /// The summary rendered to HTML (one paragraph).
    let summaryHTML: String
    /// The body's Markdown with facts filled in and links rewritten.
    let bodyMarkdown: String
    /// The body rendered to HTML.
    let bodyHTML: String
    /// Guide ids this answer links to, in order of appearance.
    let related: [String]
    /// Fact ids quoted in the summary and body, sorted.
    let facts: [String]

    var id: String { guide.id }
    var locale: Language { guide.locale }
    var question: String { guide.question }
    var title: String { guide.title }

    /// The whole answer as HTML: the summary, then the body.
    var answerHTML: String { summaryHTML + bodyHTML }

    /// The whole answer as plain text.
    var answerText: String { HTMLPlainText.text(from: answerHTML) }

    /// The tags, sorted and without repeats.
    var sortedTags: [String] { Array(Set(guide.tags)).sorted() }

    /// The topic the question is filed under on the site's index.
    var topic: FAQTopic { FAQTopic(for: guide.intents) }
}
