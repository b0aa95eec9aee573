import Foundation

/// When a rule applies in the answer: leading notices stack; one answer rule wins.
public enum RuleStage: String, Sendable {
    /// Printed before the answer (an incident notice); every matching lead rule applies.
    case lead
    /// The answer itself; the matching rule with the highest priority wins.
    case answer
}

/// A rule of the rulebook: conditions, the answer it gives, and its examples.
public struct Rule: Sendable {
    public var id: String
    public var priority: Int
    public var stage: RuleStage
    /// Intents it applies to; empty means any.
    public var intents: Set<Intent>
    public var conditions: [Condition]
    /// Template id of the answer (defaults to the rule id).
    public var template: String
    /// Template id of the one-line summary for the agent on handoff.
    public var summaryTemplate: String?
    public var guides: [String]
    public var handoff: Bool
    public var examples: [RuleExample]
    public var file: String
    public var line: Int?
}

/// An example of a message and its facts, with what the rulebook must decide.
public struct RuleExample: Sendable {
    public var message: String
    public var now: Date
    public var facts: InMemoryFacts
    /// Order numbers remembered from earlier in the conversation.
    public var context: ConversationContext
    public var expectation: Expectation
    public var file: String
    public var line: Int?

    /// What the example expects.
    public struct Expectation: Sendable {
        /// The winning answer rule (`nil` when only `notRule` is checked).
        public var rule: String?
        /// A rule that must not win (for negative examples).
        public var notRule: String?
        public var intent: Intent?
        public var handoff: Bool?
        public var answerContains: [String]
        public var leads: [String]
        public var facts: [String]
    }
}
