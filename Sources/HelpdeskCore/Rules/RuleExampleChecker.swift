/// Runs rule examples: at load time to find ties, and in `kb check` and the tests to check each
/// example's expectation.
public struct RuleExampleChecker {
    let base: KnowledgeBase
    let issues: IssueCollector

    init(base: KnowledgeBase, issues: IssueCollector) {
        self.base = base
        self.issues = issues
    }

    /// Reports examples on which two answer rules of the same priority both match.
    func checkTies() {
        let assistant = Assistant(knowledgeBase: base)
        for rule in base.rules {
            for example in rule.examples {
                guard let situation = try? Self.situation(for: example, assistant: assistant),
                    let decision = assistant.rulebook.decide(situation), !decision.tiedWith.isEmpty
                else { continue }
                issues.add(
                    example.file, example.line,
                    "rules `\(decision.rule.id)` and `\(decision.tiedWith.joined(separator: "`, `"))` tie at priority \(decision.rule.priority) on this example; give one a higher priority or a narrower condition")
            }
        }
    }

    static func situation(for example: RuleExample, assistant: Assistant) throws -> Situation {
        let understanding = assistant.understand(example.message)
        return try assistant.gatherer.gather(
            understanding, message: example.message, context: example.context, source: example.facts, now: example.now)
    }

    /// Every example whose outcome differs from its expectation, as readable failures.
    public static func failures(in base: KnowledgeBase) -> [KnowledgeBaseIssue] {
        let assistant = Assistant(knowledgeBase: base)
        var failures: [KnowledgeBaseIssue] = []
        for rule in base.rules {
            for example in rule.examples {
                for problem in check(example, assistant: assistant) {
                    failures.append(KnowledgeBaseIssue(file: example.file, line: example.line, message: "rule `\(rule.id)` example \"\(example.message)\": \(problem)"))
                }
            }
        }
        return failures
    }

    /// What is wrong with one example's outcome (empty when it is as expected).
    public static func check(_ example: RuleExample, assistant: Assistant) -> [String] {
        let reply: Reply
        do {
            reply = try assistant.respond(to: example.message, context: example.context, facts: example.facts, now: example.now)
        } catch {
            return ["failed: \(error)"]
        }
        var problems: [String] = []
        let expected = example.expectation
        if let rule = expected.rule, reply.rule != rule {
            problems.append("expected rule `\(rule)`, got `\(reply.rule)` (intent \(reply.understanding.intent.rawValue); \(reply.reasons.joined(separator: "; ")))")
        }
        if let notRule = expected.notRule, reply.rule == notRule {
            problems.append("rule `\(notRule)` must not answer, but did")
        }
        if let intent = expected.intent, reply.understanding.intent != intent {
            problems.append("expected intent `\(intent.rawValue)`, got `\(reply.understanding.intent.rawValue)`")
        }
        if let handoff = expected.handoff, reply.handoff != handoff {
            problems.append("expected handoff \(handoff ? "yes" : "no"), got \(reply.handoff ? "yes" : "no")")
        }
        for text in expected.answerContains where !reply.answer.contains(text) {
            problems.append("answer lacks \"\(text)\": \(reply.answer)")
        }
        for lead in expected.leads where !reply.leads.contains(lead) {
            problems.append("expected lead `\(lead)`, got [\(reply.leads.joined(separator: ", "))]")
        }
        for fact in expected.facts where !reply.facts.contains(where: { $0.id == fact }) {
            problems.append("expected fact `\(fact)` to be cited, got [\(reply.facts.map(\.id).joined(separator: ", "))]")
        }
        return problems
    }
}
