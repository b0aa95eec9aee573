import Foundation

/// Reads `understanding/`: the lexicon of each language, the intent cues and the examples.
struct UnderstandingLoader {
    let files: KnowledgeBaseFiles
    var issues: IssueCollector { files.issues }

    struct Loaded {
        var lexicon: LexiconDefinition
        var model: IntentModel
        var examples: [IntentExample]
    }

    func load() -> Loaded {
        var conceptNames = EntityConcept.allCases.map(\.rawValue)
        var conceptLines: [String: (String, Int?)] = [:]
        var terms: [Term] = []
        var plain: Set<String> = []
        var negators: Set<String> = []
        var bridges: Set<String> = []

        func conceptIndex(_ name: String) -> Int {
            if let index = conceptNames.firstIndex(of: name) { return index }
            conceptNames.append(name)
            return conceptNames.count - 1
        }
        func words(_ value: YAMLValue?) -> [String] {
            (value?.strings ?? []).flatMap { Tokenizer.tokens(of: $0).map(\.text) }
        }

        for language in Language.allCases {
            let path = "understanding/lexicon.\(language.rawValue).yaml"
            guard let root = files.yaml(path) else { continue }
            guard let concepts = root["concepts"], concepts.isMapping else {
                issues.add(root, "`concepts:` must map each concept name to a list of terms")
                continue
            }
            for (name, value) in concepts.entries {
                guard Self.isValidConceptName(name) else {
                    issues.add(value, "concept name `\(name)` must be lower-case letters, digits and underscores")
                    continue
                }
                let index = conceptIndex(name)
                if conceptLines[name] == nil { conceptLines[name] = (path, value.fileLine) }
                guard let list = value.strings else {
                    issues.add(value, "concept `\(name)` must list its terms as strings")
                    continue
                }
                for raw in list {
                    guard let term = Self.parseTerm(raw, concept: index) else {
                        issues.add(value, "term `\(raw)` of concept `\(name)` has no letters; write words, `stem*` or a phrase")
                        continue
                    }
                    terms.append(term)
                }
            }
            plain.formUnion(words(root["plain"]))
            negators.formUnion(words(root["negators"]))
            bridges.formUnion(words(root["negation_bridges"]))
        }

        let intentsPath = "understanding/intents.yaml"
        var cues: [Cue] = []
        var scoring = IntentScoring(minimumScore: 1, marginScale: 2, unknownConfidence: 0.5)
        var negatable = ConceptSet()
        var typoMinimumLength = 5
        if let root = files.yaml(intentsPath) {
            if let value = root["scoring"] {
                scoring = IntentScoring(
                    minimumScore: number(value["minimum_score"], default: 1),
                    marginScale: number(value["margin_scale"], default: 2),
                    unknownConfidence: number(value["unknown_confidence"], default: 0.5))
            }
            if let value = root["typo_minimum_length"] { typoMinimumLength = Int(number(value, default: 5)) }
            for name in root["negatable"]?.strings ?? [] {
                if let index = conceptNames.firstIndex(of: name) {
                    negatable.insert(index)
                } else if let node = root["negatable"] {
                    issues.add(node, "negatable concept `\(name)` is not defined in any lexicon")
                }
            }
            if let cueRoot = root["cues"] {
                for (intentName, list) in cueRoot.entries {
                    guard let intent = Intent(rawValue: intentName) else {
                        issues.add(list, "unknown intent `\(intentName)`; intents are: \(Intent.allCases.map(\.rawValue).joined(separator: ", "))")
                        continue
                    }
                    for (expression, weightValue) in list.entries {
                        guard let weight = weightValue.string.flatMap(Double.init) else {
                            issues.add(weightValue, "cue `\(expression)` needs a number as its weight")
                            continue
                        }
                        if let cue = parseCue(expression, intent: intent, weight: weight, conceptNames: conceptNames, at: weightValue) {
                            cues.append(cue)
                        }
                    }
                }
            } else {
                issues.add(root, "`cues:` is missing")
            }
        }
        if conceptNames.count > ConceptSet.capacity {
            issues.add("understanding", nil, "at most \(ConceptSet.capacity) concepts are supported; there are \(conceptNames.count)")
        }
        var usedConcepts = Set<String>()
        for cue in cues { for index in cue.all.indexes + cue.none.indexes { usedConcepts.insert(conceptNames[index]) } }
        for name in conceptNames where !usedConcepts.contains(name) && !name.hasPrefix("_") && !name.hasPrefix("plain") {
            if let (file, line) = conceptLines[name] {
                issues.add(file, line, "concept `\(name)` is used by no cue in \(intentsPath); use it or remove it")
            }
        }
        let lexicon = LexiconDefinition(
            conceptNames: conceptNames, terms: terms, negatable: negatable, negators: negators,
            negationBridges: bridges, plainWords: plain, typoMinimumLength: typoMinimumLength)
        return Loaded(
            lexicon: lexicon, model: IntentModel(cues: cues, scoring: scoring), examples: loadExamples())
    }

    private func loadExamples() -> [IntentExample] {
        var examples: [IntentExample] = []
        for language in Language.allCases {
            let path = "understanding/examples.\(language.rawValue).yaml"
            guard let root = files.yaml(path) else { continue }
            for (intentName, list) in root.entries {
                guard let intent = Intent(rawValue: intentName) else {
                    issues.add(list, "unknown intent `\(intentName)`")
                    continue
                }
                for item in list.items {
                    guard let text = item.string, !text.isEmpty else {
                        issues.add(item, "an example must be a non-empty string")
                        continue
                    }
                    examples.append(IntentExample(text: text, intent: intent, language: language, file: path, line: item.fileLine))
                }
            }
        }
        return examples
    }

    private func number(_ value: YAMLValue?, default fallback: Double) -> Double {
        guard let value else { return fallback }
        guard let number = value.string.flatMap(Double.init) else {
            issues.add(value, "expected a number")
            return fallback
        }
        return number
    }

    /// Reads `cancel + order - account`.
    private func parseCue(_ expression: String, intent: Intent, weight: Double, conceptNames: [String], at value: YAMLValue) -> Cue? {
        var all = ConceptSet()
        var none = ConceptSet()
        var valid = true
        var negative = false
        var current = ""
        func finish() {
            let name = current.trimmingCharacters(in: .whitespaces)
            current = ""
            guard !name.isEmpty else { return }
            guard let index = conceptNames.firstIndex(of: name) else {
                issues.add(value, "cue `\(expression)` names unknown concept `\(name)`")
                valid = false
                return
            }
            if negative { none.insert(index) } else { all.insert(index) }
        }
        for character in expression {
            if character == "+" || character == "-" {
                finish()
                negative = character == "-"
            } else {
                current.append(character)
            }
        }
        finish()
        guard valid else { return nil }
        guard !all.isEmpty else {
            issues.add(value, "cue `\(expression)` needs at least one concept that must be present")
            return nil
        }
        return Cue(intent: intent, all: all, none: none, weight: weight, label: expression)
    }

    static func isValidConceptName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Reads `cancel*`, `order` or `call off` (each word normalised like message text).
    static func parseTerm(_ raw: String, concept: Int) -> Term? {
        let parts = raw.split(separator: " ").map(String.init)
        var words: [WordPattern] = []
        for part in parts {
            let isStem = part.hasSuffix("*")
            let tokens = Tokenizer.tokens(of: isStem ? String(part.dropLast()) : part)
            for (offset, token) in tokens.enumerated() {
                words.append(WordPattern(text: token.text, isStem: isStem && offset == tokens.count - 1))
            }
        }
        return words.isEmpty ? nil : Term(words: words, concept: concept)
    }
}

/// An example message for an intent, from the knowledge base.
public struct IntentExample: Sendable, Equatable {
    public var text: String
    public var intent: Intent
    public var language: Language
    public var file: String
    public var line: Int?
}
