import Foundation
import HelpdeskCore

/// What every page of the site shares: the document head, the top bar with the language switch,
/// the status banner and the footer.
struct HTMLPageLayout {
    let language: Language
    /// The other languages exported (each in a sibling folder); empty for a one-language site.
    let otherLanguages: [Language]
    let status: FAQStatusBanner?
    let timeZone: TimeZone

    var words: FAQStrings { FAQStrings.for(language) }

    /// A whole page. `page` is the file name, for the links to the same page in other languages.
    func document(title: String, description: String, page: String, main: String, script: String = "", head: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <meta name="description" content="\(HTMLText.escape(description))">
        <style>\(HTMLStyleSheet.css)</style>
        \(head)</head>
        <body>
        \(topBar(page: page))
        \(status.map { HTMLStatusBannerView(banner: $0, words: words.status, timeZone: timeZone).html() } ?? "")
        <main class="wrap">
        \(main)
        </main>
        <footer class="site-footer"><div class="wrap">\(HTMLText.escape(words.footer))</div></footer>
        \(script)</body>
        </html>

        """
    }

    private func topBar(page: String) -> String {
        let switcher = otherLanguages.map { other in
            "<a class=\"lang\" href=\"../\(other.rawValue)/\(page)\" hreflang=\"\(other.rawValue)\" lang=\"\(other.rawValue)\">\(HTMLText.escape(FAQStrings.for(other).languageName))</a>"
        }.joined()
        return """
            <header class="topbar"><div class="wrap topbar-row">\
            <a class="brand" href="index.html"><span class="brand-mark" aria-hidden="true">?</span>\(HTMLText.escape(words.siteTitle))</a>\
            <nav class="langs" aria-label="Language">\(switcher)</nav></div></header>
            """
    }
}
