import Foundation
import GRDB

/// A row of `exchanges`, the log of messages and answers. Lists are stored as JSON text.
struct ExchangeRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "exchanges"

    var id: Int64
    var at: Date
    var via: String
    var conversationID: String?
    var agent: String?
    var sourceKey: String?
    var message: String
    var language: String
    var intent: String
    var confidence: Double
    var entitiesJSON: String
    var rule: String
    var guidesJSON: String
    var orderID: Int64?
    var incidentsJSON: String
    var answer: String
    var handoff: Bool
    var handoffSummary: String?
    var channel: String?

    enum CodingKeys: String, CodingKey {
        case id, at, via
        case conversationID = "conversation_id"
        case agent
        case sourceKey = "source_key"
        case message, language, intent, confidence
        case entitiesJSON = "entities_json"
        case rule
        case guidesJSON = "guides_json"
        case orderID = "order_id"
        case incidentsJSON = "incidents_json"
        case answer, handoff
        case handoffSummary = "handoff_summary"
        case channel
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let at = Column(CodingKeys.at)
        static let sourceKey = Column(CodingKeys.sourceKey)
    }
}
