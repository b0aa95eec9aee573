import Foundation
import GRDB
import GRDBSQLite

extension AppDatabase {
    /// A period holding more than one exchange in this many is read by scanning the whole table.
    static let indexedScanShare = 20

    /// Reads every exchange answered in `[start, end)` (either bound may be absent) in one pass,
    /// in no particular order, handing each to `visit` with a function that reads its message
    /// (only when called). Only the columns reports need are read, straight from SQLite: text
    /// columns become codes of `vocabulary`, so a million rows cost no strings.
    ///
    /// Runs in one read transaction: a consistent snapshot that never blocks writers.
    ///
    /// - Returns: How many exchanges were visited.
    /// - Throws: ``StoreError/invalidStoredValue(table:column:value:)`` when a row's time cannot
    ///   be read, or what `visit` throws.
    @discardableResult
    public func scanExchanges(
        from start: Date?, before end: Date?, vocabulary: ExchangeScanVocabulary,
        _ visit: (ExchangeScanRow, _ message: () -> String) throws -> Void
    ) throws -> Int {
        var conditions: [String] = []
        var arguments: [String] = []
        if let start {
            conditions.append("at >= ?")
            arguments.append(DatabaseDateText.string(start))
        }
        if let end {
            conditions.append("at < ?")
            arguments.append(DatabaseDateText.string(end))
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try read("scanExchanges") { db in
            // Through the index on `at` for a short period; past a twentieth of the log, reading the
            // whole table in order is faster than fetching rows one by one in time order (rows
            // batch-imported late sit far from their neighbours in time).
            var source = "exchanges"
            if !conditions.isEmpty {
                let inPeriod =
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM exchanges" + filter, arguments: StatementArguments(arguments))
                    ?? 0
                let all = try Int.fetchOne(db, sql: "SELECT count(*) FROM exchanges") ?? 0
                if inPeriod * Self.indexedScanShare > all { source = "exchanges NOT INDEXED" }
            }
            let sql = "SELECT at, via, language, intent, rule, channel, confidence, handoff, message, id FROM " + source + filter
            let statement = try db.makeStatement(sql: sql)
            statement.arguments = StatementArguments(arguments)
            var reader = ExchangeScanReader(handle: statement.sqliteStatement, vocabulary: vocabulary)
            defer { vocabulary.interner = reader.interner }
            var visited = 0
            while true {
                let code = sqlite3_step(reader.handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(
                        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                try visit(try reader.row(), reader.message)
                visited += 1
            }
            return visited
        }
    }
}

/// Reads the columns of `scanExchanges`' query from the current row of its statement.
private struct ExchangeScanReader {
    let handle: SQLiteStatement
    let vocabulary: ExchangeScanVocabulary
    /// The vocabulary's codes, worked on locally and handed back when the scan ends.
    var interner: TextInterner

    init(handle: SQLiteStatement, vocabulary: ExchangeScanVocabulary) {
        self.handle = handle
        self.vocabulary = vocabulary
        interner = vocabulary.interner
    }

    private enum Column {
        static let at: Int32 = 0
        static let via: Int32 = 1
        static let language: Int32 = 2
        static let intent: Int32 = 3
        static let rule: Int32 = 4
        static let channel: Int32 = 5
        static let confidence: Int32 = 6
        static let handoff: Int32 = 7
        static let message: Int32 = 8
        static let id: Int32 = 9
    }

    mutating func row() throws -> ExchangeScanRow {
        let at = bytes(Column.at)
        guard let at, let milliseconds = DatabaseDateText.milliseconds(anyForm: at) else {
            let value = at.map { String(decoding: $0, as: UTF8.self) } ?? "NULL"
            let id = sqlite3_column_int64(handle, Column.id)
            throw StoreError.invalidStoredValue(table: "exchanges", column: "at (row \(id))", value: value)
        }
        return ExchangeScanRow(
            atMilliseconds: milliseconds, via: code(Column.via), language: code(Column.language),
            intent: code(Column.intent), rule: code(Column.rule), channel: code(Column.channel),
            confidence: sqlite3_column_double(handle, Column.confidence),
            handoff: sqlite3_column_int64(handle, Column.handoff) != 0)
    }

    /// The current row's message.
    func message() -> String {
        bytes(Column.message).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    private mutating func code(_ column: Int32) -> Int {
        guard let bytes = bytes(column) else { return 0 }
        return interner.code(bytes: bytes, vocabulary: vocabulary)
    }

    /// The column's text bytes (valid until the next step), or `nil` when it is NULL (SQLite
    /// gives no pointer for NULL, and a pointer to an empty string for '').
    private func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return UnsafeBufferPointer(start: text, count: count)
    }
}
