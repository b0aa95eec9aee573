/// What ``AppDatabase/pruneLog(before:)`` removed.
public struct LogPruneSummary: Sendable, Equatable, Codable {
    /// Exchanges answered before the cut-off.
    public var exchanges: Int
    /// Agent and system lines of transcripts from before the cut-off.
    public var transcriptLines: Int
    /// Console conversations that ended (or, never ended, started) before the cut-off and have no
    /// exchanges left; their notes go with them.
    public var conversations: Int

    public init(exchanges: Int, transcriptLines: Int, conversations: Int) {
        self.exchanges = exchanges
        self.transcriptLines = transcriptLines
        self.conversations = conversations
    }
}
