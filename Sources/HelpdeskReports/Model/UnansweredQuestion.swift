/// A question the desk did not really answer, with the others worded like it.
public struct UnansweredQuestion: Codable, Sendable, Equatable {
    /// The most frequent wording in the group, as a customer wrote it.
    public var text: String
    /// How many unanswered messages were worded like it.
    public var count: Int
    /// Other wordings in the group, most frequent first (a few).
    public var examples: [String]
    /// When the latest of them was answered (ISO-8601, UTC).
    public var lastAt: String

    enum CodingKeys: String, CodingKey {
        case text, count, examples
        case lastAt = "last_at"
    }

    public init(text: String, count: Int, examples: [String], lastAt: String) {
        self.text = text
        self.count = count
        self.examples = examples
        self.lastAt = lastAt
    }
}
