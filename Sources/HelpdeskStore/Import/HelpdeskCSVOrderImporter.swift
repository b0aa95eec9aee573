import Foundation
import HelpdeskCore

/// Imports Helpdesk's own order CSV (see ``HelpdeskCSVOrderParser``) into the store.
///
/// The file is streamed; good rows are saved in batches of ``batchSize``, one transaction each,
/// and bad rows are reported with their line numbers without stopping the import. A file whose
/// header lacks a required column is refused as a whole.
///
/// ```swift
/// let summary = try HelpdeskCSVOrderImporter(database: db).importFile(atPath: "orders.csv", at: now)
/// for error in summary.errors { print(error) }
/// ```
public struct HelpdeskCSVOrderImporter: Sendable {
    /// Where the orders are saved.
    public let database: AppDatabase
    /// Orders saved per transaction.
    public var batchSize: Int
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
        database: AppDatabase, batchSize: Int = 10_000, maxReportedErrors: Int = 1_000, format: CSVFormat = .comma
    ) {
        self.database = database
        self.batchSize = max(batchSize, 1)
        self.maxReportedErrors = max(maxReportedErrors, 0)
        self.format = format
    }

    /// Imports the file at `path`; changes are recorded at `now`.
    ///
    /// - Throws: ``StoreError/unreadableFile(file:reason:)``, ``StoreError/emptyFile(file:)``,
    ///   ``StoreError/missingColumn(file:column:)``, or a ``StoreError/database(operation:message:)``
    ///   (batches saved before it stay saved).
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
        var rowErrors: [RowError] = []
        func report(_ errors: [RowError]) {
            summary.errorCount += errors.count
            let room = maxReportedErrors - summary.errors.count
            if room > 0 { summary.errors.append(contentsOf: errors.prefix(room)) }
        }

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

        var batch: [Order] = []
        batch.reserveCapacity(batchSize)
        func flush() throws {
            if batch.isEmpty { return }
            let saved = try database.saveOrders(batch, at: now)
            summary.inserted += saved.inserted
            summary.updated += saved.updated
            summary.unchanged += saved.unchanged
            batch.removeAll(keepingCapacity: true)
        }

        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
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
                batch.append(order)
                if batch.count >= batchSize { try flush() }
            } else {
                report(rowErrors)
                rowErrors.removeAll(keepingCapacity: true)
            }
        }
        try flush()
        return summary
    }

    private static func reason(_ error: CSVError) -> String {
        switch error {
        case .cannotOpen(_, let reason), .readFailed(_, let reason): reason
        default: error.description
        }
    }
}
