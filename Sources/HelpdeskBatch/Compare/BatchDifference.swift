import Foundation
import HelpdeskCore

/// One message answered differently by two knowledge bases.
public struct BatchDifference: Sendable, Equatable {
    /// The compared fields, in the order they are reported.
    public static let comparedFields = ["intent", "rule", "handoff", "answer"]

    public var before: BatchRecord
    public var after: BatchRecord

    public init(before: BatchRecord, after: BatchRecord) {
        self.before = before
        self.after = after
    }

    /// The fields that changed (`intent`, `rule`, `handoff`, `answer`).
    public var changedFields: [String] {
        var fields: [String] = []
        if before.intent != after.intent { fields.append("intent") }
        if before.rule != after.rule { fields.append("rule") }
        if before.handoff != after.handoff { fields.append("handoff") }
        if before.answer != after.answer { fields.append("answer") }
        return fields
    }
}

/// Writes the differences of a comparison run, one per message.
final class BatchDifferenceWriter {
    static let csvColumns = [
        "source", "line", "conversation_id", "message_index", "message", "changed", "intent_before", "intent_after",
        "rule_before", "rule_after", "handoff_before", "handoff_after", "answer_before", "answer_after",
    ]

    private let file: OutputFile
    private let format: BatchOutputFormat
    private var json = JSONTextWriter()
    private var wroteHeader = false

    init(file: OutputFile, format: BatchOutputFormat) {
        self.file = file
        self.format = format
    }

    func write(_ difference: BatchDifference) throws {
        let before = difference.before
        let after = difference.after
        switch format {
        case .jsonl:
            json.removeAll()
            json.beginObject()
            json.key("source")
            json.value(before.source)
            json.key("line")
            json.value(before.line)
            json.key("conversation_id")
            json.value(before.conversationID)
            json.key("message_index")
            json.value(before.messageIndex)
            json.key("message")
            json.value(before.message)
            json.key("changed")
            json.value(difference.changedFields)
            for (name, record) in [("before", before), ("after", after)] {
                if name == "before" { json.key("before") } else { json.key("after") }
                json.beginObject()
                json.key("intent")
                json.value(record.intent)
                json.key("rule")
                json.value(record.rule)
                json.key("handoff")
                json.value(record.handoff)
                json.key("answer")
                json.value(record.answer)
                json.endObject()
            }
            json.endObject()
            json.newline()
            try file.append(json.bytes)
        case .csv:
            if !wroteHeader {
                try file.append(CSVField.record(Self.csvColumns))
                wroteHeader = true
            }
            let fields = [
                before.source, String(before.line), before.conversationID, String(before.messageIndex), before.message,
                difference.changedFields.joined(separator: ";"), before.intent, after.intent, before.rule, after.rule,
                String(before.handoff), String(after.handoff), before.answer, after.answer,
            ]
            try file.append(CSVField.record(fields))
        }
    }

    func finish() throws {
        if format == .csv && !wroteHeader { try file.append(CSVField.record(Self.csvColumns)) }
        try file.flush()
    }
}
