import Foundation
import GRDB
import HelpdeskCore

extension AppDatabase {
    /// Records one exchange and returns its id. When `entry.sourceKey` is already recorded,
    /// nothing is written and the existing entry's id is returned.
    @discardableResult
    public func recordExchange(_ entry: ExchangeLogEntry) throws -> Int64 {
        try write("recordExchange") { db in
            let writer = try ExchangeWriter(db)
            if try writer.insert(entry) { return db.lastInsertedRowID }
            guard let sourceKey = entry.sourceKey,
                let id = try Int64.fetchOne(
                    db,
                    ExchangeRecord.select(ExchangeRecord.Columns.id).filter(
                        ExchangeRecord.Columns.sourceKey == sourceKey))
            else {
                throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "exchange was neither inserted nor found")
            }
            return id
        }
    }

    /// Records many exchanges in one transaction, skipping those whose `sourceKey` is already
    /// recorded (so a batch run can be repeated safely). Returns how many were recorded.
    @discardableResult
    public func recordExchanges(_ entries: [ExchangeLogEntry]) throws -> Int {
        if entries.isEmpty { return 0 }
        return try write("recordExchanges") { db in
            let writer = try ExchangeWriter(db)
            var recorded = 0
            for entry in entries where try writer.insert(entry) {
                recorded += 1
            }
            return recorded
        }
    }

    /// The latest `count` exchanges, newest first.
    public func exchanges(last count: Int) throws -> [ExchangeLogEntry] {
        try read("exchanges(last:)") { db in
            try ExchangeRecord
                .order(ExchangeRecord.Columns.at.desc, ExchangeRecord.Columns.id.desc)
                .limit(max(count, 0))
                .fetchAll(db)
                .map(\.entry)
        }
    }

    /// The exchange with this id, or `nil`.
    public func exchange(id: Int64) throws -> ExchangeLogEntry? {
        try read("exchange(id:)") { db in
            try ExchangeRecord.fetchOne(db, key: id)?.entry
        }
    }

    /// The number of recorded exchanges.
    public func exchangeCount() throws -> Int {
        try read("exchangeCount") { db in try ExchangeRecord.fetchCount(db) }
    }
}

/// Inserts exchanges through statements prepared once per transaction.
struct ExchangeWriter {
    let statement: Statement
    let db: Database

    init(_ db: Database) throws {
        self.db = db
        statement = try db.cachedStatement(sql: Self.sql(rows: 1))
    }

    /// The insert of `rows` exchanges, each skipped when its source key is already recorded.
    private static func sql(rows: Int) -> String {
        MultiRowInsert.sql(
            into: """
                exchanges (at, via, conversation_id, agent, source_key, message, language, intent, confidence,
                    entities_json, rule, guides_json, order_id, incidents_json, answer, handoff, handoff_summary, channel)
                """, columns: parametersPerRow, rows: rows, "ON CONFLICT (source_key) DO NOTHING")
    }

    private static let parametersPerRow = 18

    /// The insert for each of ``MultiRowInsert/groupSizes``.
    private static let groupSQL = MultiRowInsert.groupSizes.map { sql(rows: $0) }

    /// The statement's parameter for each text field of ``PackedExchanges``, in their order.
    private static let textParameters: [Int32] = [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 15, 17, 18]

    /// Inserts the exchanges of `chunk` in order, their text read in place, a group of rows per
    /// statement (``MultiRowInsert``). Returns how many were new; the others' source keys were
    /// already recorded.
    func insert(_ chunk: PackedExchanges) throws -> Int {
        var statements = MultiRowStatements(db, sql: Self.groupSQL)
        return try statements.insert(chunk.count, texts: chunk.texts.bytes) { rows, buffer, values in
            var rowStart: Int32 = 0
            for index in rows {
                let first = index * PackedExchanges.textFields
                for (field, parameter) in Self.textParameters.enumerated() {
                    values.bind(rowStart + parameter, buffer, chunk.texts.spans[first + field])
                }
                values.bind(rowStart + 9, chunk.confidences[index])
                values.bind(rowStart + 13, chunk.orderIDs[index])
                values.bind(rowStart + 16, chunk.handoffs[index])
                rowStart += Int32(Self.parametersPerRow)
            }
        }
    }

    /// Inserts `entry`; false when its source key was already recorded.
    func insert(_ entry: ExchangeLogEntry) throws -> Bool {
        let values = SQLiteBindings(statement)
        values.bind(1, DatabaseDateText.string(entry.at))
        values.bind(2, entry.via)
        values.bind(3, entry.conversationID)
        values.bind(4, entry.agent)
        values.bind(5, entry.sourceKey)
        values.bind(6, entry.message)
        values.bind(7, entry.language)
        values.bind(8, entry.intent)
        values.bind(9, entry.confidence)
        values.bind(10, entry.entitiesJSON)
        values.bind(11, entry.rule)
        values.bind(12, JSONList.encode(entry.guides))
        values.bind(13, entry.orderID)
        values.bind(14, JSONList.encode(entry.incidentIDs))
        values.bind(15, entry.answer)
        values.bind(16, entry.handoff)
        values.bind(17, entry.handoffSummary)
        values.bind(18, entry.channel)
        return try values.execute(db) > 0
    }
}

extension ExchangeRecord {
    var entry: ExchangeLogEntry {
        ExchangeLogEntry(
            id: id, at: at, via: via, conversationID: conversationID, agent: agent, sourceKey: sourceKey,
            message: message, language: language, intent: intent, confidence: confidence, entitiesJSON: entitiesJSON,
            rule: rule, guides: JSONList.decode(guidesJSON), orderID: orderID,
            incidentIDs: JSONList.decode(incidentsJSON), answer: answer, handoff: handoff,
            handoffSummary: handoffSummary, channel: channel)
    }
}

/// Lists of strings stored as JSON arrays.
enum JSONList {
    /// The list as `JSONEncoder()` writes it (slashes escaped), without the encoder's cost.
    static func encode(_ list: [String]) -> String { StableJSONWriter.list(list) }

    /// The list, or empty when the text is not a JSON array of strings.
    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
