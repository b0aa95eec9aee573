/// Colour and emphasis on a terminal (ANSI escapes), nothing when the output is piped.
struct ConsoleStyle {
    /// Whether escapes are written.
    let isColoured: Bool

    static let plain = ConsoleStyle(isColoured: false)
    static let colour = ConsoleStyle(isColoured: true)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }
    /// White on red, bold: for what the agent must not miss.
    func alarm(_ text: String) -> String { wrap(text, "1;97;41") }
    /// Black on yellow: a warning bar.
    func warningBar(_ text: String) -> String { wrap(text, "30;43") }
    /// Black on green: an all-clear bar.
    func calmBar(_ text: String) -> String { wrap(text, "30;42") }

    private func wrap(_ text: String, _ code: String) -> String {
        isColoured && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
