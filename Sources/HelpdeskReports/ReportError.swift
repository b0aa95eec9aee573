/// What can keep a report from being made.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The knowledge base lacks a number fact the report needs.
    case missingFact(String)
    /// `--since` is not before `--until`.
    case emptyPeriod(since: String, until: String)

    public var description: String {
        switch self {
        case .missingFact(let id):
            "facts.yaml has no number fact `\(id)`, which reports need (e.g. `- id: \(id)` with `value: 0.5`)"
        case .emptyPeriod(let since, let until):
            "the period is empty: --since \(since) is not before --until \(until)"
        }
    }
}
