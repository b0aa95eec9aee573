import Foundation
import GRDB

/// Inserts transcript lines through statements prepared once per transaction.
struct TranscriptLineWriter {
    private let db: Database

    init(_ db: Database) {
        self.db = db
    }

    /// The insert of `rows` lines, each skipped when its source key is already kept.
    private static func sql(rows: Int) -> String {
        MultiRowInsert.sql(
            into: "transcript_lines (source_key, conversation_id, at, role, via, text)",
            columns: parametersPerRow, rows: rows, "ON CONFLICT (source_key) DO NOTHING")
    }

    private static let parametersPerRow = 6

    /// The insert for each of ``MultiRowInsert/groupSizes``.
    private static let groupSQL = MultiRowInsert.groupSizes.map { sql(rows: $0) }

    /// Inserts `lines` in order, a group of rows per statement (``MultiRowInsert``), their text
    /// packed into one buffer that SQLite reads in place. Returns how many were new; the others'
    /// source keys were already kept.
    func insert(_ lines: some Collection<TranscriptLineEntry>) throws -> Int {
        var texts = PackedRow(capacity: lines.count * Self.typicalBytesPerLine)
        for line in lines {
            texts.append(line.sourceKey)
            texts.append(line.conversationID)
            texts.append(line.at as Date?)
            texts.append(line.role)
            texts.append(line.via)
            texts.append(line.text)
        }
        var statements = MultiRowStatements(db, sql: Self.groupSQL)
        return try statements.insert(lines.count, texts: texts.bytes) { rows, buffer, values in
            var parameter: Int32 = 1
            for field in (rows.lowerBound * Self.parametersPerRow)..<(rows.upperBound * Self.parametersPerRow) {
                values.bind(parameter, buffer, texts.spans[field])
                parameter += 1
            }
        }
    }

    /// A first guess at the bytes of a line's values, to size the buffer.
    private static let typicalBytesPerLine = 160
}
