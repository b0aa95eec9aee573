import Foundation
import HelpdeskCore
import HelpdeskStore

/// A large store for look-ups, built once and kept: `lookup-N.sqlite` in the benchmark folder.
enum LookupStore {
    static func prepare(orders: Int, folder: String, now: Date) throws -> (AppDatabase, Int) {
        let path = folder + "/lookup-\(orders).sqlite"
        let database = try AppDatabase(path: path)
        let stored = try database.orderCount()
        if stored == orders {
            print("look-up store \(path): \(stored) orders, kept from an earlier run")
            return (database, stored)
        }
        let csv = folder + "/lookup-\(orders).csv"
        print("building the look-up store \(path) (once; kept for later runs)")
        let generating = try Measurement.time { _ = try OrderFileGenerator(orders: orders, seed: 0x10C4).writeHelpdeskCSV(to: csv) }
        Measurement.report("generate \(orders) orders", "\(String(format: "%.1f", generating)) s")
        try Measurement.rate("import \(orders) orders (Helpdesk CSV)", unit: "orders") {
            try OrderFileImporter(database: database).importFile(atPath: csv, at: now).saved
        }
        try? FileManager.default.removeItem(atPath: csv)
        return (database, try database.orderCount())
    }
}

/// Times looking one order up by its number, typed as a person would.
enum LookupBenchmark {
    static func run(database: AppDatabase, orders: Int, lookups: Int) throws {
        var random = SplitMix64(seed: 42)
        let queries = (0..<lookups).map { _ in
            OrderFileGenerator.helpdeskNumber(Int(random.next() % UInt64(orders)))
                .replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "#", with: "")
        }
        for query in queries.prefix(1000) { _ = try database.findOrders(query) }  // warm the cache
        var found = 0
        var samples: [Double] = []
        samples.reserveCapacity(lookups)
        let clock = ContinuousClock()
        for query in queries {
            var result: OrderQueryResult?
            let duration = try clock.measure { result = try database.findOrders(query) }
            samples.append(Measurement.seconds(duration))
            if result?.orders.count == 1 { found += 1 }
        }
        guard found == lookups else { throw BenchmarkError.failed("only \(found) of \(lookups) look-ups found their order") }
        samples.sort()
        let mean = samples.reduce(0, +) / Double(samples.count)
        func micros(_ seconds: Double) -> String { String(format: "%.1f µs", seconds * 1e6) }
        Measurement.report(
            "look up one order by number (\(orders) orders)",
            "\(lookups) look-ups: mean \(micros(mean)), p50 \(micros(samples[samples.count / 2])), p99 \(micros(samples[samples.count * 99 / 100]))")

        // Names have no index: a search reads the table.
        var matches = 0
        let seconds = try Measurement.time {
            for name in ["amelia cl", "hughes", "Noah E"] { matches += try database.searchOrders(name).orders.count }
        }
        guard matches > 0 else { throw BenchmarkError.failed("the name searches found nothing") }
        Measurement.report("search by customer name (\(orders) orders)", String(format: "%.0f ms a search (a table scan)", seconds / 3 * 1000))
    }
}
