import Foundation

/// Who said a line of a transcript. Only customers' lines are answered.
public enum TranscriptRole: String, Sendable, CaseIterable {
    case customer, agent, system

    /// The role named by `text` (any case; `client`/`user` and `operator`/`bot` are accepted).
    public init?(naming text: some StringProtocol) {
        // Most transcripts write the names in lower case already: those need no case folding.
        guard let role = Self.role(named: String(text)) ?? Self.role(named: text.lowercased()) else { return nil }
        self = role
    }

    /// The role a lower-case name names.
    private static func role(named name: String) -> TranscriptRole? {
        switch name {
        case "customer", "client", "user", "shopper", "seller", "клиент", "покупатель": .customer
        case "agent", "operator", "support", "агент", "оператор": .agent
        case "system", "bot", "система": .system
        default: nil
        }
    }
}

/// One line of a transcript: a message said in a conversation at a moment.
public struct TranscriptLine: Sendable, Equatable {
    /// Where it was read: the file, as named on the command line or found in a folder.
    public var source: String
    /// The physical line it starts on (1-based).
    public var line: Int
    /// The conversation it belongs to.
    public var conversationID: String
    /// When it was said.
    public var timestamp: Date
    /// Who said it.
    public var role: TranscriptRole
    /// What was said.
    public var text: String
    /// How it came in (`chat`, `phone`, `email`…), when the transcript says.
    public var via: String?

    public init(
        source: String, line: Int, conversationID: String, timestamp: Date, role: TranscriptRole, text: String,
        via: String? = nil
    ) {
        self.source = source
        self.line = line
        self.conversationID = conversationID
        self.timestamp = timestamp
        self.role = role
        self.text = text
        self.via = via
    }
}

/// Something in a transcript that could not be taken: the run reports it and goes on.
public struct TranscriptProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var source: String
    /// The line (1-based), or `nil` when the whole file is concerned.
    public var line: Int?
    /// The field at fault, when one is.
    public var field: String?
    /// What is wrong, in a sentence.
    public var reason: String

    public init(source: String, line: Int?, field: String? = nil, reason: String) {
        self.source = source
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// `file:line: field: reason`.
    public var description: String {
        var text = source
        if let line { text += ":\(line)" }
        text += ": "
        if let field { text += "\(field): " }
        return text + reason
    }
}

/// What a transcript reader yields: a line, or a problem with one.
public enum TranscriptItem: Sendable, Equatable {
    case line(TranscriptLine)
    case problem(TranscriptProblem)
}

/// Reads transcript lines one at a time from a source, in file order, holding at most one line
/// (bounded in size) in memory.
public protocol TranscriptReader: AnyObject {
    /// The next line or problem, or `nil` at the end.
    func next() -> TranscriptItem?
    /// How many bytes of the file have been read so far (for progress; 0 when not known).
    var bytesRead: Int { get }
}
