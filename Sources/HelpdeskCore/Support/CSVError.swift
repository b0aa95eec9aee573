/// A problem met while reading CSV.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened.
    case cannotOpen(path: String, reason: String)
    /// Reading the file failed part-way.
    case readFailed(path: String, reason: String)
    /// A quoted field was still open at the end of the input; `line` is where its record starts.
    case unterminatedQuote(line: Int)
    /// A field's bytes are not valid UTF-8. `field` is the 0-based position in the record.
    case invalidUTF8(line: Int, field: Int)
    /// A column the reader of the file needs is not in its header.
    case missingColumn(String)

    /// A sentence naming the file, line or field at fault.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason)"
        case .readFailed(let path, let reason):
            "cannot read \(path): \(reason)"
        case .unterminatedQuote(let line):
            "line \(line): a quoted field is not closed before the end of the file"
        case .invalidUTF8(let line, let field):
            "line \(line): field \(field + 1) is not valid UTF-8 (save the file as UTF-8)"
        case .missingColumn(let name):
            "the header has no column \"\(name)\""
        }
    }
}
