/// Writing CSV as RFC 4180 has it: fields separated by commas, records ended by CRLF, a field
/// quoted when it holds a comma, a quote or a line break, with its quotes doubled.
public enum CSVField {
    /// The field as written in a record.
    public static func quoted(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record, CRLF included.
    public static func record(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }
}
