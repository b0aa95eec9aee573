import Foundation
import HelpdeskCore
import HelpdeskStore

// The console's JSON lines (`--format json`): one object per line, each with a `type`.

/// An answer: every key of `ask --format json`, plus `type`, `conversation_id`, `agent`, `via`.
struct ConsoleAnswerDocument: Encodable {
    var reply: ReplyDocument
    var conversationID: String
    var agent: String?
    var via: String

    enum Keys: String, CodingKey {
        case type, conversation_id, agent, via
    }

    func encode(to encoder: Encoder) throws {
        try reply.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("answer", forKey: .type)
        try container.encode(conversationID, forKey: .conversation_id)
        try container.encode(agent, forKey: .agent)
        try container.encode(via, forKey: .via)
    }
}

/// A conversation as JSON.
struct ConversationDocument: Encodable {
    var id: String
    var agent: String?
    var via: String
    var started_at: String
    var ended_at: String?
    var outcome: String?
    var outcome_at: String?

    init(_ conversation: Conversation) {
        id = conversation.id
        agent = conversation.agent
        via = conversation.via
        started_at = ISO8601.format(conversation.startedAt)
        ended_at = conversation.endedAt.map(ISO8601.format)
        outcome = conversation.outcome?.rawValue
        outcome_at = conversation.outcomeAt.map(ISO8601.format)
    }

    enum CodingKeys: String, CodingKey {
        case id, agent, via, started_at, ended_at, outcome, outcome_at
    }

    /// Every key, `null` when absent.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(agent, forKey: .agent)
        try container.encode(via, forKey: .via)
        try container.encode(started_at, forKey: .started_at)
        try container.encode(ended_at, forKey: .ended_at)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(outcome_at, forKey: .outcome_at)
    }
}

/// A conversation started, ended, handed off or resolved.
struct ConversationEventDocument: Encodable {
    var type = "conversation"
    /// `started`, `ended`, `handed_off` or `resolved`.
    var event: String
    var conversation: ConversationDocument
}

/// What `/order` found.
struct OrdersDocument: Encodable {
    var type = "orders"
    var query: String
    var matched_by: String?
    var orders: [ReplyDocument.OrderDocument]
    /// The order number remembered for follow-ups, if one was.
    var remembered: String?

    enum CodingKeys: String, CodingKey {
        case type, query, matched_by, orders, remembered
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(query, forKey: .query)
        try container.encode(matched_by, forKey: .matched_by)
        try container.encode(orders, forKey: .orders)
        try container.encode(remembered, forKey: .remembered)
    }
}

/// The service status as `/status` shows it.
struct ConsoleStatusDocument: Encodable {
    struct Component: Encodable {
        var name: String
        var status: String
    }

    struct OpenIncident: Encodable {
        var id: String
        var name: String
        var status: String
        var impact: String
        var worst: String
        var started_at: String
        var age_seconds: Int
        var components: [String]
        var latest_update: String?
        var maintenance: Bool
    }

    var type = "status"
    var overall: String
    var fetched_at: String?
    var age_seconds: Int?
    var stale: Bool
    var source: String?
    var components: [Component]
    var open_incidents: [OpenIncident]

    init(_ snapshot: StatusSnapshot, components: [StatusComponent]) {
        overall = snapshot.overall.rawValue
        fetched_at = snapshot.fetchedAt.map(ISO8601.format)
        age_seconds = snapshot.age.map { Int($0.rounded()) }
        stale = snapshot.isStale
        source = snapshot.source
        self.components = components.map { Component(name: $0.name, status: $0.status.rawValue) }
        open_incidents = snapshot.incidents.map { open in
            OpenIncident(
                id: open.incident.id, name: open.incident.name, status: open.incident.status.rawValue,
                impact: open.incident.impact.rawValue, worst: open.worst.rawValue,
                started_at: ISO8601.format(open.incident.startedAt), age_seconds: Int(open.age.rounded()),
                components: open.componentNames, latest_update: open.incident.latestUpdate?.body,
                maintenance: open.incident.isMaintenance)
        }
    }
}

/// A guide with its facts filled in.
struct GuideDocument: Encodable {
    var type = "guide"
    var id: String
    var language: String
    var title: String
    var markdown: String
}

/// The guides `/guide` lists.
struct GuideListDocument: Encodable {
    struct Entry: Encodable {
        var id: String
        var title: String
    }

    var type = "guides"
    var guides: [Entry]
}

/// A note added to the log.
struct NoteDocument: Encodable {
    var type = "note"
    var conversation_id: String
    var note_id: Int64?
    var at: String
    var text: String
}

/// The commands `/help` lists.
struct HelpDocument: Encodable {
    struct Command: Encodable {
        var name: String
        var usage: String
        var summary: String
        var aliases: [String]
    }

    var type = "help"
    var commands: [Command]
}

/// Something the console could not do.
struct ConsoleProblemDocument: Encodable {
    var type = "error"
    var message: String
}
