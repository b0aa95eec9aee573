import Foundation
import HelpdeskCore

/// What a report needs from the knowledge base: the desk's time zone (hours and days are the
/// desk's), the low-confidence threshold, and which rules are the catch-all.
public struct ReportSettings: Sendable {
    /// The fact that holds the low-confidence threshold.
    public static let lowConfidenceFact = "low_confidence"

    /// Hours and days are counted on the desk's clock.
    public var timeZone: TimeZone
    /// Messages understood with a confidence below this are low-confidence.
    public var lowConfidence: Double
    /// Ids of the catch-all rules (answer rules with no intents and no conditions): an exchange
    /// they decided was not really answered.
    public var catchAllRules: Set<String>
    /// How many of the most frequent unanswered questions the report lists.
    public var topQuestions: Int

    public init(timeZone: TimeZone, lowConfidence: Double, catchAllRules: Set<String>, topQuestions: Int = 10) {
        self.timeZone = timeZone
        self.lowConfidence = lowConfidence
        self.catchAllRules = catchAllRules
        self.topQuestions = topQuestions
    }

    /// The settings of `knowledgeBase`.
    ///
    /// - Throws: ``ReportError/missingFact(_:)`` when `low_confidence` is not a number fact.
    public init(knowledgeBase: KnowledgeBase, topQuestions: Int = 10) throws(ReportError) {
        guard let threshold = knowledgeBase.facts[Self.lowConfidenceFact]?.value.number else {
            throw ReportError.missingFact(Self.lowConfidenceFact)
        }
        let catchAll = knowledgeBase.rules.filter { $0.stage == .answer && $0.intents.isEmpty && $0.conditions.isEmpty }
        self.init(
            timeZone: knowledgeBase.settings.timeZone, lowConfidence: threshold,
            catchAllRules: Set(catchAll.map(\.id)), topQuestions: topQuestions)
    }
}
