import GRDB

/// `INSERT … VALUES (…), (…), …` statements that write a group of rows in one step, so that a
/// statement's setup and teardown (opening and closing a cursor per index, halting the program)
/// is paid once per group instead of once per row. SQLite inserts the rows of a `VALUES` list in
/// order, gives each new row the next id and applies `ON CONFLICT … DO NOTHING` row by row, so
/// a group stores exactly what its rows inserted one after another would.
enum MultiRowInsert {
    /// The rows written by one statement, largest first: rows go in groups of the first size
    /// while enough are left, then of the next, and the last few one by one.
    static let groupSizes = [128, 8, 1]

    /// The SQL `INSERT INTO target VALUES (?, …), …, (?, …) tail` with `rows` rows of `columns`
    /// parameters.
    ///
    /// A statement of several rows is `INSERT OR FAIL`: a row that breaks a `NOT NULL` or `CHECK`
    /// constraint ends it with the error and leaves the rows before it, where the default
    /// (`ABORT`) would take them back, which SQLite can only do by keeping a journal of every
    /// page the statement changes (spilled to a temporary file past 64 KiB, written page by
    /// page). The log is written in transactions that are rolled back whole on any error, so
    /// nothing partial is ever committed either way.
    static func sql(into target: String, columns: Int, rows: Int, _ tail: String) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        let insert = rows > 1 ? "INSERT OR FAIL INTO " : "INSERT INTO "
        return insert + target + " VALUES " + Array(repeating: row, count: rows).joined(separator: ", ") + " " + tail
    }

    /// Splits `count` rows into consecutive groups of ``groupSizes``, largest first, and calls
    /// `insert` with each group's rows and the index of its size in ``groupSizes``; the sum of
    /// what `insert` returns (the rows it inserted).
    static func inGroups(of count: Int, _ insert: (_ rows: Range<Int>, _ sizeIndex: Int) throws -> Int) rethrows -> Int {
        var inserted = 0
        var next = 0
        for (sizeIndex, size) in groupSizes.enumerated() {
            while count - next >= size {
                inserted += try insert(next..<(next + size), sizeIndex)
                next += size
            }
        }
        return inserted
    }
}

/// The statements of a multi-row insert, one for each of ``MultiRowInsert/groupSizes``, taken
/// from the connection's cache as first needed.
struct MultiRowStatements {
    private let db: Database
    private let sql: [String]
    private var statements: [Statement?]

    /// The statements of `sql`, the insert for each group size.
    init(_ db: Database, sql: [String]) {
        self.db = db
        self.sql = sql
        statements = Array(repeating: nil, count: sql.count)
    }

    /// The statement for the group size at `sizeIndex`.
    mutating func statement(_ sizeIndex: Int) throws -> Statement {
        if let statement = statements[sizeIndex] { return statement }
        let statement = try db.cachedStatement(sql: sql[sizeIndex])
        statements[sizeIndex] = statement
        return statement
    }

    /// Writes `count` rows in groups (``MultiRowInsert/inGroups(of:_:)``), their text read in place
    /// from `texts`: `bind` binds every parameter of a group's `rows` to the statement for the
    /// group's size. Returns how many rows were new. The bindings are cleared before it returns, so
    /// that none points into `texts`.
    mutating func insert(
        _ count: Int, texts: [UInt8],
        binding bind: (_ rows: Range<Int>, _ texts: UnsafeBufferPointer<UInt8>, _ values: SQLiteBindings) -> Void
    ) throws -> Int {
        defer { clearBindings() }
        return try texts.withUnsafeBufferPointer { buffer in
            try MultiRowInsert.inGroups(of: count) { rows, sizeIndex in
                let values = try SQLiteBindings(statement(sizeIndex))
                bind(rows, buffer, values)
                return try values.execute(db)
            }
        }
    }

    /// Forgets the bindings of every statement used, so that none points into a caller's buffer.
    func clearBindings() {
        for case let statement? in statements { SQLiteBindings(statement).clear() }
    }
}
