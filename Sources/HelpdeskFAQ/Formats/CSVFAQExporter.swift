import Foundation
import HelpdeskCore

/// The CSV export (RFC 4180: comma-separated, CRLF between records, fields quoted when they hold a
/// comma, a quote or a line break, quotes doubled): `question,answer,guide_id,locale,tags`, the
/// answer as plain text and the tags joined with `, `.
struct CSVFAQExporter {
    static let header = ["question", "answer", "guide_id", "locale", "tags"]

    let base: KnowledgeBase

    func text(for languages: [Language]) -> String {
        let entries = FAQEntryBuilder(base: base, links: .anchor).entries(for: languages)
        let rows = [Self.header] + entries.map { [$0.question, $0.answerText, $0.id, $0.locale.rawValue, $0.sortedTags.joined(separator: ", ")] }
        return rows.map(CSVField.record).joined()
    }
}
