import Foundation

/// A piece of evidence for an intent: when all of `all` are present and none of `none`, add `weight`.
public struct Cue: Sendable, Equatable {
    public var intent: Intent
    public var all: ConceptSet
    public var none: ConceptSet
    public var weight: Double
    /// Readable form for explanations (`cancel + order`).
    public var label: String

    public init(intent: Intent, all: ConceptSet, none: ConceptSet, weight: Double, label: String) {
        self.intent = intent
        self.all = all
        self.none = none
        self.weight = weight
        self.label = label
    }
}

/// How scores become a decision and a confidence.
public struct IntentScoring: Sendable, Equatable {
    /// Below this best score the message is out of scope.
    public var minimumScore: Double
    /// Confidence is `1 - exp(-margin / marginScale)`, margin being the lead over the runner-up.
    public var marginScale: Double
    /// Confidence given to `out_of_scope` when nothing at all was recognised.
    public var unknownConfidence: Double

    public init(minimumScore: Double, marginScale: Double, unknownConfidence: Double) {
        self.minimumScore = minimumScore
        self.marginScale = marginScale
        self.unknownConfidence = unknownConfidence
    }
}

/// An intent's score for one message.
public struct IntentScore: Codable, Sendable, Equatable {
    public var intent: Intent
    public var score: Double
}

/// The outcome of classifying one message.
public struct Classification: Sendable, Equatable {
    public var intent: Intent
    public var confidence: Double
    /// The best few intents with their scores, best first.
    public var ranking: [IntentScore]
    /// Labels of the cues that spoke for the chosen intent.
    public var cues: [String]
}

/// Scores intents from the concepts in a message with the knowledge base's cues.
public struct IntentModel: Sendable {
    public let cues: [Cue]
    public let scoring: IntentScoring
    /// The cues laid out for the scoring loop: plain values only, so that nothing is retained or
    /// copied per cue and message.
    private let required: [ConceptSet]
    private let excluded: [ConceptSet]
    private let intentIndexes: [Int]
    private let weights: [Double]
    /// For each concept, the cues it triggers: a cue is listed under one of its required concepts,
    /// so only the cues of concepts present in a message are ever looked at.
    private let cuesByConcept: [[Int]]
    /// Cues without a required concept (the knowledge base has none; a hand-built model may).
    private let cuesRequiringNothing: [Int]

    public init(cues: [Cue], scoring: IntentScoring) {
        self.cues = cues
        self.scoring = scoring
        required = cues.map(\.all)
        excluded = cues.map(\.none)
        intentIndexes = cues.map { Self.intentIndex[$0.intent] ?? 0 }
        weights = cues.map(\.weight)
        var byConcept = [[Int]](repeating: [], count: ConceptSet.capacity)
        for (index, cue) in cues.enumerated() {
            if let trigger = cue.all.indexes.first { byConcept[trigger].append(index) }
        }
        cuesByConcept = byConcept
        cuesRequiringNothing = cues.indices.filter { cues[$0].all.isEmpty }
    }

    private static let intentIndex: [Intent: Int] = Dictionary(
        uniqueKeysWithValues: Intent.allCases.enumerated().map { ($1, $0) })

    /// Each intent's place (in the order of `Intent.allCases`) when intents are sorted by name.
    private static let nameRanks: [Int] = {
        let byName = Intent.allCases.sorted()
        return Intent.allCases.map { intent in byName.firstIndex(of: intent) ?? 0 }
    }()

    /// Classifies a message from its concepts.
    public func classify(_ concepts: ConceptSet) -> Classification {
        let intents = Intent.allCases
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: intents.count) { scores in
            scores.initialize(repeating: 0)
            concepts.forEach { concept in
                for index in cuesByConcept[concept] where concepts.isSuperset(of: required[index]) && !concepts.intersects(excluded[index]) {
                    scores[intentIndexes[index]] += weights[index]
                }
            }
            // The best three, ties broken by intent name so that results are stable.
            var top: [IntentScore] = []
            top.reserveCapacity(4)
            // Each entry's place in name order, so that ties compare numbers rather than names.
            var topNameRanks: [Int] = []
            topNameRanks.reserveCapacity(4)
            for (index, intent) in intents.enumerated() {
                let candidate = IntentScore(intent: intent, score: scores[index])
                let nameRank = Self.nameRanks[index]
                let position = top.indices.first { place in
                    candidate.score > top[place].score || (candidate.score == top[place].score && nameRank < topNameRanks[place])
                } ?? top.count
                if position < 3 {
                    top.insert(candidate, at: position)
                    topNameRanks.insert(nameRank, at: position)
                    if top.count > 3 {
                        top.removeLast()
                        topNameRanks.removeLast()
                    }
                }
            }
            let best = top[0]
            let runnerUp = max(top[1].score, 0)
            guard best.score >= scoring.minimumScore else {
                let recognised = best.score > 0
                let confidence = recognised ? 1 - exp(-(scoring.minimumScore - best.score) / scoring.marginScale) : scoring.unknownConfidence
                return Classification(intent: .outOfScope, confidence: confidence, ranking: top, cues: [])
            }
            let confidence = 1 - exp(-(best.score - runnerUp) / scoring.marginScale)
            let bestIndex = Self.intentIndex[best.intent] ?? 0
            // The cues that speak for it, in the cues' order: those listed under a present concept,
            // and those that require none.
            var speaking: [Int] = []
            func consider(_ index: Int) {
                if intentIndexes[index] == bestIndex && concepts.isSuperset(of: required[index]) && !concepts.intersects(excluded[index]) {
                    speaking.append(index)
                }
            }
            concepts.forEach { concept in cuesByConcept[concept].forEach(consider) }
            cuesRequiringNothing.forEach(consider)
            let labels = speaking.sorted().map { cues[$0].label }
            return Classification(intent: best.intent, confidence: confidence, ranking: top, cues: labels)
        }
    }
}
