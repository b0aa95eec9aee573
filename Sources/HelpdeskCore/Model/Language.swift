/// A language Helpdesk understands and answers in.
public enum Language: String, CaseIterable, Codable, Sendable {
    case en
    case ru

    /// Hashes the case's position among `allCases` rather than its name (what raw-value enums
    /// otherwise hash): cheaper, and sets and dictionaries keyed by it are on every answer's path.
    public func hash(into hasher: inout Hasher) { hasher.combine(Self.allCases.firstIndex(of: self) ?? 0) }
}
