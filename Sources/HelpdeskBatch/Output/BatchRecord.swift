import Foundation
import HelpdeskCore

/// The result of one customer message of a batch: where it came from, how it was understood and
/// what was answered.
public struct BatchRecord: Sendable, Equatable {
    public var source: String
    public var line: Int
    public var conversationID: String
    /// The message's index in its conversation (0-based, counting every line of the conversation).
    public var messageIndex: Int
    public var timestamp: Date
    public var message: String
    public var language: String
    public var intent: String
    public var confidence: Double
    public var orderNumbers: [String]
    public var trackingNumbers: [String]
    public var channels: [String]
    public var carriers: [String]
    public var emails: [String]
    /// The channel the answer concerned.
    public var channel: String?
    /// The order found, as `channel:number`.
    public var order: String?
    public var rule: String
    public var guides: [String]
    public var incidents: [String]
    public var handoff: Bool
    public var answer: String

    /// The record of `reply` to `line`. Both are borrowed: an initializer otherwise takes its
    /// arguments owned, and the caller, which goes on to log them, would copy them for every message.
    public init(_ reply: borrowing Reply, to line: borrowing TranscriptLine, messageIndex: Int) {
        // Read through `reply` rather than from local copies, which would retain every field.
        source = line.source
        self.line = line.line
        conversationID = line.conversationID
        self.messageIndex = messageIndex
        timestamp = line.timestamp
        message = line.text
        language = reply.understanding.language.rawValue
        intent = reply.understanding.intent.rawValue
        confidence = reply.understanding.confidence
        orderNumbers = reply.understanding.entities.orderNumbers.map(\.text)
        trackingNumbers = reply.understanding.entities.trackingNumbers.map(\.text)
        channels = reply.understanding.entities.channels.map(\.rawValue)
        carriers = reply.understanding.entities.carriers
        emails = reply.understanding.entities.emails
        channel = reply.channel?.rawValue
        order = reply.order.map { "\($0.channel.rawValue):\($0.orderNumber)" }
        rule = reply.rule
        guides = reply.guides
        incidents = reply.incidents.map(\.incident.id)
        handoff = reply.handoff
        answer = reply.answer
    }
}
