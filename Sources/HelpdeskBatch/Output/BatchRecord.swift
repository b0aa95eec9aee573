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

    /// The record of `reply` to `line`.
    public init(_ reply: Reply, to line: TranscriptLine, messageIndex: Int) {
        let understanding = reply.understanding
        let entities = understanding.entities
        source = line.source
        self.line = line.line
        conversationID = line.conversationID
        self.messageIndex = messageIndex
        timestamp = line.timestamp
        message = line.text
        language = understanding.language.rawValue
        intent = understanding.intent.rawValue
        confidence = understanding.confidence
        orderNumbers = entities.orderNumbers.map(\.text)
        trackingNumbers = entities.trackingNumbers.map(\.text)
        channels = entities.channels.map(\.rawValue)
        carriers = entities.carriers
        emails = entities.emails
        channel = reply.channel?.rawValue
        order = reply.order.map { "\($0.channel.rawValue):\($0.orderNumber)" }
        rule = reply.rule
        guides = reply.guides
        incidents = reply.incidents.map(\.incident.id)
        handoff = reply.handoff
        answer = reply.answer
    }
}
