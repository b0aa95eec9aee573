import HelpdeskCore
import Foundation

/// The site's front page: a search box, the topics, and every question filed under its topic,
/// each with its short answer and an anchor (`index.html#guide-id`).
struct HTMLIndexPage {
    let layout: HTMLPageLayout
    let entries: [FAQEntry]
    /// The page's schema.org `FAQPage`, embedded for other consumers.
    let jsonLD: FAQJSON

    func html() -> String {
        let words = layout.words
        let topics = FAQTopic.allCases.compactMap { topic -> (FAQTopic, [FAQEntry])? in
            let filed = entries.filter { $0.topic == topic }.sorted { ($0.question, $0.id) < ($1.question, $1.id) }
            return filed.isEmpty ? nil : (topic, filed)
        }
        let topicLinks = topics.map { topic, filed in
            "<a class=\"chip\" href=\"#\(topic.anchor)\">\(HTMLText.escape(words.topicNames[topic] ?? topic.rawValue)) <span class=\"chip-count\" data-topic=\"\(topic.anchor)\">\(filed.count)</span></a>"
        }.joined()
        let sections = topics.map { topic, filed in
            """
            <section class="topic" id="\(topic.anchor)" aria-labelledby="\(topic.anchor)-title">
            <h2 id="\(topic.anchor)-title">\(HTMLText.escape(words.topicNames[topic] ?? topic.rawValue))</h2>
            <ul class="questions">
            \(filed.map { item($0, topicName: words.topicNames[topic] ?? "") }.joined(separator: "\n"))
            </ul>
            </section>
            """
        }.joined(separator: "\n")
        let total = entries.count
        let main = """
            <section class="hero">
            <h1>\(HTMLText.escape(words.heroTitle))</h1>
            <p class="hero-text">\(HTMLText.escape(words.heroText))</p>
            <form class="search" role="search" action="index.html" method="get">
            <label class="visually-hidden" for="faq-search">\(HTMLText.escape(words.searchLabel))</label>
            <input id="faq-search" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="\(HTMLText.escape(words.searchPlaceholder))">
            </form>
            <p id="faq-count" class="search-count" aria-live="polite" data-template="\(HTMLText.escape(words.searchCount))">\(HTMLText.escape(words.searchCount.replacingOccurrences(of: "{shown}", with: "\(total)").replacingOccurrences(of: "{total}", with: "\(total)")))</p>
            </section>
            <nav class="topics" aria-label="\(HTMLText.escape(words.topics))">\(topicLinks)</nav>
            \(sections)
            <p id="faq-empty" class="empty" hidden>\(HTMLText.escape(words.noMatches))</p>
            """
        let latest = FAQDates.latest(entries.map(\.guide.updated))
        let description = words.heroText + (latest.map { " \(words.updated) \($0)." } ?? "")
        return layout.document(
            title: words.siteTitle, description: description, page: "index.html", main: main,
            script: "<script>\(HTMLSearchScript.javaScript)</script>\n",
            head: "<script type=\"application/ld+json\">\n\(jsonLD.text(forHTMLScript: true))</script>\n")
    }

    private func item(_ entry: FAQEntry, topicName: String) -> String {
        let searchText = [entry.question, entry.title, entry.summaryText, entry.sortedTags.joined(separator: " "), topicName, HTMLPlainText.text(from: entry.bodyHTML)]
            .joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let tags = entry.sortedTags.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
        return """
            <li class="question" id="\(HTMLText.escape(entry.id))" data-search="\(HTMLText.escape(searchText))">\
            <a href="\(HTMLText.escape(entry.id)).html"><span class="question-text">\(HTMLText.escape(entry.question))</span>\
            <span class="question-summary">\(HTMLText.escape(entry.summaryText))</span></a>\
            <ul class="tags" aria-label="\(HTMLText.escape(layout.words.topics))">\(tags)</ul></li>
            """
    }
}
