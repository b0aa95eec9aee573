import Foundation
import Ink

/// Renders guide Markdown to HTML with Ink. Headings get stable `id`s (so every section of an
/// answer has an anchor), optionally with a visible `#` link, and tables are wrapped so that a
/// wide table scrolls sideways on a phone instead of widening the page.
struct MarkdownRenderer: Sendable {
    /// Whether headings carry a visible `#` link to themselves (for the static site).
    var headingLinks = false

    func html(_ markdown: String) -> String {
        let slugs = HeadingSlugs()
        let headingLinks = headingLinks
        let headings = Modifier(target: .headings) { html, markdown in
            let level = markdown.prefix { $0 == "#" }.count
            guard level > 0, let open = html.range(of: ">"), let close = html.range(of: "</h", options: .backwards) else { return html }
            let slug = slugs.next(for: String(markdown.dropFirst(level)))
            let inner = html[open.upperBound..<close.lowerBound]
            let link = headingLinks ? " <a class=\"anchor\" href=\"#\(slug)\" aria-hidden=\"true\">#</a>" : ""
            return "<h\(level) id=\"\(slug)\">\(inner)\(link)</h\(level)>"
        }
        let tables = Modifier(target: .tables) { html, _ in "<div class=\"table-scroll\">\(html)</div>" }
        return MarkdownParser(modifiers: [headings, tables]).html(from: markdown)
    }
}

/// Unique, readable ids for headings: lower-case letters and digits (any script) joined by `-`.
private final class HeadingSlugs {
    private var used: [String: Int] = [:]

    func next(for heading: String) -> String {
        var slug = ""
        for character in heading.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "section" }
        let count = used[slug, default: 0]
        used[slug] = count + 1
        return count == 0 ? slug : "\(slug)-\(count + 1)"
    }
}
