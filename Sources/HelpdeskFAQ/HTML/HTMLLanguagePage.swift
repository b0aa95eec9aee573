import HelpdeskCore

/// The root page of a site in several languages: one card per language, each leading to its folder.
struct HTMLLanguagePage {
    let languages: [Language]

    func html() -> String {
        let cards = languages.map { language in
            let words = FAQStrings.for(language)
            return """
                <li><a class="language-card" href="\(language.rawValue)/index.html" hreflang="\(language.rawValue)" lang="\(language.rawValue)">\
                <span class="language-name">\(HTMLText.escape(words.languageName))</span>\
                <span class="language-site">\(HTMLText.escape(words.siteTitle))</span>\
                <span class="question-summary">\(HTMLText.escape(words.heroTitle))</span></a></li>
                """
        }.joined(separator: "\n")
        let titles = languages.map { FAQStrings.for($0).siteTitle }.joined(separator: " · ")
        let prompts = languages.map { HTMLText.escape(FAQStrings.for($0).chooseLanguage) }.joined(separator: " · ")
        return """
            <!DOCTYPE html>
            <html lang="\(languages.first?.rawValue ?? "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(titles))</title>
            <style>\(HTMLStyleSheet.css)</style>
            </head>
            <body>
            <header class="topbar"><div class="wrap topbar-row"><span class="brand"><span class="brand-mark" aria-hidden="true">?</span>\(HTMLText.escape(titles))</span></div></header>
            <main class="wrap">
            <section class="hero"><h1>\(prompts)</h1></section>
            <ul class="languages">
            \(cards)
            </ul>
            </main>
            </body>
            </html>

            """
    }
}
