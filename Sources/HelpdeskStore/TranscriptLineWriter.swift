import Foundation
import GRDB

/// Inserts transcript lines through statements prepared once per transaction.
struct TranscriptLineWriter {
    private let statement: Statement
    private let db: Database

    init(_ db: Database) throws {
        self.db = db
        statement = try db.cachedStatement(sql: Self.sql(rows: 1))
    }

    /// The insert of `rows` lines, each skipped when its source key is already kept.
    private static func sql(rows: Int) -> String {
        MultiRowInsert.sql(
            "INSERT INTO transcript_lines (source_key, conversation_id, at, role, via, text)",
            columns: parametersPerRow, rows: rows, "ON CONFLICT (source_key) DO NOTHING")
    }

    private static let parametersPerRow = 6

    /// The insert of ``MultiRowInsert/rowsPerStatement`` lines.
    private static let groupSQL = sql(rows: MultiRowInsert.rowsPerStatement)

    /// Inserts `lines` in order: a group of ``MultiRowInsert/rowsPerStatement`` at a time, the
    /// rest one by one. Returns how many were new; the others' source keys were already kept.
    func insert(_ lines: some RandomAccessCollection<TranscriptLineEntry>) throws -> Int {
        let groupSize = MultiRowInsert.rowsPerStatement
        var inserted = 0
        var rest = lines[...]
        if lines.count >= groupSize {
            let group = try db.cachedStatement(sql: Self.groupSQL)
            while rest.count >= groupSize {
                inserted += try insert(rest.prefix(groupSize), through: group)
                rest = rest.dropFirst(groupSize)
            }
        }
        for index in rest.indices {
            inserted += try insert(rest[index...index], through: statement)
        }
        return inserted
    }

    /// Inserts `lines` in one step of `statement`, which has a row of parameters for each of
    /// them; how many were new.
    private func insert(_ lines: some Collection<TranscriptLineEntry>, through statement: Statement) throws -> Int {
        let values = SQLiteBindings(statement)
        var rowStart: Int32 = 0
        for line in lines {
            values.bind(rowStart + 1, line.sourceKey)
            values.bind(rowStart + 2, line.conversationID)
            values.bind(rowStart + 3, DatabaseDateText.string(line.at))
            values.bind(rowStart + 4, line.role)
            values.bind(rowStart + 5, line.via)
            values.bind(rowStart + 6, line.text)
            rowStart += Int32(Self.parametersPerRow)
        }
        return try values.execute(db)
    }
}
