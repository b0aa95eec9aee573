import Foundation
import HelpdeskCore

/// Turns the raw fields of a transcript line into a ``TranscriptLine``, or says which field is
/// wrong. Shared by the JSON Lines and CSV readers, which carry the same fields.
struct TranscriptFieldChecks {
    /// The fields, in the order readers hand them over.
    static let fieldNames = ["conversation_id", "timestamp", "role", "text", "via"]

    let source: String
    let timestamps: TranscriptTimestamp

    /// `fields` holds conversation_id, timestamp, role, text and via, in that order.
    func line(_ fields: [String?], at number: Int) -> TranscriptItem {
        func problem(_ field: String, _ reason: String) -> TranscriptItem {
            .problem(TranscriptProblem(source: source, line: number, field: field, reason: reason))
        }
        guard let conversation = fields[0].map(Self.trimmed), !conversation.isEmpty else {
            return problem("conversation_id", "missing")
        }
        guard let timestampText = fields[1], !timestampText.isEmpty else { return problem("timestamp", "missing") }
        guard let timestamp = timestamps.parse(timestampText) else {
            return problem("timestamp", "'\(timestampText.prefix(40))' is not an ISO-8601 time")
        }
        guard let roleText = fields[2], !roleText.isEmpty else { return problem("role", "missing") }
        guard let role = TranscriptRole(naming: roleText) else {
            return problem("role", "'\(roleText.prefix(40))' is not customer, agent or system")
        }
        guard let text = fields[3] else { return problem("text", "missing") }
        if let reason = Self.textProblem(text) { return problem("text", reason) }
        let via = fields[4].flatMap { $0.isEmpty ? nil : $0 }
        return .line(
            TranscriptLine(
                source: source, line: number, conversationID: conversation, timestamp: timestamp, role: role, text: text,
                via: via))
    }

    /// Why a message's text cannot be taken (empty, or longer than a message may be), or `nil`.
    static func textProblem(_ text: String) -> String? {
        if text.utf8.count > MessageLimits.maximumBytes {
            return "\(text.utf8.count) bytes, longer than the \(MessageLimits.maximumBytes) bytes a message may have"
        }
        // Visible ASCII answers at once; only texts without any look at Unicode white space.
        let isVisibleASCII: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x7F }
        let hasVisibleASCII =
            text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isVisibleASCII) }
            ?? text.utf8.contains(where: isVisibleASCII)
        if !hasVisibleASCII && text.allSatisfy(\.isWhitespace) { return "empty" }
        return nil
    }

    /// `text` without white space at either end (checked by bytes first: ids rarely have any).
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let isPlain: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x7F }
        if isPlain(first) && isPlain(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
