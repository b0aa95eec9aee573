import Foundation
import HelpdeskCore

/// Where the console writes: text lines or one JSON object per line, on standard output, flushed
/// after each block so that a program reading the output sees every answer at once.
struct ConsoleOutput {
    let format: OutputFormat
    let style: ConsoleStyle

    /// Whether output is JSON lines.
    var isJSON: Bool { format == .json }

    /// Writes text (text format only).
    func text(_ text: String) {
        guard !isJSON else { return }
        Swift.print(text)
        fflush(nil)
    }

    /// Writes one JSON object on one line (JSON format only).
    func json(_ value: some Encodable) {
        guard isJSON else { return }
        Swift.print(StableJSON.string(value))
        fflush(nil)
    }

    /// Writes a problem: a line starting with `!` in text, an `error` object in JSON.
    func problem(_ message: String) {
        if isJSON {
            json(ConsoleProblemDocument(message: message))
        } else {
            text(style.red("! " + message))
        }
    }
}
