import Foundation

/// Command-line options of `helpdesk-import-bench`.
struct BenchmarkOptions {
    /// Orders in the generated Helpdesk and Shopify files.
    var orders = 1_000_000
    /// Orders in the store for the look-up benchmark (0: look up in the imported store).
    var lookupOrders = 0
    /// Look-ups timed.
    var lookups = 100_000
    /// Where files and databases go.
    var folder = "/tmp/helpdesk-import-bench"
    /// Skip the sqlite3 `.import` comparison.
    var skipSQLite = false
    /// Skip the store and CSV reader micro-benchmarks.
    var skipMicro = false
    /// Keep the generated files (and reuse them when they are there).
    var keepFiles = false
    /// Only the Helpdesk CSV import (and look-ups), for profiling.
    var onlyHelpdesk = false
    /// Only the Shopify export's import, for profiling.
    var onlyShopify = false

    static let usage = """
        usage: helpdesk-import-bench [--orders N] [--lookup-orders N] [--lookups N] [--dir PATH] [--skip-sqlite] [--skip-micro]
          --orders N         orders in the generated Helpdesk and Shopify files (default 1000000)
          --lookup-orders N  build (once, kept in --dir) a store of N orders and time look-ups in it (10000000 for the
                             10-million figure); 0 times look-ups in the store just imported (default)
          --lookups N        look-ups timed (default 100000)
          --dir PATH         where files and databases go (default /tmp/helpdesk-import-bench)
          --keep-files       keep the generated files, and reuse them in later runs with as many orders
          --only-helpdesk    time only the Helpdesk CSV import and the look-ups (for profiling)
          --only-shopify     time only the Shopify export's import (for profiling)
          --skip-sqlite      leave out the sqlite3 .import comparison
          --skip-micro       leave out the saveOrders and CSVReader figures
        """

    init(_ arguments: [String]) throws {
        var iterator = arguments.dropFirst().makeIterator()
        func number(_ flag: String) throws -> Int {
            guard let text = iterator.next(), let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= 0 else {
                throw BenchmarkError.usage("\(flag) needs a number")
            }
            return value
        }
        while let argument = iterator.next() {
            switch argument {
            case "--orders": orders = try number(argument)
            case "--lookup-orders": lookupOrders = try number(argument)
            case "--lookups": lookups = max(try number(argument), 1)
            case "--dir":
                guard let path = iterator.next() else { throw BenchmarkError.usage("--dir needs a path") }
                folder = path
            case "--skip-sqlite": skipSQLite = true
            case "--skip-micro": skipMicro = true
            case "--keep-files": keepFiles = true
            case "--only-helpdesk": onlyHelpdesk = true
            case "--only-shopify": onlyShopify = true
            case "-h", "--help": throw BenchmarkError.usage("")
            default: throw BenchmarkError.usage("unknown argument \(argument)")
            }
        }
    }
}

enum BenchmarkError: Error, CustomStringConvertible {
    case usage(String)
    case failed(String)

    var description: String {
        switch self {
        case .usage(let message): (message.isEmpty ? "" : message + "\n") + BenchmarkOptions.usage
        case .failed(let message): message
        }
    }
}
