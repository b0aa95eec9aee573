import Foundation

/// Reads files of a knowledge-base folder, reporting unreadable ones as issues.
struct KnowledgeBaseFiles {
    let root: URL
    let issues: IssueCollector

    /// Text of `relativePath`, or `nil` (with an issue, unless `optional`) when it cannot be read.
    func text(_ relativePath: String, optional: Bool = false) -> String? {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if !optional { issues.add(relativePath, nil, "file is missing") }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            issues.add(relativePath, nil, "file cannot be read")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            issues.add(relativePath, nil, "file is not valid UTF-8")
            return nil
        }
        return text
    }

    /// Parsed YAML of `relativePath`.
    func yaml(_ relativePath: String, optional: Bool = false) -> YAMLValue? {
        guard let text = text(relativePath, optional: optional) else { return nil }
        return YAMLValue.parse(text, file: relativePath, issues: issues)
    }

    /// Relative paths of the files with `suffix` in `folder`, sorted.
    func files(in folder: String, suffix: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder + "/" + $0 }
    }
}
