import Foundation
import HelpdeskCore

/// Imports Helpdesk's own order CSV (see ``HelpdeskCSVOrderParser``) into the store.
///
/// The file is streamed; good rows are handed in batches of ``batchSize`` to a thread that saves
/// them while the next ones are read (see ``OrderImportSaver``), in transactions of at least
/// ``transactionSize`` orders. Bad rows are reported with their line numbers without stopping the
/// import. A file whose header lacks a required column is refused as a whole.
///
/// ```swift
/// let summary = try HelpdeskCSVOrderImporter(database: db).importFile(atPath: "orders.csv", at: now)
/// for error in summary.errors { print(error) }
/// ```
public struct HelpdeskCSVOrderImporter: Sendable {
    /// Where the orders are saved.
    public let database: AppDatabase
    /// Orders read before they are handed to the saving thread.
    public var batchSize: Int
    /// Orders saved per transaction (whole batches): other writers wait for one transaction at most.
    public var transactionSize: Int
    /// When an import into a small store saves in bulk.
    var bulk = BulkImportPolicy()
    /// Problems listed in the summary at most (all are counted).
    public var maxReportedErrors: Int
    /// The CSV dialect (comma-separated by default).
    public var format: CSVFormat
    /// The channel of rows that name none (the `channel` column is then optional).
    public var defaultChannel: Channel?
    /// The physical line of the header; records before it (a `sep=,` hint) are passed over.
    var headerLine = 1

    /// An importer into `database`.
    public init(
        database: AppDatabase, batchSize: Int = 10_000, transactionSize: Int = OrderFileImporter.defaultTransactionSize,
        maxReportedErrors: Int = 1_000, format: CSVFormat = .comma
    ) {
        self.database = database
        self.batchSize = max(batchSize, 1)
        self.transactionSize = max(transactionSize, 1)
        self.maxReportedErrors = max(maxReportedErrors, 0)
        self.format = format
    }

    /// Imports the file at `path`; changes are recorded at `now`.
    ///
    /// - Throws: ``StoreError/unreadableFile(file:reason:)``, ``StoreError/emptyFile(file:)``,
    ///   ``StoreError/missingColumn(file:column:)``, or a ``StoreError/database(operation:message:)``
    ///   (transactions committed before it stay saved).
    public func importFile(atPath path: String, at now: Date) throws -> OrderImportSummary {
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path, format: format)
        } catch let error as CSVError {
            throw StoreError.unreadableFile(file: path, reason: Self.reason(error))
        }
        return try run(reader, file: path, now: now)
    }

    /// Imports CSV text, calling it `file` in errors; changes are recorded at `now`.
    public func importText(_ text: String, file: String, at now: Date) throws -> OrderImportSummary {
        try run(CSVReader(string: text, format: format, name: file), file: file, now: now)
    }

    func run(_ reader: CSVReader, file: String, now: Date) throws -> OrderImportSummary {
        var summary = OrderImportSummary(file: file, format: .helpdesk)
        let parser: HelpdeskCSVOrderParser
        do {
            var first = try reader.next()
            while let record = first, record.line < headerLine {
                summary.skippedRows += 1
                first = try reader.next()
            }
            guard let headerRecord = first else { throw StoreError.emptyFile(file: file) }
            parser = try HelpdeskCSVOrderParser(
                header: CSVHeader(headerRecord), file: file, defaultChannel: defaultChannel)
        } catch let error as CSVError {
            throw StoreError.unreadableFile(file: file, reason: Self.reason(error))
        }

        var batch: [ImportedOrder] = []
        batch.reserveCapacity(batchSize)
        var saver: OrderImportSaver?
        func flush() throws {
            if batch.isEmpty { return }
            let current =
                saver
                ?? OrderImportSaver(
                    database: database, fields: .helpdeskColumns, now: now, transactionSize: transactionSize,
                    bulk: bulk)
            saver = current
            try current.save(batch)
            batch.removeAll(keepingCapacity: true)
        }

        do {
            try read(reader, parser, file: file, into: &summary) { order in
                batch.append(ImportedOrder(order: order))
                if batch.count >= batchSize { try flush() }
            }
            try flush()
        } catch {
            saver?.abandon()
            throw error
        }
        if let saver {
            let saved = try saver.finish()
            summary.inserted += saved.inserted
            summary.updated += saved.updated
            summary.unchanged += saved.unchanged
        }
        return summary
    }

    /// Reads the records after the header, counting them and reporting bad rows in `summary`, and
    /// hands each good order to `save`.
    private func read(
        _ reader: CSVReader, _ parser: HelpdeskCSVOrderParser, file: String, into summary: inout OrderImportSummary,
        save: (Order) throws -> Void
    ) throws {
        var rowErrors: [RowError] = []
        func report(_ errors: [RowError]) {
            summary.errorCount += errors.count
            let room = maxReportedErrors - summary.errors.count
            if room > 0 { summary.errors.append(contentsOf: errors.prefix(room)) }
        }
        // One record, read into again and again.
        var record = CSVRecord(line: 0, fields: [])
        while true {
            do {
                guard try reader.next(into: &record) else { break }
            } catch CSVError.unterminatedQuote(let line) {
                summary.rowsRead += 1
                report([
                    RowError(
                        file: file, line: line, field: nil,
                        message: "a quoted field is not closed before the end of the file")
                ])
                break
            } catch let error as CSVError {
                throw StoreError.unreadableFile(file: file, reason: Self.reason(error))
            }
            if record.isBlank { continue }
            summary.rowsRead += 1
            if let order = parser.parse(record, errors: &rowErrors) {
                try save(order)
            } else {
                report(rowErrors)
                rowErrors.removeAll(keepingCapacity: true)
            }
        }
    }

    private static func reason(_ error: CSVError) -> String {
        switch error {
        case .cannotOpen(_, let reason), .readFailed(_, let reason): reason
        default: error.description
        }
    }
}
