import Synchronization

/// What the lexicon found in a message.
public struct LexicalMatch: Sendable, Equatable {
    /// Concepts present (negated ones removed).
    public var concepts: ConceptSet
    /// Concepts that were present but negated.
    public var negated: ConceptSet
    /// Concepts recognised only through typo tolerance.
    public var viaTypo: ConceptSet

    public init(concepts: ConceptSet = ConceptSet(), negated: ConceptSet = ConceptSet(), viaTypo: ConceptSet = ConceptSet()) {
        self.concepts = concepts
        self.negated = negated
        self.viaTypo = viaTypo
    }
}

/// The compiled lexicon: finds concepts in tokens through whole words, stems, phrases and
/// tolerance of one-letter typos, and applies negation.
public final class Lexicon: Sendable {
    public let definition: LexiconDefinition

    /// Which word patterns a token matches (pattern ids), whether that took typo tolerance, and
    /// whether the word is a negator or a negation bridge (known with the rest, so that looking
    /// for a negation hashes no word).
    struct Resolution: Sendable {
        var patterns: [Int32]
        var viaTypo: Bool
        var isNegator = false
        var isNegationBridge = false
        static let none = Resolution(patterns: [], viaTypo: false)
    }

    /// Where a word pattern's single-word concepts and the groups of the phrases it starts are, in
    /// `singleWordConcepts` and `phraseGroups`.
    private struct PatternUses: Sendable {
        var singleWordConcepts: Range<Int>
        var phraseGroups: Range<Int>
    }

    /// The phrases that start with the same word pattern and go on with the same second one: a
    /// common first word (`not`, `не`) starts dozens of phrases, and the word after it leads
    /// straight to the few that may match.
    private struct PhraseGroup: Sendable {
        var secondPattern: Int32
        var phrases: Range<Int>
    }

    /// A term of several words: its word patterns are `phrasePatterns[patterns]`.
    private struct Phrase: Sendable {
        var patterns: Range<Int>
        var concept: Int
    }

    private let exactWords: [String: [Int32]]
    private let stems: [String: [Int32]]
    private let stemLengths: [Int]
    /// What a word pattern starts, by pattern id: the concepts it signals alone and the phrases
    /// whose first word it is, as ranges of the flat lists below (flat, so that matching a message
    /// retains nothing and follows no pointer per term).
    private let uses: [PatternUses]
    /// Concepts signalled by single-word terms.
    private let singleWordConcepts: [Int]
    /// The groups of each first word pattern, in increasing order of their second pattern.
    private let phraseGroups: [PhraseGroup]
    private let phrases: [Phrase]
    /// The word patterns of the phrases.
    private let phrasePatterns: [Int32]
    /// Deletion index for typo tolerance: a word or a one-letter deletion of it → vocabulary entries.
    private let typoIndex: [String: [Int32]]
    private let vocabulary: [(scalars: [Unicode.Scalar], pattern: WordPattern)]
    /// Resolutions of the words seen so far, keyed by their bytes (a word comes back often).
    private let cache = Mutex<[WordKey: Resolution]>([:])
    private static let cacheLimit = 200_000

    public init(_ definition: LexiconDefinition) {
        self.definition = definition
        var patternIDs: [WordPattern: Int32] = [:]
        var patterns: [WordPattern] = []
        func id(of pattern: WordPattern) -> Int32 {
            if let existing = patternIDs[pattern] { return existing }
            let new = Int32(patterns.count)
            patternIDs[pattern] = new
            patterns.append(pattern)
            return new
        }
        var single: [Int32: Set<Int>] = [:]
        var phraseTerms: [Int32: [(patterns: [Int32], concept: Int)]] = [:]
        for term in definition.terms {
            let ids = term.words.map(id(of:))
            if ids.count == 1 {
                single[ids[0], default: []].insert(term.concept)
            } else if let first = ids.first {
                phraseTerms[first, default: []].append((ids, term.concept))
            }
        }
        var exact: [String: [Int32]] = [:]
        var stems: [String: [Int32]] = [:]
        var typo: [String: [Int32]] = [:]
        var vocabulary: [(scalars: [Unicode.Scalar], pattern: WordPattern)] = []
        for (index, pattern) in patterns.enumerated() {
            let patternID = Int32(index)
            if pattern.isStem {
                stems[pattern.text, default: []].append(patternID)
            } else {
                exact[pattern.text, default: []].append(patternID)
            }
            let scalars = Array(pattern.text.unicodeScalars)
            vocabulary.append((scalars, pattern))
            if scalars.count + (pattern.isStem ? 1 : 0) >= definition.typoMinimumLength - 1 {
                for key in [pattern.text] + EditDistance.deletions(of: scalars) {
                    typo[key, default: []].append(patternID)
                }
            }
        }
        self.exactWords = exact
        self.stems = stems
        self.stemLengths = Set(stems.keys.map { $0.unicodeScalars.count }).sorted()
        var uses: [PatternUses] = []
        var singleConcepts: [Int] = []
        var phraseGroups: [PhraseGroup] = []
        var phrases: [Phrase] = []
        var phrasePatterns: [Int32] = []
        for patternID in 0..<patterns.count {
            let (singleStart, groupStart) = (singleConcepts.count, phraseGroups.count)
            singleConcepts += single[Int32(patternID)].map { Array($0).sorted() } ?? []
            let bySecondPattern = Dictionary(grouping: phraseTerms[Int32(patternID)] ?? []) { $0.patterns[1] }
            for second in bySecondPattern.keys.sorted() {
                let phraseStart = phrases.count
                for term in bySecondPattern[second] ?? [] {
                    phrases.append(Phrase(patterns: phrasePatterns.count..<(phrasePatterns.count + term.patterns.count), concept: term.concept))
                    phrasePatterns += term.patterns
                }
                phraseGroups.append(PhraseGroup(secondPattern: second, phrases: phraseStart..<phrases.count))
            }
            uses.append(PatternUses(singleWordConcepts: singleStart..<singleConcepts.count, phraseGroups: groupStart..<phraseGroups.count))
        }
        self.uses = uses
        self.singleWordConcepts = singleConcepts
        self.phraseGroups = phraseGroups
        self.phrases = phrases
        self.phrasePatterns = phrasePatterns
        self.typoIndex = typo
        self.vocabulary = vocabulary
    }

    /// Finds the concepts in `tokens`.
    public func match(_ tokens: [Token]) -> LexicalMatch {
        var result = LexicalMatch()
        var resolutions: [Resolution] = []
        resolutions.reserveCapacity(tokens.count)
        for token in tokens {
            // Numbers match only whole-number terms (`502`), never stems or typos.
            resolutions.append(token.kind == .word ? resolve(token.text) : Resolution(patterns: exactWords[token.text] ?? [], viaTypo: false))
        }
        for position in tokens.indices {
            let resolution = resolutions[position]
            for pattern in resolution.patterns {
                let started = uses[Int(pattern)]
                for slot in started.singleWordConcepts {
                    record(singleWordConcepts[slot], at: position, tokens, resolutions, typo: resolution.viaTypo, into: &result)
                }
                guard !started.phraseGroups.isEmpty, position + 1 < resolutions.count else { continue }
                // Only the phrases whose second word pattern the next token matches can match.
                for second in resolutions[position + 1].patterns {
                    guard let group = phraseGroup(in: started.phraseGroups, secondPattern: second) else { continue }
                    for index in phraseGroups[group].phrases where phraseMatches(phrases[index], at: position, resolutions) {
                        record(phrases[index].concept, at: position, tokens, resolutions, typo: resolution.viaTypo, into: &result)
                    }
                }
            }
        }
        return result
    }

    /// The group among `groups` whose phrases go on with `secondPattern`, found by halving.
    private func phraseGroup(in groups: Range<Int>, secondPattern: Int32) -> Int? {
        var (low, high) = (groups.lowerBound, groups.upperBound)
        while low < high {
            let middle = (low + high) / 2
            if phraseGroups[middle].secondPattern < secondPattern { low = middle + 1 } else { high = middle }
        }
        return low < groups.upperBound && phraseGroups[low].secondPattern == secondPattern ? low : nil
    }

    private func phraseMatches(_ phrase: Phrase, at start: Int, _ resolutions: [Resolution]) -> Bool {
        guard start + phrase.patterns.count <= resolutions.count else { return false }
        for offset in 1..<phrase.patterns.count
        where !resolutions[start + offset].patterns.contains(phrasePatterns[phrase.patterns.lowerBound + offset]) {
            return false
        }
        return true
    }

    private func record(
        _ concept: Int, at position: Int, _ tokens: [Token], _ resolutions: [Resolution], typo: Bool,
        into result: inout LexicalMatch
    ) {
        if definition.negatable.contains(concept), isNegated(at: position, tokens, resolutions) {
            result.negated.insert(concept)
            return
        }
        result.concepts.insert(concept)
        if typo { result.viaTypo.insert(concept) }
    }

    /// Whether a negator governs the word at `position`, across at most three bridge words.
    private func isNegated(at position: Int, _ tokens: [Token], _ resolutions: [Resolution]) -> Bool {
        var index = position - 1
        var bridges = 0
        while index >= 0 {
            // A word's resolution knows; a number is looked up (negators and bridges are words).
            let isWord = tokens[index].kind == .word
            if isWord ? resolutions[index].isNegator : definition.negators.contains(tokens[index].text) { return true }
            let isBridge = isWord ? resolutions[index].isNegationBridge : definition.negationBridges.contains(tokens[index].text)
            guard isBridge, bridges < 3 else { return false }
            bridges += 1
            index -= 1
        }
        return false
    }

    /// The word patterns `word` matches, from the cache when seen before.
    func resolve(_ word: String) -> Resolution {
        if stemLengths.isEmpty, let known = exactWords[word] { return withNegation(Resolution(patterns: known, viaTypo: false), of: word) }
        let key = WordKey(word)
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let resolution = withNegation(computeResolution(word), of: word)
        cache.withLock { storage in
            if storage.count < Self.cacheLimit { storage[key] = resolution }
        }
        return resolution
    }

    /// `resolution` with what `word` does in a negation.
    private func withNegation(_ resolution: Resolution, of word: String) -> Resolution {
        var resolution = resolution
        resolution.isNegator = definition.negators.contains(word)
        resolution.isNegationBridge = definition.negationBridges.contains(word)
        return resolution
    }

    private func computeResolution(_ word: String) -> Resolution {
        var found = exactWords[word] ?? []
        let scalars = Array(word.unicodeScalars)
        for length in stemLengths {
            guard length <= scalars.count else { break }
            let prefix = String(String.UnicodeScalarView(scalars[0..<length]))
            if let ids = stems[prefix] { found.append(contentsOf: ids) }
        }
        if !found.isEmpty || definition.plainWords.contains(word) || scalars.count < definition.typoMinimumLength {
            return Resolution(patterns: found, viaTypo: false)
        }
        guard scalars.allSatisfy({ $0.properties.isAlphabetic }) else { return .none }
        return Resolution(patterns: typoCandidates(scalars), viaTypo: true)
    }

    /// Vocabulary entries within one edit of `scalars` (for stems: of the matching prefix).
    private func typoCandidates(_ scalars: [Unicode.Scalar]) -> [Int32] {
        var keys: Set<String> = []
        func addKeys(_ part: ArraySlice<Unicode.Scalar>) {
            let array = Array(part)
            keys.insert(String(String.UnicodeScalarView(array)))
            for deletion in EditDistance.deletions(of: array) { keys.insert(deletion) }
        }
        addKeys(scalars[...])
        for length in stemLengths where length >= definition.typoMinimumLength - 1 {
            for cut in [length - 1, length, length + 1] where cut >= 2 && cut < scalars.count {
                addKeys(scalars[0..<cut])
            }
        }
        var found: Set<Int32> = []
        for key in keys {
            guard let ids = typoIndex[key] else { continue }
            for id in ids where !found.contains(id) {
                let entry = vocabulary[Int(id)]
                if entry.pattern.isStem {
                    let length = entry.scalars.count
                    // Compare at least `typoMinimumLength - 1` letters of the word with the stem:
                    // a shorter prefix (`ob` for `job*`) would let any word starting so match.
                    let shortest = max(2, definition.typoMinimumLength - 1)
                    let matches = [length - 1, length, length + 1].contains { cut in
                        cut >= shortest && cut <= scalars.count
                            && EditDistance.distance(Array(scalars[0..<cut]), entry.scalars, limit: 1) <= 1
                    }
                    if matches { found.insert(id) }
                } else if EditDistance.distance(scalars, entry.scalars, limit: 1) <= 1 {
                    found.insert(id)
                }
            }
        }
        // When some candidates keep the word's first letter, prefer them: a slip inside a word is far
        // more common than one in its first letter ("wating" is "waiting", not "rating").
        let first = scalars.first
        let sameStart = found.filter { vocabulary[Int($0)].scalars.first == first }
        return (sameStart.isEmpty ? found : Set(sameStart)).sorted()
    }
}
