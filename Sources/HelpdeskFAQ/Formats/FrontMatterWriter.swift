/// Writes YAML front matter that reads back to the same strings: free text double-quoted with
/// escapes, identifiers plain, lists in flow style (`[a, b]`).
struct FrontMatterWriter {
    private(set) var text = ""

    /// `key: value`, quoted when the value is not a plain identifier or date.
    mutating func plain(_ key: String, _ value: String) {
        text += "\(key): \(FrontMatterWriter.scalar(value))\n"
    }

    /// `key: value` exactly as given (for `yes`/`no`).
    mutating func raw(_ key: String, _ value: String) {
        text += "\(key): \(value)\n"
    }

    /// `key: "value"`.
    mutating func quoted(_ key: String, _ value: String) {
        text += "\(key): \(FrontMatterWriter.doubleQuoted(value))\n"
    }

    /// `key: [a, b]`.
    mutating func list(_ key: String, _ values: [String]) {
        text += "\(key): [\(values.map(FrontMatterWriter.scalar).joined(separator: ", "))]\n"
    }

    /// The value plain when it is made of letters, digits, `-`, `_` and `.` only (and is not a
    /// word YAML reads as something else), else double-quoted.
    static func scalar(_ value: String) -> String {
        let isPlain = value.first.map { $0.isLetter || $0.isNumber } ?? false
        let safe = value.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
        let reserved = ["null", "~", "true", "false", "yes", "no", "on", "off"].contains(value.lowercased())
        return isPlain && safe && !reserved ? value : doubleQuoted(value)
    }

    /// A YAML double-quoted scalar.
    static func doubleQuoted(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
