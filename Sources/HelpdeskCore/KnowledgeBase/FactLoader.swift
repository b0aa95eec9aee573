/// Reads `facts.yaml`.
struct FactLoader {
    let files: KnowledgeBaseFiles

    func load() -> FactBook {
        let issues = files.issues
        guard let root = files.yaml("facts.yaml") else { return FactBook([]) }
        guard let list = root["facts"], list.isSequence else {
            issues.add(root, "`facts:` must be a list of facts")
            return FactBook([])
        }
        var facts: [Fact] = []
        var seen: Set<String> = []
        for item in list.items {
            guard let id = item["id"]?.string, !id.isEmpty else {
                issues.add(item, "a fact needs an `id`")
                continue
            }
            guard seen.insert(id).inserted else {
                issues.add(item, "fact `\(id)` is defined twice")
                continue
            }
            guard let rawValue = item["value"]?.string else {
                issues.add(item, "fact `\(id)` needs a `value` (a duration like 30m or 2h30m, or a number)")
                continue
            }
            let value: FactValue
            if let seconds = DurationParser.seconds(rawValue) {
                value = .duration(seconds)
            } else if let number = Double(rawValue) {
                value = .number(number)
            } else {
                issues.add(item["value"] ?? item, "fact `\(id)`: `\(rawValue)` is neither a duration (30m, 1h, 2h30m, 1.5h) nor a number")
                continue
            }
            guard let guide = item["guide"]?.string else {
                issues.add(item, "fact `\(id)` needs the `guide` it comes from")
                continue
            }
            var about: [Language: String] = [:]
            for (key, text) in item["about"]?.entries ?? [] {
                if let language = Language(rawValue: key), let string = text.string { about[language] = string }
            }
            facts.append(Fact(id: id, value: value, guide: guide, about: about))
        }
        return FactBook(facts)
    }
}
