import Foundation
import HelpdeskCore

/// What a batch remembers of the conversations of one source: the index of each one's next line
/// and what it has established so far (for follow-ups).
///
/// Memory stays bounded however long the source: a conversation quiet for longer than
/// `closesAfter` (the desk setting `conversation_closes_after`) is over and forgotten. A later
/// line with the same id starts a new conversation, with its own first line (which names it in
/// keys written before schema v7, see ``TranscriptSourceKey``).
struct ConversationTracker {
    /// Where a line stands in its conversation.
    struct Position {
        /// The line the conversation starts on, which with its id names it within the source.
        var firstLine: Int
        /// The line's index in the conversation (0-based, counting every line).
        var index: Int
        var context: ConversationContext
        /// Where the tracker keeps the conversation, for ``remember(_:at:)``.
        fileprivate var entry: Dictionary<String, State>.Index
    }

    /// Conversations kept at once even when none is quiet for long (a safety bound for sources
    /// whose timestamps do not move on): beyond it the least recently active are closed.
    static let maximumOpen = 50_000
    /// Lines between two sweeps for conversations that are over.
    private static let sweepEvery = 10_000

    fileprivate struct State {
        var firstLine: Int
        var lineCount: Int
        var context: ConversationContext
        var lastAt: Date
        var lastLine: Int
    }

    let closesAfter: TimeInterval
    private var states: [String: State] = [:]
    private var latest = Date.distantPast
    private var linesSinceSweep = 0

    init(closesAfter: TimeInterval) { self.closesAfter = closesAfter }

    /// How many conversations are remembered now.
    var openConversations: Int { states.count }

    /// The position of `line` in its conversation, counting it.
    mutating func position(of line: TranscriptLine) -> Position {
        let id = line.conversationID
        if line.timestamp > latest { latest = line.timestamp }
        linesSinceSweep += 1
        if linesSinceSweep >= Self.sweepEvery { sweep() }
        // Updated in place through the entry's index: one hash of the id, no copy of the state.
        if let entry = states.index(forKey: id), line.timestamp.timeIntervalSince(states.values[entry].lastAt) <= closesAfter {
            return Self.count(line, in: &states.values[entry], at: entry)
        }
        // A new conversation, or one reusing the id of a conversation that is over.
        states[id] = State(firstLine: line.line, lineCount: 1, context: ConversationContext(), lastAt: line.timestamp, lastLine: line.line)
        if states.count > Self.maximumOpen { closeLeastRecent() }
        guard let entry = states.index(forKey: id) else { preconditionFailure("the conversation was just added") }
        return Position(firstLine: line.line, index: 0, context: ConversationContext(), entry: entry)
    }

    /// Counts `line` in the conversation `state`, kept at `entry`, and returns its position (one
    /// access to the stored state rather than one per field).
    private static func count(_ line: TranscriptLine, in state: inout State, at entry: Dictionary<String, State>.Index) -> Position {
        let index = state.lineCount
        state.lineCount += 1
        if line.timestamp > state.lastAt { state.lastAt = line.timestamp }
        state.lastLine = line.line
        return Position(firstLine: state.firstLine, index: index, context: state.context, entry: entry)
    }

    /// Remembers what the conversation of `position` established with its latest answer; valid
    /// only until the next call of ``position(of:)``, which may close conversations.
    mutating func remember(_ context: ConversationContext, at position: Position) {
        states.values[position.entry].context = context
    }

    /// Forgets conversations that are over by the latest time seen.
    private mutating func sweep() {
        linesSinceSweep = 0
        let cutoff = latest.addingTimeInterval(-closesAfter)
        for (id, state) in states where state.lastAt < cutoff { states[id] = nil }
    }

    /// Closes the least recently active half of the open conversations.
    private mutating func closeLeastRecent() {
        let lastLines = states.values.map(\.lastLine).sorted()
        let cutoff = lastLines[lastLines.count / 2]
        for (id, state) in states where state.lastLine < cutoff { states[id] = nil }
    }
}
