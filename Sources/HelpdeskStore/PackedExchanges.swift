import Foundation
import HelpdeskCore

/// Exchanges waiting to be logged, packed as they are answered: their text values in one
/// reusable buffer (as ``ExchangeLogEntry/init(reply:message:via:conversationID:agent:sourceKey:)``
/// would store them), their numbers beside it. A batch fills one per chunk while answering and
/// logs it in one short transaction; SQLite reads the text in place, and no entry of a dozen
/// strings is built, copied and freed per message.
public struct PackedExchanges {
    /// Text fields per exchange, in the order of ``ExchangeWriter``'s text parameters.
    static let textFields = 15

    private(set) var texts = PackedRow(capacity: 1 << 16)
    private(set) var confidences: [Double] = []
    private(set) var orderIDs: [Int64?] = []
    private(set) var handoffs: [Bool] = []
    /// The JSON of the guide lists and incident lists met so far.
    private var listJSON = JSONListCache()

    public init() {}

    /// The number of exchanges packed.
    public var count: Int { confidences.count }

    /// Packs the exchange of `reply` to `message`.
    public mutating func append(
        reply: Reply, message: String, via: String, conversationID: String?, sourceKey: String?
    ) {
        texts.append(reply.answeredAt)
        texts.append(via)
        texts.append(conversationID)
        texts.appendNull()  // agent: batches have none
        texts.append(sourceKey)
        texts.append(message)
        texts.append(reply.understanding.language.rawValue)
        texts.append(reply.understanding.intent.rawValue)
        texts.append(ReplyDocument.EntitiesDocument(reply.understanding.entities).json)
        texts.append(reply.rule)
        texts.append(listJSON.json(of: reply.guides))
        texts.append(listJSON.json(of: reply.incidents.map(\.incident.id)))
        texts.append(reply.answer)
        texts.append(reply.handoffSummary)
        texts.append(reply.channel?.rawValue)
        confidences.append(reply.understanding.confidence)
        orderIDs.append(reply.order?.id)
        handoffs.append(reply.handoff)
    }

    /// Empties the chunk, keeping its capacity.
    public mutating func removeAll() {
        texts.removeAll()
        confidences.removeAll(keepingCapacity: true)
        orderIDs.removeAll(keepingCapacity: true)
        handoffs.removeAll(keepingCapacity: true)
    }
}
