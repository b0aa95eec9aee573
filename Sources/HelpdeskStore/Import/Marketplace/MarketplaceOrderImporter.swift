import Foundation
import HelpdeskCore

/// Imports a marketplace export (Shopify, Amazon, eBay, Etsy) into the store.
///
/// Rows are grouped into orders by order number: the first row of an order gives its own fields,
/// every row may add a line item (Shopify and Amazon list one item per row; eBay one row for the
/// order and one per item). Good orders are handed in batches of ``batchSize`` to a thread that
/// saves them while the next ones are read (see ``OrderImportSaver``), in transactions of at
/// least ``transactionSize`` orders; a batch never splits an order whose rows follow each other.
/// A bad row is reported by line and skipped; when the first row of an order is bad, its later
/// rows are reported too.
struct MarketplaceOrderImporter {
    let database: AppDatabase
    let layout: MarketplaceLayout
    var batchSize: Int
    var transactionSize: Int
    var bulk: BulkImportPolicy
    var maxReportedErrors: Int

    func run(
        _ reader: CSVReader, headerLine: Int, file: String, channel: Channel?, now: Date
    ) throws -> OrderImportSummary {
        var run = Run(file: file, format: layout.format, maxReportedErrors: maxReportedErrors)
        let parser: MarketplaceRowParser
        do {
            var first = try reader.next()
            while let record = first, record.line < headerLine {
                run.summary.skippedRows += 1
                first = try reader.next()
            }
            guard let headerRecord = first else { throw StoreError.emptyFile(file: file) }
            guard let channel = channel ?? layout.format.channel else {
                throw StoreError.unknownOrderFile(file: file, reason: "no channel to store its orders under")
            }
            parser = try MarketplaceRowParser(
                layout: layout, header: CSVHeader(headerRecord), file: file, channel: channel, now: now)
        } catch let error as CSVError {
            throw StoreError.unreadableFile(file: file, reason: OrderFileImporter.reason(error))
        }
        reader.decodedColumns = parser.decodedColumns

        var batch = Batch(capacity: batchSize)
        var saver: OrderImportSaver?
        func flush() throws {
            if batch.orders.isEmpty { return }
            let current =
                saver
                ?? OrderImportSaver(
                    database: database, fields: parser.provided, now: now, transactionSize: transactionSize,
                    bulk: bulk)
            saver = current
            try current.save(batch.orders)
            batch.removeAll()
        }

        do {
            try read(reader, parser, file: file, into: &run) { record, key, number, rowErrors in
                if let index = batch.index[key] {
                    if let item = parser.item(record, errors: &rowErrors) { batch.orders[index].items.append(item) }
                    return
                }
                if let line = batch.rejected[key] {
                    rowErrors.append(
                        RowError(
                            file: file, line: record.line, field: nil,
                            message: "belongs to order \(number), whose first row (line \(line)) could not be imported"))
                    return
                }
                if batch.orders.count >= batchSize { try flush() }
                if let order = parser.order(record, number: number, errors: &rowErrors) {
                    batch.add(order, key: key)
                } else {
                    batch.rejected[key] = record.line
                }
            }
            try flush()
        } catch {
            saver?.abandon()
            throw error
        }
        if let saver {
            let saved = try saver.finish()
            run.summary.inserted += saved.inserted
            run.summary.updated += saved.updated
            run.summary.unchanged += saved.unchanged
        }
        return run.summary
    }

    /// Reads the records after the header, counting them and reporting bad rows in `run`, and
    /// hands each usable row to `take` with its order's key and number (`take` appends what it
    /// finds wrong to the errors it is given).
    private func read(
        _ reader: CSVReader, _ parser: MarketplaceRowParser, file: String, into run: inout Run,
        take: (CSVRecord, String, String, inout [RowError]) throws -> Void
    ) throws {
        var rowErrors: [RowError] = []
        // One record, read into again and again.
        var record = CSVRecord(line: 0, fields: [])
        while true {
            do {
                guard try reader.next(into: &record) else { break }
            } catch CSVError.unterminatedQuote(let line) {
                run.summary.rowsRead += 1
                run.report([
                    RowError(
                        file: file, line: line, field: nil,
                        message: "a quoted field is not closed before the end of the file")
                ])
                break
            } catch let error as CSVError {
                throw StoreError.unreadableFile(file: file, reason: OrderFileImporter.reason(error))
            }
            if record.isBlank { continue }
            if parser.isFooter(record) {
                run.summary.skippedRows += 1
                continue
            }
            run.summary.rowsRead += 1
            defer {
                if !rowErrors.isEmpty {
                    run.report(rowErrors)
                    rowErrors.removeAll(keepingCapacity: true)
                }
            }
            if parser.rowProblems(record, errors: &rowErrors) { continue }
            guard let number = parser.orderNumber(record) else {
                rowErrors.append(
                    RowError(
                        file: file, line: record.line, field: parser.columns.name(of: .orderNumber), message: "is empty"))
                continue
            }
            let key = LookupKeys.key(number)
            if key.isEmpty {
                rowErrors.append(
                    RowError(
                        file: file, line: record.line, field: parser.columns.name(of: .orderNumber),
                        message: "\"\(number)\" has no letters or digits"))
                continue
            }
            try take(record, key, number, &rowErrors)
        }
    }

    /// The summary being built, and the cap on listed errors.
    private struct Run {
        var summary: OrderImportSummary
        let maxReportedErrors: Int

        init(file: String, format: OrderFileFormat, maxReportedErrors: Int) {
            summary = OrderImportSummary(file: file, format: format)
            self.maxReportedErrors = maxReportedErrors
        }

        mutating func report(_ errors: [RowError]) {
            summary.errorCount += errors.count
            let room = maxReportedErrors - summary.errors.count
            if room > 0 { summary.errors.append(contentsOf: errors.prefix(room)) }
        }
    }

    /// Orders waiting to be saved, found by key while their later rows are read.
    private struct Batch {
        var orders: [ImportedOrder] = []
        var index: [String: Int] = [:]
        /// Keys of orders whose first row was bad, with that row's line.
        var rejected: [String: Int] = [:]

        init(capacity: Int) {
            orders.reserveCapacity(capacity)
            index.reserveCapacity(capacity)
        }

        mutating func add(_ order: consuming ImportedOrder, key: String) {
            index[key] = orders.count
            orders.append(order)
        }

        mutating func removeAll() {
            orders.removeAll(keepingCapacity: true)
            index.removeAll(keepingCapacity: true)
            rejected.removeAll()
        }
    }
}
