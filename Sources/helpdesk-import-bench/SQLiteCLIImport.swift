import Foundation

/// The sqlite3 command-line tool's `.import` of a CSV file, for comparison: into a bare table, and
/// into a table with the same keys and indexes as Helpdesk's `orders`. Both use the store's
/// settings (16 KiB pages, WAL, synchronous NORMAL); `.import` runs in one transaction.
enum SQLiteCLIImport {
    /// Seconds `.import` took for the data rows of `csv` into a new database at `database`, or
    /// `nil` when sqlite3 is not installed.
    static func seconds(csv: String, database: String, schema: String, table: String) throws -> Double? {
        guard let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile) else {
            return nil
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        try run(sqlite3, [database, "PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL", schema])
        return try Measurement.time {
            try run(
                sqlite3,
                [database, "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -32768", ".import --csv --skip 1 \(csv) \(table)"])
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError.failed("sqlite3 failed: \(String(decoding: message, as: UTF8.self))")
        }
    }

    /// A table with the columns of Helpdesk's CSV and nothing else.
    static let bareHelpdeskTable = """
        CREATE TABLE orders (channel, order_number, customer_name, customer_email, placed_at, imported_at,
            dispatched_at, exported_at, carrier, tracking_number, state, address_changed_at)
        """

    /// The same columns with `orders`' types, key and indexes (the key is the number as written:
    /// sqlite3 cannot normalise it).
    static let indexedHelpdeskTable = """
        CREATE TABLE orders (channel TEXT NOT NULL, order_number TEXT NOT NULL,
            customer_name TEXT, customer_email TEXT, placed_at TEXT, imported_at TEXT, dispatched_at TEXT,
            exported_at TEXT, carrier TEXT, tracking_number TEXT, state TEXT NOT NULL, address_changed_at TEXT);
        CREATE UNIQUE INDEX orders_on_order_number ON orders (order_number, channel);
        CREATE INDEX orders_on_customer_email ON orders (customer_email) WHERE customer_email IS NOT NULL;
        CREATE INDEX orders_on_tracking_number ON orders (tracking_number) WHERE tracking_number IS NOT NULL;
        """

    /// A bare table with Shopify's 70 columns.
    static func bareTable(header: String) -> String {
        "CREATE TABLE rows (" + header.split(separator: ",").map { "\"\($0)\"" }.joined(separator: ", ") + ")"
    }
}
