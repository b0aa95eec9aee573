import Foundation
import HelpdeskCore

/// What a batch remembers of each conversation of one source: how many lines it has had (the
/// index of its next line) and what it has established so far (for follow-ups). Contexts of
/// conversations long quiet are let go when too many are open, so that memory stays bounded;
/// their line counts are kept, because message keys depend on them.
struct ConversationTracker {
    /// How many conversations keep their context at once.
    static let maximumOpenContexts = 20_000

    private struct State {
        var lineCount: Int
        var context: ConversationContext?
        var lastLine: Int
    }

    private var states: [String: State] = [:]
    private var openContexts = 0
    private var linesSeen = 0

    /// The index (0-based) the conversation's next line gets, and its context, counting the line.
    mutating func nextLine(of conversation: String) -> (index: Int, context: ConversationContext) {
        linesSeen += 1
        if var state = states[conversation] {
            let index = state.lineCount
            state.lineCount += 1
            state.lastLine = linesSeen
            if state.context == nil {
                state.context = ConversationContext()
                openContexts += 1
            }
            let context = state.context ?? ConversationContext()
            states[conversation] = state
            return (index, context)
        }
        states[conversation] = State(lineCount: 1, context: ConversationContext(), lastLine: linesSeen)
        openContexts += 1
        if openContexts > Self.maximumOpenContexts { closeQuietContexts() }
        return (0, ConversationContext())
    }

    /// Remembers what the conversation established with its latest answer.
    mutating func remember(_ context: ConversationContext, for conversation: String) {
        states[conversation]?.context = context
    }

    /// Lets go of the contexts of the quieter half of the open conversations.
    private mutating func closeQuietContexts() {
        let lastLines = states.values.filter { $0.context != nil }.map(\.lastLine).sorted()
        guard !lastLines.isEmpty else { return }
        let cutoff = lastLines[lastLines.count / 2]
        for key in Array(states.keys) where (states[key]?.lastLine ?? 0) < cutoff {
            if states[key]?.context != nil {
                states[key]?.context = nil
                openContexts -= 1
            }
        }
    }
}
