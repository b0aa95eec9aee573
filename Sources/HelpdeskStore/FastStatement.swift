import Foundation
import GRDB
import GRDBSQLite

/// A statement from GRDB's per-connection cache, bound and stepped through the SQLite C API.
///
/// GRDB's own binding goes through `StatementArguments` and costs microseconds per row; bulk
/// writes (``AppDatabase/saveOrders(_:at:)``) bind here instead, straight from a
/// ``PackedRow``'s buffer. Only valid inside the database access closure that made it. Each call
/// binds every parameter, then resets the statement and clears its bindings, so that it never
/// stays active nor keeps a pointer into a buffer past the call. Statements run this way bypass
/// GRDB's transaction observers (`ValueObservation`), which Helpdesk does not use.
struct FastStatement {
    /// Kept so that the handle stays valid when GRDB empties its cache (it does after every
    /// schema change, such as the index rebuild of a bulk import); SQLite then compiles the
    /// statement again by itself on its next step.
    private let statement: Statement
    private let handle: SQLiteStatement
    private let db: Database

    /// The cached statement for `sql` on `db`.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    /// Binds the row's `fields` to parameters 1, 2…, then `integers` to the next ones, and runs
    /// the statement, which must return no rows.
    func run(_ row: PackedRow, fields: [Int], then integers: Int64...) throws {
        try withBindings(row, fields, integers) {
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else { throw error(code) }
        }
    }

    /// Like ``run(_:fields:then:)`` for an `INSERT`: the new row's id, or `nil` when the
    /// statement inserted nothing (its `ON CONFLICT … DO NOTHING` clause applied).
    func insert(_ row: PackedRow, fields: [Int]) throws -> Int64? {
        try withBindings(row, fields, []) {
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else { throw error(code) }
            let connection = sqlite3_db_handle(handle)
            return sqlite3_changes(connection) > 0 ? sqlite3_last_insert_rowid(connection) : nil
        }
    }

    /// Binds the row's `fields` to parameters 1, 2…, runs the query and reads its first row with
    /// `read`; `nil` when there is none.
    func firstRow<T>(_ row: PackedRow, fields: [Int], read: (Row) throws -> T) throws -> T? {
        try withBindings(row, fields, []) {
            let code = sqlite3_step(handle)
            switch code {
            case SQLITE_ROW: return try read(Row(handle: handle))
            case SQLITE_DONE: return nil
            default: throw error(code)
            }
        }
    }

    /// Binds `integer` to parameter 1 and text values (`nil` is NULL) to parameters 2, 3…, and
    /// runs the statement, which must return no rows. SQLite copies the text.
    func run(_ integer: Int64, _ values: [String?]) throws {
        defer { finish() }
        sqlite3_bind_int64(handle, 1, integer)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 2)
            guard var value else {
                sqlite3_bind_null(handle, index)
                continue
            }
            value.withUTF8 { text in
                if text.isEmpty {
                    _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
                } else {
                    _ = sqlite3_bind_text(handle, index, pointer(text, at: 0), Int32(text.count), Self.transient)
                }
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// Binds `integer` to parameter 1, runs the query and reads each of its rows with `read`.
    func forEachRow(_ integer: Int64, read: (Row) throws -> Void) throws {
        defer { finish() }
        sqlite3_bind_int64(handle, 1, integer)
        while true {
            let code = sqlite3_step(handle)
            switch code {
            case SQLITE_ROW: try read(Row(handle: handle))
            case SQLITE_DONE: return
            default: throw error(code)
            }
        }
    }

    private func withBindings<T>(_ row: PackedRow, _ fields: [Int], _ integers: [Int64], _ body: () throws -> T) throws
        -> T
    {
        try row.bytes.withUnsafeBufferPointer { buffer in
            defer { finish() }
            var index: Int32 = 1
            for field in fields {
                let span = row.spans[field]
                if span.count < 0 {
                    sqlite3_bind_null(handle, index)
                } else {
                    // SQLITE_STATIC (nil): the buffer outlives the step, SQLite reads it in place.
                    sqlite3_bind_text(handle, index, pointer(buffer, at: span.start), Int32(span.count), nil)
                }
                index += 1
            }
            for integer in integers {
                sqlite3_bind_int64(handle, index, integer)
                index += 1
            }
            return try body()
        }
    }

    /// A C pointer to `buffer[offset]`. The buffer is never empty (``PackedRow`` keeps a leading
    /// sentinel byte; `run(_:)` checks), since a NULL pointer would bind NULL instead of `''`.
    private func pointer(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UnsafePointer<CChar>? {
        guard let base = buffer.baseAddress else { return nil }
        return UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self)
    }

    private func finish() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
    }

    /// SQLite copies bound text at once.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The current row of a stepped query.
    struct Row {
        fileprivate let handle: SQLiteStatement

        func int64(_ column: Int32) -> Int64 {
            sqlite3_column_int64(handle, column)
        }

        /// The column's bytes as text, or `nil` when it is NULL; valid until the next step.
        func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
            if sqlite3_column_type(handle, column) == SQLITE_NULL { return nil }
            let text = sqlite3_column_text(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            return UnsafeBufferPointer(start: text, count: count)
        }

        /// The column as text, or `nil` when it is NULL.
        func text(_ column: Int32) -> String? {
            bytes(column).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
