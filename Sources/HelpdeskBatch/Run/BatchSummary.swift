import Foundation

/// What a batch run did, for the summary printed at its end.
public struct BatchSummary: Sendable, Equatable {
    /// How many problems are kept for the summary (all are counted and reported as they occur).
    public static let problemsKept = 20

    public var files = 0
    /// Customer messages answered.
    public var messages = 0
    /// Agent and system lines kept without an answer.
    public var otherLines = 0
    /// Lines recorded in the log by this run.
    public var newlyLogged = 0
    /// Lines whose key was already in the log (a repeated or resumed run).
    public var alreadyLogged = 0
    /// Answered messages by intent.
    public var byIntent: [String: Int] = [:]
    public var handoffs = 0
    /// Problems with the input: unreadable files, bad lines, bad fields.
    public var errors = 0
    /// The first problems met.
    public var firstProblems: [TranscriptProblem] = []
    /// Messages whose answer differed between the two knowledge bases (compare runs).
    public var changed = 0
    /// How many changes each field had (compare runs).
    public var changedFields: [String: Int] = [:]
    /// Whether the run was stopped before the end of its input.
    public var interrupted = false
    public var seconds = 0.0

    public init() {}

    /// Answered messages per second of the run.
    public var messagesPerSecond: Double { seconds > 0 ? Double(messages) / seconds : 0 }

    mutating func count(_ problem: TranscriptProblem) {
        errors += 1
        if firstProblems.count < Self.problemsKept { firstProblems.append(problem) }
    }
}
