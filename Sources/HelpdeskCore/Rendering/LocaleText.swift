import Foundation

/// The words and templates of one language, from `templates/<language>.yaml`.
public struct LocaleText: Sendable {
    public var language: Language
    /// Answer templates by id.
    public var answers: [String: Template]
    /// Handoff summary templates by id.
    public var summaries: [String: Template]
    /// Single words and short phrases (`state.dispatched`, `unknown`, `and`, `ago`, …).
    public var words: [String: String]
    /// Plural forms: `hour` → [one, few, many] (English uses the first two).
    public var plurals: [String: [String]]
    /// Month names as used after a day number.
    public var months: [String]
    /// Ready-to-send incident announcements by id (`incident`, `maintenance`, `advice.*`, `still.*`).
    public var announcements: [String: AnnouncementTemplate] = [:]

    /// A word, or its key when missing (so gaps are visible, never a crash).
    public func word(_ key: String) -> String { words[key] ?? key }

    /// `count` with the right plural form of `unit`.
    public func counted(_ count: Int, _ unit: String) -> String {
        String(count) + " " + Self.form(for: count, among: plurals[unit] ?? [unit], in: language)
    }

    /// The plural form of `forms` (one, few, many) that goes with `count` in `language`.
    static func form(for count: Int, among forms: [String], in language: Language) -> String {
        switch language {
        case .en:
            return count == 1 ? forms[0] : forms[min(1, forms.count - 1)]
        case .ru:
            let lastTwo = count % 100
            let last = count % 10
            if (11...14).contains(lastTwo) {
                return forms[min(2, forms.count - 1)]
            } else if last == 1 {
                return forms[0]
            } else if (2...4).contains(last) {
                return forms[min(1, forms.count - 1)]
            } else {
                return forms[min(2, forms.count - 1)]
            }
        }
    }

    /// A duration in words: `2 hours 30 minutes`, `2 часа 30 минут`, `3 days 4 hours`.
    public func duration(_ seconds: TimeInterval) -> String {
        var text = ""
        DurationWords(self).write(seconds, into: &text)
        return text
    }
}

/// Reads `templates/<language>.yaml` for every language.
struct TemplateLoader {
    let files: KnowledgeBaseFiles

    func load() -> [Language: LocaleText] {
        var result: [Language: LocaleText] = [:]
        for language in Language.allCases {
            let path = "templates/\(language.rawValue).yaml"
            guard let root = files.yaml(path) else { continue }
            var words: [String: String] = [:]
            for (key, value) in root["words"]?.entries ?? [] {
                guard let text = value.string else {
                    files.issues.add(value, "word `\(key)` must be text")
                    continue
                }
                words[key] = text
            }
            var plurals: [String: [String]] = [:]
            for (key, value) in root["plurals"]?.entries ?? [] {
                guard let forms = value.strings, !forms.isEmpty else {
                    files.issues.add(value, "plural `\(key)` must list its forms")
                    continue
                }
                plurals[key] = forms
            }
            let months = root["months"]?.strings ?? []
            if months.count != 12 { files.issues.add(root, "`months:` must list the twelve month names") }
            result[language] = LocaleText(
                language: language, answers: templates(root["answers"], path), summaries: templates(root["summaries"], path),
                words: words, plurals: plurals, months: months,
                announcements: AnnouncementTemplate.load(root["announcements"], path: path, issues: files.issues))
        }
        return result
    }

    private func templates(_ node: YAMLValue?, _ path: String) -> [String: Template] {
        var result: [String: Template] = [:]
        for (id, value) in node?.entries ?? [] {
            guard let text = value.string else {
                files.issues.add(value, "template `\(id)` must be text")
                continue
            }
            let (template, unknown) = Template.parse(text.trimmingCharacters(in: .whitespacesAndNewlines))
            for name in unknown {
                files.issues.add(value, "template `\(id)` uses unknown variable `{\(name)}`; variables are \(TemplateVariable.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result[id] = template
        }
        return result
    }
}
