import Foundation

/// Reads `rules/*.yaml`: rules with their conditions and examples.
struct RuleLoader {
    let files: KnowledgeBaseFiles
    let facts: FactBook
    var issues: IssueCollector { files.issues }

    func load() -> [Rule] {
        var rules: [Rule] = []
        var seen: [String: String] = [:]
        let paths = files.files(in: "rules", suffix: ".yaml")
        if paths.isEmpty { issues.add("rules", nil, "no rule files (rules/*.yaml)") }
        for path in paths {
            guard let root = files.yaml(path) else { continue }
            guard let list = root["rules"], list.isSequence else {
                issues.add(root, "`rules:` must be a list of rules")
                continue
            }
            for item in list.items {
                guard let rule = parseRule(item, file: path) else { continue }
                if let other = seen[rule.id] {
                    issues.add(item, "rule `\(rule.id)` is already defined in \(other)")
                    continue
                }
                seen[rule.id] = path
                rules.append(rule)
            }
        }
        return rules
    }

    private static let ruleKeys: Set<String> = [
        "id", "priority", "stage", "intents", "when", "answer", "summary", "guides", "handoff", "examples", "description",
    ]

    private func parseRule(_ item: YAMLValue, file: String) -> Rule? {
        guard let id = item["id"]?.string, !id.isEmpty else {
            issues.add(item, "a rule needs an `id`")
            return nil
        }
        for (key, value) in item.entries where !Self.ruleKeys.contains(key) {
            issues.add(value, "rule `\(id)`: unknown key `\(key)`; keys are \(Self.ruleKeys.sorted().joined(separator: ", "))")
        }
        guard let priority = item["priority"]?.string.flatMap(Int.init) else {
            issues.add(item, "rule `\(id)` needs a whole-number `priority`")
            return nil
        }
        var stage = RuleStage.answer
        if let value = item["stage"] {
            guard let parsed = value.string.flatMap(RuleStage.init(rawValue:)) else {
                issues.add(value, "rule `\(id)`: `stage` is `lead` or `answer`")
                return nil
            }
            stage = parsed
        }
        var intents: Set<Intent> = []
        for name in item["intents"]?.strings ?? [] {
            if let intent = Intent(rawValue: name) {
                intents.insert(intent)
            } else {
                issues.add(item["intents"] ?? item, "rule `\(id)`: unknown intent `\(name)`; intents are \(Intent.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        var conditions: [Condition] = []
        for (key, value) in item["when"]?.entries ?? [] {
            if let condition = parseCondition(key, value, rule: id) { conditions.append(condition) }
        }
        let handoff = item["handoff"].map { parseBool($0, what: "rule `\(id)`: `handoff`") ?? false } ?? false
        let rule = Rule(
            id: id, priority: priority, stage: stage, intents: intents, conditions: conditions,
            template: item["answer"]?.string ?? id, summaryTemplate: item["summary"]?.string,
            guides: item["guides"]?.strings ?? [], handoff: handoff, examples: [], file: file, line: item.fileLine)
        var withExamples = rule
        withExamples.examples = item["examples"]?.items.compactMap { parseExample($0, rule: id, file: file) } ?? []
        return withExamples
    }

    private func parseBool(_ value: YAMLValue, what: String) -> Bool? {
        switch value.string?.lowercased() {
        case "yes", "true", "on": return true
        case "no", "false", "off": return false
        default:
            issues.add(value, "\(what) must be yes or no")
            return nil
        }
    }

    private func parseCondition(_ key: String, _ value: YAMLValue, rule: String) -> Condition? {
        let what = "rule `\(rule)`: condition `\(key)`"
        func flag() -> Bool? { parseBool(value, what: what) }
        func list() -> [String] { value.strings ?? [] }
        switch key {
        case "order":
            let kinds = Set(list())
            let allowed: Set<String> = ["none", "found", "not_found", "ambiguous"]
            guard !kinds.isEmpty, kinds.isSubset(of: allowed) else {
                issues.add(value, "\(what) takes \(allowed.sorted().joined(separator: ", "))")
                return nil
            }
            return .orderLookup(kinds)
        case "order_state":
            let states = list().compactMap(OrderState.init(rawValue:))
            guard !states.isEmpty, states.count == list().count else {
                issues.add(value, "\(what) takes \(OrderState.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return .orderState(Set(states))
        case "tracking": return flag().map(Condition.hasTracking)
        case "exported": return flag().map(Condition.exported)
        case "address_changed": return flag().map(Condition.addressChanged)
        case "channel":
            switch value.string {
            case "known": return .channelKnown(true)
            case "unknown": return .channelKnown(false)
            default:
                issues.add(value, "\(what) is `known` or `unknown`")
                return nil
            }
        case "connected": return flag().map(Condition.connected)
        case "channel_error": return flag().map(Condition.channelError)
        case "imported": return flag().map(Condition.imported)
        case "within", "after":
            guard let sinceName = value["since"]?.string, let since = TimePoint(rawValue: sinceName) else {
                issues.add(value, "\(what) needs `since:` one of \(TimePoint.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            let limit = (value["limit"]?.string ?? "").split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !limit.isEmpty, limit.allSatisfy({ !$0.isEmpty }) else {
                issues.add(value, "\(what) needs `limit:` naming facts, e.g. `first_sync + connection_test_wait`")
                return nil
            }
            for reference in limit where !facts.knows(reference) {
                issues.add(value, "\(what): `\(reference)` is not a fact in facts.yaml")
                return nil
            }
            for reference in limit where facts.resolve(reference, channel: nil).map({ $0.value.seconds == nil }) ?? false {
                issues.add(value, "\(what): fact `\(reference)` is not a duration")
                return nil
            }
            return key == "within" ? .within(since: since, limit: limit) : .after(since: since, limit: limit)
        case "incident":
            let scopes = list().compactMap(IncidentScope.init(rawValue:))
            guard !scopes.isEmpty, scopes.count == list().count else {
                issues.add(value, "\(what) takes \(IncidentScope.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return .incident(Set(scopes))
        case "outage": return flag().map(Condition.outage)
        case "maintenance": return flag().map(Condition.maintenance)
        case "status_known": return flag().map(Condition.statusKnown)
        case "status_stale":
            guard facts["status_stale_after"]?.value.seconds != nil else {
                issues.add(value, "\(what) needs the duration fact `status_stale_after` in facts.yaml")
                return nil
            }
            return flag().map { .statusStale(fact: "status_stale_after", $0) }
        case "confidence_below":
            guard let fact = value.string, facts[fact]?.value.number != nil else {
                issues.add(value, "\(what) names a number fact from facts.yaml, e.g. `low_confidence`")
                return nil
            }
            return .intentConfidenceBelow(fact: fact)
        case "language":
            guard let language = value.string.flatMap(Language.init(rawValue:)) else {
                issues.add(value, "\(what) is `en` or `ru`")
                return nil
            }
            return .language(language)
        case "mentions": return .mentions(Set(list()))
        case "mentions_none": return .mentionsNone(Set(list()))
        default:
            issues.add(value, "\(what) is unknown; conditions are order, order_state, tracking, exported, address_changed, channel, connected, channel_error, imported, within, after, incident, outage, maintenance, status_known, status_stale, confidence_below, language, mentions, mentions_none")
            return nil
        }
    }

    private func parseExample(_ item: YAMLValue, rule: String, file: String) -> RuleExample? {
        let what = "example of rule `\(rule)`"
        guard let message = item["message"]?.string else {
            issues.add(item, "\(what) needs a `message`")
            return nil
        }
        guard let nowText = item["now"]?.string, let now = ISO8601.parse(nowText) else {
            issues.add(item, "\(what) needs `now:` as an ISO-8601 time")
            return nil
        }
        let parser = ExampleFactsParser(issues: issues, what: what)
        let facts = InMemoryFacts(
            orders: item["orders"]?.items.compactMap(parser.order) ?? [],
            channels: item["channels"]?.items.compactMap(parser.channel) ?? [],
            status: item["status"].map(parser.status) ?? ServiceStatus())
        var context = ConversationContext()
        if let remembered = item["context"]?["order"]?.string { context.orderKeys = [OrderNumberKey.make(remembered)] }
        guard let expect = item["expect"] else {
            issues.add(item, "\(what) needs `expect:` (rule, or not_rule, and optionally intent, handoff, answer_contains, leads, facts)")
            return nil
        }
        var intent: Intent?
        if let name = expect["intent"]?.string {
            intent = Intent(rawValue: name)
            if intent == nil { issues.add(expect, "\(what): unknown intent `\(name)`") }
        }
        let expectation = RuleExample.Expectation(
            rule: expect["rule"]?.string, notRule: expect["not_rule"]?.string, intent: intent,
            handoff: expect["handoff"].flatMap { parseBool($0, what: "\(what): `handoff`") },
            answerContains: expect["answer_contains"]?.strings ?? [], leads: expect["leads"]?.strings ?? [],
            facts: expect["facts"]?.strings ?? [])
        if expectation.rule == nil && expectation.notRule == nil {
            issues.add(expect, "\(what) must expect a `rule` or a `not_rule`")
        }
        return RuleExample(
            message: message, now: now, facts: facts, context: context, expectation: expectation, file: file,
            line: item.fileLine)
    }
}
