import Yams

/// A YAML node with the file and line it came from, for reading knowledge-base files with
/// precise error messages.
struct YAMLValue {
    let node: Node
    let file: String

    /// Parses `text`; a syntax error is added to `issues` and `nil` returned.
    static func parse(_ text: String, file: String, lineOffset: Int = 0, issues: IssueCollector) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                issues.add(file, nil, "the file is empty")
                return nil
            }
            return YAMLValue(node: node, file: file, lineOffset: lineOffset)
        } catch let error as YamlError {
            issues.add(file, YAMLValue.line(of: error).map { $0 + lineOffset }, "YAML syntax error: \(YAMLValue.problem(of: error))")
            return nil
        } catch {
            issues.add(file, nil, "cannot read YAML: \(error)")
            return nil
        }
    }

    private let lineOffset: Int

    init(node: Node, file: String, lineOffset: Int = 0) {
        self.node = node
        self.file = file
        self.lineOffset = lineOffset
    }

    /// The 1-based line in the file (front matter offsets included).
    var fileLine: Int? { node.mark.map { $0.line + lineOffset } }

    var string: String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    var isMapping: Bool { node.mapping != nil }
    var isSequence: Bool { node.sequence != nil }

    subscript(key: String) -> YAMLValue? {
        guard let mapping = node.mapping, let value = mapping[key] else { return nil }
        return YAMLValue(node: value, file: file, lineOffset: lineOffset)
    }

    /// The keys of a mapping, in file order.
    var entries: [(key: String, value: YAMLValue)] {
        guard let mapping = node.mapping else { return [] }
        return mapping.compactMap { pair in
            guard let key = pair.key.string else { return nil }
            return (key, YAMLValue(node: pair.value, file: file, lineOffset: lineOffset))
        }
    }

    var items: [YAMLValue] {
        guard let sequence = node.sequence else { return [] }
        return sequence.map { YAMLValue(node: $0, file: file, lineOffset: lineOffset) }
    }

    /// A list of strings; a lone scalar counts as a list of one.
    var strings: [String]? {
        if let string { return [string] }
        guard node.sequence != nil else { return nil }
        let values = items.compactMap(\.string)
        return values.count == items.count ? values : nil
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}

extension IssueCollector {
    func add(_ value: YAMLValue, _ message: String) {
        add(value.file, value.fileLine, message)
    }
}
