import Foundation
import HelpdeskCore
import HelpdeskStore

/// Turns exported exchanges into JSON Lines or CSV text, one exchange at a time, masking personal
/// data in messages, answers and hand-off summaries (and e-mail addresses among the entities)
/// when given a ``Redactor``.
public struct ExchangeExportWriter {
    public let format: ExchangeExportFormat
    public let redactor: Redactor?

    public init(format: ExchangeExportFormat, redactor: Redactor? = nil) {
        self.format = format
        self.redactor = redactor
    }

    /// What comes before the first exchange: the CSV header row; nothing for JSON Lines.
    public var header: String {
        switch format {
        case .jsonl: ""
        case .csv: CSVField.record(ExchangeExportDocument.columns)
        }
    }

    /// One exchange as a JSON line or a CSV record, line ending included.
    public func record(_ row: ExchangeExportRow) -> String {
        var entry = row.entry
        if let redactor {
            let context = Self.context(row)
            entry.message = redactor.redact(entry.message, context: context)
            entry.answer = redactor.redact(entry.answer, context: context)
            entry.handoffSummary = entry.handoffSummary.map { redactor.redact($0, context: context) }
            entry.entitiesJSON = Self.maskingEmails(entry.entitiesJSON)
        }
        let document = ExchangeExportDocument(entry)
        switch format {
        case .jsonl:
            return document.jsonLine + "\n"
        case .csv:
            return CSVField.record(document.csvFields)
        }
    }

    /// What the redactor needs to know of a row: the customer's name, and the order and tracking
    /// numbers to keep (the order's, and those the message named).
    static func context(_ row: ExchangeExportRow) -> RedactionContext {
        var keep = [row.orderNumber, row.trackingNumber].compactMap { $0 }
        if let entities = try? JSONDecoder().decode(LoggedEntities.self, from: Data(row.entry.entitiesJSON.utf8)) {
            keep += (entities.order_numbers ?? []) + (entities.tracking_numbers ?? [])
        }
        return RedactionContext(customerNames: row.customerName.map { [$0] } ?? [], keep: keep)
    }

    /// The logged entities with each e-mail address replaced by the mask (the rest as it was).
    static func maskingEmails(_ json: String) -> String {
        guard json.contains("@"),
            var object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
            let emails = object["emails"] as? [Any]
        else { return json }
        object["emails"] = emails.map { _ in Redactor.emailMask }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return json }
        return String(decoding: data, as: UTF8.self)
    }

    /// The keys of the logged entities that hold numbers to keep.
    private struct LoggedEntities: Decodable {
        var order_numbers: [String]?
        var tracking_numbers: [String]?
    }
}
