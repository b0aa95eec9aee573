/// A JSON value written with sorted keys and a fixed layout, so the same value always gives the
/// same bytes. Unlike `JSONEncoder`, `null` is written for absent values, which keeps every key of
/// a documented schema present.
enum FAQJSON: Equatable {
    case object([String: FAQJSON])
    case array([FAQJSON])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    /// `.string(value)` or `.null`.
    static func optional(_ value: String?) -> FAQJSON { value.map(FAQJSON.string) ?? .null }

    /// `.int(value)` or `.null`.
    static func optional(_ value: Int?) -> FAQJSON { value.map(FAQJSON.int) ?? .null }

    /// An array of strings.
    static func strings(_ values: [String]) -> FAQJSON { .array(values.map(FAQJSON.string)) }

    /// Pretty-printed (two-space indent, sorted keys) with a final newline. With `forHTMLScript`,
    /// `<`, `>` and `&` are escaped so the text can sit inside a `<script>` element.
    func text(forHTMLScript: Bool = false) -> String {
        var output = ""
        write(into: &output, indent: 0, forHTMLScript: forHTMLScript)
        return output + "\n"
    }

    private func write(into output: inout String, indent: Int, forHTMLScript: Bool) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .string(let value): FAQJSON.writeString(value, into: &output, forHTMLScript: forHTMLScript)
        case .array(let values):
            guard !values.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                value.write(into: &output, indent: indent + 1, forHTMLScript: forHTMLScript)
                output += index == values.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                FAQJSON.writeString(key, into: &output, forHTMLScript: forHTMLScript)
                output += ": "
                members[key]?.write(into: &output, indent: indent + 1, forHTMLScript: forHTMLScript)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    private static func writeString(_ value: String, into output: inout String, forHTMLScript: Bool) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<" where forHTMLScript: output += "\\u003c"
            case ">" where forHTMLScript: output += "\\u003e"
            case "&" where forHTMLScript: output += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
