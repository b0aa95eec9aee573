/// One problem found in the knowledge base, with where it is and what to fix.
public struct KnowledgeBaseIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path of the file, relative to the knowledge-base folder.
    public var file: String
    /// 1-based line, or `nil` when the problem is with the file as a whole.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Every problem found while loading a knowledge base, reported together.
public struct KnowledgeBaseError: Error, Sendable, CustomStringConvertible {
    public var issues: [KnowledgeBaseIssue]

    public init(issues: [KnowledgeBaseIssue]) { self.issues = issues }

    public var description: String {
        let noun = issues.count == 1 ? "problem" : "problems"
        return "The knowledge base has \(issues.count) \(noun):\n" + issues.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// Collects issues while a knowledge base is read, so that all of them are reported at once.
final class IssueCollector {
    private(set) var issues: [KnowledgeBaseIssue] = []

    func add(_ file: String, _ line: Int?, _ message: String) {
        issues.append(KnowledgeBaseIssue(file: file, line: line, message: message))
    }
}
