import Foundation

/// Turns the HTML that the Markdown renderer produced into readable plain text: paragraphs
/// separated by blank lines, list items as `- ` or `1. `, table rows with cells separated by ` | `,
/// tags dropped and character references decoded. Used for the plain-text answers of the JSON
/// and CSV exports.
enum HTMLPlainText {
    static func text(from html: String) -> String {
        var converter = Converter()
        converter.run(html)
        return converter.finish()
    }

    private struct Converter {
        var output = ""
        /// One entry per open list: `nil` for a bulleted list, the next number for a numbered one.
        var lists: [Int?] = []
        var cellsInRow = 0

        mutating func run(_ html: String) {
            var index = html.startIndex
            while index < html.endIndex {
                if html[index] == "<", let close = html[index...].firstIndex(of: ">") {
                    tag(String(html[html.index(after: index)..<close]))
                    index = html.index(after: close)
                } else if html[index] == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";") {
                    output += HTMLPlainText.decode(String(html[html.index(after: index)..<semicolon])) ?? String(html[index...semicolon])
                    index = html.index(after: semicolon)
                } else {
                    output.append(html[index] == "\n" ? " " : html[index])
                    index = html.index(after: index)
                }
            }
        }

        mutating func tag(_ raw: String) {
            let isClosing = raw.hasPrefix("/")
            let name = raw.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            switch (name, isClosing) {
            case ("p", true), ("h1", true), ("h2", true), ("h3", true), ("h4", true), ("h5", true), ("h6", true),
                ("pre", true), ("blockquote", true), ("table", true), ("hr", false):
                blockBreak()
            case ("ul", false): listStart(nil)
            case ("ol", false): listStart(1)
            case ("ul", true), ("ol", true):
                _ = lists.popLast()
                if lists.isEmpty { blockBreak() }
            case ("li", false):
                lineBreak()
                output += String(repeating: "  ", count: max(lists.count - 1, 0))
                if let last = lists.last, let number = last {
                    output += "\(number). "
                    lists[lists.count - 1] = number + 1
                } else {
                    output += "- "
                }
            case ("tr", false): cellsInRow = 0
            case ("tr", true): lineBreak()
            case ("td", false), ("th", false):
                if cellsInRow > 0 { output += " | " }
                cellsInRow += 1
            case ("br", false): output += "\n"
            default: break
            }
        }

        mutating func listStart(_ first: Int?) {
            if lists.isEmpty { blockBreak() } else { lineBreak() }
            lists.append(first)
        }

        mutating func lineBreak() {
            trimTrailingSpaces()
            if !output.isEmpty, !output.hasSuffix("\n") { output += "\n" }
        }

        mutating func blockBreak() {
            trimTrailingSpaces()
            guard !output.isEmpty else { return }
            while !output.hasSuffix("\n\n") { output += "\n" }
        }

        mutating func trimTrailingSpaces() {
            while output.hasSuffix(" ") { output.removeLast() }
        }

        func finish() -> String {
            output.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingTrailingSpaces() }
                .joined(separator: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The character for a reference's name (`amp`, `#39`, `#x2014`), or `nil` when unknown.
    static func decode(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{00A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = String(self)
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
