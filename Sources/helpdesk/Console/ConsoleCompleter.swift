/// Tab completion: command names after `/`, guide ids after `/guide`, languages after a guide id.
struct ConsoleCompleter {
    /// What Tab does: text to insert at the cursor, and the choices to list when there are several.
    struct Completion: Equatable {
        var insertion: String
        var choices: [String]
    }

    let guideIDs: [String]
    let languages: [String]

    /// The completion of `text`, the line up to the cursor.
    func complete(_ text: String) -> Completion {
        guard text.hasPrefix("/"), !text.hasPrefix("//") else { return Completion(insertion: "", choices: []) }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count == 1 {
            let names = ConsoleVerb.allCases.map { "/" + $0.rawValue }
            return Self.choose(among: names, prefix: words[0])
        }
        guard let verb = ConsoleVerb.named(String(words[0].dropFirst())), verb == .guide else {
            return Completion(insertion: "", choices: [])
        }
        let arguments = words.dropFirst().filter { !$0.isEmpty }
        let current = words.last ?? ""
        let position = current.isEmpty ? arguments.count : arguments.count - 1
        switch position {
        case 0: return Self.choose(among: guideIDs, prefix: current)
        case 1: return Self.choose(among: languages, prefix: current)
        default: return Completion(insertion: "", choices: [])
        }
    }

    /// Completes `prefix` among `names`: the rest and a space for a single match, the common
    /// part and the list for several.
    static func choose(among names: [String], prefix: String) -> Completion {
        let matches = names.filter { $0.hasPrefix(prefix) }.sorted()
        guard let first = matches.first else { return Completion(insertion: "", choices: []) }
        if matches.count == 1 { return Completion(insertion: String(first.dropFirst(prefix.count)) + " ", choices: []) }
        var common = first
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        return Completion(insertion: String(common.dropFirst(prefix.count)), choices: matches)
    }
}
