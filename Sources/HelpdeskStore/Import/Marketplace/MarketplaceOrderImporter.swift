import Foundation
import HelpdeskCore

/// Imports a marketplace export (Shopify, Amazon, eBay, Etsy) into the store.
///
/// Rows are grouped into orders by order number: the first row of an order gives its own fields,
/// every row may add a line item (Shopify and Amazon list one item per row; eBay one row for the
/// order and one per item). Good orders are saved in batches of ``batchSize``, one transaction
/// each, and a batch never splits an order whose rows follow each other. A bad row is reported
/// by line and skipped; when the first row of an order is bad, its later rows are reported too.
struct MarketplaceOrderImporter {
    let database: AppDatabase
    let layout: MarketplaceLayout
    var batchSize: Int
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
        func flush() throws {
            if batch.orders.isEmpty { return }
            let saved = try database.saveImportedOrders(batch.orders, fields: parser.provided, at: now)
            run.summary.inserted += saved.inserted
            run.summary.updated += saved.updated
            run.summary.unchanged += saved.unchanged
            batch.removeAll()
        }

        var rowErrors: [RowError] = []
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
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
            if let index = batch.index[key] {
                if let item = parser.item(record, errors: &rowErrors) { batch.orders[index].items.append(item) }
                continue
            }
            if let line = batch.rejected[key] {
                rowErrors.append(
                    RowError(
                        file: file, line: record.line, field: nil,
                        message: "belongs to order \(number), whose first row (line \(line)) could not be imported"))
                continue
            }
            if batch.orders.count >= batchSize { try flush() }
            if let order = parser.order(record, number: number, errors: &rowErrors) {
                batch.add(order, key: key)
            } else {
                batch.rejected[key] = record.line
            }
        }
        try flush()
        return run.summary
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

        mutating func add(_ order: ImportedOrder, key: String) {
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
