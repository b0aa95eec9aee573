import Foundation
import HelpdeskCore

/// Reads a plain-text transcript of one conversation: `[2025-03-04 10:12] Customer: text` lines
/// (the time in the desk's zone unless it carries an offset; the speaker `Customer`, `Agent` or
/// `System`, in English or Russian). A line that does not start with `[` continues the message
/// above it. Lines starting with `#` are comments, except `# via: phone` and
/// `# conversation: ID`, which set how the conversation came in and its id (by default the file
/// name without its extension).
public final class PlainTranscriptReader: TranscriptReader {
    private let lines: ByteLineReader?
    private let path: String
    private let timestamps: TranscriptTimestamp
    private var conversationID: String
    private var via: String?
    private var queue: [TranscriptItem] = []
    /// The message being read, which continuation lines may still extend.
    private var current: TranscriptLine?
    private var finished = false

    /// A reader of the file at `path`; a file that cannot be opened yields one problem.
    public init(path: String, timestamps: TranscriptTimestamp) {
        self.path = path
        self.timestamps = timestamps
        conversationID = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            lines = try ByteLineReader(path: path, maximumLineBytes: TranscriptLimits.maximumLineBytes)
        } catch {
            lines = nil
            queue.append(.problem(error))
        }
    }

    public var bytesRead: Int { lines?.bytesRead ?? 0 }

    public func next() -> TranscriptItem? {
        while queue.isEmpty && !finished { readMore() }
        return queue.isEmpty ? nil : queue.removeFirst()
    }

    private func readMore() {
        guard let lines, let item = lines.next() else {
            flush()
            finished = true
            return
        }
        switch item {
        case .failed(let reason):
            flush()
            queue.append(.problem(TranscriptProblem(source: path, line: nil, reason: reason)))
            finished = true
        case .oversized(let number, let length):
            flush()
            queue.append(.problem(TranscriptTooLong.problem(source: path, line: number, length: length)))
        case .line(let bytes, let number):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                flush()
                queue.append(.problem(TranscriptProblem(source: path, line: number, reason: "not valid UTF-8")))
                return
            }
            take(text, number: number)
        }
    }

    private func take(_ text: String, number: Int) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return }
        if trimmed.hasPrefix("#") {
            readDirective(trimmed)
            return
        }
        guard trimmed.hasPrefix("[") else {
            if current != nil {
                current?.text += "\n" + trimmed
                if let current, let reason = TranscriptFieldChecks.textProblem(current.text) {
                    queue.append(.problem(TranscriptProblem(source: path, line: current.line, field: "text", reason: reason)))
                    self.current = nil
                }
            } else {
                queue.append(
                    .problem(
                        TranscriptProblem(
                            source: path, line: number, reason: "expected '[time] Speaker: text', found text before any message")))
            }
            return
        }
        flush()
        switch parse(trimmed, number: number) {
        case .line(let line): current = line
        case .problem(let problem): queue.append(.problem(problem))
        }
    }

    private func parse(_ text: String, number: Int) -> TranscriptItem {
        func problem(_ field: String?, _ reason: String) -> TranscriptItem {
            .problem(TranscriptProblem(source: path, line: number, field: field, reason: reason))
        }
        guard let close = text.firstIndex(of: "]") else { return problem("timestamp", "the time has no closing ']'") }
        let timeText = String(text[text.index(after: text.startIndex)..<close])
        guard let timestamp = timestamps.parse(timeText) else {
            return problem("timestamp", "'\(timeText.prefix(40))' is not a time like 2025-03-04 10:12")
        }
        let rest = text[text.index(after: close)...]
        guard let colon = rest.firstIndex(of: ":") else { return problem("role", "expected 'Speaker: text' after the time") }
        let speaker = rest[..<colon].trimmingCharacters(in: .whitespaces)
        guard let role = TranscriptRole(naming: speaker) else {
            return problem("role", "'\(speaker.prefix(40))' is not Customer, Agent or System")
        }
        let message = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if let reason = TranscriptFieldChecks.textProblem(message) { return problem("text", reason) }
        return .line(
            TranscriptLine(
                source: path, line: number, conversationID: conversationID, timestamp: timestamp, role: role, text: message,
                via: via))
    }

    private func readDirective(_ text: String) {
        let body = text.dropFirst().trimmingCharacters(in: .whitespaces)
        guard let colon = body.firstIndex(of: ":") else { return }
        let name = body[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return }
        switch name {
        case "via": via = value
        case "conversation", "conversation_id": conversationID = value
        default: break
        }
    }

    private func flush() {
        if let current { queue.append(.line(current)) }
        current = nil
    }
}
