import HelpdeskCore

/// `helpdesk report --format csv`: one table of volumes, the totals first (`total,all`), then
/// the rows of each breakdown asked for, in the order asked.
public enum ReportCSV {
    public static let header = [
        "by", "key", "exchanges", "share", "handoffs", "handoff_rate", "out_of_scope", "out_of_scope_rate",
        "low_confidence", "low_confidence_rate", "unanswered", "unanswered_rate",
    ]

    public static func text(_ report: ExchangeReport, dimensions: [ReportDimension]) -> String {
        var output = CSVField.record(header)
        output += CSVField.record(fields("total", report.totals))
        for dimension in dimensions {
            for row in report.rows(dimension) { output += CSVField.record(fields(dimension.rawValue, row)) }
        }
        return output
    }

    private static func fields(_ by: String, _ row: VolumeRow) -> [String] {
        [
            by, row.key, String(row.exchanges), number(row.share), String(row.handoffs), number(row.handoffRate),
            String(row.outOfScope), number(row.outOfScopeRate), String(row.lowConfidence), number(row.lowConfidenceRate),
            String(row.unanswered), number(row.unansweredRate),
        ]
    }

    /// A rate without float noise: `0.1234`, `0`, `1`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
