/// One word of a term: a whole word, or a stem that matches any ending (`cancel*`).
public struct WordPattern: Hashable, Sendable {
    public var text: String
    public var isStem: Bool

    public init(text: String, isStem: Bool) {
        self.text = text
        self.isStem = isStem
    }

    /// Reads `cancel*` or `order`.
    public init(parsing raw: String) {
        if raw.hasSuffix("*") {
            self.init(text: String(raw.dropLast()), isStem: true)
        } else {
            self.init(text: raw, isStem: false)
        }
    }
}

/// A term of the lexicon: one or more word patterns that, in sequence, signal a concept.
public struct Term: Sendable, Equatable {
    public var words: [WordPattern]
    /// Index of the concept it signals.
    public var concept: Int

    public init(words: [WordPattern], concept: Int) {
        self.words = words
        self.concept = concept
    }
}

/// The lexicon as written in the knowledge base: concepts with their terms in every language,
/// ordinary words that are never corrected as typos, and the words of negation.
public struct LexiconDefinition: Sendable {
    /// Concept names; a concept's index is its position here.
    public var conceptNames: [String]
    public var terms: [Term]
    /// Concepts whose meaning a negation reverses ("I don't want to cancel").
    public var negatable: ConceptSet
    /// Words that negate what follows (`not`, `dont`, `не`).
    public var negators: Set<String>
    /// Words that may stand between a negator and what it negates (`want`, `to`, `хочу`).
    public var negationBridges: Set<String>
    /// Ordinary words that are known, carry no concept, and must not be read as typos.
    public var plainWords: Set<String>
    /// Shortest word (in letters) that typo tolerance applies to.
    public var typoMinimumLength: Int

    public init(
        conceptNames: [String], terms: [Term], negatable: ConceptSet, negators: Set<String>,
        negationBridges: Set<String>, plainWords: Set<String>, typoMinimumLength: Int
    ) {
        self.conceptNames = conceptNames
        self.terms = terms
        self.negatable = negatable
        self.negators = negators
        self.negationBridges = negationBridges
        self.plainWords = plainWords
        self.typoMinimumLength = typoMinimumLength
    }

    /// The index of a concept name, if defined.
    public func concept(named name: String) -> Int? { conceptNames.firstIndex(of: name) }
}
