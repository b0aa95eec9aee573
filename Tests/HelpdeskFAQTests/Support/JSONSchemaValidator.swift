import Foundation

/// Checks a JSON value against a JSON Schema (the subset the FAQ schema uses: `type`, `const`,
/// `enum`, `pattern`, `minLength`, `minimum`, `minItems`, `uniqueItems`, `required`, `properties`,
/// `additionalProperties: false`, `items`, `$ref` to `#/$defs/...`, `oneOf`). Returns every
/// problem with its JSON path, so a test names exactly what is wrong.
struct JSONSchemaValidator {
    let schema: [String: Any]

    init(schemaFile: URL) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaFile))
        guard let schema = object as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
        self.schema = schema
    }

    func problems(_ value: Any) -> [String] {
        var problems: [String] = []
        check(value, against: schema, path: "$", problems: &problems)
        return problems
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/") else { return schema }
        let name = String(reference.dropFirst("#/$defs/".count))
        return ((self.schema["$defs"] as? [String: Any])?[name] as? [String: Any]) ?? [:]
    }

    private func check(_ value: Any, against rawSchema: [String: Any], path: String, problems: inout [String]) {
        let schema = resolve(rawSchema)
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { option in
                var found: [String] = []
                check(value, against: option, path: path, problems: &found)
                return found.isEmpty
            }
            if matching.count != 1 { problems.append("\(path): matches \(matching.count) of the oneOf schemas, not exactly one") }
        }
        if let types = schema["type"] {
            let names = (types as? [String]) ?? [(types as? String) ?? ""]
            guard names.contains(where: { Self.isOfType(value, $0) }) else {
                problems.append("\(path): expected \(names.joined(separator: " or ")), got \(type(of: value)) \(value)")
                return
            }
        }
        if let constant = schema["const"], !Self.equal(constant, value) { problems.append("\(path): must be \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value) is not one of \(options)")
        }
        if let text = value as? String {
            if let minimum = schema["minLength"] as? Int, text.count < minimum { problems.append("\(path): shorter than \(minimum)") }
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if let number = value as? NSNumber, !Self.isBool(value), let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
            problems.append("\(path): below \(minimum)")
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { problems.append("\(path): fewer than \(minimum) items") }
            if schema["uniqueItems"] as? Bool == true {
                let texts = array.map { "\($0)" }
                if Set(texts).count != texts.count { problems.append("\(path): items repeat") }
            }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { check(item, against: items, path: "\(path)[\(index)]", problems: &problems) }
            }
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil { problems.append("\(path): missing \"\(key)\"") }
            let properties = (schema["properties"] as? [String: Any]) ?? [:]
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let propertySchema = properties[key] as? [String: Any] {
                    check(member, against: propertySchema, path: "\(path).\(key)", problems: &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected key \"\(key)\"")
                }
            }
        }
    }

    private static func isBool(_ value: Any) -> Bool {
        if value is Bool, !(value is NSNumber) { return true }
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func isOfType(_ value: Any, _ name: String) -> Bool {
        switch name {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "integer":
            guard let number = value as? NSNumber, !isBool(value) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber && !isBool(value)
        case "null": return value is NSNull
        default: return false
        }
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if let lhs = lhs as? String, let rhs = rhs as? String { return lhs == rhs }
        if let lhs = lhs as? NSNumber, let rhs = rhs as? NSNumber { return lhs == rhs }
        return false
    }
}
