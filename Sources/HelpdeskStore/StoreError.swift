/// What can go wrong in the store, with enough context to act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be opened, created or migrated.
    case cannotOpen(path: String, reason: String)
    /// An SQLite error during an operation (`operation` names the ``AppDatabase`` method).
    case database(operation: String, message: String)
    /// A stored value cannot be read back as the type it should have.
    case invalidStoredValue(table: String, column: String, value: String)
    /// A CSV file has no header row.
    case emptyFile(file: String)
    /// A required column is missing from a CSV file's header.
    case missingColumn(file: String, column: String)
    /// A CSV file could not be opened or read.
    case unreadableFile(file: String, reason: String)
    /// A component name has no letters or digits to make an id from.
    case invalidComponentName(String)
    /// An order file whose kind (Helpdesk, Shopify, Amazon, eBay, Etsy) cannot be told.
    case unknownOrderFile(file: String, reason: String)

    /// A sentence naming the file, line or field at fault.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .database(let operation, let message):
            "database error in \(operation): \(message)"
        case .invalidStoredValue(let table, let column, let value):
            "the database holds \"\(value)\" in \(table).\(column), which this version cannot read"
        case .emptyFile(let file):
            "\(file): the file is empty (expected a header row)"
        case .missingColumn(let file, let column):
            "\(file): line 1: the header has no column \"\(column)\", which is required"
        case .unreadableFile(let file, let reason):
            "\(file): \(reason)"
        case .invalidComponentName(let name):
            "\"\(name)\" cannot name a status component: use letters or digits"
        case .unknownOrderFile(let file, let reason):
            "\(file): cannot tell what kind of order file this is: \(reason)"
        }
    }
}
