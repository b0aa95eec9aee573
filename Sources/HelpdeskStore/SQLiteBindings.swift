import Foundation
import GRDB
import GRDBSQLite

/// Binds values to a prepared statement's parameters straight through SQLite's C API, for
/// inserts done millions of times (the batch log): no argument arrays, no value boxing. Text is
/// copied by SQLite (`SQLITE_TRANSIENT`), so the Swift strings need not outlive the call.
struct SQLiteBindings {
    private let handle: SQLiteStatement
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Bindings for `statement`, cleared of any earlier ones.
    init(_ statement: Statement) {
        handle = statement.sqliteStatement
        sqlite3_reset(handle)
    }

    func bind(_ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(handle, index)
            return
        }
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                if let start = characters.baseAddress {
                    _ = sqlite3_bind_text(handle, index, start, Int32(characters.count), Self.transient)
                } else {
                    _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
                }
            }
        }
    }

    /// Binds the bytes of `span` in `buffer` (NULL when the span is), which SQLite reads in place
    /// (`SQLITE_STATIC`): the buffer must stay as it is until ``clear()``.
    func bind(_ index: Int32, _ buffer: UnsafeBufferPointer<UInt8>, _ span: PackedRow.Span) {
        guard span.count >= 0, let base = buffer.baseAddress else {
            sqlite3_bind_null(handle, index)
            return
        }
        let start = UnsafeRawPointer(base + span.start).assumingMemoryBound(to: CChar.self)
        sqlite3_bind_text(handle, index, start, Int32(span.count), nil)
    }

    /// Forgets every binding, so that none points into a caller's buffer any more.
    func clear() { sqlite3_clear_bindings(handle) }

    func bind(_ index: Int32, _ number: Int64?) {
        guard let number else {
            sqlite3_bind_null(handle, index)
            return
        }
        sqlite3_bind_int64(handle, index, number)
    }

    func bind(_ index: Int32, _ number: Double) { sqlite3_bind_double(handle, index, number) }

    func bind(_ index: Int32, _ flag: Bool) { sqlite3_bind_int(handle, index, flag ? 1 : 0) }

    /// Runs the statement, which returns no rows, and returns how many rows it inserted, changed
    /// or deleted; throws SQLite's error.
    @discardableResult
    func execute(_ db: Database) throws -> Int {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return Int(sqlite3_changes(db.sqliteConnection))
    }
}
