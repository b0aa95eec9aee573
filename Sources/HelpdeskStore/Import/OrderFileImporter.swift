import Foundation
import HelpdeskCore

/// Imports an order file of any kind Helpdesk reads: its own CSV, Shopify's order export,
/// Amazon's order reports, eBay's orders report or Etsy's sold-orders files.
///
/// The kind, the delimiter (comma, tab or semicolon) and the header line are told from the first
/// lines (see ``OrderFileDetector``), unless the kind is given. Columns are found by name. Bad
/// rows are reported by line and the good ones kept; re-importing updates orders in place and
/// records what changed.
///
/// The file is read on the calling thread and saved on a second one, in transactions of
/// ``transactionSize`` orders. A large file into an empty or small store, when saving is the
/// slower of the two, is saved in one transaction of up to a million orders without the e-mail
/// and tracking indexes, which are built again before it commits.
///
/// ```swift
/// let importer = OrderFileImporter(database: db)
/// let summary = try importer.importFile(atPath: "orders_export.csv", at: now)
/// print(summary.format, summary.inserted, summary.errors)
/// ```
public struct OrderFileImporter: Sendable {
    /// Where the orders are saved.
    public let database: AppDatabase
    /// Orders read before they are handed to the saving thread (see ``OrderImportSaver``); in a
    /// marketplace export, rows of one order are grouped within a batch.
    public var batchSize: Int
    /// Orders saved per transaction (whole batches): other writers wait for one transaction at most.
    public var transactionSize: Int
    /// When an import into a small store saves in bulk.
    var bulk = BulkImportPolicy()
    /// Problems listed in the summary at most (all are counted).
    public var maxReportedErrors: Int

    /// Orders per batch unless told otherwise.
    public static let defaultBatchSize = 50_000
    /// Orders per transaction unless told otherwise: large enough that a million orders take a
    /// handful of commits (each commit rewrites every index page it touched, and the index pages
    /// of orders that arrive in no particular order are all over), small enough that other writers
    /// wait about a second at most.
    public static let defaultTransactionSize = 200_000

    /// An importer into `database`.
    public init(
        database: AppDatabase, batchSize: Int = defaultBatchSize,
        transactionSize: Int = defaultTransactionSize, maxReportedErrors: Int = 1_000
    ) {
        self.database = database
        self.batchSize = max(batchSize, 1)
        self.transactionSize = max(transactionSize, 1)
        self.maxReportedErrors = max(maxReportedErrors, 0)
    }

    /// Imports the file at `path`. `format` skips detection; `channel` stores the orders under
    /// another channel than the format's own (for Helpdesk's CSV: the channel of rows that name
    /// none). Changes are recorded at `now`.
    ///
    /// - Throws: ``StoreError/unreadableFile(file:reason:)``, ``StoreError/emptyFile(file:)``,
    ///   ``StoreError/unknownOrderFile(file:reason:)``, ``StoreError/missingColumn(file:column:)``,
    ///   or a ``StoreError/database(operation:message:)`` (transactions committed before it stay saved).
    public func importFile(
        atPath path: String, format: OrderFileFormat? = nil, channel: Channel? = nil, at now: Date
    ) throws -> OrderImportSummary {
        let detected = try OrderFileDetector.detect(path: path, requested: format)
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path, format: detected.csvFormat)
        } catch let error as CSVError {
            throw StoreError.unreadableFile(file: path, reason: Self.reason(error))
        }
        return try run(reader, detected, file: path, channel: channel, now: now)
    }

    /// Imports file contents held in a string, calling it `file` in errors.
    public func importText(
        _ text: String, file: String, format: OrderFileFormat? = nil, channel: Channel? = nil, at now: Date
    ) throws -> OrderImportSummary {
        let detected = try OrderFileDetector.detect(prefix: text, requested: format, file: file)
        return try run(
            CSVReader(string: text, format: detected.csvFormat, name: file), detected, file: file, channel: channel,
            now: now)
    }

    private func run(
        _ reader: CSVReader, _ detected: DetectedOrderFile, file: String, channel: Channel?, now: Date
    ) throws -> OrderImportSummary {
        guard let layout = MarketplaceLayout.of(detected.format) else {
            var importer = HelpdeskCSVOrderImporter(
                database: database, batchSize: batchSize, transactionSize: transactionSize,
                maxReportedErrors: maxReportedErrors, format: detected.csvFormat)
            importer.defaultChannel = channel
            importer.bulk = bulk
            importer.headerLine = detected.headerLine
            return try importer.run(reader, file: file, now: now)
        }
        let importer = MarketplaceOrderImporter(
            database: database, layout: layout, batchSize: batchSize, transactionSize: transactionSize, bulk: bulk,
            maxReportedErrors: maxReportedErrors)
        return try importer.run(reader, headerLine: detected.headerLine, file: file, channel: channel, now: now)
    }

    static func reason(_ error: CSVError) -> String {
        switch error {
        case .cannotOpen(_, let reason), .readFailed(_, let reason): reason
        default: error.description
        }
    }
}
