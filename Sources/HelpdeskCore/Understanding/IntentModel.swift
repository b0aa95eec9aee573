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
    /// The cues laid out for the scoring loop, grouped by the concept that triggers them: a cue is
    /// listed under one of its required concepts, so only the cues of concepts present in a
    /// message are ever looked at. Plain values in one flat list, in cue order within a group, so
    /// that nothing is retained and a group is read in one sweep.
    private let triggeredCues: [CompiledCue]
    /// For each concept, where its cues are in `triggeredCues`.
    private let cuesByConcept: [Range<Int>]
    /// Cues without a required concept (the knowledge base has none; a hand-built model may).
    private let cuesRequiringNothing: [CompiledCue]

    /// What scoring reads of a cue.
    private struct CompiledCue: Sendable {
        var required: ConceptSet
        var excluded: ConceptSet
        var intentIndex: Int
        var weight: Double
        /// Its position in `cues`.
        var position: Int

        /// Whether the cue speaks in a message with these concepts.
        @inline(__always)
        func holds(for concepts: ConceptSet) -> Bool { concepts.isSuperset(of: required) && !concepts.intersects(excluded) }
    }

    public init(cues: [Cue], scoring: IntentScoring) {
        self.cues = cues
        self.scoring = scoring
        let compiled = cues.enumerated().map { position, cue in
            CompiledCue(
                required: cue.all, excluded: cue.none, intentIndex: Self.intentIndex[cue.intent] ?? 0, weight: cue.weight,
                position: position)
        }
        var byConcept = [[CompiledCue]](repeating: [], count: ConceptSet.capacity)
        for cue in compiled {
            if let trigger = cue.required.indexes.first { byConcept[trigger].append(cue) }
        }
        var triggered: [CompiledCue] = []
        var ranges: [Range<Int>] = []
        for group in byConcept {
            ranges.append(triggered.count..<(triggered.count + group.count))
            triggered += group
        }
        triggeredCues = triggered
        cuesByConcept = ranges
        cuesRequiringNothing = compiled.filter { $0.required.isEmpty }
    }

    private static let intentIndex: [Intent: Int] = Dictionary(
        uniqueKeysWithValues: Intent.allCases.enumerated().map { ($1, $0) })

    /// Each intent's place (in the order of `Intent.allCases`) when intents are sorted by name.
    private static let nameRanks: [Int] = {
        let byName = Intent.allCases.sorted()
        return Intent.allCases.map { intent in byName.firstIndex(of: intent) ?? 0 }
    }()

    /// Room made for the cues that speak for the chosen intent, so that their list is allocated once
    /// for most messages.
    private static let expectedSpeakingCues = 8

    /// Classifies a message from its concepts.
    public func classify(_ concepts: ConceptSet) -> Classification {
        let intents = Intent.allCases
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: intents.count) { scores in
            scores.initialize(repeating: 0)
            concepts.forEach { concept in
                for index in cuesByConcept[concept] where triggeredCues[index].holds(for: concepts) {
                    scores[triggeredCues[index].intentIndex] += triggeredCues[index].weight
                }
            }
            // The best three, ties broken by intent name so that results are stable: kept as
            // positions in `intents` while scanning, so that nothing is allocated until the end.
            // The ranks are read once here, not through the global's lazy initialisation each time.
            let nameRanks = Self.nameRanks
            func ranksBefore(_ candidate: Int, _ place: Int?) -> Bool {
                guard let place else { return true }
                return scores[candidate] > scores[place]
                    || (scores[candidate] == scores[place] && nameRanks[candidate] < nameRanks[place])
            }
            var first: Int?
            var second: Int?
            var third: Int?
            for index in intents.indices {
                if ranksBefore(index, first) {
                    (first, second, third) = (index, first, second)
                } else if ranksBefore(index, second) {
                    (second, third) = (index, second)
                } else if ranksBefore(index, third) {
                    third = index
                }
            }
            var top: [IntentScore] = []
            top.reserveCapacity(3)
            for case let index? in [first, second, third] { top.append(IntentScore(intent: intents[index], score: scores[index])) }
            let bestIndex = first ?? 0
            let best = top[0]
            let runnerUp = max(top[1].score, 0)
            guard best.score >= scoring.minimumScore else {
                let recognised = best.score > 0
                let confidence = recognised ? 1 - exp(-(scoring.minimumScore - best.score) / scoring.marginScale) : scoring.unknownConfidence
                return Classification(intent: .outOfScope, confidence: confidence, ranking: top, cues: [])
            }
            let confidence = 1 - exp(-(best.score - runnerUp) / scoring.marginScale)
            // The cues that speak for it, in the cues' order: those listed under a present concept,
            // and those that require none.
            var speaking: [Int] = []
            speaking.reserveCapacity(Self.expectedSpeakingCues)
            func consider(_ cue: CompiledCue) {
                if cue.intentIndex == bestIndex && cue.holds(for: concepts) { speaking.append(cue.position) }
            }
            concepts.forEach { concept in
                for index in cuesByConcept[concept] { consider(triggeredCues[index]) }
            }
            cuesRequiringNothing.forEach(consider)
            speaking.sort()
            let labels = speaking.map { cues[$0].label }
            return Classification(intent: best.intent, confidence: confidence, ranking: top, cues: labels)
        }
    }
}
