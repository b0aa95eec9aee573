/// The stable key of a transcript line in the log: its file, its place in the file, its
/// conversation and its index in the conversation, e.g. `/data/chats.jsonl#0000000007:chat-1001#2`
/// (line 7 of the file, the third line of conversation `chat-1001`).
///
/// The line number comes first, zero-padded, so that a file's keys sort in the order it is read:
/// the unique index on `source_key` then grows at its end. Keys in conversation order landed all
/// over the tree, and each transaction of a large run rewrote hundreds of index pages (at a
/// million messages that was a third of a run's time). The padding keeps the order up to ten
/// billion lines; longer files still get unique keys.
public enum TranscriptSourceKey {
    /// How a source's lines are keyed.
    public enum Style: Sendable {
        /// `SOURCE#LINE:CONVERSATION#INDEX`, the line zero-padded to ten digits.
        case lineOrdered
        /// `SOURCE#CONVERSATION@FIRST_LINE#INDEX`, as sources logged before schema v7 were keyed
        /// (kept for them, so that running such a batch again still finds its lines).
        case conversationOrdered
    }

    /// Digits of the zero-padded line number.
    static let lineDigits = 10

    /// The key of `line` of `source`, line `index` of conversation `conversationID` that starts on
    /// `firstLine`.
    public static func make(
        _ style: Style, source: String, line: Int, conversationID: String, firstLine: Int, index: Int
    ) -> String {
        // Built in one string of the right capacity: a run makes one key per line.
        var key = ""
        key.reserveCapacity(source.utf8.count + conversationID.utf8.count + 2 * lineDigits + 4)
        key += source
        key += "#"
        switch style {
        case .lineOrdered:
            let digits = String(line)
            if digits.utf8.count < lineDigits { key += String(repeating: "0", count: lineDigits - digits.utf8.count) }
            key += digits
            key += ":"
            key += conversationID
        case .conversationOrdered:
            key += conversationID
            key += "@"
            key += String(firstLine)
        }
        key += "#"
        key += String(index)
        return key
    }
}
