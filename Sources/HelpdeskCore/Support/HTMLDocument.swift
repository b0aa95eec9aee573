/// The shell of a self-contained HTML page (no scripts, no links out): the head with its
/// character set, viewport, generator, title and inline style, then `body` inside `<main>`.
/// The status page and the report page share it.
public enum HTMLDocument {
    /// The page; `title` is escaped here, `css` and `body` are taken as they are.
    public static func page(language: String, generator: String, title: String, css: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="\(generator)">
        <title>\(HTMLText.escape(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }
}
