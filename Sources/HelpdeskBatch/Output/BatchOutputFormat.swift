import Foundation
import HelpdeskCore

/// How batch results are written: one JSON object per line, or CSV with a header.
public enum BatchOutputFormat: String, Sendable, CaseIterable {
    case jsonl
    case csv

    /// The format a file name's extension says, or `nil`.
    public init?(fileName: String) {
        switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": self = .jsonl
        case "csv": self = .csv
        default: return nil
        }
    }
}

/// Writes batch records to a file in a format.
final class BatchRecordWriter {
    static let csvColumns = [
        "source", "line", "conversation_id", "message_index", "timestamp", "language", "intent", "confidence",
        "order_numbers", "tracking_numbers", "channels", "carriers", "emails", "channel", "order", "rule", "guides",
        "incidents", "handoff", "message", "answer",
    ]

    private let file: OutputFile
    private let format: BatchOutputFormat
    private var json = JSONTextWriter()
    private var csv: [UInt8] = []
    private var wroteHeader = false

    init(file: OutputFile, format: BatchOutputFormat) {
        self.file = file
        self.format = format
    }

    func write(_ record: BatchRecord) throws {
        switch format {
        case .jsonl: try writeJSON(record)
        case .csv: try writeCSV(record)
        }
    }

    func finish() throws {
        if format == .csv && !wroteHeader { try writeHeader() }
        try file.flush()
    }

    private func writeJSON(_ record: BatchRecord) throws {
        // Written in a local variable (its buffer moved out and back, never copied): a class's
        // stored property would be checked for exclusive access on every call.
        var json = JSONTextWriter(capacity: 0)
        swap(&json, &self.json)
        defer { swap(&json, &self.json) }
        json.removeAll()
        json.beginObject()
        json.key("source")
        json.value(record.source)
        json.key("line")
        json.value(record.line)
        json.key("conversation_id")
        json.value(record.conversationID)
        json.key("message_index")
        json.value(record.messageIndex)
        json.key("timestamp")
        json.value(ISO8601.format(record.timestamp))
        json.key("message")
        json.value(record.message)
        json.key("language")
        json.value(record.language)
        json.key("intent")
        json.value(record.intent)
        json.key("confidence")
        json.value(record.confidence)
        json.key("entities")
        json.beginObject()
        json.key("order_numbers")
        json.value(record.orderNumbers)
        json.key("tracking_numbers")
        json.value(record.trackingNumbers)
        json.key("channels")
        json.value(record.channels)
        json.key("carriers")
        json.value(record.carriers)
        json.key("emails")
        json.value(record.emails)
        json.endObject()
        json.key("channel")
        json.value(record.channel)
        json.key("order")
        json.value(record.order)
        json.key("rule")
        json.value(record.rule)
        json.key("guides")
        json.value(record.guides)
        json.key("incidents")
        json.value(record.incidents)
        json.key("handoff")
        json.value(record.handoff)
        json.key("answer")
        json.value(record.answer)
        json.endObject()
        json.newline()
        try file.append(json.bytes)
    }

    private func writeHeader() throws {
        try file.append(CSVField.record(Self.csvColumns))
        wroteHeader = true
    }

    private func writeCSV(_ record: BatchRecord) throws {
        if !wroteHeader { try writeHeader() }
        csv.removeAll(keepingCapacity: true)
        let fields: [String] = [
            record.source, String(record.line), record.conversationID, String(record.messageIndex),
            ISO8601.format(record.timestamp), record.language, record.intent, String(record.confidence),
            record.orderNumbers.joined(separator: ";"), record.trackingNumbers.joined(separator: ";"),
            record.channels.joined(separator: ";"), record.carriers.joined(separator: ";"),
            record.emails.joined(separator: ";"), record.channel ?? "", record.order ?? "", record.rule,
            record.guides.joined(separator: ";"), record.incidents.joined(separator: ";"), record.handoff ? "true" : "false",
            record.message, record.answer,
        ]
        for (index, field) in fields.enumerated() {
            if index > 0 { csv.append(UInt8(ascii: ",")) }
            CSVField.append(field, to: &csv)
        }
        csv.append(contentsOf: [0x0D, 0x0A])
        try file.append(csv)
    }
}
