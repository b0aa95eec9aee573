import Foundation

/// A help guide: Markdown with YAML front matter, in one language.
public struct Guide: Sendable, Equatable {
    public var id: String
    public var locale: Language
    public var title: String
    /// The question the guide answers, for FAQ exports.
    public var question: String
    /// A short answer on its own (may contain `{{fact:ID}}`).
    public var summary: String
    public var intents: [Intent]
    public var channels: [Channel]
    public var tags: [String]
    /// Whether the guide is published in FAQ exports.
    public var faq: Bool
    /// The `updated:` date as written (ISO date).
    public var updated: String
    /// The Markdown body (may contain `{{fact:ID}}`).
    public var body: String
    public var file: String
}

/// Reads `guides/<language>/*.md`.
struct GuideLoader {
    let files: KnowledgeBaseFiles
    let facts: FactBook

    func load() -> [Guide] {
        var guides: [Guide] = []
        for language in Language.allCases {
            for path in files.files(in: "guides/\(language.rawValue)", suffix: ".md") {
                guard let text = files.text(path), let guide = parse(text, path: path, folderLanguage: language) else { continue }
                guides.append(guide)
            }
        }
        return guides
    }

    func parse(_ text: String, path: String, folderLanguage: Language) -> Guide? {
        let issues = files.issues
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else {
            issues.add(path, 1, "a guide must start with YAML front matter between two `---` lines")
            return nil
        }
        let frontMatter = lines[1..<end].joined(separator: "\n")
        guard let root = YAMLValue.parse(frontMatter, file: path, lineOffset: 1, issues: issues) else { return nil }
        let body = lines[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        func required(_ key: String) -> String? {
            guard let value = root[key]?.string, !value.isEmpty else {
                issues.add(path, root.fileLine, "front matter needs `\(key):`")
                return nil
            }
            return value
        }
        let fileID = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let id = required("id"), let title = required("title"), let localeName = required("locale") else { return nil }
        if id != fileID { issues.add(root["id"] ?? root, "guide id `\(id)` must equal the file name `\(fileID)`") }
        guard let locale = Language(rawValue: localeName) else {
            issues.add(root["locale"] ?? root, "locale `\(localeName)` is not one of en, ru")
            return nil
        }
        if locale != folderLanguage { issues.add(root["locale"] ?? root, "locale `\(localeName)` but the file is in guides/\(folderLanguage.rawValue)/") }
        var intents: [Intent] = []
        for name in root["intents"]?.strings ?? [] {
            if let intent = Intent(rawValue: name) { intents.append(intent) } else { issues.add(root["intents"] ?? root, "unknown intent `\(name)`") }
        }
        var channels: [Channel] = []
        for name in root["channels"]?.strings ?? [] {
            if let channel = Channel(rawValue: name) { channels.append(channel) } else { issues.add(root["channels"] ?? root, "unknown channel `\(name)`") }
        }
        let faqText = root["faq"]?.string?.lowercased() ?? "no"
        guard ["yes", "no", "true", "false"].contains(faqText) else {
            issues.add(root["faq"] ?? root, "`faq:` must be yes or no")
            return nil
        }
        let summary = root["summary"]?.string ?? ""
        for reference in FactPlaceholders.references(in: summary + "\n" + body) where facts[reference] == nil {
            issues.add(path, nil, "`{{fact:\(reference)}}` names no fact in facts.yaml")
        }
        return Guide(
            id: id, locale: locale, title: title, question: root["question"]?.string ?? title, summary: summary,
            intents: intents, channels: channels, tags: root["tags"]?.strings ?? [], faq: faqText == "yes" || faqText == "true",
            updated: root["updated"]?.string ?? "", body: body, file: path)
    }
}

/// `{{fact:ID}}` placeholders in guides.
public enum FactPlaceholders {
    /// The fact ids referenced in `text`.
    public static func references(in text: String) -> [String] {
        var result: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "{{fact:") {
            guard let end = rest[start.upperBound...].range(of: "}}") else { break }
            result.append(String(rest[start.upperBound..<end.lowerBound]).trimmingCharacters(in: .whitespaces))
            rest = rest[end.upperBound...]
        }
        return result
    }

    /// `text` with every placeholder replaced by `value(id)`.
    public static func fill(_ text: String, _ value: (String) -> String) -> String {
        var output = ""
        var rest = text[...]
        while let start = rest.range(of: "{{fact:") {
            guard let end = rest[start.upperBound...].range(of: "}}") else { break }
            output += rest[..<start.lowerBound]
            output += value(String(rest[start.upperBound..<end.lowerBound]).trimmingCharacters(in: .whitespaces))
            rest = rest[end.upperBound...]
        }
        return output + rest
    }
}
