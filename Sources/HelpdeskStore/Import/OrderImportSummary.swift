/// What an order import did.
public struct OrderImportSummary: Codable, Sendable, Equatable {
    /// The file as it was named to the importer.
    public var file: String
    /// The kind of file it was read as.
    public var format: OrderFileFormat
    /// Data rows read (the header and blank lines not counted), good and bad.
    public var rowsRead: Int
    /// Rows that are not data and were passed over: preamble lines before the header and
    /// footer notes ("2 record(s) downloaded").
    public var skippedRows: Int
    /// Orders that were new (an order of several rows counts once).
    public var inserted: Int
    /// Orders already stored whose fields changed.
    public var updated: Int
    /// Orders already stored exactly as in the file.
    public var unchanged: Int
    /// The problems found, in file order; at most the importer's `maxReportedErrors`.
    public var errors: [RowError]
    /// How many problems there were, including any beyond those listed.
    public var errorCount: Int

    /// A summary with these counts.
    public init(
        file: String, format: OrderFileFormat = .helpdesk, rowsRead: Int = 0, skippedRows: Int = 0, inserted: Int = 0,
        updated: Int = 0, unchanged: Int = 0, errors: [RowError] = [], errorCount: Int = 0
    ) {
        self.file = file
        self.format = format
        self.rowsRead = rowsRead
        self.skippedRows = skippedRows
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.errors = errors
        self.errorCount = errorCount
    }

    /// Orders saved (inserted, updated or unchanged).
    public var saved: Int { inserted + updated + unchanged }
}
