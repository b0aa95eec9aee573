import Foundation
import HelpdeskCore
import HelpdeskStore

/// The store's own building blocks, timed: saving `Order` values in batches (no file), and the
/// CSV reader alone.
enum StoreMicroBenchmarks {
    static func run(folder: String) throws {
        let database = try AppDatabase(path: folder + "/micro.sqlite")
        let count = 200_000
        let batch = 10_000
        let base = Date(timeIntervalSince1970: 1_740_000_000)
        let orders = (0..<count).map { index in
            Order(
                channel: Channel.allCases[index % Channel.allCases.count],
                orderNumber: "114-\(1_000_000 + index)-\(7_000_000 + index)", customerName: "Customer \(index)",
                customerEmail: "Customer\((index &* 7919) % count)@Example.com",
                placedAt: base.addingTimeInterval(Double(index)),
                importedAt: base.addingTimeInterval(Double(index) + 60),
                dispatchedAt: index.isMultiple(of: 2) ? base.addingTimeInterval(Double(index) + 3600) : nil,
                carrier: "royal_mail", trackingNumber: index.isMultiple(of: 2) ? "JD\(100_000_000 + index)GB" : nil,
                state: index.isMultiple(of: 2) ? .dispatched : .awaitingDispatch)
        }
        func save(_ keyPath: KeyPath<OrderSaveSummary, Int>) throws -> Int {
            try stride(from: 0, to: count, by: batch).reduce(0) { total, start in
                total + (try database.saveOrders(Array(orders[start..<min(start + batch, count)]), at: base)[keyPath: keyPath])
            }
        }
        try Measurement.rate("saveOrders, new, batches of \(batch)", unit: "orders") { try save(\.inserted) }
        try Measurement.rate("saveOrders, unchanged, batches of \(batch)", unit: "orders") { try save(\.unchanged) }

        let path = folder + "/reader.csv"
        let line =
            "amazon,114-0149180-7966659,\"Doe, Jane\",jane@example.com,2025-03-01T09:15:00Z,,dispatched,royal_mail,\"a \"\"quoted\"\" note\",JD000090001234\n"
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw BenchmarkError.failed("cannot create \(path)") }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let block = Data(String(repeating: line, count: 10_000).utf8)
        for _ in 0..<50 { handle.write(block) }
        try handle.close()
        try Measurement.rate("CSVReader, 10 fields a record", unit: "fields") {
            let reader = try CSVReader(path: path)
            var fields = 0
            while let record = try reader.next() { fields += record.count }
            return fields
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Reading Helpdesk's CSV into `Order` values without saving them, then saving them without
/// reading: where an import's time goes.
enum ImportSplitBenchmark {
    static func run(csv: String, folder: String) throws {
        var orders: [Order] = []
        try Measurement.rate("read + parse Helpdesk CSV (no saving)", unit: "orders") {
            let reader = try CSVReader(path: csv)
            guard let header = try reader.next() else { return 0 }
            let parser = try HelpdeskCSVOrderParser(header: CSVHeader(header), file: csv)
            var errors: [RowError] = []
            while let record = try reader.next() {
                if let order = parser.parse(record, errors: &errors) { orders.append(order) }
            }
            return orders.count
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder + "/split.sqlite" + suffix) }
        let database = try AppDatabase(path: folder + "/split.sqlite")
        let now = Date(timeIntervalSince1970: 1_741_000_000)
        // One call, one transaction, in bulk like an import into a new store, on one thread.
        try Measurement.rate("saveOrders of the parsed orders (no reading)", unit: "orders") {
            try database.saveOrders(orders, at: now).inserted
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder + "/split.sqlite" + suffix) }
    }
}
