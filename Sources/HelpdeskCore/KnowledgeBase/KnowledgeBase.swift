import Foundation

/// Everything support staff edit in `KnowledgeBase/`: facts, names, the understanding lexicon and
/// cues, rules with examples, answer templates and help guides. Loaded and validated as a whole.
public struct KnowledgeBase: Sendable {
    public let root: URL
    public let settings: DeskSettings
    public let facts: FactBook
    public let catalog: Catalog
    public let components: ComponentMap
    public let lexicon: LexiconDefinition
    public let intentModel: IntentModel
    public let intentExamples: [IntentExample]
    public let rules: [Rule]
    public let texts: [Language: LocaleText]
    public let guides: [Guide]

    /// Loads and validates the knowledge base in `root`. Every problem found is reported in one
    /// error, each with its file, line and what to fix.
    public static func load(from root: URL) throws(KnowledgeBaseError) -> KnowledgeBase {
        let issues = IssueCollector()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeBaseError(issues: [KnowledgeBaseIssue(file: root.path, line: nil, message: "knowledge-base folder not found")])
        }
        let files = KnowledgeBaseFiles(root: root, issues: issues)
        let settings = DeskSettingsLoader(files: files).load()
        let facts = FactLoader(files: files).load()
        let catalog = CatalogLoader(files: files).load()
        let components = ComponentMapLoader(files: files).load(catalog: catalog)
        let understanding = UnderstandingLoader(files: files).load()
        let rules = RuleLoader(files: files, facts: facts).load()
        let texts = TemplateLoader(files: files).load()
        let guides = GuideLoader(files: files, facts: facts).load()
        let base = KnowledgeBase(
            root: root, settings: settings, facts: facts, catalog: catalog, components: components,
            lexicon: understanding.lexicon, intentModel: understanding.model, intentExamples: understanding.examples,
            rules: rules, texts: texts, guides: guides)
        KnowledgeBaseValidator(base: base, issues: issues).validate()
        if !issues.issues.isEmpty { throw KnowledgeBaseError(issues: issues.issues) }
        return base
    }

    /// The guide with this id in this language (falling back to English).
    public func guide(_ id: String, language: Language) -> Guide? {
        guides.first { $0.id == id && $0.locale == language } ?? guides.first { $0.id == id && $0.locale == .en }
    }

    /// A fact's value in words of `language` (`2 hours 30 minutes`), for guides and FAQs.
    public func factText(_ id: String, language: Language) -> String {
        guard let fact = facts[id] else { return "{{fact:\(id)}}" }
        switch fact.value {
        case .duration(let seconds): return texts[language]?.duration(seconds) ?? DurationText.compact(seconds)
        case .number: return fact.value.description
        }
    }
}

/// Cross-file checks: every reference resolves, every rule has its templates, a catch-all exists.
struct KnowledgeBaseValidator {
    let base: KnowledgeBase
    let issues: IssueCollector

    func validate() {
        let guideIDs = Set(base.guides.map(\.id))
        for language in Language.allCases {
            let ids = Set(base.guides.filter { $0.locale == language }.map(\.id))
            for missing in guideIDs.subtracting(ids).sorted() {
                issues.add("guides/\(language.rawValue)", nil, "guide `\(missing)` has no \(language.rawValue) version")
            }
        }
        for fact in base.facts.facts.values where !guideIDs.contains(fact.guide) {
            issues.add("facts.yaml", nil, "fact `\(fact.id)` names guide `\(fact.guide)`, which does not exist")
        }
        for rule in base.rules {
            for guide in rule.guides where !guideIDs.contains(guide) {
                issues.add(rule.file, rule.line, "rule `\(rule.id)` cites guide `\(guide)`, which does not exist")
            }
            for language in Language.allCases {
                guard let text = base.texts[language] else { continue }
                if text.answers[rule.template] == nil {
                    issues.add("templates/\(language.rawValue).yaml", nil, "no answer template `\(rule.template)` (used by rule `\(rule.id)`)")
                }
            }
            if rule.handoff, let summary = rule.summaryTemplate, base.texts[.en]?.summaries[summary] == nil {
                issues.add(rule.file, rule.line, "rule `\(rule.id)`: summary template `\(summary)` is not in templates/en.yaml")
            }
            for example in rule.examples {
                for id in [example.expectation.rule, example.expectation.notRule].compactMap({ $0 })
                where !base.rules.contains(where: { $0.id == id }) {
                    issues.add(example.file, example.line, "example expects rule `\(id)`, which does not exist")
                }
            }
        }
        if base.texts[.en]?.summaries["handoff"] == nil {
            issues.add("templates/en.yaml", nil, "`summaries:` needs a `handoff` template (the default one-line summary)")
        }
        let catchAll = base.rules.contains { $0.stage == .answer && $0.intents.isEmpty && $0.conditions.isEmpty }
        if !catchAll {
            issues.add("rules", nil, "no catch-all rule: add an answer rule with no intents and no `when:` so every message gets an answer")
        }
        for intent in Intent.allCases where !base.intentExamples.contains(where: { $0.intent == intent }) {
            issues.add("understanding", nil, "intent `\(intent.rawValue)` has no examples")
        }
        for intent in Intent.allCases where intent != .outOfScope && !base.intentModel.cues.contains(where: { $0.intent == intent }) {
            issues.add("understanding/intents.yaml", nil, "intent `\(intent.rawValue)` has no cues")
        }
        if issues.issues.isEmpty { RuleExampleChecker(base: base, issues: issues).checkTies() }
    }
}
