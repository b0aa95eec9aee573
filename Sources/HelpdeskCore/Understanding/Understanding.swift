/// What Helpdesk made of one message.
public struct Understanding: Codable, Sendable, Equatable {
    public var intent: Intent
    /// 0…1.
    public var confidence: Double
    public var language: Language
    public var entities: Entities
    /// Concept names recognised in the message (negated ones excluded).
    public var concepts: [String]
    /// Concept names that were negated ("I don't want to cancel").
    public var negated: [String]
    /// The cues that spoke for the intent.
    public var cues: [String]
    /// The best intents with their scores, best first.
    public var ranking: [IntentScore]

    public init(
        intent: Intent, confidence: Double, language: Language, entities: Entities, concepts: [String] = [],
        negated: [String] = [], cues: [String] = [], ranking: [IntentScore] = []
    ) {
        self.intent = intent
        self.confidence = confidence
        self.language = language
        self.entities = entities
        self.concepts = concepts
        self.negated = negated
        self.cues = cues
        self.ranking = ranking
    }
}

/// Concepts that entity extraction, not the lexicon, sets.
public enum EntityConcept: String, CaseIterable, Sendable {
    case orderNumber = "_order_number"
    case trackingNumber = "_tracking_number"
    case email = "_email"
    case channel = "_channel"
    case carrier = "_carrier"
}

/// Understands messages: language, concepts, intent, confidence and entities.
public struct Understander: Sendable {
    public let lexicon: Lexicon
    public let model: IntentModel
    public let extractor: EntityExtractor
    private let entityConcepts: [EntityConcept: Int]

    public init(lexicon: Lexicon, model: IntentModel, extractor: EntityExtractor) {
        self.lexicon = lexicon
        self.model = model
        self.extractor = extractor
        var indexes: [EntityConcept: Int] = [:]
        for concept in EntityConcept.allCases {
            if let index = lexicon.definition.concept(named: concept.rawValue) { indexes[concept] = index }
        }
        self.entityConcepts = indexes
    }

    /// Understands one message.
    public func understand(_ text: String) -> Understanding {
        let tokens = Tokenizer.tokens(of: text)
        let entities = extractor.extract(text)
        var match = lexicon.match(tokens)
        func mark(_ concept: EntityConcept, _ present: Bool) {
            if present, let index = entityConcepts[concept] { match.concepts.insert(index) }
        }
        mark(.orderNumber, !entities.orderNumbers.isEmpty)
        mark(.trackingNumber, !entities.trackingNumbers.isEmpty)
        mark(.email, !entities.emails.isEmpty)
        mark(.channel, !entities.channels.isEmpty)
        mark(.carrier, !entities.carriers.isEmpty)
        let classification = model.classify(match.concepts)
        let names = lexicon.definition.conceptNames
        /// The names of the concepts in `set`, in index order, in an array allocated once (or not at all).
        func named(_ set: ConceptSet) -> [String] {
            guard !set.isEmpty else { return [] }
            var result: [String] = []
            result.reserveCapacity(set.count)
            set.forEach { result.append(names[$0]) }
            return result
        }
        return Understanding(
            intent: classification.intent,
            confidence: classification.confidence,
            language: Self.language(of: tokens),
            entities: entities,
            concepts: named(match.concepts),
            negated: named(match.negated),
            cues: classification.cues,
            ranking: classification.ranking
        )
    }

    /// Russian when Cyrillic words are at least as many as Latin ones (brand names aside, a message
    /// mixing the two is written by a Russian speaker), English otherwise.
    static func language(of tokens: [Token]) -> Language {
        var cyrillic = 0
        var latin = 0
        for token in tokens where token.kind == .word {
            if token.isCyrillic { cyrillic += 1 } else { latin += 1 }
        }
        return cyrillic > 0 && cyrillic * 2 >= latin ? .ru : .en
    }
}
