/// The header row of a CSV file, used to find columns by name rather than by position.
///
/// Names are matched trimmed of white space and case-insensitively, so `Order_Number ` finds
/// `order_number`. When a name occurs twice the first column wins and the name is listed in
/// ``duplicateNames``.
public struct CSVHeader: Sendable, Equatable {
    /// The column names as written, trimmed.
    public let names: [String]
    /// Names that occur more than once (normalised: trimmed, lower-cased).
    public let duplicateNames: [String]
    private let indexByKey: [String: Int]

    /// A header with the given column names.
    public init(_ names: [String]) {
        var indexByKey: [String: Int] = [:]
        var duplicates: [String] = []
        var cleanNames: [String] = []
        cleanNames.reserveCapacity(names.count)
        for (index, name) in names.enumerated() {
            let clean = Self.trimmed(name)
            cleanNames.append(clean)
            let key = clean.lowercased()
            if indexByKey[key] == nil {
                indexByKey[key] = index
            } else if !duplicates.contains(key) {
                duplicates.append(key)
            }
        }
        self.names = cleanNames
        self.duplicateNames = duplicates
        self.indexByKey = indexByKey
    }

    /// A header read from a file's first record.
    public init(_ record: CSVRecord) {
        self.init(record.fields)
    }

    /// The number of columns.
    public var count: Int { names.count }

    /// The 0-based position of the column called `name`, or `nil` when there is none.
    public func index(of name: String) -> Int? {
        indexByKey[Self.trimmed(name).lowercased()]
    }

    /// Whether there is a column called `name`.
    public func contains(_ name: String) -> Bool { index(of: name) != nil }

    /// The positions of the named columns, in the order asked; throws
    /// ``CSVError/missingColumn(_:)`` naming the first one that is missing.
    public func require(_ required: [String]) throws -> [Int] {
        try required.map { name in
            guard let index = index(of: name) else { throw CSVError.missingColumn(name) }
            return index
        }
    }

    /// The value of the column called `name` in `record`, or `nil` when the header has no such
    /// column or the record is too short.
    public func value(_ name: String, in record: CSVRecord) -> String? {
        index(of: name).flatMap { record[$0] }
    }
}

extension CSVHeader {
    /// `text` without leading and trailing white space (spaces, tabs, line breaks).
    fileprivate static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}
