/// `INSERT … VALUES (…), (…), …` statements that write a group of rows in one step, so that a
/// statement's setup and teardown (opening and closing a cursor per index, halting the program)
/// is paid once per group instead of once per row. SQLite inserts the rows of a `VALUES` list in
/// order, gives each new row the next id and applies `ON CONFLICT … DO NOTHING` row by row, so
/// a group stores exactly what its rows inserted one after another would.
enum MultiRowInsert {
    /// Rows written by one multi-row statement; the rows left over (fewer) are written one by one.
    static let rowsPerStatement = 32

    /// The SQL `head VALUES (?, …), …, (?, …) tail` with `rows` rows of `columns` parameters.
    static func sql(_ head: String, columns: Int, rows: Int, _ tail: String) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ", ") + " " + tail
    }
}
