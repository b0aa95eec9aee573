import Foundation

/// Helpdesk's full response to one message: what it understood, the facts it used, the rule that
/// decided, and the words to say.
public struct Reply: Sendable {
    public var understanding: Understanding
    public var lookup: OrderLookup
    public var channel: Channel?
    public var incidents: [RelevantIncident]
    /// The winning answer rule.
    public var rule: String
    /// Lead rules applied before the answer.
    public var leads: [String]
    /// What the reasons are written from.
    let explanation: ReplyExplanation
    public var guides: [String]
    public var facts: [CitedFact]
    public var answer: String
    public var handoff: Bool
    public var handoffSummary: String?
    /// When the answer was given (the clock at the message).
    public var answeredAt: Date
    /// How old the service status was, in seconds (`nil` when never fetched).
    public var statusAge: TimeInterval?

    public var order: Order? { lookup.order }

    /// Why the rule was chosen (written out on each read: keep the result when reading it twice).
    public var reasons: [String] { explanation.reasons }
}
