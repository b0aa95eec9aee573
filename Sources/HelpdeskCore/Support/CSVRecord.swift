/// One CSV record: its fields, decoded as UTF-8, and the physical line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based physical line the record starts on. A record whose quoted fields hold line
    /// breaks spans several lines; the next record's number accounts for them.
    public internal(set) var line: Int
    /// The fields, unquoted. A field that was not valid UTF-8 holds U+FFFD in place of the bad
    /// bytes and its position is listed in ``invalidUTF8Fields``.
    public internal(set) var fields: [String]
    /// 0-based positions of the fields whose bytes were not valid UTF-8 (usually empty).
    public internal(set) var invalidUTF8Fields: [Int]

    /// Creates a record (the reader does this; tests may too).
    public init(line: Int, fields: [String], invalidUTF8Fields: [Int] = []) {
        self.line = line
        self.fields = fields
        self.invalidUTF8Fields = invalidUTF8Fields
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// The field at `index`, or `nil` when the record is shorter.
    public subscript(index: Int) -> String? {
        fields.indices.contains(index) ? fields[index] : nil
    }

    /// Whether every field is empty or white space (a spreadsheet's `,,,,` line).
    public var isBlank: Bool {
        fields.allSatisfy { field in
            // A byte of visible ASCII is no white space: most fields answer at their first byte,
            // without looking up Unicode properties character by character.
            if field.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
            return field.allSatisfy(\.isWhitespace)
        }
    }

    /// The fields, or ``CSVError/invalidUTF8(line:field:)`` for the first field that was not
    /// valid UTF-8.
    public func validatedFields() throws -> [String] {
        if let first = invalidUTF8Fields.first { throw CSVError.invalidUTF8(line: line, field: first) }
        return fields
    }
}
