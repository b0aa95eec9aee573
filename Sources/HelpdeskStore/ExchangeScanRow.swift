/// What a report needs of one exchange, read in a single pass over the log
/// (``AppDatabase/scanExchanges(from:before:_:)``). Text columns are codes of the scan's
/// ``ExchangeScanVocabulary``.
public struct ExchangeScanRow: Sendable, Equatable {
    /// When the message was answered, in milliseconds since 1970-01-01 UTC.
    public var atMilliseconds: Int64
    /// Codes of `via`, `language`, `intent`, `rule` and `channel` (0: no channel).
    public var via: Int
    public var language: Int
    public var intent: Int
    public var rule: Int
    public var channel: Int
    /// How sure the understanding was of the intent, 0...1.
    public var confidence: Double
    /// Whether the answer handed the conversation to a person.
    public var handoff: Bool

    /// A row; the codes must come from the vocabulary the row is read with.
    public init(
        atMilliseconds: Int64, via: Int, language: Int, intent: Int, rule: Int, channel: Int, confidence: Double,
        handoff: Bool
    ) {
        self.atMilliseconds = atMilliseconds
        self.via = via
        self.language = language
        self.intent = intent
        self.rule = rule
        self.channel = channel
        self.confidence = confidence
        self.handoff = handoff
    }
}
