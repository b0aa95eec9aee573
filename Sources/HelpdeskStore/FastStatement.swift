import GRDB
import GRDBSQLite

/// A statement from GRDB's per-connection cache, bound and stepped through the SQLite C API.
///
/// GRDB's own binding goes through `StatementArguments` and costs microseconds per row; bulk
/// writes (``AppDatabase/saveOrders(_:at:)``) bind here instead. Only valid inside the database
/// access closure that made it; every use binds all parameters, and `run`/`row` reset the
/// statement when done so that it never stays active past one call.
struct FastStatement {
    private let handle: SQLiteStatement
    private let db: Database

    /// The cached statement for `sql` on `db`.
    init(_ db: Database, sql: String) throws {
        self.db = db
        self.handle = try db.cachedStatement(sql: sql).sqliteStatement
    }

    /// Binds `values` to the parameters `1...values.count` (`nil` is NULL).
    func bind(_ values: [String?], from first: Int32 = 1) {
        var index = first
        for value in values {
            bind(value, at: index)
            index += 1
        }
    }

    /// Binds text, or NULL for `nil`.
    func bind(_ value: String?, at index: Int32) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                    _ = sqlite3_bind_text(handle, index, text, Int32(bytes.count), Self.transient)
                }
            } else {
                _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
            }
        }
    }

    /// Binds an integer.
    func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Runs a statement that returns no rows.
    func run() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// Runs a query and reads its first row with `read`, or returns `nil` when there is none.
    func row<T>(_ read: (Row) -> T) throws -> T? {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return read(Row(handle: handle))
        case SQLITE_DONE: return nil
        default: throw error(code)
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
    }

    /// SQLite copies bound text at once (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The current row of a stepped statement.
    struct Row {
        fileprivate let handle: SQLiteStatement

        func int64(_ column: Int32) -> Int64 {
            sqlite3_column_int64(handle, column)
        }

        /// The column as text, or `nil` when it is NULL.
        func text(_ column: Int32) -> String? {
            if sqlite3_column_type(handle, column) == SQLITE_NULL { return nil }
            guard let bytes = sqlite3_column_text(handle, column) else { return "" }
            let count = Int(sqlite3_column_bytes(handle, column))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
    }
}
