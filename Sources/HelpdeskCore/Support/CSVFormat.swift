/// The dialect of a CSV file: which byte separates fields, and whether blank lines count.
///
/// Quoting always follows RFC 4180: `"` opens and closes a quoted field and `""` inside one stands
/// for a single quote. Records end at CRLF, LF or a lone CR.
public struct CSVFormat: Sendable, Equatable {
    /// The field separator, an ASCII byte other than `"`, CR and LF.
    public let delimiter: UInt8
    /// When true (the default), lines with no bytes at all are skipped rather than read as a
    /// record with one empty field. Their line numbers are still counted.
    public var skipsEmptyLines: Bool

    /// Comma-separated values.
    public static let comma = CSVFormat(validatedDelimiter: UInt8(ascii: ","))
    /// Tab-separated values.
    public static let tab = CSVFormat(validatedDelimiter: UInt8(ascii: "\t"))
    /// Semicolon-separated values (spreadsheets in locales with a decimal comma).
    public static let semicolon = CSVFormat(validatedDelimiter: UInt8(ascii: ";"))

    /// A format with the given delimiter, or `nil` when it is not a single ASCII character other
    /// than `"`, CR or LF.
    public init?(delimiter: Character, skipsEmptyLines: Bool = true) {
        guard let ascii = delimiter.asciiValue, ascii != UInt8(ascii: "\""), ascii != 0x0A, ascii != 0x0D else {
            return nil
        }
        self.delimiter = ascii
        self.skipsEmptyLines = skipsEmptyLines
    }

    private init(validatedDelimiter: UInt8) {
        self.delimiter = validatedDelimiter
        self.skipsEmptyLines = true
    }
}
