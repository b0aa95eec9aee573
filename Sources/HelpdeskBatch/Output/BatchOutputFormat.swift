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
        json.key(Keys.source)
        json.value(record.source)
        json.key(Keys.line)
        json.value(record.line)
        json.key(Keys.conversationId)
        json.value(record.conversationID)
        json.key(Keys.messageIndex)
        json.value(record.messageIndex)
        json.key(Keys.timestamp)
        json.value(record.timestamp)
        json.key(Keys.message)
        json.value(record.message)
        json.key(Keys.language)
        json.value(record.language)
        json.key(Keys.intent)
        json.value(record.intent)
        json.key(Keys.confidence)
        json.value(record.confidence)
        json.key(Keys.entities)
        json.beginObject()
        json.key(Keys.orderNumbers)
        json.value(record.orderNumbers)
        json.key(Keys.trackingNumbers)
        json.value(record.trackingNumbers)
        json.key(Keys.channels)
        json.value(record.channels)
        json.key(Keys.carriers)
        json.value(record.carriers)
        json.key(Keys.emails)
        json.value(record.emails)
        json.endObject()
        json.key(Keys.channel)
        json.value(record.channel)
        json.key(Keys.order)
        json.value(record.order)
        json.key(Keys.rule)
        json.value(record.rule)
        json.key(Keys.guides)
        json.value(record.guides)
        json.key(Keys.incidents)
        json.value(record.incidents)
        json.key(Keys.handoff)
        json.value(record.handoff)
        json.key(Keys.answer)
        json.value(record.answer)
        json.endObject()
        json.newline()
        try json.withBytes { try file.append($0) }
    }

    /// The keys of a JSON record, written out once.
    private enum Keys {
        static let source = JSONKey(written: #""source":"#)
        static let line = JSONKey(written: #""line":"#)
        static let conversationId = JSONKey(written: #""conversation_id":"#)
        static let messageIndex = JSONKey(written: #""message_index":"#)
        static let timestamp = JSONKey(written: #""timestamp":"#)
        static let message = JSONKey(written: #""message":"#)
        static let language = JSONKey(written: #""language":"#)
        static let intent = JSONKey(written: #""intent":"#)
        static let confidence = JSONKey(written: #""confidence":"#)
        static let entities = JSONKey(written: #""entities":"#)
        static let orderNumbers = JSONKey(written: #""order_numbers":"#)
        static let trackingNumbers = JSONKey(written: #""tracking_numbers":"#)
        static let channels = JSONKey(written: #""channels":"#)
        static let carriers = JSONKey(written: #""carriers":"#)
        static let emails = JSONKey(written: #""emails":"#)
        static let channel = JSONKey(written: #""channel":"#)
        static let order = JSONKey(written: #""order":"#)
        static let rule = JSONKey(written: #""rule":"#)
        static let guides = JSONKey(written: #""guides":"#)
        static let incidents = JSONKey(written: #""incidents":"#)
        static let handoff = JSONKey(written: #""handoff":"#)
        static let answer = JSONKey(written: #""answer":"#)
    }

    private func writeHeader() throws {
        try file.append(CSVField.record(Self.csvColumns))
        wroteHeader = true
    }

    private func writeCSV(_ record: BatchRecord) throws {
        if !wroteHeader { try writeHeader() }
        // Written in a local variable, as JSON records are, each field straight into the bytes.
        var csv: [UInt8] = []
        swap(&csv, &self.csv)
        defer { swap(&csv, &self.csv) }
        csv.removeAll(keepingCapacity: true)
        var isFirst = true
        func separate() {
            if isFirst { isFirst = false } else { csv.append(UInt8(ascii: ",")) }
        }
        func text(_ value: String) {
            separate()
            CSVField.append(value, to: &csv)
        }
        func number(_ value: Int) {
            separate()
            DecimalText.append(value, to: &csv)
        }
        func list(_ values: [String]) {
            separate()
            if !values.isEmpty { CSVField.append(values.joined(separator: ";"), to: &csv) }
        }
        func time(_ date: Date) {
            separate()
            if !ISO8601.append(date, to: &csv) { CSVField.append(ISO8601.format(date), to: &csv) }
        }
        text(record.source)
        number(record.line)
        text(record.conversationID)
        number(record.messageIndex)
        time(record.timestamp)
        text(record.language)
        text(record.intent)
        text(String(record.confidence))
        list(record.orderNumbers)
        list(record.trackingNumbers)
        list(record.channels)
        list(record.carriers)
        list(record.emails)
        text(record.channel ?? "")
        text(record.order ?? "")
        text(record.rule)
        list(record.guides)
        list(record.incidents)
        text(record.handoff ? "true" : "false")
        text(record.message)
        text(record.answer)
        csv.append(0x0D)
        csv.append(0x0A)
        try file.append(csv)
    }
}
