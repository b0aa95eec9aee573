import Foundation
import XCTest

/// The sample order files in `Samples/orders/`, written for Helpdesk in each channel's export
/// format (header names exactly as the channels write them).
enum SampleOrderFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/orders")

    static let shopify = "shopify_orders_export.csv"
    static let amazonOrderReport = "amazon_order_report.txt"
    static let amazonUnshipped = "amazon_unshipped_orders.txt"
    static let amazonAllOrders = "amazon_all_orders.txt"
    static let ebayUS = "ebay_orders_report.csv"
    static let ebayUK = "ebay_orders_report_uk.csv"
    static let ebayDE = "ebay_orders_report_de.csv"
    static let etsyOrders = "EtsySoldOrders2025.csv"
    static let etsyItems = "EtsySoldOrderItems2025.csv"

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    /// The header line of a sample (after any preamble), split at `delimiter`.
    static func header(_ name: String, delimiter: Character = ",") throws -> [String] {
        let line = try XCTUnwrap(
            text(name).split(whereSeparator: \.isNewline).first { $0.contains(delimiter) && !$0.hasPrefix("sep=") })
        return line.split(separator: delimiter, omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
    }

    /// A data row for `header` with these cells (the others empty), quoted where needed.
    static func row(_ header: [String], _ values: [String: String], delimiter: Character = ",") -> String {
        header.map { name in
            let value = values[name] ?? ""
            return value.contains(delimiter) || value.contains("\"")
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }.joined(separator: String(delimiter))
    }

    /// A file of `header` and rows, as the channel would write it.
    static func file(_ header: [String], _ rows: [[String: String]], delimiter: Character = ",") -> String {
        ([header.joined(separator: String(delimiter))] + rows.map { row(header, $0, delimiter: delimiter) })
            .joined(separator: "\n") + "\n"
    }
}
