/// A row of an imported file that could not be used, and why.
public struct RowError: Error, Codable, Sendable, Equatable, CustomStringConvertible {
    /// The file as it was named to the importer.
    public var file: String
    /// The 1-based physical line the row starts on.
    public var line: Int
    /// The column at fault, or `nil` when the whole row is (for example, a wrong field count).
    public var field: String?
    /// What is wrong, as a sentence for the person who fixes the file.
    public var message: String

    /// A row error.
    public init(file: String, line: Int, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `orders.csv:17: placed_at: "2025-13-01" is not an ISO-8601 time`
    public var description: String {
        if let field { return "\(file):\(line): \(field): \(message)" }
        return "\(file):\(line): \(message)"
    }
}
