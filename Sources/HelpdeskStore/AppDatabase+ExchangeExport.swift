import Foundation
import GRDB

extension AppDatabase {
    /// Hands every exchange answered in `[start, end)` (either bound may be absent) to `visit`,
    /// oldest id first, one row at a time (never the whole log in memory), each with the customer
    /// of its order when that order is still stored. Runs in one read transaction.
    ///
    /// - Returns: How many exchanges were visited.
    @discardableResult
    public func forEachExchange(
        from start: Date? = nil, before end: Date? = nil, _ visit: (ExchangeExportRow) throws -> Void
    ) throws -> Int {
        var conditions: [String] = []
        var arguments: [String] = []
        if let start {
            conditions.append("e.at >= ?")
            arguments.append(DatabaseDateText.string(start))
        }
        if let end {
            conditions.append("e.at < ?")
            arguments.append(DatabaseDateText.string(end))
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT e.id, e.at, e.via, e.conversation_id, e.agent, e.source_key, e.message, e.language, e.intent,
                e.confidence, e.entities_json, e.rule, e.guides_json, e.order_id, e.incidents_json, e.answer, e.handoff,
                e.handoff_summary, e.channel, o.customer_name, o.customer_email, o.order_number, o.tracking_number
            FROM exchanges e LEFT JOIN orders o ON o.id = e.order_id
            """ + filter + " ORDER BY e.id"
        return try read("forEachExchange") { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            var visited = 0
            while let row = try rows.next() {
                try visit(try Self.exportRow(row))
                visited += 1
            }
            return visited
        }
    }

    private static func exportRow(_ row: Row) throws -> ExchangeExportRow {
        let id: Int64 = row[0]
        let atText: String = row[1]
        var atBytes = atText
        let milliseconds = atBytes.withUTF8 { DatabaseDateText.milliseconds(anyForm: $0) }
        guard let milliseconds else {
            throw StoreError.invalidStoredValue(table: "exchanges", column: "at (row \(id))", value: atText)
        }
        let entry = ExchangeLogEntry(
            id: id, at: Date(timeIntervalSince1970: Double(milliseconds) / 1000), via: row[2], conversationID: row[3],
            agent: row[4], sourceKey: row[5], message: row[6], language: row[7], intent: row[8], confidence: row[9],
            entitiesJSON: row[10], rule: row[11], guides: JSONList.decode(row[12]), orderID: row[13],
            incidentIDs: JSONList.decode(row[14]), answer: row[15], handoff: row[16], handoffSummary: row[17],
            channel: row[18])
        return ExchangeExportRow(
            entry: entry, customerName: row[19], customerEmail: row[20], orderNumber: row[21], trackingNumber: row[22])
    }
}
