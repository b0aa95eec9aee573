import CLibEdit

/// Colour, emphasis and line width on a terminal (ANSI escapes, lines wrapped with a hanging
/// indent to the terminal's width); nothing of that when the output is piped, so that a transcript
/// has one line per row.
struct ConsoleStyle {
    /// Whether escapes are written and rows wrapped to the terminal.
    let isColoured: Bool

    static let plain = ConsoleStyle(isColoured: false)
    static let colour = ConsoleStyle(isColoured: true)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    /// White on red, bold: for what the agent must not miss.
    func alarm(_ text: String) -> String { wrap(text, "1;97;41") }
    /// Black on yellow: a warning bar.
    func warningBar(_ text: String) -> String { wrap(text, "30;43") }
    /// Black on green: an all-clear bar.
    func calmBar(_ text: String) -> String { wrap(text, "30;42") }

    /// Width of the labels of fact rows.
    static let labelWidth = 10

    /// A fact row: `  order     Amazon 114-…`, the label dimmed, the text painted by `paint` and
    /// wrapped under itself on a terminal.
    func row(_ label: String, _ text: String, paint: (String) -> String = { $0 }) -> String {
        let indent = 2 + Self.labelWidth
        let lines = fold(text, indent: indent).map(paint)
        let head = "  " + dim(label.padding(toLength: Self.labelWidth, withPad: " ", startingAt: 0))
        return head + lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    /// `text` as a bar with a space either side on a terminal, as it is when piped.
    func bar(_ text: String, _ paint: (String) -> String) -> String { isColoured ? paint(" \(text) ") : text }

    /// `text` cut at spaces into lines that fit the terminal after `indent` columns; one line
    /// when piped or when the width is unknown.
    func fold(_ text: String, indent: Int) -> [String] {
        let width = isColoured ? Int(hd_terminal_width(1)) - indent : 0
        guard width >= 20, text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        lines.append(current)
        return lines
    }

    private func wrap(_ text: String, _ code: String) -> String {
        isColoured && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
