/// What `helpdesk log export` writes.
public enum ExchangeExportFormat: String, CaseIterable, Sendable {
    /// JSON Lines: one object per exchange, keys sorted, every key always present.
    case jsonl
    /// CSV (RFC 4180) with a header row.
    case csv
}
